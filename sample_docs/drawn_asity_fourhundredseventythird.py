"""A four-hundred-and-seventy-third drawn set, of school papers, drawn after stop 82's third reader change, to be read
cold, in wording and layouts no earlier set drew: a vocational college's English graduation certificate ('has studied in
the three-year programme of … from Sept. 2014 to June 2017 and has been granted graduation'); a degree whose name and
holder are printed with their characters spaced (授 予 / 姚 子 健 / 工 学 硕 士 学 位); an English degree by its initials ('the
degree of B.Eng. (Hons) in Electronic Engineering'). Each is a case of its own (`scripts/bench_drawn_forms.py --set
fourhundredseventythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def vocational_graduation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "GRADUATION CERTIFICATE", 34, "serif_bold")
    text_lines(s, 160, 240, ["This is to certify that Ms. PENG Yuxin, female, born on 9 May 1996, has studied in the three-year",
                             "programme of Nursing at Xiangxi Health Vocational College from Sept. 2014 to June 2017, and having",
                             "passed all the required examinations, has been granted graduation.", "", "",
                             "Xiangxi Health Vocational College", "30 June 2017", "", "Certificate No. 193011201706000815"], 24, "serif", 46)
    return scanned_png(s, "vocational"), {"holder_name": "PENG Yuxin", "institution": "Xiangxi Health Vocational College", "major": "Nursing",
                                          "graduation_date": "2017-06-30", "certificate_number": "193011201706000815"}


def spaced_characters() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "硕 士 学 位 证 书", 44, "serif_cjk")
    text_lines(s, 160, 250, ["研究生　姚 子 健　，男，1994年8月12日生，在本校计算机科学与技术学科",
                             "完成硕士学位课程学习，通过学位论文答辩，经本校学位评定委员会审议，", "决定授予"], 30, "serif_cjk", 64)
    s.text(560, 500, "工 学 硕 士 学 位", 40, "serif_cjk")
    text_lines(s, 860, 640, ["西陵理工大学", "学位评定委员会主席", "2020年6月30日"], 28, "serif_cjk", 56)
    _chop(s, 1030, 700, "西陵理工大学")
    s.text(160, 880, "证书编号：1930032020000352", 24, "serif_cjk")
    return scanned_png(s, "spaced"), {"holder_name": "姚子健", "institution": "西陵理工大学", "degree": ("工学硕士", "工学硕士学位"),
                                      "major": "计算机科学与技术", "date_awarded": "2020-06-30", "certificate_number": "1930032020000352"}


def initials_honours() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 120, "Kowloon Tong Technical University", 36, "serif_bold")
    text_lines(s, 160, 260, ["It is certified that", "", "YIP Ka Chun", "",
                             "was awarded the degree of B.Eng. (Hons) in Electronic Engineering with Second Class Honours",
                             "(Upper Division) on 18 November 2016.", "", "", "Registrar", "", "Ref.: KTTU/BENG/16/3381"], 26, "serif", 46)
    return scanned_png(s, "initials"), {"holder_name": "YIP Ka Chun", "institution": "Kowloon Tong Technical University",
                                        "degree": ("B.Eng. (Hons)", "B.Eng.", "Bachelor of Engineering"), "major": "Electronic Engineering",
                                        "date_awarded": "2016-11-18", "certificate_number": "KTTU/BENG/16/3381"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-vocational.png", vocational_graduation, "graduation_certificate", "vocational"),
              ("degree-spaced-characters.png", spaced_characters, "degree_certificate", "spaced-characters"),
              ("degree-initials-honours.png", initials_honours, "degree_certificate", "initials-honours")]
    return write_drawn(folder, papers)
