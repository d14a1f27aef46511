"""A ninety-fifth drawn set: papers in five layouts no set drew. An offer letter stating the pay as months times a
sum ('HK$50,000 x 13 months'); a consent from a law firm (律师事务所) for one of its lawyers; a group's consolidated
statements whose year's profit is split between the owners and non-controlling interests; a business plan stating
its figures in millions with decimals and its staff as 'two (2)'; form ID 990B as a fillable PDF whose check boxes
are the form's own buttons. Each is a case of its own. Read once through the product before any reader changes for
it (`scripts/bench_drawn_forms.py --set ninetyfifth`). Every name and number is made up."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from .drawn_forms import Sheet, png_bytes, write_papers
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def _scan(sheet: Sheet, name: str) -> bytes:
    return png_bytes(sheet.scanned(zlib.crc32(name.encode())))


def offer_months_times() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Meridian Legal Technology Limited", 34, "serif_bold")
    s.text(140, 230, "5 November 2026", 26, "serif")
    s.text(140, 300, "Ms TANG Yuwei", 26, "serif")
    s.text(140, 380, "Offer of Employment - Legal Knowledge Engineer", 28, "serif_bold")
    for k, line in enumerate(["We are pleased to offer you the position of Legal Knowledge Engineer, starting on 15 January 2027,",
                              "on a two-year contract.", "",
                              "Remuneration: HK$50,000 x 13 months a year (the 13th month guaranteed, paid in December).",
                              "Housing allowance: nil.", "",
                              "Please sign below to accept this offer."]):
        s.text(140, 470 + 46 * k, line, 24, "serif")
    s.text(140, 900, "Accepted by: TANG Yuwei", 24, "serif")
    return _scan(s, "offer"), {"employer_name": "Meridian Legal Technology Limited", "employee_name": "TANG YUWEI",
                               "position": "Legal Knowledge Engineer", "start_date": "2027-01-15", "term_months": 24,
                               "monthly_salary_hkd": 50000.0, "guaranteed_bonus_hkd": 50000.0, "housing_allowance_hkd": 0.0}


def consent_law_firm() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 150, "同意函", 52, "serif_cjk")
    s.text(140, 280, "香港子午法律科技有限公司：", 30, "serif_cjk")
    _paragraph(s, 140, 360, "　　我所执业律师唐雨薇女士（女，1993年5月生）于2017年起在我所工作。经合伙人会议研究，同意其赴香港贵公司任职。", 30, 32, 64)
    s.text(900, 640, "北京衡信律师事务所", 30, "serif_cjk")
    s.text(940, 700, "2026年11月6日", 30, "serif_cjk")
    _chop(s, 1080, 670, "北京衡信律师事务所")
    return _scan(s, "consent"), {"organisation": "北京衡信律师事务所", "applicant_name": "唐雨薇", "date": "2026-11-06", "seal_present": True}


def statements_group_nci() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "MERIDIAN LEGAL TECHNOLOGY LIMITED AND ITS SUBSIDIARIES", 28, "serif_bold")
    s.text(300, 160, "CONSOLIDATED STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 DECEMBER 2025", 24, "serif_bold")
    s.text(1120, 220, "2025", 24, "serif_bold")
    s.text(1340, 220, "2024", 24, "serif_bold")
    s.text(1120, 254, "HK$", 24, "serif_bold")
    s.text(1340, 254, "HK$", 24, "serif_bold")
    rows = [("Revenue", "31,208,440", "27,915,060"), ("Profit before tax", "4,402,180", "3,811,900"), ("Income tax expense", "(726,360)", "(628,960)"),
            ("Profit for the year", "3,675,820", "3,182,940"), ("Profit for the year attributable to:", "", ""),
            ("   Owners of the Company", "3,410,200", "2,950,310"), ("   Non-controlling interests", "265,620", "232,630")]
    y = 320
    for label, this, last in rows:
        s.text(160, y, label, 26, "serif")
        s.text(1230 - 14 * len(this), y, this, 26, "serif")
        s.text(1450 - 14 * len(last), y, last, 26, "serif")
        y += 56
    s.text(260, y + 60, "CONSOLIDATED STATEMENT OF FINANCIAL POSITION AS AT 31 DECEMBER 2025", 24, "serif_bold")
    y += 140
    for label, this, last in [("Total assets", "40,118,900", "35,602,300"), ("Total liabilities", "(12,406,100)", "(11,565,320)"),
                              ("Equity attributable to owners of the Company", "25,911,400", "22,501,200"), ("Non-controlling interests", "1,801,400", "1,535,780"),
                              ("Total equity", "27,712,800", "24,036,980")]:
        s.text(160, y, label, 26, "serif")
        s.text(1230 - 14 * len(this), y, this, 26, "serif")
        s.text(1450 - 14 * len(last), y, last, 26, "serif")
        y += 56
    return _scan(s, "group"), {"company_name": "Meridian Legal Technology Limited", "period_end": "2025-12-31", "currency": "HKD",
                               "revenue": 31208440.0, "profit": 3675820.0, "total_equity": 27712800.0}


def plan_millions_decimals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 110, "LEXIFLOW LIMITED - BUSINESS PLAN SUMMARY", 34, "sans_bold")
    for k, line in enumerate(["Share capital paid up: HK$0.8 million", "Turnover, year 1: HK$2.25 million; year 2: HK$3.6 million",
                              "Staff in Hong Kong: two (2) local paralegals and one (1) engineer from the Mainland",
                              "Office: co-working space in Sheung Wan, 12-month licence"]):
        s.text(160, 230 + 70 * k, line, 28, "sans")
    return _scan(s, "plan"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 2250000.0, "local_jobs": 2}


def employer_fillable_buttons() -> tuple[bytes, dict]:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(470, 800, "ID 990B")
    c.drawString(60, 770, "PARTICULARS OF EMPLOYER")
    form = c.acroForm
    rows = [("Name of employer", "Meridian Legal Technology Limited"), ("Business registration no.", "68225904"), ("Name of employee", "TANG YUWEI"),
            ("Post", "Legal Knowledge Engineer"), ("Monthly salary (HK$)", "50,000")]
    y = 730
    for k, (label, value) in enumerate(rows):
        c.setFont("Helvetica", 10)
        c.drawString(60, y + 4, label)
        form.textfield(name=f"Text{k + 1}", x=230, y=y, width=300, height=18, value=value, borderWidth=1, fontSize=10)
        y -= 34
    c.drawString(60, y - 6, "Is the post on the Talent List?")
    c.drawString(260, y - 6, "Yes")
    form.checkbox(name="Check1", x=240, y=y - 10, size=14, checked=False, buttonStyle="cross")
    c.drawString(320, y - 6, "No")
    form.checkbox(name="Check2", x=300, y=y - 10, size=14, checked=True, buttonStyle="cross")
    c.showPage()
    c.save()
    return buf.getvalue(), {"employer_name": "Meridian Legal Technology Limited", "br_number": "68225904", "applicant_name": "TANG YUWEI",
                            "position": "Legal Knowledge Engineer", "monthly_salary_hkd": 50000.0, "talent_list": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("offer-months-times.png", offer_months_times, "employment_contract", "months-times"),
              ("consent-law-firm.png", consent_law_firm, "consent_letter", "law-firm"),
              ("statements-group.png", statements_group_nci, "financial_statement", "group-nci"),
              ("plan-millions.png", plan_millions_decimals, "business_plan", "millions-decimals"),
              ("id990b-fillable.pdf", employer_fillable_buttons, "employer_form", "fillable-buttons")]
    out = []
    for file, draw, kind, layout in papers:
        data, fields = draw()
        out.append((file, data, kind, layout, fields))
    return write_papers(folder, out)
