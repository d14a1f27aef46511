"""A three-hundred-and-forty-eighth drawn set, of qualification reports, drawn at stop 77 and read cold before any
reader change for it, in wording and layouts no earlier set drew: a Chinese report whose values stand under their
labels, two columns of such pairs; an English report with both a date of entry and a date of graduation, its level
called 'Education Level' and its mode of study beside; an English degree report that names the 'Degree-Awarding
Institution' and the 'Discipline'. Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredfortyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn


def values_under_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "教育部学历证书电子注册备案表", 40, "serif_cjk")
    s.text(1000, 170, "在线验证码：M4QZ7KT2WX9NP3RD", 22, "serif_cjk")
    y = 260
    for left, right in [(("姓名", "闫诗雨"), ("性别", "女")), (("出生日期", "1999年12月7日"), ("层次", "本科")),
                        (("院校", "辽西工业大学"), ("专业", "自动化")), (("毕业日期", "2022年6月28日"), ("证书编号", "193921202205001552"))]:
        for x, (label, value) in ((200, left), (900, right)):
            s.text(x, y, label, 22, "serif_cjk")
            s.text(x, y + 40, value, 30, "serif_cjk" if not value.isascii() else "serif")
        y += 120
    return scanned_png(s, "under"), {"holder_name": "闫诗雨", "sex": "F", "date_of_birth": "1999-12-07", "institution": "辽西工业大学",
                                     "major": "自动化", "level": ("本科", "四年制本科"), "graduation_date": "2022-06-28",
                                     "certificate_number": "193921202205001552", "verification_code": "M4QZ7KT2WX9NP3RD"}


def entry_and_graduation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 100, "Verification Report of China Higher Education Qualification Certificate", 28, "serif_bold")
    y = 220
    for label, value in [("Name", "LIU Xin"), ("Gender", "Male"), ("Date of Birth", "1998-07-19"),
                         ("Institution", "Yanshan Normal University"), ("Major", "Physical Education"), ("Duration of Study", "4 years"),
                         ("Education Level", "Undergraduate"), ("Mode of Study", "Full-time"), ("Date of Entry", "2016-09-01"),
                         ("Date of Graduation", "2020-06-30"), ("Certificate No.", "193911202005000734"),
                         ("Online Verification Code", "B5XN8QW3KT7ZM2PR")]:
        s.text(200, y, label, 24, "serif")
        s.text(700, y, value, 24, "serif")
        y += 54
    return scanned_png(s, "entry"), {"holder_name": "LIU XIN", "sex": "M", "date_of_birth": "1998-07-19", "institution": "Yanshan Normal University",
                                     "major": "Physical Education", "level": ("undergraduate", "本科", "bachelor"), "graduation_date": "2020-06-30",
                                     "certificate_number": "193911202005000734", "verification_code": "B5XN8QW3KT7ZM2PR"}


def degree_awarding_institution() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(360, 100, "Online Verification Report of Chinese Degree", 32, "serif_bold")
    y = 220
    for label, value in [("Name", "FENG Yuetong"), ("Gender", "Female"), ("Date of Birth", "1995-02-11"),
                         ("Degree-Awarding Institution", "Huaixi University of Science and Technology"), ("Degree", "Master of Engineering"),
                         ("Discipline", "Control Science and Engineering"), ("Date of Award", "2021-06-30"),
                         ("Degree Certificate No.", "1939032021000619"), ("Verification Code", "Z2PR6MK9XW4TQ8NB")]:
        s.text(200, y, label, 24, "serif")
        s.text(760, y, value, 24, "serif")
        y += 56
    return scanned_png(s, "awarding"), {"holder_name": "FENG YUETONG", "sex": "F", "date_of_birth": "1995-02-11",
                                        "institution": "Huaixi University of Science and Technology", "major": "Control Science and Engineering",
                                        "certificate_number": "1939032021000619", "verification_code": "Z2PR6MK9XW4TQ8NB"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-values-under-labels.png", values_under_labels, "qualification_report", "values-under-labels"),
              ("report-entry-and-graduation.png", entry_and_graduation, "qualification_report", "entry-and-graduation"),
              ("report-degree-awarding-institution.png", degree_awarding_institution, "qualification_report", "degree-awarding-institution")]
    return write_drawn(folder, papers)
