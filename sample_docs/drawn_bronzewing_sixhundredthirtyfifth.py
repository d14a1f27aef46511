"""A six-hundred-and-thirty-fifth drawn set, of an applicant's form, a BR certificate and a plan, stop 87's first round, to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: an ID 990A that asks the name in English as one line
('Name in English (SURNAME, Given names): CHU, Haoran') with the date of birth in ISO form and the Hong Kong degree question answered
among three ticked choices; a BR certificate in a ruled table whose label cells hold both languages on one line and whose dates are
written with the month's name; a plan in simplified Chinese whose registered capital is said to be paid in full and whose projections are
a table by 年度 with a row of local staff. Each is a case of its own (`scripts/bench_drawn_forms.py --set sixhundredthirtyfifth`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def name_in_one_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 120, "Section 1: About the applicant", 30, "sans_bold")
    y = text_lines(s, 140, 200, ["Name in English (SURNAME, Given names): CHU, Haoran", "Name in Chinese characters: 褚浩然",
                                 "Gender: Male", "Date of birth (YYYY-MM-DD): 1992-11-08",
                                 "Document: Exit-entry Permit for Travelling to and from Hong Kong and Macao   No. CB3406172", "",
                                 "Section 2: The job", "Company: Ridgeway Data Systems Limited", "Job title: Cloud Platform Engineer",
                                 "Salary per month: HK$52,800", "", "Section 3: Education in Hong Kong",
                                 "Have you obtained a degree in Hong Kong? (tick one)"], 26, "sans_cjk", 56)
    for k, (choice, ticked) in enumerate([("Yes, a bachelor's degree", False), ("Yes, a postgraduate degree", False), ("No", True)]):
        s.tick(180, y + 10 + 56 * k, ticked)
        s.text(240, y + 12 + 56 * k, choice, 26, "sans")
    return scanned_png(s, "oneline"), {"surname": "CHU", "given_names": "HAORAN", "name_zh": "褚浩然", "sex": "M", "date_of_birth": "1992-11-08",
                                       "travel_document_number": "CB3406172", "employer_name": "Ridgeway Data Systems Limited",
                                       "position": "Cloud Platform Engineer", "monthly_salary_hkd": 52800.0, "hk_local_degree": False}


def ruled_months_named() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "BUSINESS REGISTRATION CERTIFICATE  商業登記證", 30, "serif_bold")
    s.text(560, 160, "Business Registration Ordinance (Chapter 310)", 20, "serif")
    _ruled(s, 140, 240, [["Name of Business 業務名稱", "ASHGROVE DENTAL CARE LIMITED"],
                         ["Address 地址", "SHOP 6, G/F, 33 KING'S ROAD, NORTH POINT"], ["Nature of Business 業務性質", "DENTAL CLINIC"],
                         ["Date of Commencement 開業日期", "2 September 2026"], ["Date of Expiry 屆滿日期", "1 September 2027"],
                         ["Certificate No. 登記證號碼", "75520936-000-09-26-4"]], [560, 820], 76, 22)
    return scanned_png(s, "monthsnamed"), {"business_name": "ASHGROVE DENTAL CARE LIMITED", "br_number": "75520936",
                                           "address": "SHOP 6, G/F, 33 KING'S ROAD, NORTH POINT", "nature_of_business": "DENTAL CLINIC",
                                           "commencement_date": "2026-09-02", "expiry_date": "2027-09-01"}


def plan_by_year_hans() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 100, "商业计划书", 46, "serif_cjk")
    s.text(540, 170, "星湾跨境电商有限公司", 30, "serif_cjk")
    y = text_lines(s, 160, 270, ["一、公司简介", "本公司注册资本港币一百二十万元，已全部缴足，主要经营跨境电商代运营服务。", "",
                                 "二、未来三年预测"], 26, "serif_cjk", 56)
    _ruled(s, 160, y + 20, [["项目", "2027年度", "2028年度", "2029年度"], ["营业收入（港元）", "2,200,000", "3,400,000", "4,700,000"],
                            ["本地雇员人数", "3", "5", "8"]], [400, 300, 300, 300], 68, 26)
    return scanned_png(s, "byyear"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 2200000.0, "local_jobs": 3}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-name-in-one-line.png", name_in_one_line, "applicant_form", "name-in-one-line"),
              ("br-ruled-months-named.png", ruled_months_named, "br_certificate", "ruled-months-named"),
              ("plan-by-year-hans.png", plan_by_year_hans, "business_plan", "by-year-hans")]
    return write_drawn(folder, papers)
