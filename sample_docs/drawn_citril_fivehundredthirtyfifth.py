"""A five-hundred-and-thirty-fifth drawn set, of Mainland degrees, drawn for stop 84's second round, to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: a professional degree whose field is stated apart (专业领域：电子信息) and
whose holder's identity number stands in brackets after the name; a doctorate in a discipline (在本校化学学科完成了博士研究生的学习计划,
业已通过博士学位论文答辩). Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredthirtyfifth`). Every name and number
is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def professional_field_apart() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "硕士专业学位证书", 42, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　兹授予祝浩宇（身份证号：略）电子信息硕士专业学位，专业领域：", "人工智能。"], 30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["赣江工程大学", "学位评定委员会主席　程立新", "2024年6月21日"], 28, "serif_cjk", 56)
    text_lines(s, 160, y + 320, ["证书编号：1925432024000561"], 26, "serif_cjk", 52)
    _chop(s, 1320, y + 140, "赣江工程大学")
    return scanned_png(s, "profield"), {"holder_name": "祝浩宇", "institution": "赣江工程大学", "degree": ("电子信息硕士", "电子信息硕士专业学位"),
                                        "major": "人工智能", "date_awarded": "2024-06-21", "certificate_number": "1925432024000561"}


def doctorate_in_a_discipline() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "博士学位证书", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　卓思远，男，1990年5月7日生。在本校化学学科完成了博士研究生的学习", "计划，业已通过博士学位论文答辩，经审核，授予理学博士学位。"],
                   30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["闽南师范大学", "2021年12月28日"], 28, "serif_cjk", 56)
    text_lines(s, 160, y + 260, ["证书编号：1925322021000044"], 26, "serif_cjk", 52)
    _chop(s, 1320, y + 140, "闽南师范大学")
    return scanned_png(s, "doctorate"), {"holder_name": "卓思远", "institution": "闽南师范大学", "degree": ("理学博士", "理学博士学位"),
                                         "major": "化学", "date_awarded": "2021-12-28", "certificate_number": "1925322021000044"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-professional-field-apart.png", professional_field_apart, "degree_certificate", "professional-field-apart"),
              ("degree-doctorate-in-a-discipline.png", doctorate_in_a_discipline, "degree_certificate", "doctorate-in-a-discipline")]
    return write_drawn(folder, papers)
