"""A two-hundred-and-twentieth drawn set, a test set of three business plans, two consent letters and an employment
contract in layouts and wording no set drew, drawn after the 219th's mends. A plan as questions and answers ('How will the
business be funded? … have put in HK$…'); a simplified Chinese plan in a table (项目 | 第一年: 股东投入资金, 预期销售收入,
本地雇员人数); a plan as a timeline of months ('Month 1: … paid-up capital of …', 'Month 12: a team of 5 in Hong Kong;
annual sales …'); a consent as an internal approval slip ('Decision: Approved'); a traditional Chinese consent from a
hospital (本院同意…辭去現職，赴香港受聘於…); a letter of appointment whose terms stand in a two-column table. Each is a case
of its own (`scripts/bench_drawn_forms.py --set twohundredtwentieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def questions_and_answers() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Tallowmere Robotics Limited", 30, "serif_bold")
    text_lines(s, 140, 190, ["Q1. How will the business be funded?",
                             "A. The two shareholders have put in HK$2,000,000 between them as share capital, fully paid.", "",
                             "Q2. What turnover do you expect in the first year?", "A. Around HK$7.5 million.", "",
                             "Q3. How many people will you employ locally?", "A. We plan for 11 staff in Hong Kong by month 12."],
               24, "serif", 46)
    return scanned_png(s, "qa"), {"capital_hkd": 2000000.0, "projected_turnover_hkd": 7500000.0, "local_jobs": 11}


def simplified_year_one_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 100, "云帆跨境电商（香港）有限公司", 36, "serif_cjk")
    s.text(640, 170, "首年经营预测", 34, "serif_cjk")
    _ruled(s, 140, 270, [["项目", "第一年"], ["股东投入资金", "港币80万元"], ["预期销售收入", "港币450万元"], ["本地雇员人数", "6人"]],
           [560, 460], 70, 28)
    return scanned_png(s, "yearone"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 4500000.0, "local_jobs": 6}


def timeline_of_months() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Copperfield Tea House Limited", 30, "serif_bold")
    s.text(140, 160, "The first twelve months", 26, "serif")
    text_lines(s, 160, 240, ["Month 1:   company incorporated with paid-up capital of HK$500,000",
                             "Month 3:   lease signed for a shop in Sham Shui Po",
                             "Month 6:   the first two Hong Kong staff join",
                             "Month 12:  a team of 5 in Hong Kong; annual sales HK$3.2 million"], 24, "sans", 56)
    return scanned_png(s, "timeline"), {"capital_hkd": 500000.0, "projected_turnover_hkd": 3200000.0, "local_jobs": 5}


def approval_slip() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Suzhou Lakeside Optoelectronics Co., Ltd.", 30, "serif_bold")
    s.text(140, 170, "INTERNAL APPROVAL", 28, "serif_bold")
    _ruled(s, 140, 240, [["Subject", "Staff departure to Hong Kong"], ["Employee", "Ms. ZHOU Ruolan"], ["Department", "Optical Design"],
                         ["Decision", "Approved - the company agrees to her leaving to work for Brightharbour Photonics Limited in Hong Kong."],
                         ["Date", "18 November 2026"]], [360, 1100], 66, 20)
    _chop(s, 1250, 720, "苏州湖畔光电有限公司")
    return scanned_png(s, "slip"), {"organisation": "Suzhou Lakeside Optoelectronics Co., Ltd.", "applicant_name": "ZHOU RUOLAN",
                                    "date": "2026-11-18", "seal_present": True}


def hospital_traditional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "廣州市仁和醫院", 42, "serif_cjk")
    s.text(660, 180, "同意書", 40, "serif_cjk")
    y = _paragraph(s, 140, 300, "本院同意本院職員葉思穎女士辭去現職，赴香港受聘於康橋醫療集團有限公司。", 22, 38, 78)
    text_lines(s, 900, y + 80, ["廣州市仁和醫院", "2026年11月20日"], 30, "serif_cjk", 56)
    _chop(s, 1100, y + 120, "廣州市仁和醫院")
    return scanned_png(s, "hospital"), {"organisation": "廣州市仁和醫院", "applicant_name": "葉思穎", "date": "2026-11-20",
                                        "seal_present": True}


def appointment_terms_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Northgate Actuarial Partners Limited", 30, "serif_bold")
    text_lines(s, 140, 180, ["25 November 2026", "", "Ms. DING Ruoxi", "", "Dear Ms. DING,", "",
                             "We are pleased to appoint you on the terms below."], 22, "serif", 40)
    _ruled(s, 140, 520, [["Position", "Senior Actuarial Analyst"], ["Start", "1 March 2027"], ["Term", "24 months"],
                         ["Monthly salary", "HK$58,000"]], [420, 700], 64, 22)
    text_lines(s, 140, 840, ["Yours sincerely,", "", "For Northgate Actuarial Partners Limited"], 22, "serif", 40)
    return scanned_png(s, "terms"), {"employer_name": "Northgate Actuarial Partners Limited", "employee_name": "DING RUOXI",
                                     "position": "Senior Actuarial Analyst", "start_date": "2027-03-01", "term_months": 24,
                                     "monthly_salary_hkd": 58000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-qa.png", questions_and_answers, "business_plan", "questions-and-answers"),
              ("plan-year-one.png", simplified_year_one_table, "business_plan", "simplified-year-one-table"),
              ("plan-timeline.png", timeline_of_months, "business_plan", "timeline-of-months"),
              ("consent-slip.png", approval_slip, "consent_letter", "approval-slip"),
              ("consent-hospital.png", hospital_traditional, "consent_letter", "hospital-traditional"),
              ("contract-terms.png", appointment_terms_table, "employment_contract", "appointment-terms-table")]
    return write_drawn(folder, papers)
