"""A two-hundred-and-twenty-fifth drawn set: a twenty-first whole clean application, for a food technologist with a
master's degree joining a food company that commenced four months before the case's date, so its business plan and its
record of local recruitment are asked for (the post is not on the Talent List). Its papers in layouts no earlier set
drew: the passport photocopied and the portrait as taken; a master's degree as a ruled table (姓名 | 学位 | 专业 …); a
simplified Chinese consent that allows the employee to resign and go to Hong Kong (准予…辞职，并同意其赴港…); an English
work letter 'from … through …'; form ID 990A of numbered bilingual rows (1 姓 Surname …); form ID 990B whose Talent List
answer is a ticked box before 'No'; a letter of offer typed to PDF; the BR certificate; management accounts for the
first four months in simplified Chinese; a 公司简介; a plan of first-year numbers in bullets; a recruitment record of
advertisements. Scored on each paper's fields and on the checks on them (the case is clean). Read once through the
product before any reader changes for it (`scripts/bench_drawn_forms.py --set twohundredtwentyfifth`). Every name and
number is made up; 19898 is no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop
from .drawn_thirdhand_fiftythird import _pdf

CASE = "zou-yifan"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("邹", "一帆", "ZOU", "YIFAN", "M", date(1991, 9, 8), "四川/SICHUAN", "EL5830471",
                          date(2022, 10, 17), date(2032, 10, 16), "C92751460", date(2025, 4, 7), date(2035, 4, 6), (360, 460))
NAME = "邹一帆"
SCHOOL, MAJOR, DEGREE = "巴蜀农业大学", "食品科学与工程", "工学硕士"
AWARDED = date(2016, 6, 25)
DEGREE_NO = "1989832016000457"
CONSENTER = "成都天府食品科技有限公司"
CONSENT_DATE = date(2026, 11, 26)
EARLIER = "Chongqing Riverside Dairy Co., Ltd."
EMPLOYER = "Jadepeak Food Innovations Limited"
BR_NO = "78340196"
ADDRESS = "UNIT 3, 11/F, EASTERN CENTRE, 1065 KING'S ROAD, QUARRY BAY"
NATURE = "FOOD PRODUCT DEVELOPMENT"
COMMENCED, EXPIRES = date(2026, 7, 20), date(2027, 7, 19)
POST, START, SALARY = "Food Technologist", date(2027, 3, 15), 36000


def degree_table() -> Sheet:
    s = Sheet()
    s.text(620, 120, "硕士学位证书", 50, "serif_cjk")
    _ruled(s, 200, 240, [["姓名", NAME], ["性别", "男"], ["出生日期", "1991年9月8日"], ["学位", DEGREE], ["专业", MAJOR],
                         ["授予单位", SCHOOL], ["授予日期", "2016年6月25日"], ["证书编号", DEGREE_NO]], [360, 760], 70, 28)
    _chop(s, 1200, 880, SCHOOL)
    return s


def consent_resign_and_go() -> Sheet:
    s = Sheet()
    s.text(640, 130, "同意函", 46, "serif_cjk")
    y = _paragraph(s, 140, 260, f"　　我公司研发部员工{NAME}同志申请辞职。经公司研究，准予其辞职，并同意其赴港受聘于{EMPLOYER}。", 30, 30, 60)
    s.text(860, y + 120, CONSENTER, 28, "serif_cjk")
    s.text(980, y + 180, "2026年11月26日", 28, "serif_cjk")
    _chop(s, 1100, y + 150, CONSENTER)
    return s


def work_letter_through() -> Sheet:
    s = Sheet()
    s.text(140, 100, EARLIER, 30, "serif_bold")
    text_lines(s, 140, 200, ["9 November 2026", "", "To whom it may concern", "",
                             f"This is to confirm that Mr. {HOLDER.surname} {HOLDER.given.capitalize()} worked for {EARLIER}",
                             "as Product Development Engineer from 1 July 2016 through 31 December 2020.", "", "Human Resources"],
               24, "serif", 44)
    return s


def applicant_numbered_bilingual() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    y = 160
    rows = [("1", "姓", "Surname", HOLDER.surname), ("2", "名", "Given names", HOLDER.given), ("3", "中文姓名", "Name in Chinese", NAME),
            ("4", "性別", "Sex", "M"), ("5", "出生日期", "Date of birth", "08-09-1991"), ("6", "旅行證件號碼", "Travel document no.", HOLDER.passport_no),
            ("7", "僱主名稱", "Name of employer", EMPLOYER), ("8", "職位", "Post", POST), ("9", "月薪", "Monthly salary", f"HK${SALARY:,}"),
            ("10", "持有香港學位", "Hong Kong degree holder", "No")]
    for number, zh, en, value in rows:
        s.text(140, y, number, 22, "sans")
        s.text(190, y, zh, 22, "sans_cjk")
        s.text(190, y + 30, en, 18, "sans", (90, 90, 90))
        s.text(760, y + 8, value, 24, "mono" if value.isascii() else "sans_cjk")
        y += 80
    return s


def employer_tick_before_no() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "serif_bold")
    y = 170
    for label, value in [("Name of company", EMPLOYER), ("Business Registration No.", BR_NO), ("Name of employee", f"{HOLDER.surname} {HOLDER.given}"),
                         ("Position offered", POST), ("Monthly salary", f"HK${SALARY:,}")]:
        s.text(140, y, label, 24, "serif")
        s.text(700, y, value, 24, "serif")
        y += 66
    s.text(140, y + 20, "Talent List profession:", 24, "serif")
    s.tick(700, y + 16, False)
    s.text(750, y + 20, "Yes", 24, "serif")
    s.tick(860, y + 16, True)
    s.text(910, y + 20, "No", 24, "serif")
    return s


def offer_pdf() -> bytes:
    page = [(60, 70, EMPLOYER, 16), (60, 110, "20 November 2026", 10.5), (60, 140, f"Mr. {HOLDER.surname} {HOLDER.given.capitalize()}", 10.5),
            (60, 175, "LETTER OF OFFER", 12),
            (60, 200, f"We offer you the post of {POST} on a two-year contract starting on 15 March 2027.", 10.5),
            (60, 218, f"Your monthly salary will be HK${SALARY:,}. Annual leave: 12 days.", 10.5),
            (60, 250, f"For and on behalf of {EMPLOYER}", 10.5), (60, 290, "Accepted by the employee:", 10.5)]
    return _pdf([page])


def management_accounts_hans() -> Sheet:
    s = Sheet()
    s.text(440, 100, EMPLOYER, 30, "serif_bold")
    s.text(460, 160, "管理账目（截至2026年11月30日止四个月）", 30, "serif_cjk")
    s.text(1180, 230, "港元", 26, "serif_cjk")
    y = 290
    for label, figure in [("营业收入", "612,400"), ("营业成本", "(388,900)"), ("本期净利润", "41,700"), ("所有者权益合计", "1,241,700")]:
        s.text(160, y, label, 28, "serif_cjk")
        s.text(1300 - 14 * len(figure), y, figure, 26, "serif")
        y += 60
    return s


def profile_hans() -> Sheet:
    s = Sheet()
    s.text(140, 110, "公司简介", 44, "serif_cjk")
    _paragraph(s, 140, 220, f"{EMPLOYER}于2026年7月在香港成立，为本地餐饮集团开发植物基及低糖食品配方，现有员工六名。", 30, 30, 60)
    return s


def plan_bullets() -> Sheet:
    s = Sheet()
    s.text(140, 100, f"{EMPLOYER} - business plan", 30, "serif_bold")
    s.text(140, 160, "Our first year in numbers", 26, "serif")
    text_lines(s, 160, 240, ["- Paid-up capital: HK$1,200,000", "- Expected turnover, first 12 months: HK$3,400,000",
                             "- Hong Kong employees by the end of year one: 7"], 24, "serif", 50)
    return s


def recruitment_record() -> Sheet:
    s = Sheet()
    s.text(140, 100, "Local recruitment record", 32, "sans_bold")
    text_lines(s, 140, 170, [f"Post: {POST}", "1. JobsDB, 1 Sept - 30 Sept 2026: 9 applications, 3 interviewed, none suitable.",
                             "2. Labour Department Interactive Employment Service, 8 Sept - 8 Oct 2026: 4 applications, none suitable."],
               22, "sans", 46)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "UNIT 3, 11/F, EASTERN CENTRE,"), ("", "1065 KING'S ROAD, QUARRY BAY"),
                     ("Nature of Business", NATURE), ("Status", "CORP"), ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")),
                     ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")), ("Certificate No.", f"{BR_NO}-000-07-26-4")])


def write_all(folder: Path) -> list[dict]:
    passport = sixteenth.LAYOUTS["passport-photocopy"]
    photo = sixteenth.LAYOUTS["photo-as-taken"]
    latin = f"{HOLDER.surname} {HOLDER.given}"
    papers = [
        ("passport" + passport[0], passport[1](HOLDER), "travel_document", sixteenth.truth(HOLDER, "passport-photocopy")),
        ("photo" + photo[0], photo[1](HOLDER), "photo", sixteenth.truth(HOLDER, "photo-as-taken")),
        ("degree.png", scanned_png(degree_table(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": (DEGREE, f"{DEGREE}学位"),
          "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("consent.png", scanned_png(consent_resign_and_go(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("work-letter.png", scanned_png(work_letter_through(), "work-letter.png"), "work_experience_letter",
         {"employer": EARLIER, "position": "Product Development Engineer", "start_date": "2016-07-01", "end_date": "2020-12-31"}),
        ("id990a.png", scanned_png(applicant_numbered_bilingual(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_tick_before_no(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": latin, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("offer.pdf", offer_pdf(), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": latin, "position": POST, "start_date": START.isoformat(),
          "term_months": 24, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(management_accounts_hans(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER, "period_end": "2026-11-30", "revenue": 612400.0, "profit": 41700.0, "total_equity": 1241700.0}),
        ("profile.png", scanned_png(profile_hans(), "profile.png"), "company_profile", {"type": "company_profile"}),
        ("plan.png", scanned_png(plan_bullets(), "plan.png"), "business_plan",
         {"capital_hkd": 1200000.0, "projected_turnover_hkd": 3400000.0, "local_jobs": 7}),
        ("recruitment.png", scanned_png(recruitment_record(), "recruitment.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
    ]
    return write_case(folder, papers, "twenty-first-hand", CASE, SETTINGS)
