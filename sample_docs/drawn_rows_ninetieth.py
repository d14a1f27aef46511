"""A ninetieth drawn set: papers in five layouts no set drew. A translation company's English graduation
certificate as rows of label and value ('Education Level: Undergraduate (Full-time)'); a BR certificate of a business
registered by its Chinese name only; a consent that names its employee only in its reference line ('Re: Ms GAO Lan')
and then as 'the above-named'; statements whose figures group their thousands with spaces ('18 204 660'); form ID
990B scanned on its side. Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set ninetieth`). Every name, number and institution is made up; 19889 is no real
institution's code."""
from __future__ import annotations

import zlib
from pathlib import Path

from .drawn_forms import Sheet, png_bytes, write_papers
from .drawn_papers_eighth import _chop


def _scan(sheet: Sheet, name: str, turn: int = 0) -> bytes:
    img = sheet.scanned(zlib.crc32(name.encode()))
    return png_bytes(img.rotate(turn, expand=True) if turn else img)


def graduation_translation_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Translation", 24, "serif")
    s.text(480, 180, "GRADUATION CERTIFICATE", 44, "serif_bold")
    rows = [("Name", "GAO Lan"), ("Gender", "Female"), ("Date of Birth", "April 3, 1995"), ("University", "Xijing University of Science and Technology"),
            ("Major", "Software Engineering"), ("Length of Schooling", "4 years"), ("Education Level", "Undergraduate (Full-time)"),
            ("Date of Admission", "September 2013"), ("Date of Graduation", "June 30, 2017"), ("Certificate No.", "198891201705002219")]
    y = 340
    for label, value in rows:
        s.text(160, y, label + ":", 28, "serif")
        s.text(620, y, value, 28, "serif")
        y += 70
    s.text(160, y + 80, "Translated by Lingqiao Translation Services Co., Ltd. (translator no. 4471)", 22, "serif")
    return _scan(s, "graduation"), {"holder_name": "GAO LAN", "institution": "Xijing University of Science and Technology",
                                    "major": "Software Engineering", "level": ("Undergraduate", "undergraduate", "本科", "bachelor"),
                                    "graduation_date": "2017-06-30", "certificate_number": "198891201705002219"}


def br_chinese_name_only() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 140, "BUSINESS REGISTRATION CERTIFICATE", 40, "serif_bold")
    s.text(640, 200, "商業登記證", 40, "serif_cjk")
    rows = [("業務名稱 Name of Business", "嘉穗數碼科技有限公司"), ("地址 Address", "香港九龍觀塘成業街18號12樓1203室"),
            ("業務性質 Nature of Business", "資訊科技服務"), ("法律地位 Status", "CORP"), ("開業日期 Date of Commencement", "02/05/2019"),
            ("屆滿日期 Date of Expiry", "01/05/2027"), ("登記證號碼 Certificate No.", "70955218-000-05-26-1")]
    y = 360
    for label, value in rows:
        s.text(140, y, label, 24, "serif_cjk")
        s.text(700, y, value, 28, "serif_cjk" if not value.isascii() else "mono")
        y += 80
    return _scan(s, "br"), {"business_name": "嘉穗數碼科技有限公司", "br_number": "70955218", "address": "香港九龍觀塘成業街18號12樓1203室",
                            "nature_of_business": "資訊科技服務", "commencement_date": "2019-05-02", "expiry_date": "2027-05-01"}


def consent_named_in_reference() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Xijing Cloud Software Co., Ltd.", 34, "serif_bold")
    s.text(140, 160, "西京云软件有限公司", 28, "serif_cjk")
    s.text(140, 270, "14 November 2026", 26, "serif")
    s.text(140, 340, "To the Immigration Department, Hong Kong SAR", 26, "serif")
    s.text(140, 420, "Re: Ms GAO Lan (Mainland travel permit C61049273)", 26, "serif_bold")
    s.wrapped(140, 500, "The above-named has worked for this company as a software engineer since July 2017. We confirm that "
              "the company consents to her taking up employment in Hong Kong with Jiasui Digital Technology Limited.", 84, 26,
              "serif", leading=46)
    s.text(140, 700, "Yours faithfully,", 26, "serif")
    s.text(140, 860, "General Manager", 26, "serif")
    _chop(s, 520, 820, "西京云软件有限公司")
    return _scan(s, "consent"), {"organisation": ("Xijing Cloud Software Co., Ltd.", "西京云软件有限公司"), "applicant_name": "GAO LAN",
                                 "date": "2026-11-14", "seal_present": True}


def statements_spaced_thousands() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 110, "JIASUI DIGITAL TECHNOLOGY LIMITED", 32, "serif_bold")
    s.text(300, 170, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 DECEMBER 2025", 26, "serif_bold")
    s.text(1120, 240, "2025", 24, "serif_bold")
    s.text(1340, 240, "2024", 24, "serif_bold")
    s.text(1120, 274, "HK$", 24, "serif_bold")
    s.text(1340, 274, "HK$", 24, "serif_bold")
    rows = [("Revenue", "12 806 440", "11 530 120"), ("Cost of services", "(9 114 200)", "(8 402 760)"), ("Profit before tax", "1 902 630", "1 611 480"),
            ("Taxation", "(313 930)", "(265 890)"), ("Profit for the year", "1 588 700", "1 345 590")]
    y = 340
    for label, this, last in rows:
        s.text(160, y, label, 26, "serif")
        s.text(1230 - 14 * len(this), y, this, 26, "serif")
        s.text(1450 - 14 * len(last), y, last, 26, "serif")
        y += 56
    s.text(340, y + 60, "STATEMENT OF FINANCIAL POSITION AS AT 31 DECEMBER 2025", 26, "serif_bold")
    y += 140
    for label, this, last in [("Total assets", "7 918 300", "6 604 770"), ("Total liabilities", "(2 402 160)", "(2 677 330)"), ("Total equity", "5 516 140", "3 927 440")]:
        s.text(160, y, label, 26, "serif")
        s.text(1230 - 14 * len(this), y, this, 26, "serif")
        s.text(1450 - 14 * len(last), y, last, 26, "serif")
        y += 56
    return _scan(s, "statements"), {"company_name": "Jiasui Digital Technology Limited", "period_end": "2025-12-31", "currency": "HKD",
                                    "revenue": 12806440.0, "profit": 1588700.0, "total_equity": 5516140.0}


def employer_on_its_side() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 80, "ID 990B", 30, "sans_bold")
    s.text(140, 150, "PARTICULARS OF EMPLOYER", 32, "sans_bold")
    rows = [("Name of employer", "Jiasui Digital Technology Limited"), ("Business registration no.", "70955218"), ("Name of employee", "GAO LAN"),
            ("Post", "Cloud Platform Engineer"), ("Monthly salary (HK$)", "42,300")]
    y = 260
    for label, value in rows:
        s.text(140, y, label, 26, "sans")
        s.text(640, y, value, 28, "mono")
        y += 80
    s.text(140, y + 40, "Is the post on the Talent List?", 26, "sans")
    s.tick(640, y + 36, False)
    s.text(690, y + 40, "Yes", 26, "sans")
    s.tick(800, y + 36, True)
    s.text(850, y + 40, "No", 26, "sans")
    return _scan(s, "id990b", turn=90), {"employer_name": "Jiasui Digital Technology Limited", "br_number": "70955218", "applicant_name": "GAO LAN",
                                         "position": "Cloud Platform Engineer", "monthly_salary_hkd": 42300.0, "talent_list": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-translation.png", graduation_translation_rows, "graduation_certificate", "translation-rows"),
              ("br-chinese-name.png", br_chinese_name_only, "br_certificate", "chinese-name-only"),
              ("consent-reference-line.png", consent_named_in_reference, "consent_letter", "named-in-reference"),
              ("statements-spaced.png", statements_spaced_thousands, "financial_statement", "spaced-thousands"),
              ("id990b-on-side.png", employer_on_its_side, "employer_form", "on-its-side")]
    out = []
    for file, draw, kind, layout in papers:
        data, fields = draw()
        out.append((file, data, kind, layout, fields))
    return write_papers(folder, out)
