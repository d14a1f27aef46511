"""A three-hundred-and-ninetieth drawn set, of employment contracts, read cold before any reader change for it, in
wording and layouts no earlier set drew: an English contract's schedule of particulars ('Job title', 'Commencement',
'Duration: 24 months', 'Monthly basic pay'); a simplified Chinese 劳动合同书 whose terms are one sentence (甲方聘用乙方担任…，
合同期限三年，自…起至…止。乙方月工资为港币…元); an offer letter ('We are pleased to offer you the position of … Your
employment will commence on … for a fixed term of 18 months'). Each is a case of its own (`scripts/bench_drawn_forms.py
--set threehundredninetieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def schedule_of_particulars() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "CONTRACT OF EMPLOYMENT", 34, "serif_bold")
    text_lines(s, 160, 200, ["This contract is made between the parties named in the Schedule below.", "", "SCHEDULE"], 24, "serif", 44)
    y = 360
    for label, value in [("Employer", "Kowloon Bay Robotics Limited"), ("Employee", "LIU Yuhan"), ("Job title", "Automation Engineer"),
                         ("Commencement", "1 February 2027"), ("Duration", "24 months"), ("Monthly basic pay", "HK$42,500")]:
        s.text(200, y, label, 24, "serif")
        s.text(620, y, value, 24, "serif")
        y += 54
    text_lines(s, 160, y + 60, ["Signed for the Employer: ____________", "Signed by the Employee: ____________"], 24, "serif", 50)
    return scanned_png(s, "schedule"), {"employer_name": "Kowloon Bay Robotics Limited", "employee_name": "LIU YUHAN",
                                        "position": "Automation Engineer", "start_date": "2027-02-01", "term_months": 24,
                                        "monthly_salary_hkd": 42500.0}


def terms_in_one_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "劳动合同书", 46, "serif_cjk")
    text_lines(s, 160, 220, ["甲方：香港维港数码科技有限公司", "乙方：金雨桐", "",
                             "　　甲方聘用乙方担任软件测试工程师，合同期限三年，自2027年1月4日起至2030年1月3日止。乙方月工资为",
                             "港币35,000元，于每月最后一个工作日发放。", "", "甲方（盖章）：　　　　　　乙方（签字）：",
                             "签订日期：2026年11月25日"], 26, "serif_cjk", 60)
    return scanned_png(s, "onesentence"), {"employer_name": "香港维港数码科技有限公司", "employee_name": "金雨桐", "position": "软件测试工程师",
                                           "start_date": "2027-01-04", "term_months": 36, "monthly_salary_hkd": 35000.0}


def offer_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Peakview Consumer Research Limited", 28, "serif_bold")
    text_lines(s, 160, 190, ["1 December 2026", "", "Ms. SHEN Yiwen", "", "Dear Ms. SHEN,", "",
                             "We are pleased to offer you the position of Marketing Analyst at Peakview Consumer Research Limited.",
                             "Your employment will commence on 15 March 2027 for a fixed term of 18 months. Your monthly salary",
                             "will be HK$31,000, payable at the end of each calendar month.", "",
                             "Yours sincerely,", "", "CHOW Wing Kei", "Director"], 24, "serif", 44)
    return scanned_png(s, "offer"), {"employer_name": "Peakview Consumer Research Limited", "employee_name": "SHEN YIWEN",
                                     "position": "Marketing Analyst", "start_date": "2027-03-15", "term_months": 18,
                                     "monthly_salary_hkd": 31000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-schedule-of-particulars.png", schedule_of_particulars, "employment_contract", "schedule-of-particulars"),
              ("contract-terms-in-one-sentence.png", terms_in_one_sentence, "employment_contract", "terms-in-one-sentence"),
              ("contract-offer-letter.png", offer_letter, "employment_contract", "offer-letter")]
    return write_drawn(folder, papers)
