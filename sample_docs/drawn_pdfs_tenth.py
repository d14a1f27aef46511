"""A tenth drawn set, drawn after the ninth was mended: the employer's papers as the PDFs an
accountant's or a lawyer's software exports, with a text layer and several pages. An audited
report whose company and year are on a cover, whose auditor signs at the end of the report, whose
results and balance sheet each have a page with last year beside this year; an employment
agreement over two pages whose terms are a schedule at its end. Read once through the product
before any reader changes for it (`scripts/bench_drawn_forms.py --set tenth`). Every name and
number is made up."""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


@dataclass(frozen=True)
class Employer:
    name: str
    year_end: date
    revenue: int
    last_revenue: int
    profit: int  # after tax
    last_profit: int
    equity: int
    last_equity: int
    auditor: str
    employee: str
    position: str
    start: date
    years: int
    salary: int
    bonus_months: int


EMPLOYERS = [
    Employer("Tallowmere Precision Engineering Limited", date(2025, 6, 30), 54_118_760, 49_872_004, 3_905_311, 2_114_870,
             27_640_195, 23_734_884, "Fung, Wai & Associates CPA Limited", "HE Ruoxi", "Mechatronics Engineer",
             date(2026, 5, 4), 2, 45800, 1),
    Employer("Greyfriar Risk Analytics Company Limited", date(2024, 12, 31), 12_480_300, 14_027_115, -842_090, 1_006_447,
             5_213_662, 6_055_752, "Chow Siu Ming CPA", "SHEN Yutong", "Quantitative Risk Analyst",
             date(2026, 3, 2), 3, 71000, 0),
]


def _page(c: canvas.Canvas, lines: list[tuple[float, float, str, str, float]]) -> None:
    """One page of (x, y, text, font, size), y from the top in points."""
    for x, y, text, font, size in lines:
        c.setFont(font, size)
        c.drawString(x, 842 - y, text)
    c.showPage()


def _right(c: canvas.Canvas, x: float, y: float, text: str, size: float = 10) -> None:
    c.setFont("Helvetica", size)
    c.drawRightString(x, 842 - y, text)


def _amount(v: int) -> str:
    return f"({-v:,})" if v < 0 else f"{v:,}"


def audited_report(e: Employer, encrypt=None) -> bytes:
    """`encrypt`: reportlab's StandardEncryption, for a copy protected as accountants' software protects it."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, encrypt=encrypt)
    ended = e.year_end.strftime("%-d %B %Y")
    _page(c, [(70, 300, e.name.upper(), "Helvetica-Bold", 16), (70, 330, "(Incorporated in Hong Kong with limited liability)", "Helvetica", 10),
              (70, 400, "REPORTS AND FINANCIAL STATEMENTS", "Helvetica-Bold", 13), (70, 425, f"YEAR ENDED {ended.upper()}", "Helvetica", 12)])
    report = [(70, 80, "INDEPENDENT AUDITOR'S REPORT", "Helvetica-Bold", 12), (70, 100, f"To the shareholders of {e.name}", "Helvetica", 10),
              (70, 130, "Opinion", "Helvetica-Bold", 10),
              (70, 148, "We have audited the financial statements set out on pages 4 to 18, which comprise the statement of", "Helvetica", 10),
              (70, 162, f"financial position as at {ended} and the statement of comprehensive income for the year then ended.", "Helvetica", 10),
              (70, 180, "In our opinion the financial statements give a true and fair view of the financial position of the", "Helvetica", 10),
              (70, 194, "company and of its financial performance for the year, in accordance with HKFRS for Private Entities.", "Helvetica", 10),
              (70, 600, e.auditor, "Helvetica-Bold", 10), (70, 614, "Certified Public Accountants", "Helvetica", 10),
              (70, 628, "Hong Kong, 18 October 2025" if e.year_end.year == 2025 else "Hong Kong, 26 May 2025", "Helvetica", 10)]
    _page(c, report)
    results = [(70, 80, "STATEMENT OF COMPREHENSIVE INCOME", "Helvetica-Bold", 12), (70, 96, f"For the year ended {ended}", "Helvetica", 10),
               (400, 130, str(e.year_end.year), "Helvetica-Bold", 10), (480, 130, str(e.year_end.year - 1), "Helvetica-Bold", 10),
               (400, 144, "HK$", "Helvetica", 9), (480, 144, "HK$", "Helvetica", 9),
               (70, 170, "Revenue", "Helvetica", 10), (70, 190, "Other income", "Helvetica", 10),
               (70, 210, "Operating expenses", "Helvetica", 10), (70, 230, "Finance costs", "Helvetica", 10),
               (70, 255, "(Loss)/profit before income tax" if e.profit < 0 else "Profit before income tax", "Helvetica", 10),
               (70, 275, "Income tax expense", "Helvetica", 10),
               (70, 300, "(Loss)/profit and total comprehensive income for the year", "Helvetica-Bold", 10)]
    tax = 0 if e.profit < 0 else round(e.profit * 0.165 / 0.835)
    last_tax = round(e.last_profit * 0.165 / 0.835) if e.last_profit > 0 else 0
    rows = [(170, e.revenue, e.last_revenue), (190, 120_400, 98_720), (210, -(e.revenue + 120_400 - 310_000 - e.profit - tax), -(e.last_revenue + 98_720 - 280_000 - e.last_profit - last_tax)),
            (230, -310_000, -280_000), (255, e.profit + tax, e.last_profit + last_tax), (275, -tax, -last_tax), (300, e.profit, e.last_profit)]
    for line in results:
        c.setFont(line[3], line[4])
        c.drawString(line[0], 842 - line[1], line[2])
    for y, now, before in rows:
        _right(c, 440, y, _amount(now))
        _right(c, 520, y, _amount(before))
    c.showPage()
    position = [(70, 80, "STATEMENT OF FINANCIAL POSITION", "Helvetica-Bold", 12), (70, 96, f"As at {ended}", "Helvetica", 10),
                (70, 170, "Total assets", "Helvetica", 10), (70, 190, "Total liabilities", "Helvetica", 10),
                (70, 215, "NET ASSETS", "Helvetica-Bold", 10), (70, 245, "Share capital", "Helvetica", 10),
                (70, 265, "Retained profits", "Helvetica", 10), (70, 290, "TOTAL EQUITY", "Helvetica-Bold", 10)]
    for line in position:
        c.setFont(line[3], line[4])
        c.drawString(line[0], 842 - line[1], line[2])
    for y, now, before in [(170, e.equity + 9_000_000, e.last_equity + 8_500_000), (190, 9_000_000, 8_500_000), (215, e.equity, e.last_equity),
                           (245, 1_000_000, 1_000_000), (265, e.equity - 1_000_000, e.last_equity - 1_000_000), (290, e.equity, e.last_equity)]:
        _right(c, 440, y, _amount(now))
        _right(c, 520, y, _amount(before))
    c.save()
    return buf.getvalue()


def agreement_with_schedule(e: Employer) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    body = [(70, 80, "EMPLOYMENT AGREEMENT", "Helvetica-Bold", 14),
            (70, 110, f"This Agreement is made between {e.name}, whose registered office is in Hong Kong", "Helvetica", 10),
            (70, 124, f"(\"the Employer\"), and {e.employee} (\"the Employee\").", "Helvetica", 10),
            (70, 150, "1. The Employer shall employ the Employee in the post, from the date and for the period stated in", "Helvetica", 10),
            (70, 164, "the Schedule, on the remuneration stated there.", "Helvetica", 10),
            (70, 190, "2. The Employee shall devote the whole of his or her working time to the Employer's business.", "Helvetica", 10),
            (70, 216, "3. Either party may end this Agreement by giving the other one month's written notice.", "Helvetica", 10),
            (70, 242, "4. This Agreement is governed by the laws of the Hong Kong Special Administrative Region.", "Helvetica", 10)]
    _page(c, body)
    schedule = [(70, 80, "SCHEDULE", "Helvetica-Bold", 12),
                (70, 120, "Item 1   Post", "Helvetica", 10), (250, 120, e.position, "Helvetica", 10),
                (70, 145, "Item 2   Commencement", "Helvetica", 10), (250, 145, e.start.strftime("%d/%m/%Y"), "Helvetica", 10),
                (70, 170, "Item 3   Period", "Helvetica", 10), (250, 170, f"{e.years} years", "Helvetica", 10),
                (70, 195, "Item 4   Monthly basic salary", "Helvetica", 10), (250, 195, f"HKD {e.salary:,}", "Helvetica", 10),
                (70, 220, "Item 5   Guaranteed bonus", "Helvetica", 10),
                (250, 220, f"{e.bonus_months} month's basic salary, paid in December" if e.bonus_months else "None", "Helvetica", 10),
                (70, 300, f"Signed for and on behalf of {e.name}", "Helvetica", 10), (70, 360, f"Signed by {e.employee}", "Helvetica", 10)]
    _page(c, schedule)
    c.save()
    return buf.getvalue()


def truth(e: Employer, kind: str) -> dict:
    if kind == "financial_statement":
        return {"company_name": e.name, "period_end": e.year_end.isoformat(), "currency": "HKD", "revenue": float(e.revenue),
                "profit": float(e.profit), "total_equity": float(e.equity), "auditor": e.auditor, "audit_opinion": "unqualified"}
    return {"employer_name": e.name, "employee_name": e.employee.upper(), "position": e.position, "start_date": e.start.isoformat(),
            "term_months": 12 * e.years, "monthly_salary_hkd": float(e.salary),
            "guaranteed_bonus_hkd": float(e.salary * e.bonus_months)}


LAYOUTS = {"financial_statement": {"audited-report": audited_report}, "employment_contract": {"schedule": agreement_with_schedule}}


def write_all(folder: Path) -> list[dict]:
    """Every layout for every made-up employer, a PDF each in `folder`; the truth, one entry a file."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, e in enumerate(EMPLOYERS):
        for kind, layouts in LAYOUTS.items():
            for name, draw in layouts.items():
                file = f"{kind}-{name}-{i + 1}.pdf"
                (folder / file).write_bytes(draw(e))
                out.append({"file": file, "type": kind, "layout": name, "fields": truth(e, kind)})
    return out
