"""A six-hundred-and-forty-third drawn set, of accounts, a contract and a consent, drawn after stop 87's last reader change, to be read
cold and left unmended, in wording and layouts no earlier set drew: a one-page summary of accounts whose income statement and balance
sheet sit side by side, the year given as 'for the twelve months to 31 March 2026' and the profit as 'Profit attributable to owners';
an employment contract whose particulars are a schedule at its end (Schedule 1: Particulars of Employment) after numbered terms; a
consent in simplified Chinese from a hospital (医院) that names the staff member in a table row (姓名 | 科室 | 职称). Each is a case of
its own (`scripts/bench_drawn_forms.py --set sixhundredfortythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def side_by_side_accounts() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "HOLLYBROOK FINE FOODS LIMITED", 32, "serif_bold")
    s.text(140, 140, "Summary financial statements for the twelve months to 31 March 2026", 24, "serif")
    s.text(140, 220, "Income statement (HK$)", 24, "serif_bold")
    text_lines(s, 140, 270, ["Turnover                    6,482,300", "Cost of sales              (4,105,900)", "Gross profit                2,376,400",
                             "Operating expenses          (1,690,200)", "Profit before taxation        686,200", "Taxation                     (98,400)",
                             "Profit attributable to owners 587,800"], 22, "mono", 42)
    s.text(860, 220, "Balance sheet (HK$)", 24, "serif_bold")
    text_lines(s, 860, 270, ["Non-current assets          1,204,500", "Current assets              2,870,100", "Current liabilities        (1,233,600)",
                             "Net assets                  2,841,000", "", "Share capital               1,000,000", "Retained earnings           1,841,000",
                             "Total equity                2,841,000"], 22, "mono", 42)
    return scanned_png(s, "sidebyside"), {"company_name": "HOLLYBROOK FINE FOODS LIMITED", "period_end": "2026-03-31", "revenue": 6482300.0,
                                          "profit": 587800.0, "total_equity": 2841000.0}


def schedule_at_end() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 90, "CONTRACT OF EMPLOYMENT", 32, "serif_bold")
    s.wrapped(140, 170, "This contract is made between the employer and the employee named in Schedule 1. The employee shall serve the "
                        "employer in the post and on the terms set out below and in Schedule 1.", 95, 22, "serif", 38)
    text_lines(s, 140, 290, ["1. Hours. Forty-four hours a week, Monday to Friday and alternate Saturdays.",
                             "2. Leave. Fourteen working days of paid annual leave in each year of service.",
                             "3. Notice. Either party may end this contract by one month's notice in writing.",
                             "4. Probation. The first three months are a probation period."], 22, "serif", 40)
    s.text(140, 500, "Schedule 1: Particulars of Employment", 26, "serif_bold")
    _ruled(s, 140, 550, [["Employer", "Stonebridge Facade Engineering Limited"], ["Employee", "XU MINGRUI"],
                         ["Post", "Facade Design Manager"], ["Date of commencement", "5 January 2027"],
                         ["Term", "Two years from the date of commencement"], ["Basic salary", "HK$57,500 per month"]], [420, 820], 62, 22)
    return scanned_png(s, "schedule"), {"employer_name": "Stonebridge Facade Engineering Limited", "employee_name": "XU MINGRUI",
                                        "position": "Facade Design Manager", "start_date": "2027-01-05", "term_months": 24, "monthly_salary_hkd": 57500.0}


def hospital_table_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "同意赴港工作证明", 44, "serif_cjk")
    s.text(180, 210, "香港特别行政区入境事务处：", 28, "serif_cjk")
    y = _ruled(s, 180, 280, [["姓名", "科室", "职称"], ["骆静怡", "心血管内科", "主治医师"]], [360, 440, 440], 70, 26)
    s.wrapped(180, y + 40, "　　上述人员系我院在职医师，我院同意其应聘赴香港特别行政区工作，并为其保留人事关系。特此证明。", 34, 28, "serif_cjk", 56)
    text_lines(s, 900, y + 260, ["江城市第二人民医院", "2026年10月28日"], 28, "serif_cjk", 56)
    _chop(s, 700, y + 330, "江城市第二人民医院")
    return scanned_png(s, "hospital"), {"organisation": "江城市第二人民医院", "applicant_name": "骆静怡", "date": "2026-10-28", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("statement-side-by-side.png", side_by_side_accounts, "financial_statement", "side-by-side"),
              ("contract-schedule-at-end.png", schedule_at_end, "employment_contract", "schedule-at-end"),
              ("consent-hospital-table-row.png", hospital_table_row, "consent_letter", "hospital-table-row")]
    return write_drawn(folder, papers)
