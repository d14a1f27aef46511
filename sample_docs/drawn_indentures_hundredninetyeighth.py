"""A hundred-and-ninety-eighth drawn set, a test set: four employment contracts drawn after the contracts' readers were
mended for the hundred-and-eighty-second. A contract whose salary is 'HK$ 36,800 (gross) per calendar month' and whose
term is 'a period of one (1) year'; a contract in simplified Chinese (甲方/乙方) whose post is '乙方同意担任…一职' and whose
term is stated by its two dates; an offer by e-mail whose start is 'on or before 3 May 2027'; a contract whose parties
are in a table ('Employer | …', 'Employee | …') and whose allowance is 'Housing: HK$8,000 monthly'. Each is a case of its
own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredninetyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled


def _lines(s: Sheet, y: int, lines: list[str], size: int = 22, font: str = "serif", leading: int = 40) -> int:
    for line in lines:
        s.text(140, y, line, size, "serif_bold" if line.isupper() else font)
        y += leading
    return y


def gross_calendar_month() -> tuple[bytes, dict]:
    s = Sheet()
    _lines(s, 100, ["CONTRACT OF EMPLOYMENT", "", "Between Westgate Acoustic Labs Limited (\"the Company\") and Mr. HU Zirui (\"the Employee\").", "",
                    "1. The Employee is appointed Acoustic Test Engineer with effect from 1 April 2027.",
                    "2. The appointment is for a period of one (1) year, renewable by agreement.",
                    "3. The Employee's salary is HK$ 36,800 (gross) per calendar month."])
    return scanned_png(s, "gross"), {"employer_name": "Westgate Acoustic Labs Limited", "employee_name": "HU ZIRUI", "position": "Acoustic Test Engineer",
                               "start_date": "2027-04-01", "term_months": 12, "monthly_salary_hkd": 36800.0}


def hans_two_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "劳动合同", 46, "serif_cjk")
    s.text(140, 200, "甲方：Lotusbay Healthcare Management Limited", 26, "serif_cjk")
    s.text(140, 260, "乙方：邵雨晴", 26, "serif_cjk")
    _paragraph(s, 140, 340, "　　一、乙方同意担任甲方护理部护士长一职。二、本合同期限自2027年2月1日起至2029年1月31日止。三、甲方每月支付乙方工资港币"
                            "38,000元。", 34, 26, 54)
    return scanned_png(s, "hans"), {"employer_name": "Lotusbay Healthcare Management Limited", "employee_name": "邵雨晴", "position": ("护理部护士长", "护士长"),
                              "start_date": "2027-02-01", "term_months": 24, "monthly_salary_hkd": 38000.0}


def email_on_or_before() -> tuple[bytes, dict]:
    s = Sheet()
    _lines(s, 100, ["From: Talent Team, Crestline Power Systems Limited", "To: Mr ZHOU Kaiwen", "Subject: Offer of employment", "",
                    "Dear Kaiwen,", "", "We are delighted to offer you the role of Grid Integration Engineer. You will start on or before",
                    "3 May 2027 on a two-year contract, at a monthly salary of HK$49,000.", "",
                    "Regards,", "Talent Team, Crestline Power Systems Limited"], 22, "sans")
    return scanned_png(s, "email"), {"employer_name": "Crestline Power Systems Limited", "employee_name": "ZHOU KAIWEN", "position": "Grid Integration Engineer",
                               "start_date": "2027-05-03", "term_months": 24, "monthly_salary_hkd": 49000.0}


def parties_table_housing() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 90, "EMPLOYMENT CONTRACT", 34, "serif_bold")
    y = _ruled(s, 140, 170, [["Employer", "Kingfield Port Logistics Limited"], ["Employee", "Ms WEI Shanshan"], ["Post", "Terminal Planning Manager"],
                             ["Start date", "1 March 2027"], ["Term", "3 years"], ["Monthly salary", "HK$58,000"]], [360, 900], 64, 22)
    _lines(s, y + 40, ["Housing: HK$8,000 monthly, paid with the salary.", "Annual leave: 18 working days."])
    return scanned_png(s, "partiestable"), {"employer_name": "Kingfield Port Logistics Limited", "employee_name": "WEI SHANSHAN",
                                      "position": "Terminal Planning Manager", "start_date": "2027-03-01", "term_months": 36,
                                      "monthly_salary_hkd": 58000.0, "housing_allowance_hkd": 8000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-gross.png", gross_calendar_month, "employment_contract", "gross-calendar-month"),
              ("contract-hans.png", hans_two_dates, "employment_contract", "hans-two-dates"),
              ("contract-email.png", email_on_or_before, "employment_contract", "email-on-or-before"),
              ("contract-parties-table.png", parties_table_housing, "employment_contract", "parties-table-housing")]
    return write_drawn(folder, papers)
