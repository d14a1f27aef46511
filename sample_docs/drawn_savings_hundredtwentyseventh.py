"""A hundred-and-twenty-seventh drawn set: papers in four layouts no set drew. A sole trader's plan in the first person
that invests its owner's savings, forecasts sales by the month with the year's sum in brackets, and takes on 'one local
assistant'; a plan whose capital is stated as authorised and as issued and fully paid in a two-column box; accounts
exported with no thousands separators ('4826300'); a contract that gives the pay in Hong Kong dollars with its rough
renminbi equivalent beside it. Each is a case of its own. Read once through the product before any reader changes for
it (`scripts/bench_drawn_forms.py --set hundredtwentyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled


def plan_sole_trader_savings() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Kettle & Kiln Ceramics Studio", 34, "serif_bold")
    s.text(140, 160, "(sole proprietorship, BR registered October 2026)", 24, "serif")
    paras = ["My plan", "",
             "I will invest HK$250,000 of my own savings in the studio: kilns, wheels and the fitting-out of a",
             "ground-floor unit in Wong Chuk Hang.", "",
             "I expect sales of about HK$90,000 a month once classes are full, about HK$1,080,000 in the first",
             "year (HK$1,450,000 in the second) from classes, commissions and corporate workshops.", "",
             "I will take on one local assistant from the start. The ceramicist I am applying for teaches the",
             "advanced classes and runs the kilns."]
    y = 260
    for line in paras:
        s.text(140, y, line, 24, "serif_bold" if line == "My plan" else "serif")
        y += 42
    return scanned_png(s, "savings"), {"capital_hkd": 250000.0, "projected_turnover_hkd": 1080000.0, "local_jobs": 1}


def plan_authorised_and_issued() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Harbour Sprout Agritech Limited", 34, "serif_bold")
    s.text(140, 160, "Business plan summary", 26, "serif")
    _ruled(s, 140, 240, [["Share capital", ""], ["Authorised", "HK$1,000,000"], ["Issued and fully paid", "HK$100,000"]], [560, 420], 64, 24)
    s.text(140, 480, "Projected revenue: HK$2,200,000 (year 1), HK$3,900,000 (year 2).", 24, "serif")
    s.text(140, 530, "Local employment: five posts in year 1 (grower, two packers, driver, sales).", 24, "serif")
    return scanned_png(s, "authorised"), {"capital_hkd": 100000.0, "projected_turnover_hkd": 2200000.0, "local_jobs": 5}


def statement_no_separators() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "CRESTLINE LOGISTICS SOLUTIONS LIMITED", 28, "sans_bold")
    s.text(140, 145, "Profit and loss - 1 April 2025 to 31 March 2026 (HKD)", 22, "sans")
    s.text(980, 210, "FY2025/26", 22, "sans_bold")
    s.text(1250, 210, "FY2024/25", 22, "sans_bold")
    y = 260
    for label, this, last in [("Revenue", "4826300", "4410200"), ("Direct costs", "-3215800", "-2987400"), ("Gross profit", "1610500", "1422800"),
                              ("Overheads", "-1004900", "-951300"), ("Profit before tax", "605600", "471500"), ("Income tax", "-96500", "-74700"),
                              ("Net profit", "509100", "396800")]:
        s.text(140, y, label, 22, "sans")
        s.text(1100 - 12 * len(this), y, this, 22, "mono")
        s.text(1370 - 12 * len(last), y, last, 22, "mono")
        y += 44
    s.text(140, y + 40, "Balance sheet at 31 March 2026 (HKD)", 22, "sans_bold")
    y += 100
    for label, this in [("Total assets", "3911200"), ("Total liabilities", "-1288700"), ("Total equity", "2622500")]:
        s.text(140, y, label, 22, "sans")
        s.text(1100 - 12 * len(this), y, this, 22, "mono")
        y += 44
    return scanned_png(s, "noseparators"), {"company_name": "CRESTLINE LOGISTICS SOLUTIONS LIMITED", "period_end": "2026-03-31",
                                      "currency": "HKD", "revenue": 4826300.0, "profit": 509100.0, "total_equity": 2622500.0}


def contract_rmb_equivalent() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "CONTRACT OF EMPLOYMENT", 36, "serif_bold")
    lines = ["Employer: Silverpine Semiconductor Design Limited", "Employee: Ms GUO Tingting", "Position: Analog Layout Engineer",
             "Commencement: 15 February 2027", "Duration: two years from commencement", "",
             "Monthly salary: HK$47,500 (approximately RMB 43,700 at the rate of the day of signing; the salary is paid in",
             "Hong Kong dollars and the renminbi figure is for information only)",
             "Housing allowance: HK$8,000 per month", "Year-end bonus: a guaranteed thirteenth month's salary",
             "", "Signed on 19 November 2026 by both parties."]
    y = 220
    for line in lines:
        s.text(140, y, line, 24, "serif")
        y += 46
    return scanned_png(s, "rmbeq"), {"employer_name": "Silverpine Semiconductor Design Limited", "employee_name": "GUO TINGTING",
                               "position": "Analog Layout Engineer", "start_date": "2027-02-15", "term_months": 24,
                               "monthly_salary_hkd": 47500.0, "housing_allowance_hkd": 8000.0, "guaranteed_bonus_hkd": 47500.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-savings.png", plan_sole_trader_savings, "business_plan", "sole-trader-savings"),
              ("plan-authorised-issued.png", plan_authorised_and_issued, "business_plan", "authorised-and-issued"),
              ("statement-no-separators.png", statement_no_separators, "financial_statement", "no-separators"),
              ("contract-rmb-equivalent.png", contract_rmb_equivalent, "employment_contract", "rmb-equivalent")]
    return write_drawn(folder, papers)
