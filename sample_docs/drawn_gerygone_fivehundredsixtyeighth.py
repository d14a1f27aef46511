"""A five-hundred-and-sixty-eighth drawn set, of contracts, drawn after stop 84's last reader change, to be read cold and left unmended, in
wording and layouts no earlier set drew: an offer in simplified Chinese addressed to the employee (尊敬的…先生：经研究，我司决定聘用您为…，
聘期两年，自…起，月薪港币…元); an English agreement whose terms are a schedule table at its foot ('Position | Commencement Date | Contract
Period | Monthly Salary'). Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredsixtyeighth`). Every name and number
is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def offer_addressed_in_chinese() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "录用通知书", 44, "serif_cjk")
    text_lines(s, 160, 220, ["尊敬的俞浩然先生：", "　　经研究，我司决定聘用您为智能制造解决方案架构师，聘期两年，自2027年7月1日起，",
                             "月薪港币40,000元。", "　　请于收到本通知后七日内签署回执。", "", "香港观塘智造科技有限公司", "2026年11月9日"], 28, "serif_cjk", 60)
    return scanned_png(s, "offerzh"), {"employer_name": "香港观塘智造科技有限公司", "employee_name": "俞浩然", "position": "智能制造解决方案架构师",
                                       "start_date": "2027-07-01", "term_months": 24, "monthly_salary_hkd": 40000.0}


def schedule_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 90, "SERVICE AGREEMENT", 32, "serif_bold")
    y = text_lines(s, 160, 180, ["This Agreement is made between Sheung Wan Capital Advisory Limited (the \"Employer\") and Ms. LAI Xueqing",
                                 "(the \"Employee\"). The Employer employs the Employee on the terms set out in this Agreement and its Schedule.",
                                 "", "SCHEDULE"], 23, "serif", 46)
    _ruled(s, 160, y + 20, [["Position", "Commencement Date", "Contract Period", "Monthly Salary"],
                            ["ESG Research Analyst", "16 August 2027", "24 months", "HK$46,000"]], [330, 330, 280, 300], 64, 22)
    return scanned_png(s, "schedule"), {"employer_name": "Sheung Wan Capital Advisory Limited", "employee_name": "LAI Xueqing",
                                        "position": "ESG Research Analyst", "start_date": "2027-08-16", "term_months": 24,
                                        "monthly_salary_hkd": 46000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-offer-addressed-in-chinese.png", offer_addressed_in_chinese, "employment_contract", "offer-addressed-in-chinese"),
              ("contract-schedule-table.png", schedule_table, "employment_contract", "schedule-table")]
    return write_drawn(folder, papers)
