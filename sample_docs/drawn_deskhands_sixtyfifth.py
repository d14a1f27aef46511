"""A sixty-fifth drawn set, drawn after the sixty-fourth was mended: an employer's papers in four layouts no set drew.
A business registration certificate whose labels stand on two lines (Chinese over English) beside each value,
photographed on a desk by a phone; a statement of profit or loss and a statement of financial position side by
side on one landscape page; a five-year summary whose years are rows and whose items are columns; form ID 990B
filled in by hand and photographed on a desk. Each is a case of its own. Read once through the product before any
reader changes for it (`scripts/bench_drawn_forms.py --set sixtyfifth`). Every name and number is made up."""
from __future__ import annotations

import zlib
from pathlib import Path

from PIL import Image, ImageDraw

from .drawn_forms import Sheet, png_bytes
from .drawn_photos_ninth import jpeg_as_taken, photographed

INK = (20, 30, 120)


def br_two_line_labels() -> Sheet:
    s = Sheet()
    s.text(470, 150, "商 業 登 記 證", 60, "serif_cjk")
    s.text(330, 240, "BUSINESS REGISTRATION CERTIFICATE", 40, "serif_bold")
    rows = [("業務名稱", "Name of Business", "TERRAVALE AGRITECH LIMITED"), ("地址", "Address", "SHOP 12, G/F, YUEN LONG PLAZA, 249 CASTLE PEAK ROAD, YUEN LONG, N.T."),
            ("業務性質", "Nature of Business", "AGRICULTURAL TECHNOLOGY"), ("開業日期", "Date of Commencement", "21/04/2017"),
            ("屆滿日期", "Date of Expiry", "20/04/2027"), ("登記證號碼", "Certificate No.", "70516284-000-04-26-8")]
    y = 380
    for zh, en, value in rows:
        s.text(120, y, zh, 28, "serif_cjk")
        s.text(120, y + 40, en, 22)
        s.text(560, y + 14, value, 28 if len(value) < 50 else 24)
        y += 120
    return s


def accounts_side_by_side() -> Sheet:
    s = Sheet()
    s.img = Image.new("RGB", (2339, 1654), "white")
    s.d = ImageDraw.Draw(s.img)
    s.text(120, 100, "MISTRAL HARBOUR ANALYTICS LIMITED", 38, "sans_bold")
    s.text(120, 160, "Financial statements for the year ended 31 March 2026 (in HK$)", 28)
    s.d.line([1170, 240, 1170, 1500], fill=(150, 150, 150), width=2)
    left = [("Statement of profit or loss", None), ("Revenue", "26,940,000"), ("Cost of services", "(18,115,000)"),
            ("Operating expenses", "(5,870,000)"), ("Profit before tax", "2,955,000"), ("Taxation", "(487,000)"),
            ("Profit for the year", "2,468,000")]
    right = [("Statement of financial position", None), ("Non-current assets", "4,210,000"), ("Current assets", "15,630,000"),
             ("Current liabilities", "(7,905,000)"), ("Net assets", "11,935,000"), ("Share capital", "5,000,000"),
             ("Retained profits", "6,935,000"), ("Total equity", "11,935,000")]
    for x0, rows in ((120, left), (1240, right)):
        y = 280
        for label, amount in rows:
            s.text(x0, y, label, 28, "sans_bold" if amount is None else "sans")
            if amount:
                s.text(x0 + 950 - 16 * len(amount), y, amount, 28)
            y += 70
    s.text(120, 1400, "Audited by Kwok & Ming CPA Limited. Auditor's opinion: unqualified.", 26)
    return s


def five_year_summary() -> Sheet:
    s = Sheet()
    s.text(150, 140, "ASHGROVE MEDICAL DEVICES LIMITED", 38, "sans_bold")
    s.text(150, 210, "Five-year financial summary (HK$'000), years ended 31 December", 28)
    heads = ["Year", "Revenue", "Profit after tax", "Total equity"]
    rows = [("2025", "58,320", "6,145", "33,870"), ("2024", "52,760", "5,380", "28,905"), ("2023", "47,105", "4,620", "24,510"),
            ("2022", "41,930", "3,875", "20,890"), ("2021", "36,480", "3,010", "17,015")]
    xs = [150, 520, 900, 1300]
    for x, head in zip(xs, heads):
        s.text(x, 320, head, 28, "sans_bold")
    y = 400
    for row in rows:
        for x, v in zip(xs, row):
            s.text(x, y, v, 28)
        y += 70
    s.text(150, y + 60, "The figures for 2025 are extracted from the audited financial statements; auditor: Yip, Sze & Co. CPA.", 24)
    return s


def employer_phone() -> Sheet:
    s = Sheet()
    s.text(1330, 70, "ID 990B", 34, "sans_bold")
    s.text(120, 150, "Particulars of the employer and the employment", 34, "sans_bold")
    rows = [("Name of employer", "Terravale Agritech Limited"), ("Business registration no.", "70516284"),
            ("Name of applicant", "YIN HAORAN"), ("Post", "Crop Data Scientist"), ("Monthly salary (HK$)", "44,600")]
    y = 280
    for label, value in rows:
        s.text(120, y, label, 28)
        s.d.line([640, y + 40, 1540, y + 40], fill="black", width=2)
        s.text(660, y - 8, value, 38, "hand", INK)
        y += 110
    s.text(120, y + 40, "Is the post under the Talent List of Hong Kong?", 28)
    for x, label, ticked in ((200, "Yes", False), (420, "No", True)):
        s.tick(x, y + 110, ticked)
        s.text(x + 50, y + 110, label, 28)
    return s


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    scan = lambda sheet, file: png_bytes(sheet.scanned(zlib.crc32(file.encode())))  # noqa: E731
    papers = [
        ("br-photo.jpg", jpeg_as_taken(photographed(br_two_line_labels().img, 6501), 1), "br_certificate", "two-line-labels-photo",
         {"business_name": "TERRAVALE AGRITECH LIMITED", "br_number": "70516284",
          "address": "SHOP 12, G/F, YUEN LONG PLAZA, 249 CASTLE PEAK ROAD, YUEN LONG, N.T.", "nature_of_business": "AGRICULTURAL TECHNOLOGY",
          "commencement_date": "2017-04-21", "expiry_date": "2027-04-20"}),
        ("accounts-side-by-side.png", scan(accounts_side_by_side(), "accounts-side-by-side.png"), "financial_statement", "side-by-side",
         {"company_name": "MISTRAL HARBOUR ANALYTICS LIMITED", "period_end": "2026-03-31", "currency": "HKD", "revenue": 26940000.0,
          "profit": 2468000.0, "total_equity": 11935000.0, "auditor": "Kwok & Ming CPA Limited", "audit_opinion": "unqualified"}),
        ("five-year-summary.png", scan(five_year_summary(), "five-year-summary.png"), "financial_statement", "years-as-rows",
         {"company_name": "ASHGROVE MEDICAL DEVICES LIMITED", "period_end": "2025-12-31", "currency": "HKD", "revenue": 58320000.0,
          "profit": 6145000.0, "total_equity": 33870000.0}),
        ("id990b-photo.jpg", jpeg_as_taken(photographed(employer_phone().img, 6504), 1), "employer_form", "hand-photo",
         {"employer_name": "Terravale Agritech Limited", "br_number": "70516284", "applicant_name": "YIN HAORAN",
          "position": "Crop Data Scientist", "monthly_salary_hkd": 44600.0, "talent_list": False}),
    ]
    out = []
    for file, data, kind, layout, fields in papers:
        (folder / file).write_bytes(data)
        out.append({"file": file, "type": kind, "layout": layout, "fields": fields})
    return out
