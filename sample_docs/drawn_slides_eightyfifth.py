"""An eighty-fifth drawn set: papers in five layouts no set drew. A business plan as presentation slides exported to
a PDF (landscape pages, a title and bullets each, the figures as 'HK$4.2m (Y1)'); a consent written by hand on
ruled letter paper; a British university's degree whose degree, class and subject stand on lines of their own
('Master of Science' / 'with Merit' / 'in' / 'Data Science'); statements of a company at a loss with a capital
deficiency, figures in brackets; form ID 990A printed from a web form whose choices show their drop-down arrows
('Male ▼'). Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set eightyfifth`). Every name, number and institution is made up."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

from .drawn_forms import Sheet, png_bytes, write_papers
from .drawn_papers_eighth import _chop
from .generator.render import pil_font

PEN = (25, 35, 110)


def _scan(sheet: Sheet, name: str) -> bytes:
    return png_bytes(sheet.scanned(zlib.crc32(name.encode())))


def plan_slides() -> bytes:
    slides = [("Northwind Sensor Labs Limited", ["Business plan 2027-2029", "Industrial vibration sensors for Hong Kong's",
                                                 "lifts, escalators and pumping stations"]),
              ("Funding", ["Paid-up capital: HK$900,000 (founders, in cash)", "No external borrowing planned"]),
              ("Financials", ["Revenue: HK$4.2m (Y1)  ->  HK$7.5m (Y2)  ->  HK$11.0m (Y3)", "Break-even in month 20"]),
              ("Team", ["3 local hires in Y1 (field engineers, customer support)", "1 non-local sensor specialist"])]
    pages = []
    for title, bullets in slides:
        img = Image.new("RGB", (1600, 900), "white")
        d = ImageDraw.Draw(img)
        d.rectangle([0, 0, 1600, 120], fill=(20, 60, 110))
        d.text((60, 30), title, font=pil_font("sans_bold", 54), fill="white")
        for k, b in enumerate(bullets):
            d.ellipse([70, 228 + 90 * k, 86, 244 + 90 * k], fill=(20, 60, 110))
            d.text((110, 210 + 90 * k), b, font=pil_font("sans", 40), fill="black")
        pages.append(img)
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=150, save_all=True, append_images=pages[1:])
    return buf.getvalue()


def consent_handwritten() -> bytes:
    s = Sheet()
    for y in range(300, 1300, 80):
        s.d.line([120, y + 56, 1530, y + 56], fill=(170, 190, 220), width=2)
    s.text(640, 200, "同 意 函", 56, "hand_cjk", PEN)
    lines = ["香港北风传感实验室有限公司：", "    我单位员工 韩雪 同志（女，1994年3月生）", "现任我单位测试工程师。经单位研究，同意", "其赴香港贵公司工作。",
             "    特此函告。", "", "            杭州东澄仪表有限公司", "              2026年11月18日"]
    for k, line in enumerate(lines):
        s.text(160, 310 + 80 * k, line, 40, "hand_cjk", PEN)
    _chop(s, 760, 860, "杭州东澄仪表有限公司")
    return _scan(s, "consent"), {"organisation": "杭州东澄仪表有限公司", "applicant_name": "韩雪", "date": "2026-11-18", "seal_present": True}


def degree_british() -> bytes:
    s = Sheet()
    s.text(420, 180, "The University of Northmoor", 56, "serif_bold")
    for y, text, size, font in [(420, "Be it known that", 32, "serif"), (500, "LIN Qiao", 50, "serif_bold"),
                                (600, "has been admitted to the degree of", 32, "serif"), (680, "Master of Science", 50, "serif_bold"),
                                (770, "with Merit", 32, "serif"), (840, "in", 32, "serif"), (910, "Data Science", 50, "serif_bold"),
                                (1060, "12 December 2022", 32, "serif")]:
        w = pil_font(font, size).getlength(text)
        s.text(int(827 - w / 2), y, text, size, font)
    s.d.line([220, 1300, 620, 1300], fill="black", width=2)
    s.text(300, 1315, "Vice-Chancellor", 26, "serif")
    s.d.line([1030, 1300, 1430, 1300], fill="black", width=2)
    s.text(1130, 1315, "Registrar", 26, "serif")
    return _scan(s, "degree"), {"holder_name": "LIN QIAO", "institution": "The University of Northmoor", "degree": "Master of Science",
                                "major": "Data Science", "date_awarded": "2022-12-12"}


def statements_at_a_loss() -> bytes:
    s = Sheet()
    s.text(540, 110, "NORTHWIND SENSOR LABS LIMITED", 34, "serif_bold")
    s.text(400, 170, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 30 JUNE 2026", 26, "serif_bold")
    s.text(1120, 240, "2026", 24, "serif_bold")
    s.text(1340, 240, "2025", 24, "serif_bold")
    s.text(1120, 274, "HK$", 24, "serif_bold")
    s.text(1340, 274, "HK$", 24, "serif_bold")
    rows = [("Revenue", "1,842,300", "960,400"), ("Cost of sales", "(1,311,900)", "(702,300)"), ("Administrative expenses", "(802,560)", "(655,210)"),
            ("Loss before tax", "(272,160)", "(397,110)"), ("Income tax", "-", "-"), ("Loss for the year", "(272,160)", "(397,110)")]
    y = 340
    for label, this, last in rows:
        s.text(160, y, label, 26, "serif")
        s.text(1230 - 14 * len(this), y, this, 26, "serif")
        s.text(1450 - 14 * len(last), y, last, 26, "serif")
        y += 56
    s.text(360, y + 60, "STATEMENT OF FINANCIAL POSITION AS AT 30 JUNE 2026", 26, "serif_bold")
    y += 140
    for label, this, last in [("Total assets", "1,106,420", "804,950"), ("Total liabilities", "(1,848,580)", "(1,274,950)"),
                              ("CAPITAL DEFICIENCY", "(742,160)", "(470,000)"), ("Share capital", "100,000", "100,000"),
                              ("Accumulated losses", "(842,160)", "(570,000)"), ("TOTAL DEFICIT", "(742,160)", "(470,000)")]:
        s.text(160, y, label, 26, "serif")
        s.text(1230 - 14 * len(this), y, this, 26, "serif")
        s.text(1450 - 14 * len(last), y, last, 26, "serif")
        y += 56
    return _scan(s, "statements"), {"company_name": "Northwind Sensor Labs Limited", "period_end": "2026-06-30", "currency": "HKD",
                                    "revenue": 1842300.0, "profit": -272160.0, "total_equity": -742160.0}


def applicant_web_dropdowns() -> bytes:
    s = Sheet()
    s.img.paste((236, 240, 246), (0, 0, 1654, 110))
    s.text(60, 36, "GovHK  e-Services  |  Application for Entry for Employment as Professionals (ID 990A)", 26, "sans")
    s.text(80, 180, "Step 2 of 5: Personal particulars", 34, "sans_bold")
    rows = [("Surname (in English)", "LIN", False), ("Given name(s) (in English)", "QIAO", False), ("Name in Chinese", "林乔", False),
            ("Sex", "Male", True), ("Date of birth", "1996-08-30", False), ("Travel document type", "Passport", True),
            ("Travel document number", "EB7240618", False), ("Name of employer in Hong Kong", "Northwind Sensor Labs Limited", False),
            ("Post", "Data Scientist", False), ("Monthly salary (HK$)", "38,000", False)]
    y = 280
    for label, value, dropdown in rows:
        s.text(80, y + 10, label, 24, "sans")
        s.d.rounded_rectangle([620, y, 1240, y + 54], radius=6, fill="white", outline=(150, 150, 160), width=2)
        s.text(640, y + 12, value, 26, "sans" if value.isascii() else "sans_cjk")
        if dropdown:
            s.text(1200, y + 12, "\u25bc", 22, "dejavu", (90, 90, 100))
        y += 84
    s.text(80, y + 30, "Have you obtained a degree from a full-time locally-accredited programme in Hong Kong?", 22, "sans")
    s.d.rounded_rectangle([620, y + 80, 860, y + 134], radius=6, fill="white", outline=(150, 150, 160), width=2)
    s.text(640, y + 92, "No", 26, "sans")
    s.text(820, y + 92, "\u25bc", 22, "dejavu", (90, 90, 100))
    return png_bytes(s.img, dpi=None), {"surname": "LIN", "given_names": "QIAO", "name_zh": "林乔", "sex": "M", "date_of_birth": "1996-08-30",
                                        "travel_document_number": "EB7240618", "employer_name": "Northwind Sensor Labs Limited",
                                        "position": "Data Scientist", "monthly_salary_hkd": 38000.0, "hk_local_degree": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-slides.pdf", lambda: (plan_slides(), {"capital_hkd": 900000.0, "projected_turnover_hkd": 4200000.0, "local_jobs": 3}),
               "business_plan", "slides"),
              ("consent-handwritten.png", consent_handwritten, "consent_letter", "handwritten"),
              ("degree-british.png", degree_british, "degree_certificate", "british-lines"),
              ("statements-loss.png", statements_at_a_loss, "financial_statement", "at-a-loss"),
              ("id990a-web.png", applicant_web_dropdowns, "applicant_form", "web-dropdowns")]
    out = []
    for file, draw, kind, layout in papers:
        data, fields = draw()
        out.append((file, data, kind, layout, fields))
    return write_papers(folder, out)
