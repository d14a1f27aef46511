"""A five-hundred-and-fifty-sixth drawn set, of Mainland degrees, drawn for stop 84's fifth round, to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: a degree whose major follows 完成了 (在本校完成了统计学专业本科学业); a degree whose
holder's name stands on a line of its own over bracketed particulars (（女，1999年2月14日生）). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredfiftysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def major_after_completed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "学士学位证书", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　凌子豪，男，1997年11月3日生，在本校完成了统计学专业本科学业，成绩合格，", "依照《中华人民共和国学位条例》的规定，授予经济学学士学位。"],
                   30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["沂蒙财经学院", "2020年6月19日"], 28, "serif_cjk", 56)
    text_lines(s, 160, y + 260, ["证书编号：1924142020000802"], 26, "serif_cjk", 52)
    _chop(s, 1320, y + 160, "沂蒙财经学院")
    return scanned_png(s, "majorafter"), {"holder_name": "凌子豪", "institution": "沂蒙财经学院", "degree": ("经济学学士", "经济学学士学位"),
                                          "major": "统计学", "date_awarded": "2020-06-19", "certificate_number": "1924142020000802"}


def name_over_bracketed_particulars() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "学士学位证书", 44, "serif_cjk")
    s.text(690, 230, "段雨萱", 40, "serif_cjk")
    y = text_lines(s, 560, 300, ["（女，1999年2月14日生）"], 28, "serif_cjk", 56)
    y = text_lines(s, 160, y + 40, ["　　在本校视觉传达设计专业完成了本科学业，成绩合格，依照《中华人民共和国学位条例》的", "规定，授予艺术学学士学位。"],
                   30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["蜀南艺术学院", "2021年6月25日"], 28, "serif_cjk", 56)
    text_lines(s, 160, y + 260, ["证书编号：1924042021000418"], 26, "serif_cjk", 52)
    _chop(s, 1320, y + 160, "蜀南艺术学院")
    return scanned_png(s, "nameover"), {"holder_name": "段雨萱", "institution": "蜀南艺术学院", "degree": ("艺术学学士", "艺术学学士学位"),
                                        "major": "视觉传达设计", "date_awarded": "2021-06-25", "certificate_number": "1924042021000418"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-major-after-completed.png", major_after_completed, "degree_certificate", "major-after-completed"),
              ("degree-name-over-bracketed-particulars.png", name_over_bracketed_particulars, "degree_certificate", "name-over-bracketed-particulars")]
    return write_drawn(folder, papers)
