"""A five-hundred-and-twentieth drawn set, of degrees, drawn after stop 83's last reader change, to be read cold and left unmended,
in wording and layouts no earlier set drew: a Mainland degree as one ruled table of six columns a row (姓名 | … | 性别 | … | 出生年月 |
…); an English degree set all in capitals, the class of honours between the degree and its subject, 'HAS BEEN CONFERRED UPON' the
holder after it; a Hong Kong master's degree line by line (茲證明 / name / 修畢本校規定之課程 / 獲頒授 / degree). Each is a case of its
own (`scripts/bench_drawn_forms.py --set fivehundredtwentieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def six_column_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "湘中师范大学学位证书", 40, "serif_cjk")
    y = _ruled(s, 100, 220, [["姓名", "黎梓萱", "性别", "女", "出生年月", "1997年5月"],
                             ["学位", "教育学硕士", "学科", "课程与教学论", "授予日期", "2022年6月24日"],
                             ["证书编号", "1926532022000721", "", "", "", ""]], [170, 270, 150, 330, 200, 330], 80, 24)
    _chop(s, 1250, y + 170, "湘中师范大学")
    return scanned_png(s, "sixcols"), {"holder_name": "黎梓萱", "institution": "湘中师范大学", "degree": ("教育学硕士", "教育学硕士学位"),
                                       "major": "课程与教学论", "date_awarded": "2022-06-24", "certificate_number": "1926532022000721"}


def capitals_class_before_subject() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "WESTMERE UNIVERSITY", 40, "serif_bold")
    text_lines(s, 160, 240, ["THE DEGREE OF BACHELOR OF ARTS WITH UPPER SECOND CLASS HONOURS IN ENGLISH STUDIES", "HAS BEEN CONFERRED UPON",
                             "CHEN YUTONG", "ON 3 JULY 2020.", "", "", "REGISTRAR", "", "CERTIFICATE NO. WMU-BA-2020-06613"], 24, "serif", 50)
    return scanned_png(s, "capsclass"), {"holder_name": "CHEN Yutong", "institution": "Westmere University", "degree": ("Bachelor of Arts",),
                                         "major": "English Studies", "date_awarded": "2020-07-03", "certificate_number": "WMU-BA-2020-06613"}


def hong_kong_master_lines() -> tuple[bytes, dict]:
    s = Sheet()
    for y, text, size in [(110, "香港灣景大學", 44), (240, "茲證明", 28), (320, "何嘉欣", 36), (400, "修畢本校規定之課程", 28), (480, "獲頒授", 28),
                          (560, "工商管理碩士學位", 36), (660, "二〇二二年十二月一日", 28)]:
        s.text(827 - len(text) * size // 2, y, text, size, "serif_cjk")
    text_lines(s, 200, 800, ["校長", "", "證書編號：HKBV-MBA-22-0318"], 24, "serif_cjk", 44)
    _chop(s, 1250, 700, "香港灣景大學")
    return scanned_png(s, "hkmaster"), {"holder_name": "何嘉欣", "institution": "香港灣景大學", "degree": ("工商管理碩士", "工商管理碩士學位"),
                                        "major": "工商管理", "date_awarded": "2022-12-01", "certificate_number": "HKBV-MBA-22-0318"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-six-column-table.png", six_column_table, "degree_certificate", "six-column-table"),
              ("degree-capitals-class-before-subject.png", capitals_class_before_subject, "degree_certificate", "capitals-class-before-subject"),
              ("degree-hong-kong-master-lines.png", hong_kong_master_lines, "degree_certificate", "hong-kong-master-lines")]
    return write_drawn(folder, papers)
