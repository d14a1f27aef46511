"""A two-hundred-and-eighty-fifth drawn set: a thirty-sixth whole clean application, for a solutions architect (a
Talent List profession: no record of local recruitment) with a master's degree, joining a company that has traded for
two years (no plan). Its papers in layouts no earlier set drew: the exit-entry permit alone on its side and the portrait
on a page; a master's degree whose holder is a 研究生 and whose signer is the degree committee's chairman; a degree
verification report in English rows with colons; an English consent that keeps the post open until a date; ID 990A typed
into boxes beside its labels; ID 990B handwritten after colons; a contract whose term is 'a period of three (3) years
commencing on …'; accounts; a profile. Scored on each paper's fields and on the checks on them (the case is clean). Read
once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set twohundredeightyfifth`).
Every name and number is made up; 19479 is no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_papers_eighth import _chop

CASE = "hu-yifan"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("胡", "一帆", "HU", "YIFAN", "M", date(1990, 1, 8), "湖北/HUBEI", "EF5521093",
                          date(2024, 6, 20), date(2034, 6, 19), "C82406157", date(2025, 1, 6), date(2035, 1, 5), (398, 506))
NAME = "胡一帆"
LATIN = "HU Yifan"
SCHOOL, SCHOOL_EN = "楚天理工大学", "Chutian University of Technology"
AWARDED = date(2015, 6, 26)
DEGREE_NO = "1947932015000884"
CODE = "R5TQ8MZ2KX7WD4PN"
CONSENTER = "Wuhan Optics Valley Cloud Systems Co., Ltd."
EMPLOYER = "Northshore Cloud Architects Limited"
BR_NO = "72058134"
ADDRESS = "ROOM 1203, 12/F, MILLENNIUM CITY 6, 392 KWUN TONG ROAD, KWUN TONG"
NATURE = "CLOUD COMPUTING CONSULTANCY"
COMMENCED, EXPIRES = date(2024, 9, 2), date(2027, 9, 1)
POST, START, SALARY = "Solutions Architect", date(2027, 7, 1), 68000


def master_degree() -> Sheet:
    s = Sheet()
    s.text(540, 200, "硕士学位证书", 64, "serif_cjk")
    text_lines(s, 200, 420, [f"　　研究生{NAME}，男，1990年1月8日生，在本校计算机科学与技术", "学科专业完成了硕士研究生的学习计划，业已通过硕士学位论文答辩，",
                             "经审核符合《中华人民共和国学位条例》的规定，授予工学硕士学位。"], 36, "serif_cjk", 80)
    text_lines(s, 820, 760, [f"{SCHOOL}学位评定委员会", "主席  吴振华", "2015年6月26日"], 32, "serif_cjk", 64)
    _chop(s, 1280, 820, SCHOOL)
    s.text(200, 2050, f"证书编号：{DEGREE_NO}", 26, "serif_cjk")
    return s


def report_rows() -> Sheet:
    s = Sheet()
    s.text(380, 110, "Degree Verification Report", 36, "serif_bold")
    text_lines(s, 180, 220, [f"Name:  {LATIN}", "Gender:  Male", "Date of Birth:  8 January 1990", f"Degree Awarding Institution:  {SCHOOL_EN}",
                             "Degree:  Master of Engineering", "Discipline:  Computer Science and Technology", f"Degree Certificate No.:  {DEGREE_NO}",
                             "Date of Award:  26 June 2015", f"Verification Code:  {CODE}"], 26, "serif", 60)
    return s


def consent_keeps_post() -> Sheet:
    s = Sheet()
    s.text(140, 100, CONSENTER, 28, "sans_bold")
    text_lines(s, 140, 200, ["19 November 2026", "", "CONSENT LETTER", "",
                             f"We consent to Mr. {LATIN}, our Senior Architect, taking up employment in Hong Kong. His position will be",
                             "kept for him until 31 December 2027.", "", "Human Resources Department"], 24, "sans", 44)
    _chop(s, 900, 600, "武汉光谷云系统有限公司")
    return s


def applicant_boxed_typed() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    y = 170
    for label, value in [("Surname", HOLDER.surname), ("Given names", HOLDER.given), ("Chinese name", NAME), ("Sex", "M"),
                         ("Date of birth", "08-01-1990"), ("Travel document no.", HOLDER.permit_no), ("Hong Kong degree?", "No"),
                         ("Employer", EMPLOYER), ("Post", POST), ("Monthly salary (HK$)", f"{SALARY:,}")]:
        s.text(140, y, label, 24, "sans")
        s.d.rectangle([560, y - 12, 1480, y + 42], outline="black", width=2)
        s.text(580, y, value, 26, "sans" if value.isascii() else "sans_cjk")
        y += 74
    return s


def employer_hand_colons() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990B", 28, "sans_bold")
    y = 170
    for label, value in [("Employer:", EMPLOYER), ("BR number:", BR_NO), ("Employee:", LATIN), ("Post:", POST), ("Monthly salary:", f"HK${SALARY}"),
                         ("Talent List:", "Yes")]:
        s.text(140, y, label, 24, "sans")
        s.text(460, y - 8, value, 34, "hand", (20, 30, 120))
        y += 80
    return s


def contract_period() -> Sheet:
    s = Sheet()
    s.text(520, 100, "EMPLOYMENT CONTRACT", 32, "serif_bold")
    text_lines(s, 140, 190, [f"Employer:  {EMPLOYER}", f"Employee:  {LATIN}", "",
                             f"1.  Appointment.  The Employee is appointed as {POST}.",
                             "2.  Term.  This contract is for a period of three (3) years commencing on 1 July 2027.",
                             f"3.  Salary.  HK${SALARY:,} per month, paid monthly in arrears.", "", "Signed on 2 December 2026."], 24, "serif", 48)
    return s


def accounts() -> Sheet:
    s = Sheet()
    s.text(500, 90, EMPLOYER.upper(), 28, "serif_bold")
    s.text(420, 150, "Statement of comprehensive income for the year ended 31 August 2026", 22, "serif")
    y = _rows(s, 230, [("", "2026", "2025"), ("", "HK$", "HK$"), ("Revenue", "18,406,900", "9,772,300"), ("Staff costs", "(11,230,500)", "(6,510,100)"),
                       ("Other expenses", "(3,902,600)", "(2,448,900)"), ("Profit before tax", "3,273,800", "813,300"), ("Tax", "(540,200)", "(134,200)"),
                       ("Profit for the year", "2,733,600", "679,100")])
    s.text(420, y + 40, "Statement of financial position at 31 August 2026", 22, "serif")
    _rows(s, y + 110, [("Net assets", "6,412,700", "3,679,100")])
    return s


def profile() -> Sheet:
    s = Sheet()
    s.text(140, 110, "Northshore at a glance", 36, "sans_bold")
    s.text(140, 190, f"{EMPLOYER} designs and runs cloud platforms for banks and insurers in Hong Kong. Founded in September", 22, "sans")
    s.text(140, 226, "2024, it has 24 staff in Kwun Tong.", 22, "sans")
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "ROOM 1203, 12/F, MILLENNIUM CITY 6,"), ("", "392 KWUN TONG ROAD, KWUN TONG"),
                     ("Nature of Business", NATURE), ("Status", "CORP"), ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")),
                     ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")), ("Certificate No.", f"{BR_NO}-000-09-26-5")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "permit-alone-on-side", "photo-on-page"),
        ("degree.png", scanned_png(master_degree(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": ("工学硕士", "工学硕士学位"),
          "major": "计算机科学与技术", "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("report.png", scanned_png(report_rows(), "report.png"), "qualification_report",
         {"holder_name": "HU YIFAN", "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL_EN, "sex": "M",
          "major": "Computer Science and Technology", "certificate_number": DEGREE_NO, "verification_code": CODE}),
        ("consent.png", scanned_png(consent_keeps_post(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": "HU YIFAN", "date": "2026-11-19", "seal_present": True}),
        ("id990a.png", scanned_png(applicant_boxed_typed(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.permit_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_hand_colons(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": LATIN, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": True}),
        ("contract.png", scanned_png(contract_period(), "contract.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": LATIN, "position": POST, "start_date": START.isoformat(),
          "term_months": 36, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(accounts(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-08-31", "revenue": 18406900.0, "profit": 2733600.0, "total_equity": 6412700.0}),
        ("profile.png", scanned_png(profile(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "thirty-sixth-hand", CASE, SETTINGS)
