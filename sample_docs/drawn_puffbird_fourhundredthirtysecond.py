"""A four-hundred-and-thirty-second drawn set, of a degree, a graduation certificate and a master's degree, in wording
and layouts no earlier set drew: an English bachelor's degree in one long sentence ('having completed the prescribed
courses of the four-year undergraduate programme in …, has been awarded the degree of … by … on'); a graduation
certificate that names its holder as 本校…级…专业学生 with 学制四年 and 本科（四年制）; a master's degree in two columns, the
Chinese on the left and its English on the right. Each is a case of its own (`scripts/bench_drawn_forms.py --set
fourhundredthirtysecond`). Every name and number is made up; 19326, 19325 and 19324 are no real institutions' codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def english_one_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 120, "Xiangjiang University of Technology", 40, "serif_bold")
    s.text(640, 220, "DEGREE CERTIFICATE", 34, "serif")
    text_lines(s, 160, 340, ["This is to certify that LUO Xinyi, born on 3 May 1997, having completed the prescribed courses of",
                             "the four-year undergraduate programme in Environmental Engineering, has been awarded the degree",
                             "of Bachelor of Engineering by Xiangjiang University of Technology on 30 June 2019.", "", "",
                             "Chairman, Academic Degrees Committee", "", "Certificate No. 1932642019000517"], 26, "serif", 48)
    return scanned_png(s, "onesentence"), {"holder_name": "LUO Xinyi", "institution": "Xiangjiang University of Technology",
                                           "degree": ("Bachelor of Engineering",), "major": "Environmental Engineering",
                                           "date_awarded": "2019-06-30", "certificate_number": "1932642019000517"}


def student_of_the_cohort() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 130, "毕 业 证 书", 56, "serif_cjk")
    y = _paragraph(s, 160, 300, "　　学生宋佳怡，性别女，一九九八年二月十四日生，系本校二〇一六级化学工程与工艺专业学生，学制四年，本科（四年制），已修满规定学分，经审核准予毕业，特发此证。", 27, 30, 62)
    text_lines(s, 900, y + 80, ["湘南化工学院", "校长：刘建国", "二〇二〇年六月三十日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 120, "湘南化工学院")
    s.text(160, y + 320, "证书编号：193251202005000622", 24, "serif_cjk")
    return scanned_png(s, "cohort"), {"holder_name": "宋佳怡", "institution": "湘南化工学院", "major": "化学工程与工艺", "level": ("本科",),
                                      "graduation_date": "2020-06-30", "certificate_number": "193251202005000622"}


def two_columns_bilingual() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "硕士学位证书  MASTER'S DEGREE", 36, "serif_cjk")
    text_lines(s, 140, 240, ["严若曦，女，一九九四年", "十月五日生。在本校材料科学", "与工程学科完成硕士学位研究", "生的学习计划，通过论文答辩，",
                             "授予工学硕士学位。"], 28, "serif_cjk", 58)
    text_lines(s, 860, 240, ["YAN Ruoxi, born on 5 October 1994,", "having completed the programme of",
                             "master's study in Materials Science", "and Engineering and passed the",
                             "thesis defence, is hereby awarded", "the degree of Master of Engineering."], 24, "serif", 50)
    s.d.line([820, 230, 820, 560], fill=(120, 120, 120), width=2)
    text_lines(s, 140, 660, ["滨江理工大学  Binjiang University of Science and Technology", "二〇二一年六月二十五日  25 June 2021",
                             "证书编号 Certificate No.: 1932432021000088"], 24, "serif_cjk", 52)
    _chop(s, 1250, 740, "滨江理工大学")
    return scanned_png(s, "twocol"), {"holder_name": ("严若曦", "YAN Ruoxi"), "institution": ("滨江理工大学", "Binjiang University of Science and Technology"),
                                      "degree": ("工学硕士", "工学硕士学位", "Master of Engineering"),
                                      "major": ("材料科学与工程", "Materials Science and Engineering"), "date_awarded": "2021-06-25",
                                      "certificate_number": "1932432021000088"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-english-one-sentence.png", english_one_sentence, "degree_certificate", "english-one-sentence"),
              ("graduation-student-of-the-cohort.png", student_of_the_cohort, "graduation_certificate", "student-of-the-cohort"),
              ("degree-two-columns-bilingual.png", two_columns_bilingual, "degree_certificate", "two-columns-bilingual")]
    return write_drawn(folder, papers)
