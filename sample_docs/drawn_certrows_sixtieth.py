"""A sixtieth drawn set, drawn after the fifty-ninth was read: certificates in three layouts no set drew. A degree
from a university abroad that states its date in words ('on the twenty-fifth day of November, two thousand and
twenty-one') and its holder and degree on lines of their own; a graduation certificate whose particulars stand in a
ruled table of four columns (label, value, label, value) with dotted dates; a degree certificate in which each
Chinese sentence is followed by its English on the next lines. Each is a case of its own. Read once through the
product before any reader changes for it (`scripts/bench_drawn_forms.py --set sixtieth`). Every name, number and
institution is made up; the institutions' codes (198xx) are no real institution's."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, write_sheets
from .generator.render import pil_font


def _centred(s: Sheet, y: int, text: str, size: int, font: str = "serif") -> None:
    width = pil_font(font if text.isascii() else "serif_cjk", size).getlength(text)
    s.text(int((1654 - width) / 2), y, text, size, font)


def degree_date_in_words() -> tuple[Sheet, dict]:
    s = Sheet()
    s.d.rectangle([90, 90, 1564, 2249], outline=(90, 60, 30), width=6)
    _centred(s, 260, "UNIVERSITY OF NORTHMERE", 60, "serif_bold")
    _centred(s, 460, "Be it known that", 34)
    _centred(s, 560, "ZHAO QINGYU", 56, "serif_bold")
    _centred(s, 680, "having completed the approved course of study and passed the", 32)
    _centred(s, 730, "prescribed examinations was admitted to the degree of", 32)
    _centred(s, 840, "MASTER OF SCIENCE", 50, "serif_bold")
    _centred(s, 930, "in", 32)
    _centred(s, 1010, "FINANCIAL ANALYTICS", 46, "serif_bold")
    _centred(s, 1100, "with Merit", 34)
    _centred(s, 1200, "on the twenty-fifth day of November,", 32)
    _centred(s, 1250, "two thousand and twenty-one.", 32)
    s.text(200, 1700, "Vice-Chancellor", 28)
    s.text(1120, 1700, "Registrar", 28)
    s.text(200, 2080, "Serial No. NMU-21-0048317", 26)
    return s, {"holder_name": "ZHAO QINGYU", "institution": "University of Northmere", "degree": "Master of Science",
               "major": "Financial Analytics", "date_awarded": "2021-11-25", "certificate_number": "NMU-21-0048317"}


def graduation_four_columns() -> tuple[Sheet, dict]:
    s = Sheet()
    _centred(s, 200, "毕 业 证 书", 72, "serif_cjk")
    rows = [("姓 名", "殷若楠", "性 别", "女"), ("出生日期", "1994.08.21", "学 制", "四年"),
            ("专 业", "材料物理", "层 次", "本科"), ("入学日期", "2012.09.01", "毕业日期", "2016.06.30"),
            ("学校名称", "临川理工学院", "证书编号", "198632201606001184")]
    y = 460
    for row in rows:
        x = 140
        for k, (cell, width) in enumerate(zip(row, (260, 440, 260, 470))):
            s.d.rectangle([x, y, x + width, y + 110], outline="black", width=2)
            s.text(x + 24, y + 34, cell, 34 if k % 2 == 0 else 32, "serif_cjk")
            x += width
        y += 110
    s.text(200, y + 200, "本表所列学生修完教学计划规定的全部课程，成绩合格，准予毕业。", 34, "serif_cjk")
    s.text(1000, y + 360, "临川理工学院（盖章）", 36, "serif_cjk")
    return s, {"holder_name": "殷若楠", "institution": "临川理工学院", "major": "材料物理", "level": "本科",
               "graduation_date": "2016-06-30", "certificate_number": "198632201606001184"}


def degree_sentence_then_english() -> tuple[Sheet, dict]:
    s = Sheet()
    _centred(s, 180, "学 士 学 位 证 书", 60, "serif_cjk")
    _centred(s, 260, "BACHELOR'S DEGREE CERTIFICATE", 34, "serif_bold")
    blocks = [("祁海峰，男，一九九六年十月二日生。", ["QI Haifeng, male, born on 2 October 1996,"]),
              ("在东陵海事大学轮机工程专业完成了本科学习计划，", ["has completed the undergraduate programme in Marine Engineering",
                                                     "at Dongling Maritime University,"]),
              ("业已毕业。经审核符合《中华人民共和国学位条例》的规定，", ["has graduated, and meets the requirements of the Regulations",
                                                         "on Academic Degrees of the People's Republic of China."]),
              ("授予工学学士学位。", ["He is hereby awarded the degree of Bachelor of Engineering."])]
    y = 440
    for zh, en in blocks:
        s.text(160, y, zh, 36, "serif_cjk")
        y += 64
        for line in en:
            s.text(160, y, line, 28, "serif")
            y += 44
        y += 40
    s.text(900, y + 120, "东陵海事大学学位评定委员会主席", 32, "serif_cjk")
    s.text(900, y + 180, "二〇一八年七月一日", 32, "serif_cjk")
    s.text(160, 2060, "证书编号 Certificate No.: 1984762018001735", 28, "serif")
    return s, {"holder_name": ("祁海峰", "QI HAIFENG"), "date_of_birth": "1996-10-02",
               "institution": ("东陵海事大学", "Dongling Maritime University"),
               "degree": ("工学学士学位", "工学学士", "Bachelor of Engineering"), "major": ("轮机工程", "Marine Engineering"),
               "date_awarded": "2018-07-01", "certificate_number": "1984762018001735"}


LAYOUTS = {("degree_certificate", "date-in-words"): degree_date_in_words,
           ("graduation_certificate", "four-columns"): graduation_four_columns,
           ("degree_certificate", "sentence-then-english"): degree_sentence_then_english}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS)
