"""A five-hundred-and-ninety-ninth drawn set, of degrees, drawn after stop 85's last reader change, to be read cold and left unmended,
in wording and layouts no earlier set drew: a Canadian parchment ('Upon the recommendation of the Senate, the Board of Governors has
conferred on', the subject on its own line under the degree, 'Given at Vancouver, British Columbia, 28 May 2021'); a Chinese bachelor's
degree whose sentence names the category apart from its level ('授予 艺术学 学士学位'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredninetyninth`). Every name and number is made up; 19199 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def board_of_governors() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 110, "University of Northbay", 42, "serif_bold")
    text_lines(s, 260, 250, ["Upon the recommendation of the Senate, the Board of Governors has conferred on", "", "HU Xinyi", "", "the degree of",
                             "Master of Engineering", "Electrical and Computer Engineering", "", "with all its rights and privileges.",
                             "Given at Vancouver, British Columbia, 28 May 2021"], 25, "serif", 52)
    text_lines(s, 260, 860, ["Chancellor                                        Registrar"], 22, "serif", 40)
    return scanned_png(s, "governors"), {"holder_name": "HU Xinyi", "institution": "University of Northbay", "degree": ("Master of Engineering",),
                                         "major": "Electrical and Computer Engineering", "date_awarded": "2021-05-28"}


def category_apart() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 120, "学士学位证书", 48, "serif_cjk")
    y = text_lines(s, 200, 280, ["　　陶思雨，女，2000年2月17日生。在本校视觉传达设计专业完成了本科学习计划，业已毕业，",
                                 "经审核符合《中华人民共和国学位条例》的规定，授予 艺术学 学士学位。"], 28, "serif_cjk", 62)
    text_lines(s, 950, y + 100, ["湘楚美术学院", "校长", "2022年6月24日"], 28, "serif_cjk", 52)
    s.text(200, y + 380, "证书编号：1919942022000638", 24, "sans_cjk")
    _chop(s, 600, y + 190, "湘楚美术学院")
    return scanned_png(s, "categoryapart"), {"holder_name": "陶思雨", "institution": "湘楚美术学院", "degree": ("艺术学学士", "艺术学学士学位"),
                                             "major": "视觉传达设计", "date_awarded": "2022-06-24", "certificate_number": "1919942022000638"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-board-of-governors.png", board_of_governors, "degree_certificate", "board-of-governors"),
              ("degree-category-apart.png", category_apart, "degree_certificate", "category-apart")]
    return write_drawn(folder, papers)
