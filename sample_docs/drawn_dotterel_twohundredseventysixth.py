"""A two-hundred-and-seventy-sixth drawn set: a thirty-fourth whole application, for a marine scientist whose
qualification is a graduation
certificate, joining a company that has traded for three and a half years (no plan). Its papers in layouts no earlier set
drew: the exit-entry permit's two sides and the portrait on a page; a graduation certificate whose dates are in Chinese
numerals (二〇一四年九月至二〇一八年六月), a four-year course; its registration record as a ruled table of four columns; a
research institute's consent (我所职工…赴香港特别行政区工作); ID 990A with traditional Chinese labels filled by hand; ID
990B typed; an employment agreement whose terms are a schedule table; accounts worded 'Net profit' and 'Net assets'; a
profile. Scored on each paper's fields and on the checks on them. The case is clean but for one flaw the drawing made
unawares: ID 990B answers that the post is on the Talent List, which a marine scientist is not, and no record of local
recruitment is given (the read cold found it: `salary.recruitment_exemption` fails, scored as the case's flaw). Read once through the product before
any reader changes for it (`scripts/bench_drawn_forms.py --set twohundredseventysixth`). Every name and number is made up;
19529 is no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "gan-yufei"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("甘", "雨菲", "GAN", "YUFEI", "F", date(1996, 5, 19), "福建/FUJIAN", "EE3160842",
                          date(2021, 10, 5), date(2031, 10, 4), "C29457163", date(2025, 3, 12), date(2035, 3, 11), (371, 478))
NAME = "甘雨菲"
LATIN = "GAN Yufei"
SCHOOL = "滨海海洋大学"
GRADUATED = date(2018, 6, 30)
GRAD_NO = "195291201805000742"
CODE = "M3XT8QW2RK6PZ9VD"
CONSENTER = "东南海洋环境监测研究所"
EMPLOYER = "Tidemark Marine Consultants Limited"
BR_NO = "73260914"
ADDRESS = "UNIT 3, 11/F, CHEUNG KONG ENTERPRISE CENTRE, 8 SCIENCE PARK EAST AVENUE, SHA TIN"
NATURE = "MARINE ENVIRONMENTAL CONSULTANCY"
COMMENCED, EXPIRES = date(2023, 4, 10), date(2027, 4, 9)
POST, START, SALARY = "Marine Scientist", date(2027, 5, 3), 42000


def graduation_numerals() -> Sheet:
    s = Sheet()
    s.text(560, 200, "毕 业 证 书", 64, "serif_cjk")
    y = _paragraph(s, 200, 420, f"　　学生{NAME}，性别女，一九九六年五月十九日生，于二〇一四年九月至二〇一八年六月在本校海洋科学专业四年制本科学习，"
                                "修完教学计划规定的全部课程，成绩合格，准予毕业。", 24, 40, 80)
    text_lines(s, 860, y + 100, [SCHOOL, "校长  郑海涛", "二〇一八年六月三十日"], 32, "serif_cjk", 64)
    _chop(s, 1230, y + 80, SCHOOL)
    s.text(200, 2050, f"证书编号：{GRAD_NO}", 26, "serif_cjk")
    return s


def record_four_columns() -> Sheet:
    s = Sheet()
    s.text(420, 110, "教育部学历证书电子注册备案表", 40, "serif_cjk")
    _ruled(s, 120, 220, [["姓名", NAME, "性别", "女"], ["出生日期", "1996年05月19日", "民族", "汉族"], ["学校名称", SCHOOL, "层次", "本科"],
                         ["专业", "海洋科学", "学制", "4年"], ["毕业日期", "2018年06月30日", "毕（结）业", "毕业"], ["证书编号", GRAD_NO, "", ""]],
           [260, 520, 240, 390], 66, 26)
    s.text(140, 700, f"在线验证码：{CODE}", 26, "serif_cjk")
    return s


def institute_consent() -> Sheet:
    s = Sheet()
    s.text(660, 110, "同意函", 44, "serif_cjk")
    y = _paragraph(s, 160, 260, f"　　兹同意我所职工{NAME}赴香港特别行政区工作。", 30, 30, 64)
    text_lines(s, 880, y + 120, [CONSENTER, "2026年11月24日"], 28, "serif_cjk", 56)
    _chop(s, 1120, y + 110, CONSENTER)
    return s


def applicant_traditional_by_hand() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    y = 170
    for label, value in [("英文姓氏 Surname", HOLDER.surname), ("英文名字 Given names", HOLDER.given), ("中文姓名 Chinese name", NAME),
                         ("性別 Sex", "F"), ("出生日期 Date of birth", "19/05/1996"), ("旅行證件號碼 Travel document no.", HOLDER.permit_no),
                         ("僱主 Employer", EMPLOYER), ("職位 Post", POST), ("月薪 Monthly salary", f"HK${SALARY}"), ("香港學位 HK degree", "No")]:
        s.text(140, y, label, 22, "sans_cjk")
        s.d.line([600, y + 34, 1450, y + 34], fill=(80, 80, 80), width=2)
        s.text(620, y - 8, value, 32, "hand" if value.isascii() else "hand_cjk", (20, 30, 120))
        y += 72
    return s


def employer_typed() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990B", 28, "sans_bold")
    text_lines(s, 140, 170, [f"Name of employer:  {EMPLOYER}", f"Business registration number:  {BR_NO}", f"Name of applicant:  {LATIN}",
                             f"Post offered:  {POST}", f"Monthly salary:  HK${SALARY:,}", "Is the post a Talent List profession?  Yes"],
               24, "sans", 56)
    return s


def agreement_schedule() -> Sheet:
    s = Sheet()
    s.text(520, 100, "EMPLOYMENT AGREEMENT", 32, "serif_bold")
    text_lines(s, 140, 180, [f"This agreement is between {EMPLOYER} and {LATIN} on the terms in Schedule 1.", "", "Schedule 1"], 24, "serif", 44)
    _ruled(s, 140, 330, [["Position", POST], ["Commencement", "3 May 2027"], ["Term", "24 months"], ["Monthly salary", f"HK${SALARY:,}"],
                         ["Place of work", "Science Park, Sha Tin"]], [420, 700], 60, 24)
    s.text(140, 680, "Signed on 30 November 2026.", 24, "serif")
    return s


def accounts_net_words() -> Sheet:
    s = Sheet()
    s.text(500, 90, EMPLOYER.upper(), 28, "serif_bold")
    s.text(480, 150, "Accounts for the year ended 31 March 2026", 24, "serif")
    _rows(s, 230, [("", "2026", "2025"), ("", "HK$", "HK$"), ("Revenue", "9,216,700", "6,871,300"), ("Expenses", "(7,904,200)", "(6,102,800)"),
                   ("Net profit", "1,103,900", "641,500"), ("", "", ""), ("Net assets", "3,844,600", "2,740,700")])
    return s


def profile() -> Sheet:
    s = Sheet()
    s.text(140, 110, "About us", 36, "sans_bold")
    s.text(140, 190, f"{EMPLOYER} surveys water quality and marine life for ports and builders in Hong Kong. It was founded in", 22, "sans")
    s.text(140, 226, "2023 and has 16 staff at Science Park.", 22, "sans")
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "UNIT 3, 11/F, CHEUNG KONG ENTERPRISE CENTRE,"),
                     ("", "8 SCIENCE PARK EAST AVENUE, SHA TIN"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-04-26-6")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "permit-front-back", "photo-on-page"),
        ("graduation.png", scanned_png(graduation_numerals(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": "海洋科学", "level": ("本科", "undergraduate", "bachelor"),
          "graduation_date": GRADUATED.isoformat(), "certificate_number": GRAD_NO}),
        ("record.png", scanned_png(record_four_columns(), "record.png"), "qualification_report",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "sex": "F", "level": "本科", "major": "海洋科学",
          "graduation_date": GRADUATED.isoformat(), "certificate_number": GRAD_NO, "verification_code": CODE}),
        ("consent.png", scanned_png(institute_consent(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": "2026-11-24", "seal_present": True}),
        ("id990a.png", scanned_png(applicant_traditional_by_hand(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "F", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.permit_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_typed(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": LATIN, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": True, "check:salary.recruitment_exemption": "fail"}),
        ("agreement.png", scanned_png(agreement_schedule(), "agreement.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": LATIN, "position": POST, "start_date": START.isoformat(),
          "term_months": 24, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(accounts_net_words(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-03-31", "revenue": 9216700.0, "profit": 1103900.0, "total_equity": 3844600.0}),
        ("profile.png", scanned_png(profile(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "thirty-fourth-hand", CASE, SETTINGS)
