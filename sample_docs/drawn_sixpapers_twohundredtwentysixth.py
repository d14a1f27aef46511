"""A two-hundred-and-twenty-sixth drawn set, a test set of two forms ID 990B, two employment contracts and two business
plans in layouts and wording no set drew, drawn after the 225th's mends. A 990B in traditional Chinese alone, its Talent
List answer a ticked box before 否; a 990B's particulars given as a typed letter ('We, … (BR No. …), wish to employ …
as … at a monthly salary of …'); a simplified Chinese 劳动合同 whose term is a range (自2027年1月1日起至2028年12月31日止); an
English contract whose particulars stand in a boxed schedule; a plan of three years in columns (2027 | 2028 | 2029); a
simplified Chinese plan of questions and answers (问：… 答：…). Each is a case of its own (`scripts/bench_drawn_forms.py
--set twohundredtwentysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def employer_traditional_only() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "serif_bold")
    s.text(520, 130, "僱主填寫部分", 36, "serif_cjk")
    _ruled(s, 140, 220, [["僱主名稱", "Riverstone Marine Services Limited"], ["商業登記號碼", "53017284"], ["受僱人姓名", "FENG JUNHAO"],
                         ["職位", "Marine Superintendent"], ["每月薪金", "港幣52,000元"]], [460, 900], 70, 26)
    s.text(140, 610, "是否屬人才清單所列專業", 26, "serif_cjk")
    s.tick(620, 606, False)
    s.text(670, 610, "是", 26, "serif_cjk")
    s.tick(760, 606, True)
    s.text(810, 610, "否", 26, "serif_cjk")
    return scanned_png(s, "traditional"), {"employer_name": "Riverstone Marine Services Limited", "br_number": "53017284",
                                           "applicant_name": "FENG JUNHAO", "position": "Marine Superintendent",
                                           "monthly_salary_hkd": 52000.0, "talent_list": False}


def employer_typed_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "serif_bold")
    text_lines(s, 140, 170, ["Part B - Particulars of the employer", "",
                             "We, Ashgrove Clinical Research Limited (Business Registration No. 69205137), wish to employ",
                             "Ms. LOU Xinran as Clinical Data Manager at a monthly salary of HK$47,500.",
                             "The post is not on the Talent List.", "", "Signature of employer: ____________"], 24, "serif", 46)
    return scanned_png(s, "letterform"), {"employer_name": "Ashgrove Clinical Research Limited", "br_number": "69205137",
                                          "applicant_name": "LOU XINRAN", "position": "Clinical Data Manager",
                                          "monthly_salary_hkd": 47500.0, "talent_list": False}


def labour_contract_range() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 100, "劳动合同", 46, "serif_cjk")
    text_lines(s, 140, 220, ["甲方（用人单位）：Sunward Payments Technology Limited", "乙方（劳动者）：温子涵", "",
                             "第一条　乙方同意在甲方担任支付系统架构师。", "第二条　合同期限：自2027年1月1日起至2028年12月31日止。",
                             "第三条　乙方月工资为港币58,000元。"], 28, "serif_cjk", 60)
    return scanned_png(s, "range"), {"employer_name": "Sunward Payments Technology Limited", "employee_name": "温子涵",
                                     "position": "支付系统架构师", "start_date": "2027-01-01", "term_months": 24, "monthly_salary_hkd": 58000.0}


def boxed_schedule() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 90, "CONTRACT OF EMPLOYMENT", 32, "serif_bold")
    text_lines(s, 140, 170, ["This contract is made between Tallbridge Engineering Consultants Limited (the Employer) and",
                             "Mr. SHI Yuhang (the Employee) on the particulars in the Schedule below.", "", "SCHEDULE"], 22, "serif", 42)
    _ruled(s, 140, 380, [["Job title", "Geotechnical Engineer"], ["Date of commencement", "7 June 2027"], ["Period", "Two (2) years"],
                         ["Basic monthly salary", "HK$44,000"], ["Place of work", "Hong Kong"]], [480, 760], 64, 22)
    return scanned_png(s, "schedule"), {"employer_name": "Tallbridge Engineering Consultants Limited", "employee_name": "SHI YUHANG",
                                        "position": "Geotechnical Engineer", "start_date": "2027-06-07", "term_months": 24,
                                        "monthly_salary_hkd": 44000.0}


def three_year_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Orchid Path Eldercare Limited", 30, "serif_bold")
    s.text(140, 160, "Three-year outlook", 26, "serif")
    _ruled(s, 140, 240, [["", "2027", "2028", "2029"], ["Paid-up capital (HK$)", "1,600,000", "1,600,000", "2,400,000"],
                         ["Revenue (HK$)", "5,200,000", "7,900,000", "10,400,000"], ["Headcount (HK)", "9", "14", "18"]],
           [460, 300, 300, 300], 66, 24)
    return scanned_png(s, "threeyears"), {"capital_hkd": 1600000.0, "projected_turnover_hkd": 5200000.0, "local_jobs": 9}


def simplified_questions_answers() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "澄江新能源科技（香港）有限公司", 36, "serif_cjk")
    s.text(640, 170, "业务计划问答", 34, "serif_cjk")
    text_lines(s, 140, 270, ["问：公司的资金来源？", "答：两位股东已注资港币200万元。", "", "问：第一年预计营业额？", "答：约港币520万元。", "",
                             "问：第一年在香港聘请多少员工？", "答：七名。"], 30, "serif_cjk", 58)
    return scanned_png(s, "qa"), {"capital_hkd": 2000000.0, "projected_turnover_hkd": 5200000.0, "local_jobs": 7}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990b-traditional.png", employer_traditional_only, "employer_form", "traditional-only"),
              ("id990b-letter.png", employer_typed_letter, "employer_form", "typed-letter"),
              ("contract-range.png", labour_contract_range, "employment_contract", "labour-contract-range"),
              ("contract-schedule.png", boxed_schedule, "employment_contract", "boxed-schedule"),
              ("plan-three-years.png", three_year_columns, "business_plan", "three-year-columns"),
              ("plan-qa.png", simplified_questions_answers, "business_plan", "simplified-questions-answers")]
    return write_drawn(folder, papers)
