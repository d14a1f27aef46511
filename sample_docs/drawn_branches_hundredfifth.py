"""A hundred-and-fifth drawn set: papers in five layouts no set drew. A branch registration certificate (分行登記證), its
number the business's with the branch's three figures after it; form ID 990B asking for the Talent List profession by
name, answered 'Not applicable'; a consent that names the applicant in full only in its reference line and by title and
a two-character surname after it ('Mr Ouyang'); form ID 990A on a landscape page in two columns of rows; a statement
of financial position alone on its page, its profit only in the movement of retained earnings under it. Each is a case of
its own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from .drawn_forms import H, Sheet, W, scanned_png, write_drawn
from .drawn_papers_eighth import _chop


def _rows(s: Sheet, x: int, y: int, rows: list[tuple[str, str]], value_x: int, size: int = 26, step: int = 60,
          font: str = "serif", value_font: str = "mono") -> int:
    for label, value in rows:
        if label:
            s.text(x, y, label, size, font)
        s.text(value_x, y, value, size, value_font if value.isascii() else "serif_cjk")
        y += step
    return y


def br_branch_certificate() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(430, 130, "BRANCH REGISTRATION CERTIFICATE", 40, "serif_bold")
    s.text(660, 195, "分行登記證", 40, "serif_cjk")
    _rows(s, 140, 340, [("Name of Business", "WILLOWBANK OPTICAL LIMITED"), ("Branch Name", "WILLOWBANK OPTICAL LIMITED - SHA TIN SHOP"),
                        ("Branch Address", "SHOP 218, 2/F, RIVERSIDE PLAZA, 8 LOK KING STREET,"), ("", "SHA TIN, NEW TERRITORIES"),
                        ("Nature of Business", "RETAIL OF SPECTACLES AND EYE TESTS"), ("Status", "BRANCH"),
                        ("Date of Commencement", "15/03/2024"), ("Date of Expiry", "14/03/2027"),
                        ("Certificate No.", "66418207-001-03-26-4")], 620)
    s.text(140, 1000, "This certificate must be displayed in a conspicuous place at the branch address.", 22, "serif")
    return scanned_png(s, "branch"), {"business_name": "WILLOWBANK OPTICAL LIMITED", "br_number": "66418207",
                                "address": "SHOP 218, 2/F, RIVERSIDE PLAZA, 8 LOK KING STREET, SHA TIN, NEW TERRITORIES",
                                "nature_of_business": "RETAIL OF SPECTACLES AND EYE TESTS", "commencement_date": "2024-03-15",
                                "expiry_date": "2027-03-14"}


def employer_profession_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1260, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 140, "SPONSORSHIP BY EMPLOYER", 32, "sans_bold")
    y = _rows(s, 140, 240, [("1. Company name", "Willowbank Optical Limited"), ("2. Business registration no.", "66418207"),
                            ("3. Name of the person to be employed", "OUYANG FENG"), ("4. Post", "Optometry Services Manager"),
                            ("5. Monthly salary (HK$)", "41,800")], 760, 26, 72, "sans")
    s.text(140, y + 20, "6. If the post is under a profession of the Talent List, state the profession:", 26, "sans")
    s.text(200, y + 84, "Not applicable", 30, "mono")
    s.d.line([190, y + 124, 900, y + 124], fill="black", width=2)
    return scanned_png(s, "profession"), {"employer_name": "Willowbank Optical Limited", "br_number": "66418207", "applicant_name": "OUYANG FENG",
                                    "position": "Optometry Services Manager", "monthly_salary_hkd": 41800.0, "talent_list": False}


def consent_reference_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Chengdu Jinxin Life Insurance Co., Ltd.", 34, "serif_bold")
    s.text(140, 152, "成都锦信人寿保险股份有限公司", 28, "serif_cjk")
    lines = ["2nd December 2026", "", "To whom it may concern", "",
             "Re: OUYANG Feng (Mainland Travel Permit No. C58301746)", "",
             "Mr Ouyang has been our senior actuary since 2016. We have no objection to Mr Ouyang taking up",
             "employment with Harbour Life (Asia) Limited in Hong Kong.", "", "Yours faithfully,", "", "", "",
             "DENG Xiaolu", "General Manager, Human Resources"]
    y = 260
    for line in lines:
        s.text(140, y, line, 24, "serif_bold" if line.startswith("Re:") else "serif")
        y += 42
    _chop(s, 700, y - 120, "成都锦信人寿保险股份有限公司")
    return scanned_png(s, "reline"), {"organisation": ("Chengdu Jinxin Life Insurance Co., Ltd.", "成都锦信人寿保险股份有限公司"),
                                "applicant_name": "OUYANG FENG", "date": "2026-12-02", "seal_present": True}


def applicant_landscape_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.img = Image.new("RGB", (H, W), "white")
    s.d = ImageDraw.Draw(s.img)
    s.text(120, 80, "ID 990A  Application for Entry for Employment as Professionals", 32, "sans_bold")
    s.text(120, 160, "Part A  Personal particulars", 28, "sans_bold")
    s.text(1220, 160, "Part B  Employment in Hong Kong", 28, "sans_bold")
    _rows(s, 120, 240, [("Surname", "HUO"), ("Given names", "JINGWEN"), ("Chinese name", "霍静雯"), ("Sex", "F"),
                        ("Date of birth", "11-07-1994"), ("Travel document no.", "C46602913")], 520, 26, 74, "sans")
    _rows(s, 1220, 240, [("Employer", "Willowbank Optical Limited"), ("Post", "Clinical Optometrist"), ("Monthly salary", "HK$36,500")],
          1560, 26, 74, "sans")
    s.text(1220, 520, "Degree from a full-time locally-accredited", 24, "sans")
    s.text(1220, 556, "programme in Hong Kong?", 24, "sans")
    s.tick(1700, 540, False)
    s.text(1750, 544, "Yes", 24, "sans")
    s.tick(1860, 540, True)
    s.text(1910, 544, "No", 24, "sans")
    s.d.line([1180, 150, 1180, 700], fill=(120, 120, 120), width=2)
    return scanned_png(s, "landscape"), {"surname": "HUO", "given_names": "JINGWEN", "name_zh": "霍静雯", "sex": "F", "date_of_birth": "1994-07-11",
                                   "travel_document_number": "C46602913", "employer_name": "Willowbank Optical Limited",
                                   "position": "Clinical Optometrist", "monthly_salary_hkd": 36500.0, "hk_local_degree": False}


def position_with_retained_earnings() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "WILLOWBANK OPTICAL LIMITED", 32, "serif_bold")
    s.text(360, 160, "STATEMENT OF FINANCIAL POSITION AS AT 31 MARCH 2026", 26, "serif_bold")
    s.text(1120, 230, "2026", 24, "serif_bold")
    s.text(1340, 230, "2025", 24, "serif_bold")
    y = 300
    rows = [("Property, plant and equipment", "684,200", "742,600"), ("Inventories", "512,800", "468,300"), ("Cash and bank balances", "1,146,900", "903,400"),
            ("Trade and other payables", "(401,600)", "(377,900)"), ("NET ASSETS", "1,942,300", "1,736,400"), ("", "", ""),
            ("Share capital", "1,000,000", "1,000,000"), ("Retained earnings", "942,300", "736,400"), ("TOTAL EQUITY", "1,942,300", "1,736,400"),
            ("", "", ""), ("Movement in retained earnings", "", ""), ("At beginning of year", "736,400", "601,200"),
            ("Profit for the year", "205,900", "135,200"), ("At end of year", "942,300", "736,400")]
    for label, this, last in rows:
        s.text(160, y, label, 26, "serif_bold" if label.isupper() or label.startswith("Movement") else "serif")
        s.text(1200 - 14 * len(this), y, this, 26, "serif")
        s.text(1420 - 14 * len(last), y, last, 26, "serif")
        y += 54
    s.text(160, y + 40, "Revenue for the year was HK$4,382,500 (2025: HK$4,017,300).", 24, "serif")
    return scanned_png(s, "position"), {"company_name": "WILLOWBANK OPTICAL LIMITED", "period_end": "2026-03-31", "currency": "HKD",
                                  "revenue": 4382500.0, "profit": 205900.0, "total_equity": 1942300.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("br-branch.png", br_branch_certificate, "br_certificate", "branch-certificate"),
              ("id990b-profession.png", employer_profession_line, "employer_form", "profession-line"),
              ("consent-reference-line.png", consent_reference_line, "consent_letter", "reference-line"),
              ("id990a-landscape.png", applicant_landscape_columns, "applicant_form", "landscape-columns"),
              ("statement-position.png", position_with_retained_earnings, "financial_statement", "retained-earnings-movement")]
    return write_drawn(folder, papers)
