"""A five-hundred-and-ninety-third drawn set, in traditional Chinese, stop 85's fourth round, to be read cold before any reader changes for
it, in wording and layouts no earlier set drew: a Macau bachelor's degree naming the holder's sex and birth in brackets after the name
('梁嘉欣（女，一九九九年四月二十日出生）'), the programme with its specialism ('工商管理學士學位課程（會計專業）'), 'and confers' in the same
sentence as the graduation; a graduation certificate as a two-column ruled table ('修業年限', '層次', '學校'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredninetythird`). Every name and number is made up; 19208 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def macau_degree() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 100, "澳門濠江大學", 44, "serif_cjk")
    s.text(640, 180, "學士學位證書", 40, "serif_cjk")
    y = text_lines(s, 200, 310, ["　　茲證明梁嘉欣（女，一九九九年四月二十日出生）已修畢本校工商管理學士學位課程（會計專業），",
                                 "成績合格，准予畢業，並授予工商管理學士學位。"], 28, "serif_cjk", 62)
    text_lines(s, 950, y + 110, ["校長", "", "二〇二一年七月十日"], 28, "serif_cjk", 52)
    s.text(200, y + 330, "證書編號：MU-BBA-2021-0962", 22, "sans_cjk")
    return scanned_png(s, "macaudegree"), {"holder_name": "梁嘉欣", "institution": "澳門濠江大學", "degree": ("工商管理學士", "工商管理學士學位"),
                                           "major": ("會計", "會計專業"), "date_awarded": "2021-07-10", "certificate_number": "MU-BBA-2021-0962"}


def ruled_traditional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "畢業證書", 48, "serif_cjk")
    _ruled(s, 240, 230, [["姓名", "鄭偉倫"], ["性別", "男"], ["出生日期", "1998年2月14日"], ["修業年限", "2016年9月至2020年6月"], ["專業", "市場營銷"],
                         ["層次", "本科"], ["畢業日期", "2020年6月28日"], ["證書編號", "192081202006000345"], ["學校", "嶺南財經學院"]], [340, 760], 68, 26)
    _chop(s, 1250, 1030, "嶺南財經學院")
    return scanned_png(s, "ruledtrad"), {"holder_name": "鄭偉倫", "institution": "嶺南財經學院", "major": "市場營銷", "level": "本科",
                                         "graduation_date": "2020-06-28", "certificate_number": "192081202006000345"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-macau.png", macau_degree, "degree_certificate", "macau"),
              ("graduation-ruled-traditional.png", ruled_traditional, "graduation_certificate", "ruled-traditional")]
    return write_drawn(folder, papers)
