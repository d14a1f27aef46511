"""A five-hundred-and-twenty-third drawn set, of degrees, drawn after stop 83's last reader change, to be read cold and left unmended,
in wording and layouts no earlier set drew: a Mainland degree whose holder's name is spaced out within the sentence (李 明 轩 ，男，…);
'By authority of the Council, … confers on … the degree of Master of Laws in …', 'Conferred at …, 11 November 2021', a parchment
number; a Macau degree as a ruled table in traditional characters (主修, 頒授日期). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredtwentythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def spaced_name_in_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "学士学位证书", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　李 明 轩 ，男，1997年9月12日生。在本校数学与应用数学专业完成了本科", "学业，经审核符合《中华人民共和国学位条例》的规定，授予理学学士学位。"],
                   30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["滇西理工学院", "2019年6月25日"], 28, "serif_cjk", 56)
    text_lines(s, 160, y + 260, ["证书编号：1926342019000477"], 26, "serif_cjk", 52)
    _chop(s, 1320, y + 150, "滇西理工学院")
    return scanned_png(s, "spacedname"), {"holder_name": "李明轩", "institution": "滇西理工学院", "degree": ("理学学士", "理学学士学位"),
                                          "major": "数学与应用数学", "date_awarded": "2019-06-25", "certificate_number": "1926342019000477"}


def by_authority_of_the_council() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 110, "Kingsbridge University", 40, "serif_bold")
    text_lines(s, 160, 240, ["By authority of the Council, Kingsbridge University confers on LUO Xinyi the degree of Master of Laws in",
                             "International Trade Law.", "", "Conferred at Kingsbridge, 11 November 2021.", "", "",
                             "Vice-Chancellor", "", "Parchment No. KU-LLM-21-2290"], 23, "serif", 46)
    return scanned_png(s, "council"), {"holder_name": "LUO Xinyi", "institution": "Kingsbridge University", "degree": ("Master of Laws",),
                                       "major": "International Trade Law", "date_awarded": "2021-11-11", "certificate_number": "KU-LLM-21-2290"}


def macau_table_traditional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "澳門氹仔科技大學", 40, "serif_cjk")
    s.text(660, 170, "學位證書", 36, "serif_cjk")
    y = _ruled(s, 260, 260, [["姓名", "莫家俊"], ["學位", "理學碩士"], ["主修", "數據科學"], ["頒授日期", "2023年11月15日"], ["證書編號", "1926232023000112"]],
               [280, 600], 76, 26)
    _chop(s, 1300, y + 60, "澳門氹仔科技大學")
    return scanned_png(s, "macautable"), {"holder_name": "莫家俊", "institution": "澳門氹仔科技大學", "degree": ("理學碩士", "理學碩士學位"),
                                          "major": "數據科學", "date_awarded": "2023-11-15", "certificate_number": "1926232023000112"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-spaced-name-in-sentence.png", spaced_name_in_sentence, "degree_certificate", "spaced-name-in-sentence"),
              ("degree-by-authority-of-the-council.png", by_authority_of_the_council, "degree_certificate", "by-authority-of-the-council"),
              ("degree-macau-table-traditional.png", macau_table_traditional, "degree_certificate", "macau-table-traditional")]
    return write_drawn(folder, papers)
