"""A five-hundred-and-seventy-seventh drawn set, of degrees in simplified Chinese, stop 85's second round, to be read cold before any
reader changes for it, in wording and layouts no earlier set drew: a bachelor's degree whose particulars are printed apart in its sentence
as filled blanks ('在 江北师范大学 汉语言文学 专业完成了 四年制本科 学习计划', '授予 文学 学士学位'); a doctor's degree naming its holder
only in a label at the top ('学位获得者：柴浩宇'), the sentence saying '该生'. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredseventyseventh`). Every name and number is made up; 19225 and 19224 are no real
institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def filled_blanks() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 120, "学士学位证书", 48, "serif_cjk")
    y = text_lines(s, 200, 280, ["　　 任嘉怡 ，女， 一九九八 年 十 月 二十 日生，在 江北师范大学 汉语言文学",
                                 "专业完成了 四年制本科 学习计划，业已毕业。经审核符合《中华人民共和国学位条例》",
                                 "的规定，授予 文学 学士学位。"], 30, "serif_cjk", 62)
    text_lines(s, 900, y + 120, ["江北师范大学校长", "学位评定委员会主席", "", "二〇二〇年六月二十四日"], 28, "serif_cjk", 50)
    s.text(200, y + 420, "证书编号：1922542020000871", 24, "sans_cjk")
    _chop(s, 560, y + 200, "江北师范大学")
    return scanned_png(s, "filledblanks"), {"holder_name": "任嘉怡", "institution": "江北师范大学", "degree": ("文学学士", "文学学士学位"),
                                            "major": "汉语言文学", "date_awarded": "2020-06-24", "certificate_number": "1922542020000871"}


def holder_in_a_label() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 120, "博士学位证书", 48, "serif_cjk")
    text_lines(s, 1000, 220, ["学位获得者：柴浩宇", "证书编号：1922422021000093"], 24, "sans_cjk", 44)
    y = text_lines(s, 200, 360, ["　　该生在材料科学与工程学科完成了博士研究生学习计划，通过了博士学位论文答辩，",
                                 "经审核符合《中华人民共和国学位条例》的规定，授予工学博士学位。"], 30, "serif_cjk", 62)
    text_lines(s, 900, y + 120, ["西岭工业大学", "学位评定委员会主席", "二〇二一年十二月十日"], 28, "serif_cjk", 50)
    _chop(s, 560, y + 200, "西岭工业大学")
    return scanned_png(s, "holderlabel"), {"holder_name": "柴浩宇", "institution": "西岭工业大学", "degree": ("工学博士", "工学博士学位"),
                                           "major": "材料科学与工程", "date_awarded": "2021-12-10", "certificate_number": "1922422021000093"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-filled-blanks.png", filled_blanks, "degree_certificate", "filled-blanks"),
              ("degree-holder-in-a-label.png", holder_in_a_label, "degree_certificate", "holder-in-a-label")]
    return write_drawn(folder, papers)
