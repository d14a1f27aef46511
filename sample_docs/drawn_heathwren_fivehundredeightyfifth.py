"""A five-hundred-and-eighty-fifth drawn set, of graduation certificates in simplified Chinese, stop 85's third round, to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: an older certificate telling the native place ('系 广东省
梅州市 人'), dated in Han numerals, its blanks filled with spaces round them ('四 年制 本 科'); a postgraduate's certificate ('研究生…',
'学制三年', '毕业论文答辩通过'), signed '校（院）长'. Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredeightyfifth`).
Every name and number is made up; 19216 and 19215 are no real institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def native_place_spaced() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "毕业证书", 48, "serif_cjk")
    y = text_lines(s, 200, 270, ["　　学生 钟子豪 系 广东省 梅州市 人，一九九七年十一月生，于二〇一五年九月至",
                                 "二〇一九年七月在本校 土木工程 专业 四 年制 本 科学习，修完教学计划规定的全部",
                                 "课程，成绩合格，准予毕业。"], 30, "serif_cjk", 64)
    text_lines(s, 200, y + 80, ["校名：赣南建筑大学", "证书编号：192161201907000512"], 28, "serif_cjk", 56)
    s.text(950, y + 260, "二〇一九年七月一日", 28, "serif_cjk")
    _chop(s, 1300, y + 110, "赣南建筑大学")
    return scanned_png(s, "nativespaced"), {"holder_name": "钟子豪", "institution": "赣南建筑大学", "major": "土木工程", "level": ("本科", "四年制本科"),
                                            "graduation_date": "2019-07-01", "certificate_number": "192161201907000512"}


def postgraduate() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 110, "研究生毕业证书", 48, "serif_cjk")
    y = text_lines(s, 200, 270, ["　　研究生秦雅琪，女，1996年5月生，于2018年9月至2021年6月在本校会计学专业学习，学制三年，",
                                 "修完研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。"], 28, "serif_cjk", 62)
    text_lines(s, 200, y + 80, ["校（院）长：", "培养单位：西湖财经大学", "证书编号：192151202106000301"], 28, "serif_cjk", 56)
    s.text(950, y + 300, "2021年6月25日", 28, "serif_cjk")
    _chop(s, 1300, y + 130, "西湖财经大学")
    return scanned_png(s, "postgrad"), {"holder_name": "秦雅琪", "institution": "西湖财经大学", "major": "会计学", "level": ("研究生", "硕士研究生"),
                                        "graduation_date": "2021-06-25", "certificate_number": "192151202106000301"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-native-place-spaced.png", native_place_spaced, "graduation_certificate", "native-place-spaced"),
              ("graduation-postgraduate.png", postgraduate, "graduation_certificate", "postgraduate")]
    return write_drawn(folder, papers)
