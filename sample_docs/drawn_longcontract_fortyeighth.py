"""A forty-eighth drawn set, drawn after the forty-seventh: employment agreements as a Hong Kong firm's lawyer
drafts them, four pages long: the parties on the first page, defined terms, numbered clauses that say where the
pay is ('the remuneration set out in Schedule 1') without stating it, the term in words and figures, a signature
page, and the pay in a schedule at the end (a table of monthly basic salary, housing allowance and a guaranteed
thirteenth month). One as the text PDF the firm sends, one printed, signed and scanned back into a PDF. Read once
through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set fortyeighth`). Every
name and number is made up."""
from __future__ import annotations

import io
import textwrap
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from .drawn_forms import Sheet

TOP = A4[1]


@dataclass(frozen=True)
class Agreement:
    employer: str
    employer_address: str
    employee: str
    passport: str
    post: str
    start: date
    years: int
    salary: int
    housing: int
    signed: date


AGREEMENTS = [
    Agreement("Tidewell Marine Consultants Limited", "Suite 2205, 22/F, Harbour Centre, 25 Harbour Road, Wan Chai",
              "SONG Qinghe", "EG3817205", "Senior Naval Architect", date(2026, 10, 1), 2, 68_000, 12_000, date(2026, 8, 14)),
    Agreement("Quarrystone Digital Assets Limited", "Flat B, 7/F, Kinwick Centre, 32 Hollywood Road, Central",
              "TAN Yuwei", "EF2290473", "Blockchain Engineer", date(2026, 11, 16), 3, 57_500, 0, date(2026, 9, 2)),
]
WORDS = {2: "two", 3: "three"}


def _clauses(a: Agreement) -> list[tuple[str, str]]:
    return [
        ("1. DEFINITIONS", '"Commencement Date" means the date stated in Clause 3. "Schedule" means the schedule to this '
                           'Agreement, which forms part of it. Words in the singular include the plural.'),
        ("2. APPOINTMENT", f"The Company shall employ the Employee, and the Employee shall serve the Company, as "
                           f"{a.post}, reporting to the Managing Director, on the terms of this Agreement."),
        ("3. COMMENCEMENT AND TERM", f"The employment shall commence on {a.start.day} {a.start:%B %Y} and shall continue for "
                                     f"a fixed term of {WORDS[a.years]} ({a.years}) years, unless ended earlier under Clause 9."),
        ("4. REMUNERATION", "The Company shall pay the Employee the remuneration set out in the Schedule, monthly in "
                            "arrears by transfer to a bank account in Hong Kong. The remuneration shall be reviewed each year."),
        ("5. HOURS OF WORK", "The Employee's normal hours are 9:00 a.m. to 6:00 p.m., Monday to Friday, with one hour for lunch."),
        ("6. ANNUAL LEAVE", "The Employee is entitled to 18 working days of paid annual leave in each year of service."),
        ("7. MEDICAL BENEFITS", "The Employee is covered by the Company's group medical insurance from the Commencement Date."),
        ("8. CONFIDENTIALITY", "The Employee shall not disclose any confidential information of the Company or its clients "
                               "during or after the employment."),
        ("9. TERMINATION", "Either party may end this Agreement by giving one month's notice in writing or payment in lieu."),
        ("10. GOVERNING LAW", "This Agreement is governed by the laws of the Hong Kong Special Administrative Region."),
    ]


def _schedule(a: Agreement) -> list[tuple[str, str]]:
    rows = [("Monthly basic salary", f"HK${a.salary:,}"),
            ("Housing allowance (monthly)", f"HK${a.housing:,}" if a.housing else "Not applicable"),
            ("Guaranteed 13th month salary", "One month's basic salary, paid in December"),
            ("Discretionary bonus", "At the Company's discretion, subject to performance")]
    return rows


def text_pdf(a: Agreement) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)

    def text(x: float, y: float, s: str, size: float = 10, bold: bool = False) -> None:
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        c.drawString(x, TOP - y, s)

    text(200, 90, "EMPLOYMENT AGREEMENT", 15, True)
    text(70, 140, f"THIS AGREEMENT is made on {a.signed.day} {a.signed:%B %Y}")
    text(70, 170, "BETWEEN", 10, True)
    text(70, 190, f"(1) {a.employer.upper()}, a company incorporated in Hong Kong whose registered office is at")
    text(90, 205, f"{a.employer_address}, Hong Kong (the \"Company\"); and")
    text(70, 230, f"(2) {a.employee} (holder of PRC passport no. {a.passport}) (the \"Employee\").")
    text(70, 265, "IT IS AGREED as follows:", 10, True)
    y, page = 295, 1
    for head, body in _clauses(a):
        lines = textwrap.wrap(body, 92)
        if y + 20 + 14 * len(lines) > 780:
            c.drawString(290, 40, str(page))
            c.showPage()
            page, y = page + 1, 80
        text(70, y, head, 10, True)
        y += 16
        for line in lines:
            text(70, y, line)
            y += 14
        y += 12
    c.drawString(290, 40, str(page))
    c.showPage()
    text(70, 80, "IN WITNESS whereof the parties have signed this Agreement on the date above.")
    for k, who in enumerate((f"SIGNED by its director for and on behalf of {a.employer}", f"SIGNED by {a.employee}")):
        text(70, 150 + 120 * k, who)
        text(70, 200 + 120 * k, "_______________________________")
    c.drawString(290, 40, str(page + 1))
    c.showPage()
    text(250, 90, "SCHEDULE", 13, True)
    text(220, 110, "Remuneration and benefits", 11)
    y = 150
    for label, value in _schedule(a):
        c.rect(70, TOP - y - 8, 200, 26)
        c.rect(270, TOP - y - 8, 260, 26)
        text(78, y + 8, label)
        text(278, y + 8, value)
        y += 26
    c.drawString(290, 40, str(page + 2))
    c.showPage()
    c.save()
    return buf.getvalue()


def scanned_pdf(pdf: bytes, seed: int) -> bytes:
    """The agreement printed, signed and scanned back at 200 dpi, one image a page."""
    pages = []
    for k, page in enumerate(pdfium.PdfDocument(pdf)):
        img = page.render(scale=200 / 72).to_pil().convert("RGB")
        sheet = Sheet()
        sheet.img = img.resize((1654, 2339))
        pages.append(sheet.scanned(seed + k))
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=200, save_all=True, append_images=pages[1:])
    return buf.getvalue()


def truth(a: Agreement) -> dict:
    out = {"employer_name": a.employer, "employee_name": a.employee, "position": a.post, "start_date": a.start.isoformat(),
           "term_months": 12 * a.years, "monthly_salary_hkd": float(a.salary), "guaranteed_bonus_hkd": float(a.salary),
           "annual_package_hkd": float(12 * (a.salary + a.housing) + a.salary)}
    if a.housing:
        out["housing_allowance_hkd"] = float(a.housing)
    return out


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, a in enumerate(AGREEMENTS, 1):
        pdf = text_pdf(a)
        for layout, data in (("text-pdf", pdf), ("scanned-pdf", scanned_pdf(pdf, zlib.crc32(a.employee.encode())))):
            file = f"agreement-{i}-{layout}.pdf"
            (folder / file).write_bytes(data)
            out.append({"file": file, "type": "employment_contract", "layout": layout, "fields": truth(a)})
    return out

