"""A five-hundred-and-ninety-first drawn set, of degrees in simplified Chinese, stop 85's fourth round, to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: a bachelor's degree whose number has no colon and shares its line with the
date in Han numerals ('学位证书编号 …' left, '二〇二一年…' right); a research institute's doctor's degree ('在本所…专业'), signed by the
institute. Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredninetyfirst`). Every name and number is made up;
19210 and 19209 are no real institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def number_beside_date() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 120, "学士学位证书", 48, "serif_cjk")
    y = text_lines(s, 200, 280, ["　　邓欣悦，女，1999年12月6日生。在本校日语专业完成了本科学习计划，业已毕业，经审核",
                                 "符合《中华人民共和国学位条例》的规定，授予文学学士学位。"], 30, "serif_cjk", 62)
    text_lines(s, 950, y + 100, ["闽江外国语学院", "校长"], 28, "serif_cjk", 52)
    s.text(200, y + 330, "学位证书编号 1921042021000388", 24, "sans_cjk")
    s.text(980, y + 330, "二〇二一年六月二十二日", 26, "serif_cjk")
    _chop(s, 600, y + 170, "闽江外国语学院")
    return scanned_png(s, "numberbesidedate"), {"holder_name": "邓欣悦", "institution": "闽江外国语学院", "degree": ("文学学士", "文学学士学位"),
                                                "major": "日语", "date_awarded": "2021-06-22", "certificate_number": "1921042021000388"}


def research_institute() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 120, "博士学位证书", 48, "serif_cjk")
    y = text_lines(s, 200, 280, ["　　俞天宇，男，1992年8月生。在本所物理海洋学专业完成了博士研究生学习计划，通过了博士",
                                 "学位论文答辩，成绩合格，经审核符合《中华人民共和国学位条例》的规定，授予理学博士学位。"], 28, "serif_cjk", 62)
    text_lines(s, 950, y + 100, ["东海海洋研究所", "学位评定委员会主席", "2021年12月20日"], 28, "serif_cjk", 52)
    s.text(200, y + 380, "证书编号：1920922021000017", 24, "sans_cjk")
    _chop(s, 600, y + 190, "东海海洋研究所")
    return scanned_png(s, "institute"), {"holder_name": "俞天宇", "institution": "东海海洋研究所", "degree": ("理学博士", "理学博士学位"),
                                         "major": "物理海洋学", "date_awarded": "2021-12-20", "certificate_number": "1920922021000017"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-number-beside-date.png", number_beside_date, "degree_certificate", "number-beside-date"),
              ("degree-research-institute.png", research_institute, "degree_certificate", "research-institute")]
    return write_drawn(folder, papers)
