"""A three-hundred-and-thirty-eighth drawn set, of degree certificates, drawn at stop 77 and read cold before any reader
change for it, in wording and layouts no earlier set drew: a degree's particulars in labelled rows, its degree given
as a discipline and a level in rows of their own (学科门类, 学位); a Hong Kong university's council that 'confers on'
the holder a degree 'at a congregation held on' a date; an English translation of a Mainland degree that 'is granted
the Bachelor of Engineering degree'; a master's certificate whose dates are written in Chinese numerals. Each is a case
of its own (`scripts/bench_drawn_forms.py --set threehundredthirtyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def particulars_in_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "学位证书", 46, "serif_cjk")
    y = 260
    for label, value in [("姓　　名", "庞静怡"), ("性　　别", "女"), ("出生日期", "1998年2月14日"), ("学科门类", "管理学"),
                         ("学　　位", "学士"), ("专　　业", "市场营销"), ("授予单位", "皖南商学院"), ("授予日期", "2020年6月22日"),
                         ("证书编号", "1940042020004518")]:
        s.text(300, y, label, 28, "serif_cjk")
        s.text(620, y, value, 28, "serif_cjk" if not value.isascii() else "serif")
        y += 70
    return scanned_png(s, "degreerows"), {"holder_name": "庞静怡", "degree": ("管理学学士", "管理学学士学位", "学士"), "major": "市场营销",
                                          "institution": "皖南商学院", "date_awarded": "2020-06-22", "date_of_birth": "1998-02-14",
                                          "certificate_number": "1940042020004518"}


def council_confers_on() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 120, "KOWLOON BAY UNIVERSITY", 40, "serif_bold")
    y = 280
    for line, size in [("The Council of the University hereby confers on", 28), ("WONG Ka Yan", 40), ("the degree of", 28),
                       ("Master of Science", 36), ("in Data Science", 30), ("at a congregation held on 14 December 2021", 28)]:
        s.text(300, y, line, size, "serif")
        y += 90
    text_lines(s, 300, y + 120, ["Chairman of Council", "", "Registrar"], 24, "serif", 44)
    return scanned_png(s, "confers"), {"holder_name": "WONG KA YAN", "degree": "Master of Science", "major": "Data Science",
                                       "institution": "Kowloon Bay University", "date_awarded": "2021-12-14"}


def granted_the_degree() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 110, "Bachelor's Degree Certificate", 36, "serif_bold")
    s.text(700, 170, "(Translation)", 24, "serif")
    text_lines(s, 160, 280, ["Ms. DU Ruoxi, born on 9 November 1997, having studied Environmental Engineering at Zhongzhou",
                             "Institute of Technology, has completed the undergraduate programme and, in accordance with the",
                             "Regulations on Academic Degrees of the People's Republic of China, is granted the Bachelor of",
                             "Engineering degree.", "", "Chairman of the Academic Degree Evaluation Committee", "", "30 June 2019", "",
                             "Certificate No.: 1939942019002231"], 24, "serif", 46)
    return scanned_png(s, "granted"), {"holder_name": "DU RUOXI", "degree": ("Bachelor of Engineering", "Bachelor of Engineering degree"),
                                       "major": "Environmental Engineering", "institution": "Zhongzhou Institute of Technology",
                                       "date_awarded": "2019-06-30", "date_of_birth": "1997-11-09", "certificate_number": "1939942019002231"}


def dates_in_numerals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "硕士学位证书", 46, "serif_cjk")
    text_lines(s, 200, 260, ["　　戴子轩，男，一九九四年十月二日生。在我校药学学科专业学习，完成硕士研究生培养",
                             "计划，成绩合格，通过论文答辩。根据《中华人民共和国学位条例》的规定，授予药学硕士学位。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 520, ["滇西医科大学", "学位评定委员会主席　柳文博", "二〇二〇年六月三十日"], 26, "serif_cjk", 60)
    s.text(200, 800, "证书编号：1939832020000871", 24, "serif_cjk")
    return scanned_png(s, "numerals"), {"holder_name": "戴子轩", "degree": ("药学硕士", "药学硕士学位"), "major": "药学",
                                        "institution": "滇西医科大学", "date_awarded": "2020-06-30", "date_of_birth": "1994-10-02",
                                        "certificate_number": "1939832020000871"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-particulars-in-rows.png", particulars_in_rows, "degree_certificate", "particulars-in-rows"),
              ("degree-council-confers-on.png", council_confers_on, "degree_certificate", "council-confers-on"),
              ("degree-granted-the-degree.png", granted_the_degree, "degree_certificate", "granted-the-degree"),
              ("degree-dates-in-numerals.png", dates_in_numerals, "degree_certificate", "dates-in-numerals")]
    return write_drawn(folder, papers)
