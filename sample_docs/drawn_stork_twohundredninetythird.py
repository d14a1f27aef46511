"""A two-hundred-and-ninety-third drawn set: a thirty-seventh whole clean application, for a cold chain operations
manager (no Talent List profession, a salary far under HK$2M: a record of local recruitment is asked for) with a
bachelor's degree and a work experience letter, joining a company that commenced seven months before the case's date (a
plan is asked for). Its papers in layouts no earlier set drew: a degree whose committee 'decides to confer' it on a holder
named with his sex and birth in brackets, dated in Chinese numerals; a letter whose last post is told after the stay; a
consent titled 关于同意…的函; ID 990A typed with dotted leaders between labels and values; ID 990B ruled with each label
in Chinese over its English in one cell; a contract whose particulars stand in a schedule at its foot; management
accounts for six months; a plan's key figures in a ruled table; the recruitment record as a table of adverts. Scored on
each paper's fields and on the checks on them (the case is clean). Read once through the product before any reader
changes for it (`scripts/bench_drawn_forms.py --set twohundredninetythird`). Every name and number is made up; 19469
is no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "cen-haoyu"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("岑", "浩宇", "CEN", "HAOYU", "M", date(1993, 4, 12), "浙江/ZHEJIANG", "EQ6183027",
                          date(2024, 2, 26), date(2034, 2, 25), "C73950418", date(2025, 3, 3), date(2035, 3, 2), (396, 504))
NAME = "岑浩宇"
LATIN = "CEN Haoyu"
SCHOOL = "甬江海事学院"
AWARDED = date(2015, 6, 30)
DEGREE_NO = "1946942015000713"
WORKED_AT = "Ningbo Meishan Cold Chain Co., Ltd."
CONSENTER = "宁波梅山冷链股份有限公司"
EMPLOYER = "Polarfresh Logistics (HK) Limited"
BR_NO = "75302916"
ADDRESS = "UNIT 5, 9/F, KWAI CHUNG CENTRE, 100 KWAI FOO ROAD, KWAI CHUNG"
NATURE = "COLD STORAGE AND LOGISTICS"
COMMENCED, EXPIRES = date(2026, 5, 4), date(2027, 5, 3)
POST, START, SALARY = "Cold Chain Operations Manager", date(2027, 2, 1), 38000


def degree_decides_to_confer() -> Sheet:
    s = Sheet()
    s.text(540, 200, "学士学位证书", 64, "serif_cjk")
    text_lines(s, 200, 420, ["　　依据《中华人民共和国学位条例》，经本校学位评定委员会审议，决定授予",
                             f"{NAME}（男，1993年4月12日出生）管理学学士学位。",
                             "　　该生系本校物流管理专业2015届本科毕业生。"], 34, "serif_cjk", 76)
    text_lines(s, 880, 760, [f"{SCHOOL}学位评定委员会", "二〇一五年六月三十日"], 32, "serif_cjk", 64)
    _chop(s, 1440, 720, SCHOOL)
    s.text(200, 2050, f"证书编号：{DEGREE_NO}", 26, "serif_cjk")
    return s


def letter_post_after_stay() -> Sheet:
    s = Sheet()
    s.text(140, 100, WORKED_AT, 28, "serif_bold")
    text_lines(s, 140, 200, ["20 November 2026", "", "To whom it may concern", "",
                             f"Mr. {LATIN} worked at our Meishan depot from 1 August 2015 to 15 October 2026. His last post",
                             "with us was Cold Chain Operations Lead, in charge of a team of eleven.", "", "Human Resources"], 24, "serif", 44)
    return s


def consent_guanyu() -> Sheet:
    s = Sheet()
    s.text(360, 120, f"关于同意{NAME}同志赴港工作的函", 40, "serif_cjk")
    text_lines(s, 160, 260, ["香港特别行政区入境事务处：", "",
                             f"　　我公司员工{NAME}同志拟受聘于{EMPLOYER}，经研究，我公司同意其赴港工作。", "", "　　特此函告。"],
               28, "serif_cjk", 62)
    text_lines(s, 880, 640, [CONSENTER, "2026年11月24日"], 28, "serif_cjk", 56)
    _chop(s, 1460, 620, CONSENTER)
    return s


def applicant_dotted_leaders() -> Sheet:
    s = Sheet()
    s.text(1240, 70, "ID 990A", 30, "sans_bold")
    y = 170
    for label, value in [("Surname", HOLDER.surname), ("Given names", HOLDER.given), ("Name in Chinese", NAME), ("Sex", "M"),
                         ("Date of birth (dd/mm/yyyy)", "12/04/1993"), ("Travel document number", HOLDER.permit_no),
                         ("Degree from a local institution in HK", "No"), ("Employer", EMPLOYER), ("Post", POST),
                         ("Monthly salary (HK$)", f"{SALARY:,}")]:
        s.text(140, y, label, 24, "sans")
        s.text(140 + 13 * len(label) + 20, y, "." * ((760 - 13 * len(label) - 40) // 9), 24, "sans", ink=(110, 110, 110))
        s.text(800, y, value, 26, "mono")
        y += 70
    return s


def employer_stacked_labels() -> Sheet:
    s = Sheet()
    s.text(1240, 70, "ID 990B", 30, "sans_bold")
    rows = [("僱主名稱", "Name of employer", EMPLOYER), ("商業登記號碼", "BR number", BR_NO), ("受僱人姓名", "Name of employee", LATIN),
            ("職位", "Post", POST), ("月薪（港幣）", "Monthly salary (HK$)", f"{SALARY:,}"), ("是否人才清單職業", "Talent List profession?", "No")]
    y = 170
    for zh, en, value in rows:
        s.d.rectangle([140, y, 640, y + 100], outline="black", width=2)
        s.d.rectangle([640, y, 1500, y + 100], outline="black", width=2)
        s.text(156, y + 12, zh, 24, "serif_cjk")
        s.text(156, y + 56, en, 20, "sans")
        s.text(660, y + 34, value, 28, "sans")
        y += 100
    return s


def contract_schedule() -> Sheet:
    s = Sheet()
    s.text(560, 100, "CONTRACT OF EMPLOYMENT", 30, "serif_bold")
    text_lines(s, 140, 180, [f"This contract is made between {EMPLOYER} (the Company) and {LATIN} (the Employee).",
                             "1.  The Employee shall hold the post, start on the date and be paid the salary set out in the Schedule.",
                             "2.  The contract runs for the term in the Schedule unless ended earlier under clause 3.",
                             "3.  Either party may end this contract by giving one month's notice in writing.", "", "SCHEDULE"], 22, "serif", 44)
    _ruled(s, 140, 470, [["Post", POST], ["Commencement date", "1 February 2027"], ["Term", "24 months"],
                         ["Basic monthly salary", f"HK${SALARY:,}"]], [420, 760], 60, 24)
    return s


def accounts_six_months() -> Sheet:
    s = Sheet()
    s.text(500, 90, EMPLOYER.upper(), 28, "serif_bold")
    s.text(320, 150, "Unaudited income statement for the six months ended 31 October 2026", 24, "serif")
    _rows(s, 230, [("", "HK$"), ("Revenue", "3,106,400"), ("Cost of services", "(2,211,900)"), ("Administrative expenses", "(588,300)"),
                   ("Profit for the period", "306,200"), ("", ""), ("Paid-up capital", "2,000,000"), ("Retained profit", "306,200"),
                   ("Total equity", "2,306,200")])
    return s


def plan_key_figures() -> Sheet:
    s = Sheet()
    s.text(140, 100, "Polarfresh Logistics (HK) Limited", 30, "sans_bold")
    s.text(140, 160, "Business plan: key figures for the first year", 26, "sans")
    _ruled(s, 140, 240, [["Capital injected by shareholders", "HK$2,000,000"], ["Turnover", "HK$6,500,000"], ["Hong Kong employees", "7"]],
           [620, 420], 64, 24)
    return s


def recruitment_table() -> Sheet:
    s = Sheet()
    s.text(140, 100, "Local recruitment for the post of Cold Chain Operations Manager", 26, "sans_bold")
    _ruled(s, 140, 180, [["Date", "Where advertised", "Applicants"], ["3 Aug 2026", "JobsDB", "9"], ["10 Aug 2026", "CTgoodjobs", "6"],
                         ["17 Aug 2026", "Labour Department", "2"]], [260, 560, 260], 58, 22)
    text_lines(s, 140, 470, ["Five were interviewed; none had run a multi-temperature warehouse.", "", "Prepared by the Company's HR"],
               22, "sans", 40)
    return s


def profile() -> Sheet:
    s = Sheet()
    s.text(140, 110, "About Polarfresh", 36, "sans_bold")
    s.wrapped(140, 190, f"{EMPLOYER} stores and moves chilled and frozen food for importers and supermarkets in Hong Kong. It began "
              "business in May 2026 in Kwai Chung and runs two cold rooms.", 80, 24, "sans", leading=42)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "UNIT 5, 9/F, KWAI CHUNG CENTRE,"), ("", "100 KWAI FOO ROAD, KWAI CHUNG"),
                     ("Nature of Business", NATURE), ("Status", "CORP"), ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")),
                     ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")), ("Certificate No.", f"{BR_NO}-000-05-26-1")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "passport-photocopy", "photo-as-taken"),
        ("degree.png", scanned_png(degree_decides_to_confer(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": ("管理学学士", "管理学学士学位"),
          "major": "物流管理", "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("experience.png", scanned_png(letter_post_after_stay(), "experience.png"), "work_experience_letter",
         {"employer": WORKED_AT, "position": "Cold Chain Operations Lead", "start_date": "2015-08-01", "end_date": "2026-10-15"}),
        ("consent.png", scanned_png(consent_guanyu(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": "2026-11-24", "seal_present": True}),
        ("id990a.png", scanned_png(applicant_dotted_leaders(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.permit_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_stacked_labels(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": LATIN, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("contract.png", scanned_png(contract_schedule(), "contract.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": LATIN, "position": POST, "start_date": START.isoformat(),
          "term_months": 24, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(accounts_six_months(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-10-31", "revenue": 3106400.0, "profit": 306200.0, "total_equity": 2306200.0}),
        ("plan.png", scanned_png(plan_key_figures(), "plan.png"), "business_plan",
         {"capital_hkd": 2000000.0, "projected_turnover_hkd": 6500000.0, "local_jobs": 7}),
        ("recruitment.png", scanned_png(recruitment_table(), "recruitment.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
        ("profile.png", scanned_png(profile(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "thirty-seventh-hand", CASE, SETTINGS)
