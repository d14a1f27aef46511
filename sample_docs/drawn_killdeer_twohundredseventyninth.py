"""A two-hundred-and-seventy-ninth drawn set, of degrees (read cold at 88 % last stop), in wording and layouts no earlier
set drew: a council 'hereby confers upon' its graduate a degree 'in Marketing', 'she having satisfied the requirements',
'Given on …'; a professional master's degree with its field in brackets (工程硕士专业学位（领域：电子信息）); a degree typed to
a PDF, each line in Chinese then English; a degree whose date of award and number sit in a small table at its foot. Each is
a case of its own (`scripts/bench_drawn_forms.py --set twohundredseventyninth`). Every name, number and code is made up;
19519 and 19509 are no real institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop
from .drawn_thirdhand_fiftythird import _pdf


def council_confers() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 140, "EASTBAY POLYTECHNIC UNIVERSITY", 40, "serif_bold")
    text_lines(s, 200, 300, ["The Council of the University hereby confers upon CHEN Yutong the degree of Bachelor of Business",
                             "Administration in Marketing, she having satisfied the requirements of the University.", "",
                             "Given on 15 July 2021", "", "Certificate No. 1951942021003318"], 24, "serif", 48)
    return scanned_png(s, "council"), {"holder_name": "CHEN YUTONG", "institution": "EASTBAY POLYTECHNIC UNIVERSITY",
                                       "degree": "Bachelor of Business Administration", "major": "Marketing", "date_awarded": "2021-07-15",
                                       "certificate_number": "1951942021003318"}


def professional_field() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 200, "硕士专业学位证书", 60, "serif_cjk")
    y = _paragraph(s, 200, 420, "　　唐子墨，男，1994年12月2日生，在本校完成了工程硕士专业学位研究生培养计划，成绩合格，通过了学位论文答辩，"
                                "经本校学位评定委员会审核，授予工程硕士专业学位（领域：电子信息）。", 24, 40, 80)
    text_lines(s, 860, y + 100, ["西岭电子科技大学", "2020年6月24日"], 32, "serif_cjk", 64)
    _chop(s, 1230, y + 80, "西岭电子科技大学")
    s.text(200, 2050, "证书编号：1951932020001442", 26, "serif_cjk")
    return scanned_png(s, "professional"), {"holder_name": "唐子墨", "date_of_birth": "1994-12-02", "institution": "西岭电子科技大学",
                                            "degree": ("工程硕士", "工程硕士专业学位"), "major": "电子信息", "date_awarded": "2020-06-24",
                                            "certificate_number": "1951932020001442"}


def typed_pdf_bilingual() -> tuple[bytes, dict]:
    page = [(200, 80, "学士学位证书  Bachelor's Degree Certificate", 16),
            (60, 140, "姓名：宋佳琪", 12), (60, 158, "Name: SONG Jiaqi", 11),
            (60, 188, "出生日期：1997年9月6日", 12), (60, 206, "Date of Birth: 6 September 1997", 11),
            (60, 236, "专业：社会工作", 12), (60, 254, "Major: Social Work", 11),
            (60, 284, "学位：法学学士", 12), (60, 302, "Degree: Bachelor of Laws", 11),
            (60, 332, "授予单位：南岗政法大学", 12), (60, 350, "Awarded by: Nangang University of Political Science and Law", 11),
            (60, 380, "授予日期：2019年6月27日", 12), (60, 398, "Date of Award: 27 June 2019", 11),
            (60, 428, "证书编号：1950942019000733", 12)]
    return _pdf([page]), {"holder_name": ("宋佳琪", "SONG JIAQI"), "date_of_birth": "1997-09-06", "major": ("社会工作", "Social Work"),
                          "degree": ("法学学士", "Bachelor of Laws"), "institution": ("南岗政法大学", "Nangang University of Political Science and Law"),
                          "date_awarded": "2019-06-27", "certificate_number": "1950942019000733"}


def foot_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 200, "学士学位证书", 64, "serif_cjk")
    y = text_lines(s, 200, 420, ["　　杜若曦，女，1998年3月27日生，在本校食品科学与工程", "专业完成了本科学业，成绩合格，依照《中华人民共和国",
                                 "学位条例》的规定，授予工学学士学位。"], 40, "serif_cjk", 80)
    text_lines(s, 860, y + 100, ["岭北农业大学"], 32, "serif_cjk", 64)
    _chop(s, 1230, y + 80, "岭北农业大学")
    _ruled(s, 200, 1900, [["授予日期", "证书编号"], ["2020年6月30日", "1950942020002586"]], [500, 600], 64, 26)
    return scanned_png(s, "foottable"), {"holder_name": "杜若曦", "date_of_birth": "1998-03-27", "institution": "岭北农业大学",
                                         "major": "食品科学与工程", "degree": ("工学学士", "工学学士学位"), "date_awarded": "2020-06-30",
                                         "certificate_number": "1950942020002586"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-council.png", council_confers, "degree_certificate", "council-confers"),
              ("degree-professional.png", professional_field, "degree_certificate", "professional-field"),
              ("degree-typed.pdf", typed_pdf_bilingual, "degree_certificate", "typed-pdf-bilingual"),
              ("degree-foot-table.png", foot_table, "degree_certificate", "foot-table")]
    return write_drawn(folder, papers)
