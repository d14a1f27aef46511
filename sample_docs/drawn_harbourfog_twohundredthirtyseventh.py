"""A two-hundred-and-thirty-seventh drawn set: a twenty-third whole clean application, for a data scientist (a Talent
List profession, so no local recruitment is asked for) joining an analytics firm in business since 2019. Its papers in
layouts no earlier set drew: the passport open on a desk and the portrait as taken; a bachelor's degree with its Chinese
sentence over its English one; a graduation certificate in a sentence with the years of study and its date in Chinese
numerals; the employer's consent as a ruled 单位意见 form; form ID 990A of dot leaders; form ID 990B whose Talent List
answer is a ticked 'Yes' with the profession named under it; a contract as a ruled table of clauses and terms; the BR
certificate; traditional Chinese accounts in a table of two years; a traditional Chinese 公司簡介. Scored on each paper's
fields and on the checks on them (the case is clean). Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set twohundredthirtyseventh`). Every name and number is made up; 19869 is no real
institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "liu-siyuan"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("刘", "思远", "LIU", "SIYUAN", "M", date(1995, 1, 23), "湖南/HUNAN", "EJ6072914",
                          date(2023, 9, 4), date(2033, 9, 3), "C86205173", date(2025, 1, 6), date(2035, 1, 5), (360, 460))
NAME = "刘思远"
LATIN = "LIU Siyuan"
SCHOOL, SCHOOL_EN = "湘江财经大学", "Xiangjiang University of Finance and Economics"
MAJOR, MAJOR_EN = "统计学", "Statistics"
DEGREE, DEGREE_EN = "经济学学士", "Bachelor of Economics"
GRADUATED = date(2017, 7, 1)
DEGREE_NO, GRADUATION_NO = "1986942017001093", "198691201705001093"
CONSENTER = "上海浦江数据科技有限公司"
CONSENT_DATE = date(2026, 11, 27)
EMPLOYER = "Vantage Analytics (HK) Limited"
BR_NO = "70652318"
ADDRESS = "SUITE 2105, 21/F, TOWER 1, TIMES SQUARE, 1 MATHESON STREET, CAUSEWAY BAY"
NATURE = "DATA ANALYTICS CONSULTANCY"
COMMENCED, EXPIRES = date(2019, 8, 19), date(2027, 8, 18)
POST, START, SALARY = "Data Scientist", date(2027, 3, 1), 52000


def degree_two_scripts() -> Sheet:
    s = Sheet()
    s.text(620, 120, "学士学位证书", 48, "serif_cjk")
    s.text(470, 190, "BACHELOR'S DEGREE CERTIFICATE", 32, "serif_bold")
    y = _paragraph(s, 160, 290, f"　　{NAME}，男，1995年1月23日生。在{SCHOOL}{MAJOR}专业完成了本科学习计划，业已毕业，经审核符合"
                                f"《中华人民共和国学位条例》的规定，授予{DEGREE}学位。", 34, 28, 56)
    s.wrapped(160, y + 40, f"{LATIN}, male, born on 23 January 1995, has completed the undergraduate programme in {MAJOR_EN} at "
              f"{SCHOOL_EN} and is awarded the degree of {DEGREE_EN}.", 84, 24, "serif", leading=44)
    text_lines(s, 160, y + 260, [f"证书编号 Certificate No.: {DEGREE_NO}", "2017年7月1日"], 26, "serif_cjk", 50)
    _chop(s, 1150, y + 280, SCHOOL)
    return s


def graduation_years_sentence() -> Sheet:
    s = Sheet()
    s.text(660, 130, "毕业证书", 52, "serif_cjk")
    y = _paragraph(s, 160, 270, f"　　学生{NAME}，性别男，一九九五年一月二十三日生，于二〇一三年九月至二〇一七年七月在本校{MAJOR}专业"
                                "四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", 30, 30, 60)
    text_lines(s, 160, y + 80, [f"校名：{SCHOOL}", "校长：周明德", f"证书编号：{GRADUATION_NO}"], 28, "serif_cjk", 56)
    s.text(1000, y + 260, "二〇一七年七月一日", 28, "serif_cjk")
    _chop(s, 1100, y + 200, SCHOOL)
    return s


def consent_opinion_form() -> Sheet:
    s = Sheet()
    s.text(560, 120, "职工赴港工作单位意见表", 40, "serif_cjk")
    _ruled(s, 160, 240, [["姓名", NAME], ["工作单位", CONSENTER], ["现任职务", "高级数据分析师"], ["单位意见", "同意该同志赴香港工作。"],
                         ["日期", "2026年11月27日"]], [320, 900], 76, 28)
    _chop(s, 1080, 560, CONSENTER)
    return s


def applicant_dot_leaders() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 120, "PARTICULARS OF APPLICANT", 28, "serif_bold")
    y = 200
    for label, value in [("Surname", HOLDER.surname), ("Given names", HOLDER.given), ("Name in Chinese", NAME), ("Sex", "M"),
                         ("Date of birth", "23/01/1995"), ("Travel document number", HOLDER.passport_no), ("Employer", EMPLOYER),
                         ("Post", POST), ("Monthly salary", f"HK${SALARY:,}"), ("Holder of a Hong Kong degree", "No")]:
        end = s.text(140, y, label, 24, "serif")
        s.text(end + 10, y, "." * max(4, (640 - end) // 9), 24, "serif")
        s.text(660, y, value, 24, "mono" if value.isascii() else "serif_cjk")
        y += 62
    return s


def employer_talent_yes() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "serif_bold")
    y = 170
    for label, value in [("Name of employer", EMPLOYER), ("BR number", BR_NO), ("Name of the person employed", LATIN), ("Post", POST),
                         ("Monthly salary offered", f"HK${SALARY:,}")]:
        s.text(140, y, f"{label}:", 24, "serif")
        s.text(720, y, value, 24, "serif")
        y += 64
    s.text(140, y + 20, "Is the post under a profession of the Talent List?", 24, "serif")
    s.tick(160, y + 76, True)
    s.text(210, y + 80, "Yes", 24, "serif")
    s.tick(330, y + 76, False)
    s.text(380, y + 80, "No", 24, "serif")
    s.text(140, y + 150, "Profession: Data scientists and cyber security specialists", 24, "serif")
    return s


def contract_clause_table() -> Sheet:
    s = Sheet()
    s.text(520, 110, "CONTRACT OF EMPLOYMENT", 34, "serif_bold")
    _ruled(s, 160, 220, [["Clause", "Terms"], ["Employer", EMPLOYER], ["Employee", LATIN], ["Position", POST],
                         ["Commencement", "1 March 2027"], ["Duration", "24 months"], ["Monthly salary", f"HK${SALARY:,}"],
                         ["Working hours", "9:00 a.m. to 6:00 p.m., Monday to Friday"]], [380, 860], 68, 26)
    text_lines(s, 160, 820, ["Signed by both parties on 26 November 2026."], 24, "serif", 44)
    return s


def accounts_traditional_table() -> Sheet:
    s = Sheet()
    s.text(440, 90, EMPLOYER, 30, "serif_bold")
    s.text(420, 150, "財務報表摘要　截至2025年12月31日止年度", 28, "serif_cjk")
    s.text(1160, 210, "港元", 24, "serif_cjk")
    _rows(s, 260, [("", "2025", "2024"), ("收益", "21,604,300", "18,927,500"), ("年度溢利", "2,318,600", "1,874,200"),
                   ("資產總值", "15,402,900", "13,118,000"), ("權益總額", "9,880,700", "7,562,100")], font="serif_cjk")
    return s


def profile_traditional() -> Sheet:
    s = Sheet()
    s.text(140, 110, "公司簡介", 44, "serif_cjk")
    _paragraph(s, 140, 220, f"{EMPLOYER}於2019年在香港成立，為本地零售及物流企業提供數據分析及預測模型服務，現有員工三十八名。", 30, 30, 60)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "SUITE 2105, 21/F, TOWER 1, TIMES SQUARE,"),
                     ("", "1 MATHESON STREET, CAUSEWAY BAY"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-08-26-5")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "passport-open-on-desk", "photo-as-taken"),
        ("degree.png", scanned_png(degree_two_scripts(), "degree.png"), "degree_certificate",
         {"holder_name": (NAME, LATIN), "date_of_birth": HOLDER.born.isoformat(), "institution": (SCHOOL, SCHOOL_EN),
          "degree": (DEGREE, f"{DEGREE}学位", DEGREE_EN), "major": (MAJOR, MAJOR_EN), "date_awarded": GRADUATED.isoformat(),
          "certificate_number": DEGREE_NO}),
        ("graduation.png", scanned_png(graduation_years_sentence(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": MAJOR, "level": ("本科", "四年制本科"), "graduation_date": GRADUATED.isoformat(),
          "certificate_number": GRADUATION_NO}),
        ("consent.png", scanned_png(consent_opinion_form(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("id990a.png", scanned_png(applicant_dot_leaders(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_talent_yes(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": LATIN, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": True}),
        ("contract.png", scanned_png(contract_clause_table(), "contract.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": LATIN, "position": POST, "start_date": START.isoformat(),
          "term_months": 24, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(accounts_traditional_table(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER, "period_end": "2025-12-31", "revenue": 21604300.0, "profit": 2318600.0, "total_equity": 9880700.0}),
        ("profile.png", scanned_png(profile_traditional(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "twenty-third-hand", CASE, SETTINGS)
