"""A two-hundred-and-forty-ninth drawn set: a twenty-sixth whole clean application, for an ESG reporting manager (a
Talent List profession, so no record of local recruitment) with a master's degree, joining a company that commenced eight
months before the case's date, so its business plan is asked for. Its papers in layouts no earlier set drew: the
exit-entry permit's two sides and the portrait on a page; a master's degree in English only, from a Mainland university;
its verification report in a four-column ruled table; a former employer's consent in English; ID 990A in letter boxes
with ticks; ID 990B with dot leaders; an offer letter (聘用函) in simplified Chinese with the post's English name in
brackets; management accounts of the first eight months in simplified Chinese; a traditional Chinese plan of three
years in a ruled table; a profile in simplified Chinese. Scored on each paper's fields and on the checks on them (the
case is clean). Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
twohundredfortyninth`). Every name and number is made up; 19759 is no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "he-yiran"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("何", "依然", "HE", "YIRAN", "F", date(1990, 5, 11), "四川/SICHUAN", "EL2749185",
                          date(2024, 5, 20), date(2034, 5, 19), "C91736042", date(2023, 8, 2), date(2033, 8, 1), (372, 468))
NAME = "何依然"
LATIN = "HE Yiran"
SCHOOL = "Dongling University"
MAJOR = "Environmental Science"
AWARDED = date(2015, 6, 25)
DEGREE_NO = "1975932015001296"
CODE = "JD6M3W9QX2TK7RVA"
CONSENTER = "Chengdu Greenline Environmental Consulting Co., Ltd."
EMPLOYER = "Tidemark Sustainability Advisory Limited"
BR_NO = "79046318"
ADDRESS = "FLAT B, 15/F, KINGSWAY COMMERCIAL CENTRE, 31 WING LOK STREET, SHEUNG WAN"
NATURE = "ESG REPORTING AND ADVISORY SERVICES"
COMMENCED, EXPIRES = date(2026, 4, 1), date(2027, 3, 31)
POST, START, SALARY = "ESG Reporting Manager", date(2027, 2, 1), 52000


def english_master() -> Sheet:
    s = Sheet()
    s.text(560, 140, "DONGLING UNIVERSITY", 40, "serif_bold")
    s.text(600, 220, "Certificate of Master's Degree", 30, "serif")
    text_lines(s, 200, 340, [f"This is to certify that Ms. {LATIN}, born on 11 May 1990, has completed the master's programme",
                             f"in {MAJOR} at this University and, having passed the thesis defence, is awarded the degree",
                             "of Master of Science in accordance with the Regulations on Academic Degrees of the People's Republic",
                             "of China."], 24, "serif", 48)
    text_lines(s, 900, 640, ["Chairman of the Academic Degrees Committee", "25 June 2015"], 24, "serif", 44)
    s.text(200, 820, f"Certificate No. {DEGREE_NO}", 24, "serif")
    return s


def report_four_columns() -> Sheet:
    s = Sheet()
    s.text(440, 110, "中国高等教育学位在线验证报告", 40, "serif_cjk")
    _ruled(s, 140, 240, [["姓名", NAME, "性别", "女"], ["出生日期", "1990年05月11日", "获学位日期", "2015年06月25日"],
                         ["学位授予单位", "东岭大学", "所授学位", "理学硕士"], ["学科/专业", "环境科学", "学位证书编号", DEGREE_NO]],
           [260, 400, 260, 460], 72, 26)
    s.text(140, 600, f"在线验证码：{CODE}", 26, "serif_cjk")
    return s


def consent_english() -> Sheet:
    s = Sheet()
    s.text(140, 100, CONSENTER, 28, "serif_bold")
    text_lines(s, 140, 190, ["25 November 2026", "", "CONSENT", "",
                             f"We consent to Ms. {LATIN} (何依然), a senior consultant of this company, leaving our employment",
                             "to work in the Hong Kong Special Administrative Region.", "", "For and on behalf of", CONSENTER],
               24, "serif", 44)
    _chop(s, 900, 520, "成都绿线环境咨询有限公司")
    return s


def applicant_letter_boxes() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 120, "Part 1  Particulars of applicant", 28, "sans_bold")
    y = 200
    for label, chars, n in [("Surname", HOLDER.surname, 12), ("Given names", HOLDER.given, 16), ("Date of birth (DDMMYYYY)", "11051990", 8),
                            ("Travel document no.", HOLDER.permit_no, 12)]:
        s.text(140, y + 8, label, 24, "sans")
        s.boxes(560, y, chars, n)
        y += 80
    s.text(140, y + 8, "Name in Chinese", 24, "sans")
    s.text(560, y + 4, NAME, 34, "serif_cjk", (20, 30, 120))
    y += 80
    s.text(140, y + 8, "Sex", 24, "sans")
    s.tick(560, y + 4, False)
    s.text(610, y + 8, "M", 24, "sans")
    s.tick(700, y + 4, True)
    s.text(750, y + 8, "F", 24, "sans")
    y += 80
    for label, value in [("Employer", EMPLOYER), ("Post", POST), ("Monthly salary", f"HK${SALARY:,}")]:
        s.text(140, y + 8, label, 24, "sans")
        s.text(560, y + 4, value, 30, "hand", (20, 30, 120))
        y += 80
    s.text(140, y + 8, "Hong Kong degree holder?", 24, "sans")
    s.tick(560, y + 4, False)
    s.text(610, y + 8, "Yes", 24, "sans")
    s.tick(720, y + 4, True)
    s.text(770, y + 8, "No", 24, "sans")
    return s


def employer_dot_leaders() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "serif_bold")
    y = 170
    for label, value in [("Company name", EMPLOYER), ("Business registration no.", BR_NO), ("Employee", LATIN), ("Post", POST),
                         ("Monthly salary", f"HK${SALARY:,}"), ("Talent List profession", "Yes - ESG professionals")]:
        end = s.text(140, y, label, 24, "serif")
        s.text(end + 10, y, "." * max(4, (600 - end) // 9), 24, "serif")
        s.text(620, y, value, 24, "serif")
        y += 64
    return s


def offer_letter() -> Sheet:
    s = Sheet()
    s.text(640, 110, "聘用函", 44, "serif_cjk")
    y = text_lines(s, 160, 230, ["何依然女士：", f"　　兹聘请您担任本公司ESG报告经理（{POST}），", "自2027年2月1日起，为期两年，月薪港币52,000元。"],
                   30, "serif_cjk", 60)
    text_lines(s, 860, y + 100, [EMPLOYER, "2026年11月28日"], 26, "serif", 50)
    return s


def management_accounts() -> Sheet:
    s = Sheet()
    s.text(400, 100, EMPLOYER.upper(), 28, "serif_bold")
    s.text(420, 160, "管理账目（2026年4月1日至2026年11月30日）", 28, "serif_cjk")
    _ruled(s, 160, 240, [["项目", "港币"], ["营业收入", "1,842,500"], ["营业成本", "(1,120,300)"], ["净利润", "214,600"], ["所有者权益合计", "2,214,600"]],
           [620, 420], 64, 26)
    return s


def plan_three_years() -> Sheet:
    s = Sheet()
    s.text(560, 100, "三年業務計劃", 40, "serif_cjk")
    s.text(160, 180, "公司已繳足股本港幣2,000,000元。", 28, "serif_cjk")
    _ruled(s, 160, 260, [["", "第一年", "第二年", "第三年"], ["營業額（港幣）", "3,300,000", "4,800,000", "6,100,000"],
                         ["本地僱員人數", "5", "8", "11"]], [420, 280, 280, 280], 66, 26)
    return s


def profile_simplified() -> Sheet:
    s = Sheet()
    s.text(140, 110, "公司简介", 40, "serif_cjk")
    text_lines(s, 140, 200, [f"　　{EMPLOYER}于2026年4月在香港成立，", "为上市公司及其供应商提供ESG报告、碳盘查及可持续发展咨询服务，", "现有员工七名。"],
               26, "serif_cjk", 52)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "FLAT B, 15/F, KINGSWAY COMMERCIAL CENTRE,"),
                     ("", "31 WING LOK STREET, SHEUNG WAN"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-04-26-7")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "permit-front-back", "photo-on-page"),
        ("degree.png", scanned_png(english_master(), "degree.png"), "degree_certificate",
         {"holder_name": "HE YIRAN", "date_of_birth": HOLDER.born.isoformat(), "institution": (SCHOOL, SCHOOL.upper()),
          "degree": "Master of Science", "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("report.png", scanned_png(report_four_columns(), "report.png"), "qualification_report",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": "东岭大学", "sex": "F", "major": "环境科学",
          "certificate_number": DEGREE_NO, "verification_code": CODE}),
        ("consent.png", scanned_png(consent_english(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": ("HE YIRAN", NAME), "date": "2026-11-25", "seal_present": True}),
        ("id990a.png", scanned_png(applicant_letter_boxes(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "F", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.permit_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_dot_leaders(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": LATIN, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": True}),
        ("offer.png", scanned_png(offer_letter(), "offer.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": NAME, "position": (POST, f"ESG报告经理（{POST}）", "ESG报告经理"),
          "start_date": START.isoformat(), "term_months": 24, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(management_accounts(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-11-30", "revenue": 1842500.0, "profit": 214600.0, "total_equity": 2214600.0}),
        ("plan.png", scanned_png(plan_three_years(), "plan.png"), "business_plan",
         {"capital_hkd": 2000000.0, "projected_turnover_hkd": 3300000.0, "local_jobs": 5}),
        ("profile.png", scanned_png(profile_simplified(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "twenty-sixth-hand", CASE, SETTINGS)
