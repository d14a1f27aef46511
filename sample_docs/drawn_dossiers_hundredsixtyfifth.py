"""A hundred-and-sixty-fifth drawn set: an employer's papers scanned into one PDF, in layouts no set drew. Form ID 990B
in boxed pairs of cells; the BR certificate; accounts over two pages, the income statement on the first and the
statement of financial position on the second under its own heading; the company's profile as a page of questions and
answers ('What do we do?'). Scored on each document's type, its pages and its fields: the product must split the file
where each document starts. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredsixtyfifth`). Every name and number is made up."""
from __future__ import annotations

import zlib
from pathlib import Path

from PIL import Image

from .drawn_forms import Sheet, br_sheet

EMPLOYER = "Cobaltline Water Treatment Limited"
BR_NO = "49301862"
CASE = "cobaltline"


def employer_boxed_pairs() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    y = 180
    for label, value in [("Name of employer", EMPLOYER), ("BR number", BR_NO), ("Name of applicant", "GU MINGHAO"),
                         ("Post", "Water Process Engineer"), ("Monthly salary (HK$)", "39,000"), ("Talent List post?", "No")]:
        s.d.rectangle([140, y, 640, y + 80], outline=(70, 70, 70), width=2)
        s.d.rectangle([660, y, 1520, y + 80], outline=(70, 70, 70), width=2)
        s.text(160, y + 24, label, 24, "sans")
        s.text(680, y + 20, value, 28, "mono")
        y += 100
    return s


def income_statement_page() -> Sheet:
    s = Sheet()
    s.text(520, 100, EMPLOYER.upper(), 30, "serif_bold")
    s.text(300, 150, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 MARCH 2026", 24, "serif_bold")
    y = 240
    for label, this, last in [("", "2026", "2025"), ("", "HK$", "HK$"), ("Revenue", "12,604,300", "11,287,900"),
                              ("Cost of sales", "(8,915,600)", "(8,102,400)"), ("Profit before tax", "1,902,800", "1,644,100"),
                              ("Income tax", "(313,900)", "(271,300)"), ("Profit for the year", "1,588,900", "1,372,800")]:
        s.text(160, y, label, 26, "serif")
        s.text(1190 - 14 * len(this), y, this, 26, "serif")
        s.text(1430 - 14 * len(last), y, last, 26, "serif")
        y += 56
    return s


def financial_position_page() -> Sheet:
    s = Sheet()
    s.text(520, 100, EMPLOYER.upper(), 30, "serif_bold")
    s.text(360, 150, "STATEMENT OF FINANCIAL POSITION AS AT 31 MARCH 2026", 24, "serif_bold")
    y = 240
    for label, this, last in [("", "2026", "2025"), ("Non-current assets", "3,402,100", "3,118,600"), ("Current assets", "6,930,500", "5,842,700"),
                              ("Current liabilities", "(2,711,800)", "(2,428,400)"), ("Total equity", "7,620,800", "6,532,900")]:
        s.text(160, y, label, 26, "serif")
        s.text(1190 - 14 * len(this), y, this, 26, "serif")
        s.text(1430 - 14 * len(last), y, last, 26, "serif")
        y += 56
    return s


def profile_questions() -> Sheet:
    s = Sheet()
    s.text(140, 110, "Cobaltline at a glance", 36, "sans_bold")
    y = 200
    for question, answer in [("What do we do?", "We design and run water treatment plants for factories, hotels and hospitals."),
                             ("Since when?", "The company was founded in Tsuen Wan in 2011."),
                             ("Who works here?", "Forty-two engineers, technicians and service staff.")]:
        s.text(140, y, question, 28, "sans_bold")
        s.text(140, y + 46, answer, 24, "sans")
        y += 130
    return s


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    br = br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "UNIT 8, 14/F, TSUEN WAN INDUSTRIAL CENTRE,"),
                   ("", "220 TEXACO ROAD, TSUEN WAN, NEW TERRITORIES"), ("Nature of Business", "WATER TREATMENT ENGINEERING"),
                   ("Status", "CORP"), ("Date of Commencement", "06/06/2011"), ("Date of Expiry", "05/06/2027"),
                   ("Certificate No.", f"{BR_NO}-000-06-26-8")])
    sheets = [employer_boxed_pairs(), br, income_statement_page(), financial_position_page(), profile_questions()]
    pages: list[Image.Image] = [s.scanned(zlib.crc32(f"dossier-{k}".encode())) for k, s in enumerate(sheets)]
    file = "employer-papers.pdf"
    pages[0].save(folder / file, save_all=True, append_images=pages[1:], resolution=200)
    docs = [([1], "employer_form", "boxed-pairs", {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": "GU MINGHAO",
                                                   "position": "Water Process Engineer", "monthly_salary_hkd": 39000.0, "talent_list": False}),
            ([2], "br_certificate", "in-bundle", {"business_name": EMPLOYER.upper(), "br_number": BR_NO,
                                                  "address": "UNIT 8, 14/F, TSUEN WAN INDUSTRIAL CENTRE, 220 TEXACO ROAD, TSUEN WAN, NEW TERRITORIES",
                                                  "nature_of_business": "WATER TREATMENT ENGINEERING", "commencement_date": "2011-06-06",
                                                  "expiry_date": "2027-06-05"}),
            ([3, 4], "financial_statement", "two-pages", {"company_name": EMPLOYER.upper(), "period_end": "2026-03-31", "revenue": 12604300.0,
                                                          "profit": 1588900.0, "total_equity": 7620800.0}),
            ([5], "company_profile", "questions", {"type": "company_profile"})]
    return [{"file": file, "pages": p, "type": kind, "layout": layout, "case": CASE, "fields": fields} for p, kind, layout, fields in docs]
