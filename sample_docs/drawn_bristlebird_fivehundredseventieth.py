"""A five-hundred-and-seventieth drawn set, of degrees in simplified Chinese, stop 85's first round, to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: a degree as a ruled grid of four columns, two labels and two values a row
('学位类别', '授予日期', '授予单位'); a master's degree naming a 学科 and its school only in the committee's sentence ('经南岭大学学位评定委员会
审核'), its number at the top right. Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredseventieth`). Every name
and number is made up; 19232 and 19231 are no real institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def four_column_grid() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 120, "学位证书", 48, "serif_cjk")
    _ruled(s, 150, 280, [["姓名", "薛婉清", "性别", "女"], ["出生日期", "1999年3月12日", "学位类别", "工学学士"],
                         ["专业", "土木工程", "授予日期", "2021年6月20日"], ["授予单位", "江城理工大学", "证书编号", "1923242021000517"]],
           [260, 420, 260, 420], 80, 28)
    _chop(s, 1250, 800, "江城理工大学")
    return scanned_png(s, "grid4"), {"holder_name": "薛婉清", "institution": "江城理工大学", "degree": ("工学学士", "工学学士学位"),
                                     "major": "土木工程", "date_awarded": "2021-06-20", "certificate_number": "1923242021000517"}


def discipline_committee() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1080, 90, "证书编号：1923132019001286", 22, "sans_cjk")
    s.text(620, 170, "硕士学位证书", 48, "serif_cjk")
    y = text_lines(s, 200, 320, ["　　龚子涵，男，一九九四年七月生。在计算机应用技术学科完成",
                                 "硕士研究生学习计划，通过学位论文答辩，经南岭大学学位评定委员会",
                                 "审核，符合《中华人民共和国学位条例》的规定，授予工学硕士学位。"], 30, "serif_cjk", 60)
    text_lines(s, 900, y + 120, ["学位评定委员会主席", "", "二〇一九年六月二十八日"], 28, "serif_cjk", 50)
    _chop(s, 520, y + 140, "南岭大学")
    return scanned_png(s, "discipline"), {"holder_name": "龚子涵", "institution": "南岭大学", "degree": ("工学硕士", "工学硕士学位"),
                                          "major": "计算机应用技术", "date_awarded": "2019-06-28", "certificate_number": "1923132019001286"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-four-column-grid.png", four_column_grid, "degree_certificate", "four-column-grid"),
              ("degree-discipline-committee.png", discipline_committee, "degree_certificate", "discipline-committee")]
    return write_drawn(folder, papers)
