"""A seventh drawn set, the first of the employer's papers rather than forms: Business
Registration certificates, employment terms and financial statements, each in two layouts drawn
here by hand, apart from the generator and its readers (a certificate's bilingual rows and a
renewal notice's table with the period covered; an offer letter's table of terms and a
contract's numbered clauses; a profit-or-loss page with last year's column beside this year's,
and a one-page summary with the balance sheet under the results). Read once through the
product before any reader changes for it (`scripts/bench_drawn_forms.py --set seventh`).
Every name, number and amount is made up."""
from __future__ import annotations

import textwrap
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from .drawn_forms import Sheet
from .generator.render import pil_font


@dataclass(frozen=True)
class Company:
    name: str
    name_zh: str
    br_number: str
    address: str
    nature: str
    commenced: date
    expiry: date
    employee: str  # as the contract names the employee
    position: str
    start: date
    term_months: int
    salary: int
    housing: int
    bonus: int
    year_end: date
    revenue: int
    profit_before_tax: int
    tax: int
    equity: int
    auditor: str


COMPANIES = [
    Company("Kestrel Ridge Logistics Limited", "鷹嶺物流有限公司", "71846203",
            "Unit 1207, 12/F, Harbour Gate Tower, 18 Canal Road East, Wan Chai, Hong Kong",
            "Freight forwarding and warehousing", date(2014, 3, 17), date(2026, 3, 16),
            "ZHENG Yiran", "Supply Chain Analyst", date(2026, 2, 1), 24, 38500, 6000, 38500,
            date(2025, 3, 31), 86_420_315, 7_912_880, 1_305_625, 41_207_554, "Lam Ho Kwan & Co. CPA Limited"),
    Company("Silverstrand Biotech (HK) Limited", "銀線灣生物科技(香港)有限公司", "65203917",
            "Room 5, 3/F, Block B, Science Park West Avenue, Sha Tin, New Territories",
            "Research and development of diagnostic reagents", date(2019, 9, 2), date(2026, 9, 1),
            "LIANG Mingzhe", "Senior Assay Scientist", date(2026, 4, 15), 36, 62000, 0, 124000,
            date(2024, 12, 31), 23_805_112, -1_460_500, 0, 12_118_904, "Tsang & Partners CPA"),
]


def _fmt_money(v: int) -> str:
    return f"({-v:,})" if v < 0 else f"{v:,}"


def br_certificate_bilingual(c: Company) -> Sheet:
    s = Sheet()
    s.text(470, 100, "商業登記證", 44, "sans_cjk")
    s.text(380, 170, "BUSINESS REGISTRATION CERTIFICATE", 36, "sans_bold")
    s.text(120, 250, "Inland Revenue Department    稅務局", 24)
    rows = [("業務名稱", "Name of Business", f"{c.name_zh}\n{c.name.upper()}"),
            ("業務地址", "Address of Business", c.address.upper()),
            ("業務性質", "Nature of Business", c.nature.upper()),
            ("開業日期", "Date of Commencement", c.commenced.strftime("%d/%m/%Y")),
            ("屆滿日期", "Date of Expiry", c.expiry.strftime("%d/%m/%Y")),
            ("登記證號碼", "Certificate No.", f"{c.br_number}-000-{c.commenced.month:02d}-{c.expiry.year % 100:02d}-6")]
    y = 360
    for zh, en, value in rows:
        s.text(120, y, zh, 26, "sans_cjk")
        s.text(120, y + 36, en, 22)
        for k, line in enumerate(value.split("\n")):
            for j, part in enumerate(_wrap(line, 48)):
                s.text(560, y + 44 * (k + j), part, 28, "mono")
        y += 150
    s.text(120, y + 80, "This certificate must be displayed at the address of business.", 22)
    return s


def br_renewal_notice(c: Company) -> Sheet:
    s = Sheet()
    s.text(120, 100, "BUSINESS REGISTRATION OFFICE", 34, "sans_bold")
    s.text(120, 150, "Demand Note and Business Registration Certificate (renewal)", 26)
    s.d.rectangle([120, 230, 1530, 1030], outline="black", width=3)
    rows = [("Business Registration No.", c.br_number), ("Business Name", c.name.upper()),
            ("Business Address", c.address), ("Description of Business", c.nature),
            ("Date Business Commenced", c.commenced.strftime("%d %B %Y")),
            ("Period Covered", f"{(c.expiry.replace(year=c.expiry.year - 1) + timedelta(days=1)).strftime('%d-%m-%Y')}"
                               f"  to  {c.expiry.strftime('%d-%m-%Y')}"),
            ("Fee and Levy", "HK$2,200")]
    y = 230
    for label, value in rows:
        parts = _wrap(value, 44)
        h = 40 + 44 * len(parts)
        s.d.line([120, y + h, 1530, y + h], fill="black", width=2)
        s.d.line([640, y, 640, y + h], fill="black", width=2)
        s.text(140, y + 20, label, 24)
        for k, part in enumerate(parts):
            s.text(665, y + 18 + 44 * k, part, 28)
        y += h
    return s


def offer_letter_table(c: Company) -> Sheet:
    s = Sheet()
    s.text(120, 100, c.name, 34, "sans_bold")
    s.text(120, 150, c.address, 20)
    s.text(120, 260, f"Dear {c.employee},", 26)
    s.text(120, 320, "Letter of Appointment", 30, "sans_bold")
    s.wrapped(120, 380, f"We are pleased to confirm your appointment with {c.name} on the terms set out below. "
                        "Please sign and return the duplicate copy to signify your acceptance.", 90, 24)
    rows = [("Name of appointee", c.employee), ("Post", c.position),
            ("Date of commencement", c.start.strftime("%d %B %Y")),
            ("Period of employment", f"{c.term_months} months"),
            ("Basic salary", f"HK${c.salary:,} per month"),
            ("Housing allowance", f"HK${c.housing:,} per month" if c.housing else "Nil"),
            ("Guaranteed bonus", f"HK${c.bonus:,} per annum"),
            ("Annual package", f"HK${12 * (c.salary + c.housing) + c.bonus:,}")]
    y = 520
    for label, value in rows:
        s.d.rectangle([120, y, 700, y + 70], outline="black", width=2)
        s.d.rectangle([700, y, 1530, y + 70], outline="black", width=2)
        s.text(140, y + 20, label, 24)
        s.text(720, y + 18, value, 28)
        y += 70
    s.text(120, y + 80, "Yours sincerely,", 24)
    s.text(120, y + 200, "Human Resources Manager", 24)
    return s


def contract_clauses(c: Company) -> Sheet:
    s = Sheet()
    s.text(120, 100, "CONTRACT OF EMPLOYMENT", 36, "sans_bold")
    clauses = [
        f"1. PARTIES. {c.name} (the Company) and {c.employee} (you).",
        f"2. JOB TITLE. You will serve the Company as {c.position}.",
        f"3. START AND DURATION. Your employment begins on {c.start.strftime('%d %b %Y')} for a fixed term of "
        f"{c.term_months} months, unless ended earlier under clause 9.",
        f"4. PAY. Your basic pay is HK${c.salary:,} a month, paid by bank transfer on the last working day of the month.",
        "5. HOUSING. " + (f"The Company pays you HK${c.housing:,} a month towards rent." if c.housing
                          else "No housing benefit is provided."),
        f"6. BONUS. A guaranteed bonus of HK${c.bonus:,} is paid each year in December.",
        "7. HOURS. Your hours are 9:00 a.m. to 6:00 p.m., Monday to Friday.",
        "8. LEAVE. You are entitled to 14 working days of paid annual leave a year.",
        "9. ENDING THE CONTRACT. Either side may end this contract by one month's notice in writing.",
    ]
    y = 220
    for clause in clauses:
        s.wrapped(120, y, clause, 84, 26, leading=38, indent=40)
        y += 38 * len(_wrap(clause, 84)) + 30
    s.text(120, y + 100, "Signed for the Company ______________      Signed by you ______________", 24)
    return s


def profit_or_loss_two_years(c: Company) -> Sheet:
    s = Sheet()
    s.text(120, 100, c.name.upper(), 32, "sans_bold")
    s.text(120, 150, "STATEMENT OF PROFIT OR LOSS", 28, "sans_bold")
    s.text(120, 195, f"FOR THE YEAR ENDED {c.year_end.strftime('%d %B %Y').upper()}", 26)
    s.text(120, 240, "(Expressed in Hong Kong dollars)", 22)
    this, last = c.year_end.year, c.year_end.year - 1
    s.text(1060, 320, str(this), 26, "sans_bold")
    s.text(1340, 320, str(last), 26, "sans_bold")
    s.text(1075, 356, "HK$", 22)
    s.text(1355, 356, "HK$", 22)
    rows = [("Revenue", c.revenue, int(c.revenue * 0.87)), ("Cost of services", -int(c.revenue * 0.61), -int(c.revenue * 0.55)),
            ("Administrative expenses", -(int(c.revenue * 0.39) - c.profit_before_tax), -int(c.revenue * 0.2)),
            ("Profit/(loss) before taxation", c.profit_before_tax, int(c.revenue * 0.12)),
            ("Income tax", -c.tax, -int(c.revenue * 0.02)),
            ("Profit/(loss) for the year", c.profit_before_tax - c.tax, int(c.revenue * 0.1))]
    y = 420
    for label, now, before in rows:
        s.text(120, y, label, 26, "sans_bold" if "for the year" in label else "sans")
        for x, v in ((1260, now), (1540, before)):
            txt = _fmt_money(v)
            s.text(x - _width(txt), y, txt, 26, "mono")
        y += 70
    s.text(120, y + 60, "The notes on pages 9 to 24 form part of these financial statements.", 22)
    return s


def summary_with_balance_sheet(c: Company) -> Sheet:
    s = Sheet()
    s.text(120, 100, "FINANCIAL HIGHLIGHTS", 34, "sans_bold")
    s.text(120, 150, f"{c.name}  ({c.name_zh})", 26)
    s.text(120, 200, f"Year ended {c.year_end.strftime('%d.%m.%Y')}  -  amounts in HK$", 24)
    rows = [("Turnover", c.revenue), ("Profit before tax", c.profit_before_tax), ("Taxation", -c.tax),
            ("Net profit/(loss) after tax", c.profit_before_tax - c.tax)]
    y = 300
    for label, v in rows:
        s.text(140, y, label, 26)
        s.text(1300 - _width(_fmt_money(v)), y, _fmt_money(v), 26, "mono")
        y += 60
    s.text(120, y + 60, "STATEMENT OF FINANCIAL POSITION (extract)", 28, "sans_bold")
    y += 140
    rows = [("Non-current assets", int(c.equity * 0.6)), ("Net current assets", c.equity - int(c.equity * 0.6)),
            ("Share capital", 10_000_000), ("Reserves", c.equity - 10_000_000), ("Total equity", c.equity)]
    for label, v in rows:
        s.text(140, y, label, 26)
        s.text(1300 - _width(_fmt_money(v)), y, _fmt_money(v), 26, "mono")
        y += 60
    s.text(120, y + 80, f"Auditor: {c.auditor}, Certified Public Accountants, Hong Kong", 24)
    s.wrapped(120, y + 130, "In the auditor's opinion the financial statements give a true and fair view of the "
                            "company's financial position; the opinion is not modified.", 90, 24)
    return s


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width) or [""]


def _width(text: str, size: int = 26) -> int:
    return int(pil_font("mono", size).getlength(text))


def truth(c: Company, kind: str, layout: str) -> dict:
    if kind == "br_certificate":
        return {"business_name": c.name.upper(), "br_number": c.br_number, "address": c.address.upper(),
                "nature_of_business": c.nature.upper(), "commencement_date": c.commenced.isoformat(),
                "expiry_date": c.expiry.isoformat()}
    if kind == "employment_contract":
        out = {"employer_name": c.name, "employee_name": c.employee.upper(), "position": c.position,
               "start_date": c.start.isoformat(), "term_months": c.term_months, "monthly_salary_hkd": float(c.salary),
               "housing_allowance_hkd": float(c.housing), "guaranteed_bonus_hkd": float(c.bonus)}
        if layout == "offer-table":
            out["annual_package_hkd"] = float(12 * (c.salary + c.housing) + c.bonus)
        return out
    out = {"company_name": c.name, "period_end": c.year_end.isoformat(),
           "currency": "HKD", "revenue": float(c.revenue), "profit": float(c.profit_before_tax - c.tax)}
    if layout == "highlights":
        out.update(total_equity=float(c.equity), auditor=c.auditor, audit_opinion="unqualified")
    return out


LAYOUTS = {"br_certificate": {"bilingual": br_certificate_bilingual, "renewal": br_renewal_notice},
           "employment_contract": {"offer-table": offer_letter_table, "clauses": contract_clauses},
           "financial_statement": {"two-years": profit_or_loss_two_years, "highlights": summary_with_balance_sheet}}


def write_scans(folder: Path, people: list, layouts: dict, truth, only: set[str] | None = None) -> list[dict]:
    """Every layout for every made-up party, a 200-dpi scan each in `folder`; the truth, one entry a
    file ({file, type, layout, fields}, `truth(party, type, layout)`). With `only`, those files alone."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, party in enumerate(people):
        for kind, drawings in layouts.items():
            for name, draw in drawings.items():
                file = f"{kind}-{name}-{i + 1}.png"
                if only is not None and file not in only:
                    continue
                draw(party).scanned(zlib.crc32(file.encode())).save(folder / file, dpi=(200, 200))
                out.append({"file": file, "type": kind, "layout": name, "fields": truth(party, kind, name)})
    return out


def write_all(folder: Path) -> list[dict]:
    return write_scans(folder, COMPANIES, LAYOUTS, truth)
