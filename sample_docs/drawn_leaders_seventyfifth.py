"""A seventy-fifth drawn set, drawn after the seventy-fourth was mended: papers in five layouts no set drew. Form ID
990B whose labels run into their values along dot leaders ('Name of employer ........ Hillside …'); a consent in
English whose unit names itself only in its signature block ('For and on behalf of') and which says it has 'agreed to
release' its employee; a business plan answered as numbered questions ('1. How much capital …? HK$ 800,000');
statements whose figures carry dollar signs in their own column ('$  12,406,330') beside a notes column; a contract
of two pages scanned into one PDF, its pay and term on the second. Each is a case of its own. Read once through the
product before any reader changes for it (`scripts/bench_drawn_forms.py --set seventyfifth`). Every name and number is
made up."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from .drawn_forms import Sheet, write_sheets
from .drawn_papers_eighth import _chop


def employer_dot_leaders() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(1300, 80, "ID 990B", 32, "sans_bold")
    s.text(140, 160, "PARTICULARS OF THE EMPLOYER AND THE EMPLOYMENT", 30, "sans_bold")
    rows = [("Name of employer", "Hillside Biologics Limited"), ("Business registration number", "70638214"),
            ("Name of the applicant", "TIAN Jiarui"), ("Post to be offered", "Process Development Scientist"),
            ("Monthly salary offered", "HK$49,800"), ("Post on the Talent List (Yes/No)", "No")]
    y = 300
    font_size = 26
    for label, value in rows:
        end = s.text(140, y, label, font_size)
        s.text(end + 10, y, "." * ((860 - end) // 9), font_size)
        s.text(880, y, value, 28, "serif")
        y += 90
    return s, {"employer_name": "Hillside Biologics Limited", "br_number": "70638214", "applicant_name": "TIAN JIARUI",
               "position": "Process Development Scientist", "monthly_salary_hkd": 49800.0, "talent_list": False}


def consent_signature_block() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(160, 200, "3 November 2026", 28, "serif")
    s.text(160, 300, "Dear Sir or Madam,", 28, "serif")
    s.text(160, 380, "Re: Ms XU Mingyue", 28, "serif_bold")
    s.wrapped(160, 460, "Ms XU Mingyue has worked in our quality assurance department since March 2020. She has told us "
              "that she has been offered a post in Hong Kong, and we have agreed to release her so that she may take it up.",
              76, 28, "serif", leading=46)
    s.text(160, 720, "Yours faithfully,", 28, "serif")
    s.text(160, 800, "For and on behalf of", 28, "serif")
    s.text(160, 850, "Chongqing Hillcrest Pharmaceutical Co., Ltd.", 28, "serif_bold")
    _chop(s, 560, 960, "重庆岭峰制药有限公司")
    s.text(160, 1100, "ZHANG Wei, Human Resources Manager", 26, "serif")
    return s, {"organisation": ("Chongqing Hillcrest Pharmaceutical Co., Ltd.", "重庆岭峰制药有限公司"), "applicant_name": "XU MINGYUE",
               "date": "2026-11-03", "seal_present": True}


def plan_questions() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(140, 120, "Kestrel Bay Learning Limited", 32, "sans_bold")
    s.text(140, 180, "Business plan: answers to the Immigration Department's questions", 26, "sans")
    qas = [("1. How much capital has been or will be injected into the business?", "HK$ 800,000"),
           ("2. What is the projected turnover in the first year of operation?", "HK$ 2,100,000"),
           ("3. How many local employees will be hired in the first twelve months?", "3"),
           ("4. Where will the business operate?", "Tsuen Wan, New Territories")]
    y = 300
    for q, a in qas:
        s.text(140, y, q, 26)
        s.text(200, y + 50, a, 28, "serif")
        y += 150
    return s, {"capital_hkd": 800000.0, "projected_turnover_hkd": 2100000.0, "local_jobs": 3}


def statements_dollar_column() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(400, 120, "PEREGRINE HARBOUR TRAVEL LIMITED", 34, "serif_bold")
    s.text(400, 175, "STATEMENT OF PROFIT OR LOSS", 28, "serif_bold")
    s.text(400, 220, "FOR THE YEAR ENDED 31 DECEMBER 2025", 26, "serif")
    s.text(900, 300, "Notes", 24, "serif_bold")
    s.text(1120, 300, "2025", 26, "serif_bold")
    s.text(1380, 300, "2024", 26, "serif_bold")
    rows = [("Revenue", "5", "12,406,330", "10,981,200"), ("Cost of services", "", "(9,114,800)", "(8,205,400)"),
            ("Gross profit", "", "3,291,530", "2,775,800"), ("Other operating expenses", "6", "(2,180,640)", "(1,946,210)"),
            ("Profit before taxation", "", "1,110,890", "829,590"), ("Taxation", "8", "(158,320)", "(117,810)"),
            ("Profit for the year", "", "952,570", "711,780")]
    y = 360
    for label, note, this, last in rows:
        s.text(160, y, label, 26, "serif")
        if note:
            s.text(920, y, note, 26, "serif")
        s.text(1000, y, "$", 26, "serif")
        s.text(1230 - 16 * len(this), y, this, 26, "serif")
        s.text(1262, y, "$", 26, "serif")
        s.text(1490 - 16 * len(last), y, last, 26, "serif")
        y += 58
    s.text(400, y + 60, "STATEMENT OF FINANCIAL POSITION AT 31 DECEMBER 2025", 26, "serif_bold")
    s.text(160, y + 140, "Total equity", 26, "serif")
    s.text(1000, y + 140, "$", 26, "serif")
    s.text(1230 - 16 * 9, y + 140, "4,318,090", 26, "serif")
    s.text(1262, y + 140, "$", 26, "serif")
    s.text(1490 - 16 * 9, y + 140, "3,365,520", 26, "serif")
    return s, {"company_name": "PEREGRINE HARBOUR TRAVEL LIMITED", "period_end": "2025-12-31", "revenue": 12406330.0,
               "profit": 952570.0, "total_equity": 4318090.0}


LAYOUTS = {("employer_form", "dot-leaders"): employer_dot_leaders, ("consent_letter", "signature-block"): consent_signature_block,
           ("business_plan", "questions"): plan_questions, ("financial_statement", "dollar-column"): statements_dollar_column}


def contract_scanned_pages() -> bytes:
    """Two scanned pages in one PDF, as an office scanner saves a stapled contract."""
    one, two = Sheet(), Sheet()
    one.text(520, 140, "EMPLOYMENT CONTRACT", 42, "serif_bold")
    one.wrapped(160, 280, "This contract is made on 4 November 2026 between Hillside Biologics Limited, whose registered "
                "office is at 12 Science Park East Avenue, Sha Tin (the \"Company\"), and TIAN Jiarui, holder of passport "
                "EK7741203 (the \"Employee\").", 78, 28, "serif", leading=46)
    one.wrapped(160, 520, "1. The Company employs the Employee as Process Development Scientist in its Sha Tin laboratory.",
                78, 28, "serif", leading=46)
    one.wrapped(160, 640, "2. The Employee shall observe the Company's rules on laboratory safety and confidentiality.",
                78, 28, "serif", leading=46)
    one.text(780, 2200, "Page 1 of 2", 22, "serif")
    two.wrapped(160, 200, "3. The employment begins on 11 January 2027 and is for a fixed term of thirty months.",
                78, 28, "serif", leading=46)
    two.wrapped(160, 320, "4. The Company shall pay the Employee a monthly salary of HK$49,800. No housing allowance is payable.",
                78, 28, "serif", leading=46)
    two.wrapped(160, 440, "5. Either party may end this contract by giving one month's notice in writing.", 78, 28, "serif",
                leading=46)
    two.text(160, 700, "Signed for the Company ____________    Signed by the Employee ____________", 26, "serif")
    two.text(780, 2200, "Page 2 of 2", 22, "serif")
    pages = [sheet.scanned(zlib.crc32(f"contract-{k}".encode())).convert("RGB") for k, sheet in enumerate((one, two))]
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=200, save_all=True, append_images=pages[1:])
    return buf.getvalue()


def write_all(folder: Path) -> list[dict]:
    out = write_sheets(folder, LAYOUTS)
    (folder / "contract-scanned.pdf").write_bytes(contract_scanned_pages())
    out.append({"file": "contract-scanned.pdf", "type": "employment_contract", "layout": "scanned-pages",
                "fields": {"employer_name": "Hillside Biologics Limited", "employee_name": "TIAN JIARUI",
                           "position": "Process Development Scientist", "start_date": "2027-01-11", "term_months": 30,
                           "monthly_salary_hkd": 49800.0, "housing_allowance_hkd": 0.0}})
    return out
