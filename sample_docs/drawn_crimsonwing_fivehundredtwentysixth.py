"""A five-hundred-and-twenty-sixth drawn set, of graduation certificates, drawn after stop 83's last reader change, to be read cold
and left unmended, in wording and layouts no earlier set drew: a three-year college's certificate in Han-numeral months (会计专业三年制
专科学习); an English certificate as a ruled table whose programme cell holds the level in brackets ('International Trade
(Undergraduate, 4 years)'). Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredtwentysixth`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def college_three_year() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "毕业证书", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　学生甘子涵，女，一九九九年十月生，于二〇一八年九月至二〇二一年六月", "在本校会计专业三年制专科学习，修完教学计划规定的全部课程，成绩合格，",
                                 "准予毕业。"], 30, "serif_cjk", 62)
    text_lines(s, 160, y + 90, ["校名：桂东财经职业学院", "证书编号：192581202106000664", "", "二〇二一年六月二十日"], 28, "serif_cjk", 56)
    _chop(s, 1250, y + 140, "桂东财经职业学院")
    return scanned_png(s, "college3"), {"holder_name": "甘子涵", "institution": "桂东财经职业学院", "major": "会计",
                                        "level": ("专科", "三年制专科", "associate"), "graduation_date": "2021-06-20",
                                        "certificate_number": "192581202106000664"}


def table_programme_level_bracketed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "CERTIFICATE OF GRADUATION", 34, "serif_bold")
    _ruled(s, 160, 200, [["Graduate", "MENG Xiaotong"], ["Programme", "International Trade (Undergraduate, 4 years)"],
                         ["Institution", "Northern Gulf University of Commerce"], ["Graduated", "1 July 2020"],
                         ["Certificate Number", "192591202006000871"]], [380, 820], 70, 24)
    return scanned_png(s, "progbracket"), {"holder_name": "MENG Xiaotong", "institution": "Northern Gulf University of Commerce",
                                           "major": "International Trade", "level": ("Undergraduate", "undergraduate", "本科"),
                                           "graduation_date": "2020-07-01", "certificate_number": "192591202006000871"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-college-three-year.png", college_three_year, "graduation_certificate", "college-three-year"),
              ("graduation-table-programme-level-bracketed.png", table_programme_level_bracketed, "graduation_certificate",
               "table-programme-level-bracketed")]
    return write_drawn(folder, papers)
