"""A three-hundred-and-ninety-seventh drawn set, drawn after the stop's last reader change, to be read cold and left
unmended, in wording and layouts no earlier set drew: an English report in a ruled table ('Name of Student', 'Awarding
Institution', 'Programme of Study', 'Qualification Level', 'Completion Date'); a Chinese report whose values stand under
their labels; an English graduation certificate that a holder 'studied … in a four-year undergraduate programme from …
to … and has graduated'. Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredninetyseventh`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def english_ruled_report() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 100, "Verification Report of Higher Education Qualification", 32, "serif_bold")
    _ruled(s, 160, 220, [["Name of Student", "ZHAO Yichen"], ["Gender", "Male"], ["Date of Birth", "1997-12-19"],
                         ["Awarding Institution", "Yunmeng University of Technology"], ["Programme of Study", "Electrical Engineering"],
                         ["Qualification Level", "Undergraduate"], ["Completion Date", "2020-06-28"],
                         ["Certificate Number", "193441202006003512"], ["Verification Code", "N7KQ3WZ8TX2MRP4H"]],
           [460, 860], 66, size=24)
    return scanned_png(s, "englishruled"), {"holder_name": "ZHAO YICHEN", "sex": "M", "date_of_birth": "1997-12-19",
                                            "institution": "Yunmeng University of Technology", "major": "Electrical Engineering",
                                            "level": ("undergraduate", "bachelor", "本科"), "graduation_date": "2020-06-28",
                                            "certificate_number": "193441202006003512", "verification_code": "N7KQ3WZ8TX2MRP4H"}


def values_under_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "学历证书电子注册备案表", 42, "serif_cjk")
    y = 220
    for pair in [(("姓名", "阮梓涵"), ("性别", "女")), (("出生日期", "1999年5月30日"), ("层次", "本科")),
                 (("院校名称", "沅江师范学院"), ("专业", "英语")), (("毕业日期", "2021年6月25日"), ("证书编号", "193431202106000728"))]:
        for k, (label, value) in enumerate(pair):
            s.text(200 + 640 * k, y, label, 22, "sans_cjk")
            s.text(200 + 640 * k, y + 36, value, 30, "sans_cjk" if not value.isascii() else "sans")
        y += 120
    text_lines(s, 200, y + 20, ["在线验证码：T4MZ8KQ2XW7NRP3B"], 26, "sans_cjk", 56)
    return scanned_png(s, "valuesunder"), {"holder_name": "阮梓涵", "sex": "F", "date_of_birth": "1999-05-30", "institution": "沅江师范学院",
                                           "major": "英语", "level": ("本科",), "graduation_date": "2021-06-25",
                                           "certificate_number": "193431202106000728", "verification_code": "T4MZ8KQ2XW7NRP3B"}


def graduated_english() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 110, "ZHONGYUAN MEDICAL UNIVERSITY", 38, "serif_bold")
    s.text(600, 180, "GRADUATION CERTIFICATE", 30, "serif_bold")
    text_lines(s, 200, 300, ["This is to certify that Ms. TIAN Jing, born on 4 November 1998, studied Pharmacy in a four-year",
                             "undergraduate programme from September 2016 to June 2020 and has graduated.", "", "June 30, 2020",
                             "Certificate No.: 193421202006004407"], 26, "serif", 52)
    return scanned_png(s, "graduatedenglish"), {"holder_name": "TIAN JING", "institution": "Zhongyuan Medical University", "major": "Pharmacy",
                                                "level": ("undergraduate", "bachelor", "本科"), "graduation_date": "2020-06-30",
                                                "certificate_number": "193421202006004407"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-english-ruled.png", english_ruled_report, "qualification_report", "english-ruled"),
              ("report-values-under-labels.png", values_under_labels, "qualification_report", "values-under-labels"),
              ("graduation-english.png", graduated_english, "graduation_certificate", "english")]
    return write_drawn(folder, papers)
