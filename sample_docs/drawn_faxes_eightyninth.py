"""An eighty-ninth drawn set: papers in five layouts no set drew. Form ID 990A received by fax (black and white,
100 dpi, a header line from the machine); a degree certificate that spells its holder's name a syllable a word
('ZHANG XIAO MING'); a university's consent in English for a member of its staff, signed by its personnel office;
an employment contract set in two columns of clauses, a text PDF; a BR certificate whose business name is too long
for one line. Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set eightyninth`). Every name, number and institution is made up."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from .drawn_forms import Sheet, png_bytes, write_papers
from .drawn_papers_eighth import _chop


def _scan(sheet: Sheet, name: str) -> bytes:
    return png_bytes(sheet.scanned(zlib.crc32(name.encode())))


def applicant_fax() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(60, 30, "NOV-24-2026 10:41   FROM: KESTREL ROBOTICS HR   +852 2100 0000        P.002/004", 22, "mono")
    s.text(1280, 100, "ID 990A", 30, "sans_bold")
    s.text(140, 170, "APPLICATION FOR ENTRY FOR EMPLOYMENT AS PROFESSIONALS", 30, "sans_bold")
    s.text(140, 240, "Part A  Particulars of the applicant", 28, "sans_bold")
    rows = [("1. Surname", "SONG"), ("2. Given names", "YUHANG"), ("3. Name in Chinese", "宋宇航"), ("4. Sex", "M"),
            ("5. Date of birth (dd/mm/yyyy)", "03/12/1992"), ("6. Travel document no.", "EC5120847"),
            ("7. Name of employer", "Kestrel Robotics Limited"), ("8. Post", "Motion Control Engineer"), ("9. Monthly salary (HK$)", "45,600")]
    y = 330
    for label, value in rows:
        s.text(140, y, label, 26, "sans")
        s.text(700, y - 4, value, 30, "mono" if value.isascii() else "sans_cjk")
        s.d.line([690, y + 36, 1500, y + 36], fill="black", width=1)
        y += 76
    s.text(140, y + 30, "10. Do you hold a degree from a full-time locally-accredited programme in Hong Kong?", 24, "sans")
    s.tick(160, y + 80, False)
    s.text(210, y + 80, "Yes", 26, "sans")
    s.tick(360, y + 80, True)
    s.text(410, y + 80, "No", 26, "sans")
    img = s.scanned(zlib.crc32(b"fax")).convert("L").resize((827, 1170), Image.Resampling.BILINEAR)
    img = img.point(lambda v: 255 if v > 150 else 0, mode="1")  # a fax: one bit a pixel at 100 dpi
    buf = io.BytesIO()
    img.save(buf, "PNG", dpi=(100, 100))
    return buf.getvalue(), {"surname": "SONG", "given_names": "YUHANG", "name_zh": "宋宇航", "sex": "M", "date_of_birth": "1992-12-03",
                            "travel_document_number": "EC5120847", "employer_name": "Kestrel Robotics Limited",
                            "position": "Motion Control Engineer", "monthly_salary_hkd": 45600.0, "hk_local_degree": False}


def degree_spaced_syllables() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 200, "BACHELOR'S DEGREE CERTIFICATE", 42, "serif_bold")
    s.text(140, 380, "Name:", 30, "serif")
    s.text(520, 380, "ZHANG XIAO MING", 30, "serif_bold")
    s.text(140, 450, "Date of Birth:", 30, "serif")
    s.text(520, 450, "18 May 1997", 30, "serif")
    s.text(140, 520, "Major:", 30, "serif")
    s.text(520, 520, "Automation", 30, "serif")
    s.text(140, 590, "Degree Conferred:", 30, "serif")
    s.text(520, 590, "Bachelor of Engineering", 30, "serif")
    s.text(140, 660, "Date of Conferment:", 30, "serif")
    s.text(520, 660, "30 June 2019", 30, "serif")
    s.text(140, 820, "Qinling University of Technology", 32, "serif_bold")
    s.text(140, 880, "Chairman of the Academic Degrees Committee", 26, "serif")
    return _scan(s, "degree"), {"holder_name": ("ZHANG XIAO MING", "ZHANG XIAOMING"), "date_of_birth": "1997-05-18", "major": "Automation",
                                "degree": "Bachelor of Engineering", "date_awarded": "2019-06-30", "institution": "Qinling University of Technology"}


def consent_university_staff() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "EASTLAKE UNIVERSITY", 40, "serif_bold")
    s.text(140, 170, "Office of Human Resources", 28, "serif")
    s.text(140, 280, "Ref: HR/2026/0917", 24, "serif")
    s.text(1100, 280, "9 November 2026", 26, "serif")
    s.text(140, 380, "Kestrel Robotics Limited", 26, "serif")
    s.text(140, 420, "Hong Kong", 26, "serif")
    s.wrapped(140, 520, "Dr SONG Yuhang, Associate Professor in our School of Mechanical Engineering, has applied to take up "
              "the post of Motion Control Engineer with your company. The University has no objection to his employment "
              "in Hong Kong and has approved his resignation with effect from 31 January 2027.", 84, 26, "serif", leading=46)
    s.text(140, 820, "Director, Office of Human Resources", 26, "serif")
    s.text(140, 860, "Eastlake University", 26, "serif")
    _chop(s, 620, 880, "东湖大学人事处")
    return _scan(s, "consent"), {"organisation": ("Eastlake University", "Office of Human Resources, Eastlake University", "东湖大学人事处"),
                                 "applicant_name": "SONG YUHANG", "date": "2026-11-09", "seal_present": True}


def contract_two_columns() -> tuple[bytes, dict]:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(180, 790, "CONTRACT OF EMPLOYMENT")
    c.setFont("Helvetica", 9)
    left = ["This contract is made between Kestrel Robotics", "Limited (the Company) and SONG Yuhang (the", "Employee).", "",
            "1. Post. The Employee is employed as", "Motion Control Engineer.", "", "2. Start. Employment starts on", "1 February 2027.", "",
            "3. Term. The contract runs for two years", "from the start date."]
    right = ["4. Salary. The Company pays the Employee", "HK$45,600 a month, on the last working", "day of each month.", "",
             "5. Housing. No housing allowance is paid.", "", "6. Leave. Twelve days of annual leave", "a year, rising by one day a year.", "",
             "7. Notice. One month's notice in writing", "by either party."]
    for k, line in enumerate(left):
        c.drawString(60, 740 - 14 * k, line)
    for k, line in enumerate(right):
        c.drawString(310, 740 - 14 * k, line)
    c.drawString(60, 520, "Signed: for Kestrel Robotics Limited")
    c.drawString(310, 520, "Signed: SONG Yuhang")
    c.showPage()
    c.save()
    return buf.getvalue(), {"employer_name": "Kestrel Robotics Limited", "employee_name": "SONG YUHANG", "position": "Motion Control Engineer",
                            "start_date": "2027-02-01", "term_months": 24, "monthly_salary_hkd": 45600.0, "housing_allowance_hkd": 0.0}


def br_long_name() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 140, "BUSINESS REGISTRATION CERTIFICATE", 40, "serif_bold")
    s.text(640, 200, "商業登記證", 40, "serif_cjk")
    rows = [("Name of Business", "KESTREL ROBOTICS AND INTELLIGENT MOTION"), ("", "SYSTEMS (HONG KONG) LIMITED"),
            ("Address", "UNIT 5, 3/F, PHOTONICS CENTRE, 2 SCIENCE PARK"), ("", "EAST AVENUE, SHA TIN, NEW TERRITORIES"),
            ("Nature of Business", "ROBOTICS ENGINEERING"), ("Status", "CORP"), ("Date of Commencement", "11/01/2018"),
            ("Date of Expiry", "10/01/2027"), ("Certificate No.", "65830217-000-01-26-3")]
    y = 360
    for label, value in rows:
        s.text(140, y, label, 26, "serif")
        s.text(560, y, value, 26, "mono")
        y += 50 if not label else 80
    return _scan(s, "br"), {"business_name": "KESTREL ROBOTICS AND INTELLIGENT MOTION SYSTEMS (HONG KONG) LIMITED", "br_number": "65830217",
                            "address": "UNIT 5, 3/F, PHOTONICS CENTRE, 2 SCIENCE PARK EAST AVENUE, SHA TIN, NEW TERRITORIES",
                            "nature_of_business": "ROBOTICS ENGINEERING", "commencement_date": "2018-01-11", "expiry_date": "2027-01-10"}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-fax.png", applicant_fax, "applicant_form", "fax"),
              ("degree-spaced.png", degree_spaced_syllables, "degree_certificate", "spaced-syllables"),
              ("consent-university.png", consent_university_staff, "consent_letter", "university-staff"),
              ("contract-two-columns.pdf", contract_two_columns, "employment_contract", "two-column-pdf"),
              ("br-long-name.png", br_long_name, "br_certificate", "long-name")]
    out = []
    for file, draw, kind, layout in papers:
        data, fields = draw()
        out.append((file, data, kind, layout, fields))
    return write_papers(folder, out)
