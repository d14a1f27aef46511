"""A hundred-and-sixty-ninth drawn set, a test set: four employment contracts in wording no set used, drawn after the
contracts' readers were mended for the hundred-and-fifty-first. A letter of appointment in traditional Chinese (聘書: 茲聘請…
擔任本公司…一職, 月薪港幣肆萬伍仟元, 合約期為兩年, 房屋津貼：不適用); a contract whose salary is written in figures with
cents and in words ('HK$55,000.00 (Hong Kong Dollars Fifty-Five Thousand Only) per month'); a contract 'for a period of 18
months commencing on 15 January 2027'; a contract paying a housing allowance 'subject to receipts'. Each is a case of its
own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredsixtyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn


def _lines(s: Sheet, y: int, lines: list[str], size: int = 24, font: str = "serif", leading: int = 44) -> int:
    for line in lines:
        s.text(140, y, line, size, font)
        y += leading
    return y


def appointment_hant_pinshu() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(740, 110, "聘　書", 52, "serif_cjk")
    _lines(s, 260, ["茲聘請陳思穎小姐擔任本公司高級會計師一職，", "月薪港幣肆萬伍仟元正，由二零二七年二月一日起生效，", "合約期為兩年。",
                    "房屋津貼：不適用。", "", "恒嘉會計師事務所有限公司", "二零二六年十一月二十日"], 32, "serif_cjk", 70)
    return scanned_png(s, "pinshu"), {"employer_name": "恒嘉會計師事務所有限公司", "employee_name": "陳思穎", "position": "高級會計師",
                                "start_date": "2027-02-01", "term_months": 24, "monthly_salary_hkd": 45000.0, "housing_allowance_hkd": 0.0}


def contract_salary_in_words() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "EMPLOYMENT CONTRACT", 34, "serif_bold")
    _lines(s, 200, ["Employer: Westmount Capital Advisory Limited", "Employee: Mr ZENG Haoxuan", "",
                    "1. Position. The Employee is employed as Associate Director, Corporate Finance.",
                    "2. Commencement and term. The employment commences on 1 March 2027 for a fixed term of two years.",
                    "3. Salary. HK$55,000.00 (Hong Kong Dollars Fifty-Five Thousand Only) per month, payable in arrears.",
                    "4. Housing. The Employee is not entitled to any housing allowance."])
    return scanned_png(s, "inwords"), {"employer_name": "Westmount Capital Advisory Limited", "employee_name": "ZENG HAOXUAN",
                                 "position": "Associate Director, Corporate Finance", "start_date": "2027-03-01", "term_months": 24,
                                 "monthly_salary_hkd": 55000.0, "housing_allowance_hkd": 0.0}


def contract_eighteen_months() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Brookhaven Clinical Research Limited", 32, "serif_bold")
    _lines(s, 190, ["CONTRACT OF EMPLOYMENT", "", "Between Brookhaven Clinical Research Limited (the \"Employer\") and Ms ZHU Lingyun (the \"Employee\").", "",
                    "Post: Clinical Research Associate", "Duration: This contract shall be for a period of 18 months commencing on 15 January 2027.",
                    "Remuneration: a monthly salary of HK$34,000.", "Housing allowance: nil."])
    return scanned_png(s, "eighteen"), {"employer_name": "Brookhaven Clinical Research Limited", "employee_name": "ZHU LINGYUN",
                                  "position": "Clinical Research Associate", "start_date": "2027-01-15", "term_months": 18,
                                  "monthly_salary_hkd": 34000.0, "housing_allowance_hkd": 0.0}


def contract_housing_subject_to_receipts() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Skyharbour Aviation Services Limited", 32, "serif_bold")
    _lines(s, 190, ["LETTER OF EMPLOYMENT", "", "Dear Mr QIAO Mingxuan,", "",
                    "We are pleased to employ you as Aircraft Maintenance Planner from 3 May 2027 on a contract of 36 months.",
                    "Your basic salary is HK$46,500 per month. In addition, the Company pays HK$10,000 per month as housing",
                    "allowance, subject to receipts.", "", "Yours sincerely,", "Skyharbour Aviation Services Limited"])
    return scanned_png(s, "receipts"), {"employer_name": "Skyharbour Aviation Services Limited", "employee_name": "QIAO MINGXUAN",
                                  "position": "Aircraft Maintenance Planner", "start_date": "2027-05-03", "term_months": 36,
                                  "monthly_salary_hkd": 46500.0, "housing_allowance_hkd": 10000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("appointment-pinshu.png", appointment_hant_pinshu, "employment_contract", "hant-pinshu"),
              ("contract-in-words.png", contract_salary_in_words, "employment_contract", "salary-in-words"),
              ("contract-eighteen.png", contract_eighteen_months, "employment_contract", "eighteen-months"),
              ("letter-receipts.png", contract_housing_subject_to_receipts, "employment_contract", "housing-subject-to-receipts")]
    return write_drawn(folder, papers)
