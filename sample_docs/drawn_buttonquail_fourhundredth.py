"""A four-hundredth drawn set, drawn after the stop's last reader change, to be read cold and left unmended, in wording
and layouts no earlier set drew: an English consent that an employee 'has our consent to take up employment with' a
Hong Kong company; an English degree told in the passive ('The Degree of … is conferred upon … by … on …'); a Chinese
report whose labels reach their values by dot leaders (姓名……………王思远). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def has_our_consent() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Shenzhen Qianhai Freight Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["26 November 2026", "", "To the Immigration Department, HKSAR", "",
                             "We confirm that our employee Mr. XU Chen has our consent to take up employment with Harbour Gate",
                             "Logistics Limited in Hong Kong.", "", "Yours faithfully,", "", "General Manager"], 24, "serif", 44)
    return scanned_png(s, "ourconsent"), {"organisation": "Shenzhen Qianhai Freight Co., Ltd.", "applicant_name": "XU CHEN",
                                          "date": "2026-11-26"}


def conferred_in_the_passive() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 120, "XIANGNAN NORMAL UNIVERSITY", 40, "serif_bold")
    text_lines(s, 220, 300, ["The Degree of Bachelor of Arts in English Language and Literature", "is conferred upon", "",
                             "TANG YUXI", "", "by Xiangnan Normal University on June 22, 2019.", "",
                             "Certificate No. 1934142019005530"], 28, "serif", 56)
    return scanned_png(s, "passive"), {"holder_name": "TANG YUXI", "institution": ("Xiangnan Normal University", "XIANGNAN NORMAL UNIVERSITY"),
                                       "degree": ("Bachelor of Arts", "Bachelor of Arts in English Language and Literature"),
                                       "major": "English Language and Literature", "date_awarded": "2019-06-22",
                                       "certificate_number": "1934142019005530"}


def dot_leaders() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "学历证书查询结果", 44, "serif_cjk")
    y = 240
    for label, value in [("姓名", "王思远"), ("性别", "男"), ("出生日期", "1997年8月19日"), ("院校名称", "桂北科技学院"),
                         ("专业", "通信工程"), ("层次", "本科"), ("毕业日期", "2019年6月30日"), ("证书编号", "193401201906002245")]:
        s.text(220, y, label, 28, "serif_cjk")
        x = 220 + 28 * len(label) + 10
        while x < 760:
            s.text(x, y, "·", 28, "serif")
            x += 14
        s.text(780, y, value, 28, "serif_cjk" if not value.isascii() else "serif")
        y += 66
    return scanned_png(s, "leaders"), {"holder_name": "王思远", "sex": "M", "date_of_birth": "1997-08-19", "institution": "桂北科技学院",
                                       "major": "通信工程", "level": ("本科",), "graduation_date": "2019-06-30",
                                       "certificate_number": "193401201906002245"}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-has-our-consent.png", has_our_consent, "consent_letter", "has-our-consent"),
              ("degree-conferred-in-the-passive.png", conferred_in_the_passive, "degree_certificate", "conferred-in-the-passive"),
              ("report-dot-leaders.png", dot_leaders, "qualification_report", "dot-leaders")]
    return write_drawn(folder, papers)
