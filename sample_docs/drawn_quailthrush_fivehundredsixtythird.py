"""A five-hundred-and-sixty-third drawn set, of Mainland degrees, drawn after stop 84's last reader change, to be read cold and left
unmended, in wording and layouts no earlier set drew: a degree whose holder's particulars are bracketed after 兹证明： and who 毕业于本校…专业
before being found to meet the conditions; a doctorate 准予毕业并授予…博士学位 in a discipline. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredsixtythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def graduated_then_meets_conditions() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "学士学位证书", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　兹证明：郝一鸣（男，1993年12月生）于2015年6月毕业于本校通信工程专业，经审核", "符合学士学位授予条件，授予工学学士学位。"],
                   30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["燕山邮电学院", "2015年6月30日"], 28, "serif_cjk", 56)
    text_lines(s, 160, y + 260, ["证书编号：1923642015000559"], 26, "serif_cjk", 52)
    _chop(s, 1320, y + 160, "燕山邮电学院")
    return scanned_png(s, "meetscond"), {"holder_name": "郝一鸣", "institution": "燕山邮电学院", "degree": ("工学学士", "工学学士学位"),
                                         "major": "通信工程", "date_awarded": "2015-06-30", "certificate_number": "1923642015000559"}


def doctorate_graduate_and_degree() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "博士学位证书", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　研究生柯晓峰，男，1989年6月2日生，在本校材料科学与工程学科学习，完成博士研究生", "培养计划，通过论文答辩，准予毕业并授予工学博士学位。"],
                   30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["华中材料大学", "2020年12月18日"], 28, "serif_cjk", 56)
    text_lines(s, 160, y + 260, ["证书编号：1923522020000031"], 26, "serif_cjk", 52)
    _chop(s, 1320, y + 160, "华中材料大学")
    return scanned_png(s, "docgrad"), {"holder_name": "柯晓峰", "institution": "华中材料大学", "degree": ("工学博士", "工学博士学位"),
                                       "major": "材料科学与工程", "date_awarded": "2020-12-18", "certificate_number": "1923522020000031"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-graduated-then-meets-conditions.png", graduated_then_meets_conditions, "degree_certificate", "graduated-then-meets-conditions"),
              ("degree-doctorate-graduate-and-degree.png", doctorate_graduate_and_degree, "degree_certificate", "doctorate-graduate-and-degree")]
    return write_drawn(folder, papers)
