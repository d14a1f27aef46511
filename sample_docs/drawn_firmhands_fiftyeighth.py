"""A fifty-eighth drawn set, drawn after the fifty-seventh was mended: an employer's registration and accounts in
four layouts no set drew. A business registration certificate whose validity is printed as a period ('from … to
…') under its particulars in stacked rows; one whose particulars stand in a grid of two columns of cells; a profit
statement in simplified Chinese with the year's figures in the first column of three (this year, last year, change);
a one-page financial summary whose figures are in a sentence each ('Revenue for the year ended … amounted to HK$…').
Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set fiftyeighth`). Every name and number is made up."""
from __future__ import annotations

import textwrap
from pathlib import Path

from .drawn_forms import Sheet, write_sheets


def br_period_rows() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(420, 140, "商業登記證", 52)
    s.text(300, 210, "BUSINESS REGISTRATION CERTIFICATE", 40, "sans_bold")
    rows = [("業務名稱 Business Name", "AMBERCOVE MARINE ENGINEERING LIMITED"), ("", "琥珀灣船舶工程有限公司"),
            ("地址 Address", "UNIT 3, 9/F, TSUEN WAN INDUSTRIAL CENTRE,"), ("", "220 TEXACO ROAD, TSUEN WAN, NEW TERRITORIES"),
            ("業務性質 Nature", "MARINE ENGINEERING CONSULTANCY"), ("登記證號碼 Certificate No.", "68412095-000-11-26-A"),
            ("開業日期 Date of Commencement", "08/11/2016")]
    y = 360
    for label, value in rows:
        s.text(150, y, label, 24)
        s.text(700, y, value, 28)
        y += 64
    s.text(150, y + 60, "有效期 Validity: from 08/11/2026 to 07/11/2027", 30, "sans_bold")
    s.text(150, y + 160, "費用 Fee HK$2,150    徵費 Levy HK$0", 26)
    return s, {"business_name": "AMBERCOVE MARINE ENGINEERING LIMITED", "br_number": "68412095",
               "address": "UNIT 3, 9/F, TSUEN WAN INDUSTRIAL CENTRE, 220 TEXACO ROAD, TSUEN WAN, NEW TERRITORIES",
               "nature_of_business": "MARINE ENGINEERING CONSULTANCY", "commencement_date": "2016-11-08", "expiry_date": "2027-11-07"}


def br_grid() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(300, 140, "BUSINESS REGISTRATION CERTIFICATE  商業登記證", 36, "sans_bold")
    cells = [[("Name of Business 業務名稱", "SILVERMOSS ANALYTICS LIMITED"), ("Certificate No. 登記證號碼", "73160428")],
             [("Nature of Business 業務性質", "DATA ANALYTICS SERVICES"), ("Status 法律地位", "CORPORATION")],
             [("Date of Commencement 生效日期", "02-03-2020"), ("Date of Expiry 屆滿日期", "01-03-2027")],
             [("Address 地址", "FLAT B, 15/F, KWAI FONG PLAZA, 6 KWAI FONG CRESCENT, KWAI CHUNG"), ("", "")]]
    y = 260
    for row in cells:
        for x, (label, value) in zip((100, 850), row):
            s.d.rectangle([x, y, x + 720, y + 170], outline="black", width=2)
            if label:
                s.text(x + 16, y + 14, label, 22)
                for k, part in enumerate(textwrap.wrap(value, 38)):
                    s.text(x + 16, y + 62 + 44 * k, part, 28)
        y += 170
    return s, {"business_name": "SILVERMOSS ANALYTICS LIMITED", "br_number": "73160428",
               "address": "FLAT B, 15/F, KWAI FONG PLAZA, 6 KWAI FONG CRESCENT, KWAI CHUNG",
               "nature_of_business": "DATA ANALYTICS SERVICES", "commencement_date": "2020-03-02", "expiry_date": "2027-03-01"}


def profit_hans_three_columns() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(520, 140, "青岚环境科技有限公司", 44)
    s.text(560, 210, "利 润 表", 44)
    s.text(440, 280, "截至2025年12月31日止年度   单位：港元", 28)
    for x, head in ((860, "本年"), (1120, "上年"), (1380, "变动")):
        s.text(x, 380, head, 28)
    rows = [("营业收入", "38,460,000", "35,120,000", "+9.5%"), ("营业成本", "(27,310,000)", "(25,406,000)", "+7.5%"),
            ("利润总额", "4,820,000", "4,105,000", "+17.4%"), ("所得税费用", "(795,000)", "(677,000)", "+17.4%"),
            ("净利润", "4,025,000", "3,428,000", "+17.4%"), ("所有者权益合计", "21,300,000", "17,275,000", "+23.3%")]
    y = 460
    for label, now, before, change in rows:
        s.text(160, y, label, 30)
        for x, v in ((1040, now), (1300, before), (1500, change)):
            s.text(x - 16 * len(v), y, v, 28)
        y += 70
    s.text(160, y + 80, "审计师：凯信会计师事务所有限公司，无保留意见", 28)
    return s, {"company_name": "青岚环境科技有限公司", "period_end": "2025-12-31", "currency": "HKD", "revenue": 38460000.0,
               "profit": 4025000.0, "total_equity": 21300000.0, "auditor": "凯信会计师事务所有限公司", "audit_opinion": "unqualified"}


def summary_in_sentences() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(150, 140, "HARBOURVIEW AUDIO LIMITED", 40, "sans_bold")
    s.text(150, 210, "Financial summary", 32)
    paras = ["Revenue for the year ended 30 September 2025 amounted to HK$15,730,000 (2024: HK$14,210,000).",
             "Profit after tax for the year was HK$1,284,000 (2024: HK$1,012,000).",
             "Total equity at 30 September 2025 stood at HK$9,860,000.",
             "The financial statements were audited by Ho & Tam CPA Limited, who gave an unqualified opinion."]
    y = 320
    for para in paras:
        s.wrapped(150, y, para, 80, 28, leading=42)
        y += 42 * (len(para) // 78 + 1) + 40
    return s, {"company_name": "HARBOURVIEW AUDIO LIMITED", "period_end": "2025-09-30", "currency": "HKD", "revenue": 15730000.0,
               "profit": 1284000.0, "total_equity": 9860000.0, "auditor": "Ho & Tam CPA Limited", "audit_opinion": "unqualified"}


LAYOUTS = {("br_certificate", "period-rows"): br_period_rows, ("br_certificate", "grid"): br_grid,
           ("financial_statement", "hans-three-columns"): profit_hans_three_columns,
           ("financial_statement", "in-sentences"): summary_in_sentences}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS)
