"""A three-hundred-and-eighth drawn set: a thirty-ninth whole clean application, for a pricing analyst (no Talent List
profession, a salary far under HK$2M: a record of local recruitment is asked for) with a master's degree in statistics,
its graduation certificate and a letter of the post held now, joining a company that commenced nine months before the
case's date (a plan is asked for). Its papers in layouts no earlier set drew: the exit-entry permit front and back and
the photograph as taken; a master's graduation certificate in English translation; a degree whose number stands top
right; a letter of a post held now ('has been employed by … since … and currently holds the position of …'); a consent
titled 同意函 with its unit's chop; ID 990A with its names and numbers in letter boxes; ID 990B ruled with grey label cells;
an offer letter in prose; accounts from the date of commencement; a traditional Chinese plan in one paragraph; the
recruitment record in sentences. Scored on each paper's fields and on the checks on them (the case is clean). Read once
through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set threehundredeighth`). Every
name and number is made up; 19450 is no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "yan-siqi"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("阎", "思琪", "YAN", "SIQI", "F", date(1994, 7, 21), "陕西/SHAANXI", "EQ7316042",
                          date(2024, 9, 9), date(2034, 9, 8), "C81530264", date(2025, 1, 6), date(2035, 1, 5), (390, 500))
NAME = "阎思琪"
LATIN = "YAN Siqi"
SCHOOL, SCHOOL_EN = "渭北财经大学", "Weibei University of Finance and Economics"
GRADUATED = date(2019, 6, 28)
DEGREE_NO = "1945032019000418"
GRAD_NO = "194501201906000652"
WORKED_AT = "Xi'an Qujiang Retail Data Co., Ltd."
CONSENTER = "西安曲江零售数据有限公司"
EMPLOYER = "Tidemark Pricing Analytics Limited"
BR_NO = "76410385"
ADDRESS = "ROOM 1203, 12/F, LANDMARK EAST, 100 HOW MING STREET, KWUN TONG"
NATURE = "PRICING AND DATA ANALYTICS SERVICES"
COMMENCED, EXPIRES = date(2026, 3, 9), date(2027, 3, 8)
POST, START, SALARY = "Pricing Analyst", date(2027, 3, 1), 41000


def graduation_translation() -> Sheet:
    s = Sheet()
    s.text(420, 120, "Graduation Certificate for Postgraduates", 32, "serif_bold")
    s.text(620, 170, "(translated from the Chinese)", 22, "serif")
    text_lines(s, 160, 260, [f"Postgraduate student {LATIN}, female, born on 21 July 1994, studied Statistics in our university",
                             "from September 2016 to June 2019. Having completed all courses required by the master's programme",
                             "and passed the defence of the thesis, she is allowed to graduate.", "",
                             SCHOOL_EN, "28 June 2019", "", f"Certificate No. {GRAD_NO}"], 24, "serif", 46)
    return s


def degree_number_top_right() -> Sheet:
    s = Sheet()
    s.text(1130, 80, f"编号 {DEGREE_NO}", 24, "serif_cjk")
    s.text(560, 200, "硕士学位证书", 60, "serif_cjk")
    text_lines(s, 200, 400, [f"　　{NAME}，女，1994年7月21日生。在统计学学科已通过硕士学位的课程考试和论文答辩，",
                             "成绩合格。根据《中华人民共和国学位条例》的规定，授予经济学硕士学位。"], 30, "serif_cjk", 68)
    text_lines(s, 880, 640, [f"{SCHOOL}学位评定委员会", "二〇一九年六月二十八日"], 30, "serif_cjk", 60)
    _chop(s, 1450, 700, SCHOOL)
    return s


def letter_post_held_now() -> Sheet:
    s = Sheet()
    s.text(140, 100, WORKED_AT, 28, "sans_bold")
    text_lines(s, 140, 190, ["18 November 2026", "", "Employment confirmation", "",
                             f"This letter confirms that Ms. {LATIN} has been employed by our company since 1 August 2019 and",
                             "currently holds the position of Senior Pricing Analyst in the Category Insights team.", "",
                             "People Operations"], 24, "sans", 44)
    return s


def consent_tongyihan() -> Sheet:
    s = Sheet()
    s.text(680, 110, "同意函", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹同意我单位员工阎思琪赴香港 Tidemark Pricing Analytics Limited 工作，", "其在我单位的劳动关系将依法处理。",
                             "", "　　特此函告。"], 28, "serif_cjk", 60)
    text_lines(s, 860, 540, [CONSENTER, "2026年11月19日"], 28, "serif_cjk", 56)
    _chop(s, 1460, 520, CONSENTER)
    return s


def applicant_letter_boxes() -> Sheet:
    s = Sheet()
    s.text(1240, 70, "ID 990A", 30, "sans_bold")
    s.text(140, 150, "Part 1  Particulars of applicant", 26, "sans_bold")
    rows = [("Surname", HOLDER.surname, 12), ("Given names", HOLDER.given, 12), ("Date of birth (DDMMYYYY)", "21071994", 8),
            ("Travel document no.", HOLDER.permit_no, 10)]
    y = 220
    for label, chars, n in rows:
        s.text(140, y + 8, label, 22, "sans")
        s.boxes(620, y, chars, n)
        y += 80
    for label, value in [("Name in Chinese", NAME), ("Sex", "F"), ("Name of employer", EMPLOYER), ("Post", POST),
                         ("Monthly salary (HK$)", f"{SALARY:,}")]:
        s.text(140, y + 8, label, 22, "sans")
        s.text(620, y, value, 32, "hand", (20, 30, 120))
        y += 72
    s.text(140, y + 8, "Do you hold a degree from a local institution in Hong Kong?", 22, "sans")
    s.tick(1000, y + 4, False)
    s.text(1044, y + 8, "Yes", 22, "sans")
    s.tick(1130, y + 4, True)
    s.text(1174, y + 8, "No", 22, "sans")
    return s


def employer_grey_cells() -> Sheet:
    s = Sheet()
    s.text(1240, 70, "ID 990B", 30, "sans_bold")
    _ruled(s, 140, 160, [["Company name", EMPLOYER], ["BR No.", BR_NO], ["Employee's name", LATIN], ["Job title", POST],
                         ["Salary per month", f"HK$ {SALARY:,}"], ["Talent List profession?", "No"]], [460, 820], 62, 24, shade_labels=True)
    return s


def offer_letter() -> Sheet:
    s = Sheet()
    s.text(140, 100, EMPLOYER, 28, "serif_bold")
    text_lines(s, 140, 190, ["1 December 2026", "", f"Dear Ms. {LATIN},", "",
                             f"We are pleased to offer you the position of {POST} with {EMPLOYER}, commencing on 1 March 2027,",
                             f"for a fixed term of two years. Your monthly salary will be HK${SALARY:,}, paid at the end of each month.",
                             "", "Yours sincerely,", "", "LEUNG Wai Kit", "Director", "", f"Accepted:  {LATIN}"], 24, "serif", 44)
    return s


def accounts_from_commencement() -> Sheet:
    s = Sheet()
    s.text(480, 90, EMPLOYER.upper(), 28, "serif_bold")
    s.text(260, 150, "Management accounts for the period from 9 March 2026 to 31 October 2026", 24, "serif")
    _rows(s, 230, [("", "HK$"), ("Revenue", "2,418,600"), ("Direct costs", "(1,505,200)"), ("General expenses", "(702,900)"),
                   ("Profit for the period", "210,500"), ("", ""), ("Share capital", "1,500,000"), ("Retained earnings", "210,500"),
                   ("Total equity", "1,710,500")])
    return s


def plan_traditional() -> Sheet:
    s = Sheet()
    s.text(600, 100, "業務計劃書摘要", 40, "serif_cjk")
    text_lines(s, 160, 220, ["　　本公司於2026年3月開業，為本地零售商提供定價及數據分析服務。股東已注資港幣1,500,000元。",
                             "首年預計營業額港幣5,200,000元，並於首年內聘用本地僱員5名。"], 28, "serif_cjk", 60)
    return s


def recruitment_sentences() -> Sheet:
    s = Sheet()
    s.text(140, 100, "Efforts to fill the post locally", 28, "sans_bold")
    text_lines(s, 140, 190, ["The post of Pricing Analyst was advertised on JobsDB from 7 to 28 September 2026 and on the",
                             "Labour Department's Interactive Employment Service from 14 September 2026.",
                             "Twelve people applied and four were interviewed; none had built price elasticity models.", "",
                             "HR, Tidemark Pricing Analytics Limited"], 22, "sans", 42)
    return s


def profile() -> Sheet:
    s = Sheet()
    s.text(140, 110, "Who we are", 36, "sans_bold")
    s.wrapped(140, 190, f"{EMPLOYER} sets prices and promotions for supermarkets and pharmacy chains in Hong Kong from data "
              "on what shoppers buy. It opened in Kwun Tong in March 2026.", 80, 24, "sans", leading=42)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "ROOM 1203, 12/F, LANDMARK EAST,"), ("", "100 HOW MING STREET, KWUN TONG"),
                     ("Nature of Business", NATURE), ("Status", "CORP"), ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")),
                     ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")), ("Certificate No.", f"{BR_NO}-000-03-26-7")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "permit-front-back", "photo-as-taken"),
        ("graduation.png", scanned_png(graduation_translation(), "graduation.png"), "graduation_certificate",
         {"holder_name": "YAN SIQI", "institution": SCHOOL_EN, "major": "Statistics", "level": ("master", "硕士研究生", "研究生", "postgraduate"),
          "graduation_date": GRADUATED.isoformat(), "certificate_number": GRAD_NO}),
        ("degree.png", scanned_png(degree_number_top_right(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": ("经济学硕士", "经济学硕士学位"),
          "major": "统计学", "date_awarded": GRADUATED.isoformat(), "certificate_number": DEGREE_NO}),
        ("experience.png", scanned_png(letter_post_held_now(), "experience.png"), "work_experience_letter",
         {"employer": WORKED_AT, "position": "Senior Pricing Analyst", "start_date": "2019-08-01"}),
        ("consent.png", scanned_png(consent_tongyihan(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": "2026-11-19", "seal_present": True}),
        ("id990a.png", scanned_png(applicant_letter_boxes(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "F", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.permit_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_grey_cells(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": LATIN, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("offer.png", scanned_png(offer_letter(), "offer.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": LATIN, "position": POST, "start_date": START.isoformat(),
          "term_months": 24, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(accounts_from_commencement(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-10-31", "revenue": 2418600.0, "profit": 210500.0, "total_equity": 1710500.0}),
        ("plan.png", scanned_png(plan_traditional(), "plan.png"), "business_plan",
         {"capital_hkd": 1500000.0, "projected_turnover_hkd": 5200000.0, "local_jobs": 5}),
        ("recruitment.png", scanned_png(recruitment_sentences(), "recruitment.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
        ("profile.png", scanned_png(profile(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "thirty-ninth-hand", CASE, SETTINGS)
