"""A hundred-and-eighty-second drawn set: four employment contracts in layouts no set drew. A contract in traditional
Chinese whose terms stand in a table (職位, 生效日期, 合約期 兩年, 月薪, 房屋津貼); an English contract whose particulars
are in a schedule at its end, lettered (a) to (e); a contract whose salary is a year's, paid in twelve monthly
instalments; an agreement between 'Party A' and 'Party B' in English, valid from one date to another. Each is a case
of its own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredeightysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled


def _lines(s: Sheet, y: int, lines: list[str], size: int = 22, font: str = "serif", leading: int = 40) -> int:
    for line in lines:
        s.text(140, y, line, size, "serif_bold" if line.isupper() else font)
        y += leading
    return y


def hant_terms_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 100, "僱傭合約", 46, "serif_cjk")
    s.text(140, 200, "僱主：澄峰數據科技有限公司", 28, "serif_cjk")
    s.text(140, 260, "僱員：樊俊熙", 28, "serif_cjk")
    _ruled(s, 140, 340, [["職位", "數據工程師"], ["生效日期", "2027年4月1日"], ["合約期", "兩年"], ["月薪", "港幣42,000元"],
                         ["房屋津貼", "每月港幣5,000元"]], [360, 700], 74, 26)
    s.text(140, 760, "雙方同意遵守本合約條款。", 28, "serif_cjk")
    return scanned_png(s, "hanttable"), {"employer_name": "澄峰數據科技有限公司", "employee_name": "樊俊熙", "position": "數據工程師",
                                   "start_date": "2027-04-01", "term_months": 24, "monthly_salary_hkd": 42000.0,
                                   "housing_allowance_hkd": 5000.0}


def schedule_at_the_end() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 90, "CONTRACT OF EMPLOYMENT", 34, "serif_bold")
    y = _lines(s, 180, ["This contract is made between Northgale Marine Insurance Brokers Limited (the \"Employer\") and the person",
                        "named in the Schedule (the \"Employee\"), on the terms below and the particulars in the Schedule.", "",
                        "1. The Employee shall serve the Employer in the position stated in the Schedule.",
                        "2. Either party may end this contract by one month's notice in writing.",
                        "3. The Employee is entitled to 14 working days of paid annual leave.", "", "SCHEDULE",
                        "Particulars of Employment"])
    _lines(s, y + 10, ["(a) Employee: Ms KANG Yixuan", "(b) Position: Marine Claims Executive", "(c) Commencement Date: 15 March 2027",
                       "(d) Term: thirty (30) months", "(e) Basic Salary: HK$39,500 per month"], 24)
    return scanned_png(s, "schedule"), {"employer_name": "Northgale Marine Insurance Brokers Limited", "employee_name": "KANG YIXUAN",
                                  "position": "Marine Claims Executive", "start_date": "2027-03-15", "term_months": 30,
                                  "monthly_salary_hkd": 39500.0}


def annual_salary_instalments() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Pinecrest Hotel Management Limited", 30, "serif_bold")
    _lines(s, 180, ["LETTER OF APPOINTMENT", "", "Dear Mr TIAN Haoran,", "",
                    "We are pleased to appoint you as Revenue Manager with effect from 1 February 2027, for a fixed period of",
                    "two years. Your salary is HK$540,000 per annum, payable in twelve equal monthly instalments.",
                    "No housing allowance is provided.", "", "Yours sincerely,", "", "Director of Human Resources"])
    return scanned_png(s, "annual"), {"employer_name": "Pinecrest Hotel Management Limited", "employee_name": "TIAN HAORAN",
                                "position": "Revenue Manager", "start_date": "2027-02-01", "term_months": 24,
                                "monthly_salary_hkd": 45000.0, "housing_allowance_hkd": 0.0}


def party_a_party_b() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 90, "EMPLOYMENT AGREEMENT", 34, "serif_bold")
    _lines(s, 180, ["Party A: Orchidpath Trading (HK) Limited", "Party B: Mr. JIANG Wenhao", "",
                    "Article 1. Party B shall work for Party A as Senior Buyer in its sourcing department.",
                    "Article 2. This agreement is valid from 1 June 2027 to 31 May 2029.",
                    "Article 3. Party A shall pay Party B a monthly wage of HK$33,000 on the last working day of each month.",
                    "Article 4. Party B shall keep Party A's business information confidential."])
    return scanned_png(s, "parties"), {"employer_name": "Orchidpath Trading (HK) Limited", "employee_name": "JIANG WENHAO",
                                 "position": "Senior Buyer", "start_date": "2027-06-01", "term_months": 24, "monthly_salary_hkd": 33000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-hant-table.png", hant_terms_table, "employment_contract", "hant-terms-table"),
              ("contract-schedule.png", schedule_at_the_end, "employment_contract", "schedule-at-the-end"),
              ("contract-annual.png", annual_salary_instalments, "employment_contract", "annual-salary-instalments"),
              ("contract-parties.png", party_a_party_b, "employment_contract", "party-a-party-b")]
    return write_drawn(folder, papers)
