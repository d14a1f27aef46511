"""A two-hundred-and-fourteenth drawn set, a test set of three business registration certificates and two sets of
accounts in layouts no set drew, drawn after this stop's mends (the BR certificates' readers were last mended for the
hundred-and-eighty-eighth). A BR certificate whose dates are written '03-JUN-2027' with its fee and levy rows; one whose
rows put the Chinese label under the English in small print, values right; one whose commencement is 'Date of
commencement of business' and whose number stands alone in a box at the top right; a simplified Chinese statement with
本年累计 and 上年同期 columns; an English 'Statement of income and retained earnings'. Each is a case of its own, read once
through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set twohundredfourteenth`). Every
name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, write_drawn


def _title(s: Sheet) -> None:
    s.text(440, 140, "BUSINESS REGISTRATION CERTIFICATE", 40, "serif_bold")
    s.text(640, 200, "商業登記證", 40, "serif_cjk")


def month_words_fees() -> tuple[bytes, dict]:
    s = Sheet()
    _title(s)
    y = 340
    for label, value in [("Name of Business", "SANDPIPER TRANSLATION SERVICES LIMITED"),
                         ("Address", "UNIT 5, 3/F, HOI LUEN INDUSTRIAL CENTRE, 55 HOI YUEN ROAD, KWUN TONG"),
                         ("Nature of Business", "TRANSLATION SERVICES"), ("Status", "CORP"), ("Date of Commencement", "04-JUN-2021"),
                         ("Date of Expiry", "03-JUN-2027"), ("Fee", "$2,200"), ("Levy", "$150"), ("Business Registration No.", "63028457")]:
        s.text(140, y, label, 24, "serif")
        s.text(560, y, value, 22 if len(value) > 40 else 26, "mono")
        y += 70
    return scanned_png(s, "monthwords"), {"business_name": "SANDPIPER TRANSLATION SERVICES LIMITED", "br_number": "63028457",
                                    "address": "UNIT 5, 3/F, HOI LUEN INDUSTRIAL CENTRE, 55 HOI YUEN ROAD, KWUN TONG",
                                    "nature_of_business": "TRANSLATION SERVICES", "commencement_date": "2021-06-04",
                                    "expiry_date": "2027-06-03"}


def chinese_under_english() -> tuple[bytes, dict]:
    s = Sheet()
    _title(s)
    y = 340
    for en, zh, value in [("Name of Business", "業務名稱", "HILLSIDE ORTHODONTIC PRACTICE LIMITED"),
                          ("Business Address", "業務地址", "SUITE 1202, 12/F, CHINACHEM TOWER, 34 CONNAUGHT ROAD CENTRAL"),
                          ("Nature of Business", "業務性質", "DENTAL PRACTICE"), ("Status", "法律地位", "CORP"),
                          ("Date of Commencement", "開業日期", "19/01/2018"), ("Date of Expiry", "屆滿日期", "18/01/2027"),
                          ("Certificate No.", "登記證號碼", "68473120-000-01-26-5")]:
        s.text(140, y, en, 24, "serif")
        s.text(140, y + 32, zh, 18, "serif_cjk", (80, 80, 80))
        s.text(580, y + 6, value, 22 if len(value) > 40 else 26, "mono")
        y += 86
    return scanned_png(s, "zhunder"), {"business_name": "HILLSIDE ORTHODONTIC PRACTICE LIMITED", "br_number": "68473120",
                                 "address": "SUITE 1202, 12/F, CHINACHEM TOWER, 34 CONNAUGHT ROAD CENTRAL",
                                 "nature_of_business": "DENTAL PRACTICE", "commencement_date": "2018-01-19",
                                 "expiry_date": "2027-01-18"}


def number_boxed_top_right() -> tuple[bytes, dict]:
    s = Sheet()
    s.d.rectangle([1180, 60, 1520, 120], outline="black", width=2)
    s.text(1200, 74, "No. 70518264", 26, "mono")
    _title(s)
    y = 340
    for label, value in [("Name of Business", "OAKRIDGE FIRE ENGINEERING LIMITED"), ("Address", "FLAT B, 8/F, WING TAT FACTORY BUILDING,"),
                         ("", "8 FUI YIU KOK STREET, TSUEN WAN"), ("Nature of Business", "FIRE SERVICES INSTALLATION"),
                         ("Status", "CORP"), ("Date of commencement of business", "02/11/2015"), ("Date of expiry", "01/11/2027")]:
        s.text(140, y, label, 24, "serif")
        s.text(640, y, value, 26, "mono")
        y += 50 if not label else 74
    return scanned_png(s, "boxedno"), {"business_name": "OAKRIDGE FIRE ENGINEERING LIMITED", "br_number": "70518264",
                                 "address": "FLAT B, 8/F, WING TAT FACTORY BUILDING, 8 FUI YIU KOK STREET, TSUEN WAN",
                                 "nature_of_business": "FIRE SERVICES INSTALLATION", "commencement_date": "2015-11-02",
                                 "expiry_date": "2027-11-01"}


def cumulative_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "星河文旅发展有限公司", 36, "serif_cjk")
    s.text(640, 160, "利润表", 34, "serif_cjk")
    s.text(460, 215, "2025年12月31日　　单位：港元", 26, "serif_cjk")
    _rows(s, 290, [("项目", "本年累计", "上年同期")], font="serif_cjk")
    y = _rows(s, 350, [("营业收入", "6,120,800", "5,402,300"), ("营业成本", "4,388,100", "3,960,500"), ("利润总额", "902,600", "744,900"),
                       ("净利润", "754,700", "622,000")], font="serif_cjk")
    _rows(s, y + 60, [("所有者权益合计", "3,286,400", "2,531,700")], font="serif_cjk")
    return scanned_png(s, "cumulative"), {"company_name": "星河文旅发展有限公司", "period_end": "2025-12-31", "revenue": 6120800.0,
                                    "profit": 754700.0, "total_equity": 3286400.0}


def income_retained_earnings() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "BRIGHTBROOK LEARNING LIMITED", 30, "serif_bold")
    s.text(200, 160, "Statement of income and retained earnings for the year ended 31 July 2026", 24, "serif_bold")
    _rows(s, 240, [("", "2026", "2025"), ("", "HK$", "HK$")])
    y = _rows(s, 360, [("Tuition fee income", "3,905,000", "3,511,400"), ("Expenses", "(3,412,600)", "(3,150,900)"),
                       ("Net income for the year", "492,400", "360,500"), ("Retained earnings brought forward", "1,208,300", "847,800"),
                       ("Retained earnings carried forward", "1,700,700", "1,208,300")])
    _rows(s, y + 40, [("Total equity", "2,200,700", "1,708,300")])
    return scanned_png(s, "retained"), {"company_name": "BRIGHTBROOK LEARNING LIMITED", "period_end": "2026-07-31", "revenue": 3905000.0,
                                  "profit": 492400.0, "total_equity": 2200700.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("br-month-words.png", month_words_fees, "br_certificate", "month-words-fees"),
              ("br-chinese-under.png", chinese_under_english, "br_certificate", "chinese-under-english"),
              ("br-boxed-number.png", number_boxed_top_right, "br_certificate", "number-boxed-top-right"),
              ("accounts-cumulative.png", cumulative_columns, "financial_statement", "cumulative-columns"),
              ("accounts-retained.png", income_retained_earnings, "financial_statement", "income-retained-earnings")]
    return write_drawn(folder, papers)
