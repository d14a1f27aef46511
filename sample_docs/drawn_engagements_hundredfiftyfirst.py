"""A hundred-and-fifty-first drawn set: four employment contracts in wording and layouts no set used. A contract in
traditional Chinese (僱傭合約) whose pay is in financial capitals (港幣叁萬捌仟元正) and whose term is 兩年; an offer by
e-mail whose pay is stated by the year, paid in twelve instalments; an appointment letter to 'the Appointee' by 'the
Firm', its pay inclusive of allowances; a contract's key terms as a two-column table before its clauses. Each is a case
of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredfiftyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled


def _lines(s: Sheet, y: int, lines: list[str], size: int = 24, font: str = "serif", leading: int = 42) -> int:
    for line in lines:
        s.text(140, y, line, size, font)
        y += leading
    return y


def contract_traditional_capitals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 110, "僱傭合約", 48, "serif_cjk")
    _lines(s, 230, ["僱主：嘉朗環保科技有限公司（下稱「公司」）", "僱員：李家明（下稱「僱員」）", "",
                    "一、職位：公司聘請僱員擔任環境工程師。", "二、合約期：兩年，自二零二七年一月四日起生效。",
                    "三、薪酬：月薪港幣叁萬捌仟元正，於每月最後一個工作日支付。", "四、房屋津貼：無。",
                    "五、工作時間：星期一至星期五，上午九時至下午六時。"], 30, "serif_cjk", 64)
    return scanned_png(s, "hantcaps"), {"employer_name": "嘉朗環保科技有限公司", "employee_name": "李家明", "position": "環境工程師",
                                  "start_date": "2027-01-04", "term_months": 24, "monthly_salary_hkd": 38000.0, "housing_allowance_hkd": 0.0}


def offer_by_email_yearly() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "From: talent@crestline-capital.example", 22, "sans", (80, 80, 80))
    s.text(140, 124, "To: Zhao Mingyue", 22, "sans", (80, 80, 80))
    s.text(140, 158, "Subject: Your offer - Crestline Capital Partners Limited", 22, "sans", (80, 80, 80))
    s.d.line([140, 200, 1500, 200], fill=(160, 160, 160), width=2)
    _lines(s, 250, ["Dear Mingyue,", "",
                    "We are delighted to offer you the role of Credit Risk Analyst at Crestline Capital Partners Limited.",
                    "Your annual base salary will be HK$720,000, paid in twelve equal monthly instalments. You will start",
                    "on 1 April 2027 on a two-year fixed-term contract, renewable by agreement.",
                    "No housing allowance is provided.", "",
                    "Kind regards,", "Helen Au, Head of People"], 24, "sans", 44)
    return scanned_png(s, "emailyearly"), {"employer_name": "Crestline Capital Partners Limited", "employee_name": "ZHAO MINGYUE",
                                     "position": "Credit Risk Analyst", "start_date": "2027-04-01", "term_months": 24,
                                     "monthly_salary_hkd": 60000.0, "housing_allowance_hkd": 0.0}


def appointment_to_the_appointee() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Lanternfield Architects Limited", 32, "serif_bold")
    _lines(s, 200, ["18 November 2026", "", "Mr PENG Zihao", "", "LETTER OF APPOINTMENT", "",
                    "The Firm is pleased to appoint you (the \"Appointee\") as Project Architect on the following terms:",
                    "(a) Commencement: 11 January 2027.",
                    "(b) Duration: thirty-six months.",
                    "(c) Remuneration: HK$47,500 per month, inclusive of all allowances; no housing benefit is payable.",
                    "(d) Leave: 15 working days a year.", "",
                    "Please countersign this letter to accept the appointment."])
    return scanned_png(s, "appointee"), {"employer_name": "Lanternfield Architects Limited", "employee_name": "PENG ZIHAO",
                                   "position": "Project Architect", "start_date": "2027-01-11", "term_months": 36,
                                   "monthly_salary_hkd": 47500.0, "housing_allowance_hkd": 0.0}


def contract_key_terms_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "CONTRACT OF EMPLOYMENT", 34, "serif_bold")
    s.text(140, 160, "Schedule of key terms", 26, "serif")
    y = _ruled(s, 140, 220, [["Employer", "Glenmore Semiconductor Test Limited"], ["Employee", "GUO Shiyu"],
                             ["Position", "Test Development Engineer"], ["Commencement date", "3 May 2027"], ["Term", "36 months"],
                             ["Basic salary", "HK$52,000 per month"], ["Housing allowance", "HK$8,000 per month"]], [460, 900], 62, 24)
    _lines(s, y + 40, ["1. The Employee shall serve the Employer on the terms in the schedule above and the clauses below.",
                       "2. Either party may end this contract by giving one month's notice in writing."])
    return scanned_png(s, "keyterms"), {"employer_name": "Glenmore Semiconductor Test Limited", "employee_name": "GUO SHIYU",
                                  "position": "Test Development Engineer", "start_date": "2027-05-03", "term_months": 36,
                                  "monthly_salary_hkd": 52000.0, "housing_allowance_hkd": 8000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-hant-capitals.png", contract_traditional_capitals, "employment_contract", "traditional-capitals"),
              ("offer-email-yearly.png", offer_by_email_yearly, "employment_contract", "email-yearly"),
              ("appointment-appointee.png", appointment_to_the_appointee, "employment_contract", "appointee"),
              ("contract-key-terms.png", contract_key_terms_table, "employment_contract", "key-terms-table")]
    return write_drawn(folder, papers)
