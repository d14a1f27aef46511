"""A five-hundred-and-ninety-sixth drawn set, of degrees in simplified Chinese, stop 85's fifth round, to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: a master's degree earned at an equivalent level ('以同等学力在本校工商管理学科
通过硕士学位课程考试和论文答辩'); a second bachelor's degree ('完成了第二学士学位学习计划'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredninetysixth`). Every name and number is made up; 19204 and 19203 are no real
institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def equivalent_level() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 120, "硕士学位证书", 48, "serif_cjk")
    y = text_lines(s, 200, 280, ["　　许晨阳，男，1988年10月生，以同等学力在本校工商管理学科通过硕士学位课程考试和论文答辩，",
                                 "成绩合格，根据《中华人民共和国学位条例》的规定，授予管理学硕士学位。"], 28, "serif_cjk", 62)
    text_lines(s, 950, y + 100, ["北岭财经大学", "学位评定委员会主席", "二〇二〇年十二月十八日"], 28, "serif_cjk", 52)
    s.text(200, y + 380, "证书编号：1920432020000561", 24, "sans_cjk")
    _chop(s, 600, y + 190, "北岭财经大学")
    return scanned_png(s, "equivalent"), {"holder_name": "许晨阳", "institution": "北岭财经大学", "degree": ("管理学硕士", "管理学硕士学位"),
                                          "major": "工商管理", "date_awarded": "2020-12-18", "certificate_number": "1920432020000561"}


def second_bachelor() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 120, "第二学士学位证书", 48, "serif_cjk")
    y = text_lines(s, 200, 280, ["　　蒋雨晨，女，1996年5月生，在本校法学专业完成了第二学士学位学习计划，业已毕业，经审核",
                                 "符合《中华人民共和国学位条例》的规定，授予法学学士学位。"], 28, "serif_cjk", 62)
    text_lines(s, 950, y + 100, ["南溪政法学院", "校长", "2021年6月26日"], 28, "serif_cjk", 52)
    s.text(200, y + 380, "证书编号：1920342021000219", 24, "sans_cjk")
    _chop(s, 600, y + 190, "南溪政法学院")
    return scanned_png(s, "secondbachelor"), {"holder_name": "蒋雨晨", "institution": "南溪政法学院", "degree": ("法学学士", "法学学士学位"),
                                              "major": "法学", "date_awarded": "2021-06-26", "certificate_number": "1920342021000219"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-equivalent-level.png", equivalent_level, "degree_certificate", "equivalent-level"),
              ("degree-second-bachelor.png", second_bachelor, "degree_certificate", "second-bachelor")]
    return write_drawn(folder, papers)
