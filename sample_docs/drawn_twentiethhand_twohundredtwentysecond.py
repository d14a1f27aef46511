"""A two-hundred-and-twenty-second drawn set: a twentieth whole clean application, for a software engineer (not a Talent
List profession, so local recruitment is asked for) joining a software house four years old, with a letter from an
earlier employer. Its papers in layouts no earlier set drew: the passport open on a desk and the portrait pasted on a
page; a bachelor's degree in English prose ('This is to certify that … has completed the four-year programme in … and is
awarded the degree of …'); a 'NO OBJECTION LETTER' in English from the present employer; a work letter in a simplified
Chinese table (工作单位 | 职务 | 起止时间); form ID 990A whose labels stand over their values in two columns; form ID 990B
of numbered questions, its Talent List answer a ticked box after 'No'; a traditional Chinese contract of numbered
clauses; the BR certificate; a balance-sheet-first page of accounts; an 'About us' page; a job advertisement with its
posting record. Scored on each paper's fields and on the checks on them (the case is clean). Read once through the
product before any reader changes for it (`scripts/bench_drawn_forms.py --set twohundredtwentysecond`). Every name and
number is made up; 19896 is no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "he-jiaqi"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("何", "嘉琪", "HE", "JIAQI", "F", date(1993, 4, 21), "广东/GUANGDONG", "EK2093718",
                          date(2023, 3, 14), date(2033, 3, 13), "C71539026", date(2024, 6, 3), date(2034, 6, 2), (360, 460))
NAME = "何嘉琪"
SCHOOL, SCHOOL_EN, MAJOR_EN = "南岭理工大学", "Nanling University of Technology", "Computer Science and Technology"
AWARDED = date(2015, 6, 28)
DEGREE_NO = "1989642015002214"
CONSENTER = "Guangzhou Yunling Software Co., Ltd."
CONSENT_DATE = date(2026, 11, 25)
EARLIER = "深圳蓝桥信息技术有限公司"
EMPLOYER = "Quarrystone Software Limited"
BR_NO = "61827045"
ADDRESS = "FLAT 12, 6/F, KWAI HING INDUSTRIAL BUILDING, 10 KWAI HING ROAD, KWAI CHUNG"
NATURE = "SOFTWARE DEVELOPMENT"
COMMENCED, EXPIRES = date(2022, 6, 13), date(2027, 6, 12)
POST, START, SALARY = "Software Engineer", date(2027, 4, 1), 42000


def degree_english_prose() -> Sheet:
    s = Sheet()
    s.text(520, 130, SCHOOL_EN, 40, "serif_bold")
    s.text(640, 200, "BACHELOR'S DEGREE CERTIFICATE", 28, "serif")
    s.wrapped(180, 320, f"This is to certify that {HOLDER.surname} {HOLDER.given.capitalize()}, born on 21 April 1993, has completed the "
              f"four-year undergraduate programme in {MAJOR_EN} at this University and, having met the requirements, is awarded "
              "the degree of Bachelor of Engineering.", 78, 28, "serif", leading=52)
    text_lines(s, 180, 620, ["President:", "", "Date: 28 June 2015", f"Certificate No.: {DEGREE_NO}"], 26, "serif", 48)
    _chop(s, 1200, 700, SCHOOL)
    return s


def no_objection_letter() -> Sheet:
    s = Sheet()
    s.text(140, 100, CONSENTER, 30, "serif_bold")
    text_lines(s, 140, 200, ["25 November 2026", "", "NO OBJECTION LETTER", "",
                             f"Ms. {HOLDER.surname} {HOLDER.given.capitalize()} has been a software engineer with our company since April 2020.",
                             f"We have no objection to her taking up the post of {POST} with {EMPLOYER} in",
                             "Hong Kong.", "", f"For and on behalf of {CONSENTER}", "", "General Manager"], 24, "serif", 44)
    _chop(s, 1200, 640, "广州云岭软件有限公司")
    return s


def work_letter_table() -> Sheet:
    s = Sheet()
    s.text(640, 110, "工作经历证明", 44, "serif_cjk")
    s.text(140, 220, f"兹证明{NAME}曾在我公司工作，具体如下：", 30, "serif_cjk")
    _ruled(s, 140, 300, [["工作单位", "职务", "起止时间"], [EARLIER, "软件工程师", "2015年7月6日至2020年3月31日"]], [520, 300, 560], 70, 26)
    text_lines(s, 900, 520, [EARLIER, "2026年11月20日"], 28, "serif_cjk", 54)
    _chop(s, 1120, 560, EARLIER)
    return s


def applicant_labels_over_values() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 110, "Part A  Particulars of applicant", 26, "sans_bold")
    cells = [("Surname", HOLDER.surname), ("Given names", HOLDER.given), ("Name in Chinese", NAME), ("Sex", "F"),
             ("Date of birth (dd/mm/yyyy)", "21/04/1993"), ("Travel document number", HOLDER.passport_no), ("Name of employer", EMPLOYER),
             ("Post", POST), ("Monthly salary", f"HK${SALARY:,}"), ("Do you hold a degree from a Hong Kong university?", "No")]
    for k, (label, value) in enumerate(cells):
        x, y = 140 + 720 * (k % 2), 200 + 130 * (k // 2)
        s.text(x, y, label, 20, "sans", (90, 90, 90))
        s.text(x, y + 40, value, 26, "mono" if value.isascii() else "sans_cjk")
    return s


def employer_numbered_questions() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "serif_bold")
    rows = [("1. Name of employer:", EMPLOYER), ("2. Business registration number:", BR_NO),
            ("3. Name of the person to be employed:", f"{HOLDER.surname} {HOLDER.given}"), ("4. Post offered:", POST),
            ("5. Monthly salary:", f"HK${SALARY:,}")]
    y = 170
    for label, value in rows:
        s.text(140, y, label, 24, "serif")
        s.text(820, y, value, 24, "serif")
        y += 66
    s.text(140, y + 20, "6. Is the post on the Talent List?", 24, "serif")
    s.text(820, y + 20, "Yes", 24, "serif")
    s.tick(890, y + 16, False)
    s.text(980, y + 20, "No", 24, "serif")
    s.tick(1040, y + 16, True)
    return s


def contract_numbered_clauses() -> Sheet:
    s = Sheet()
    s.text(680, 90, "僱傭合約", 44, "serif_cjk")
    text_lines(s, 140, 200, [f"僱主：{EMPLOYER}", f"僱員：{HOLDER.surname} {HOLDER.given}", "",
                             f"一、僱員受聘擔任{POST}一職。", "二、合約期由2027年4月1日起，為期二十四個月。",
                             f"三、每月薪金為港幣{SALARY:,}元。", "四、僱員每年可享有帶薪年假十四天。"], 28, "serif_cjk", 60)
    return s


def accounts_position_first() -> Sheet:
    s = Sheet()
    s.text(440, 100, EMPLOYER.upper(), 28, "serif_bold")
    s.text(300, 160, "STATEMENT OF FINANCIAL POSITION AS AT 31 MARCH 2026", 22, "serif_bold")
    y = 230
    for label, this, last in [("", "2026", "2025"), ("", "HK$", "HK$"), ("Total assets", "9,806,200", "7,914,500"),
                              ("Total liabilities", "(3,415,800)", "(2,966,300)"), ("Total equity", "6,390,400", "4,948,200")]:
        s.text(160, y, label, 24, "serif")
        s.text(1190 - 13 * len(this), y, this, 24, "serif")
        s.text(1430 - 13 * len(last), y, last, 24, "serif")
        y += 54
    s.text(300, y + 40, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 MARCH 2026", 22, "serif_bold")
    y += 110
    for label, this, last in [("Revenue", "18,204,700", "15,390,100"), ("Profit for the year", "1,442,200", "1,106,900")]:
        s.text(160, y, label, 24, "serif")
        s.text(1190 - 13 * len(this), y, this, 24, "serif")
        s.text(1430 - 13 * len(last), y, last, 24, "serif")
        y += 54
    return s


def about_us() -> Sheet:
    s = Sheet()
    s.text(140, 110, "About us", 40, "serif_bold")
    s.wrapped(140, 200, f"{EMPLOYER} builds booking and logistics software for Hong Kong's courier and removal firms. Since 2022 "
              "it has grown to 27 staff at its Kwai Chung office.", 84, 26, "serif", leading=44)
    return s


def job_advertisement() -> Sheet:
    s = Sheet()
    s.text(140, 100, "Job advertisement and posting record", 32, "sans_bold")
    text_lines(s, 140, 180, [f"{POST} - {EMPLOYER}", "Requirements: degree in computer science; 5 years' experience in web services.",
                             f"Salary: HK${SALARY:,} per month", "", "Posted on: CTgoodjobs 02/09/2026 - 02/10/2026;",
                             "Labour Department iES 05/09/2026 - 05/10/2026", "Applications received: 11; interviewed: 3; none suitable."],
               22, "sans", 46)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "FLAT 12, 6/F, KWAI HING INDUSTRIAL BUILDING,"),
                     ("", "10 KWAI HING ROAD, KWAI CHUNG"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-06-26-8")])


def write_all(folder: Path) -> list[dict]:
    passport = sixteenth.LAYOUTS["passport-open-on-desk"]
    photo = sixteenth.LAYOUTS["photo-on-page"]
    latin = f"{HOLDER.surname} {HOLDER.given}"
    papers = [
        ("passport" + passport[0], passport[1](HOLDER), "travel_document", sixteenth.truth(HOLDER, "passport-open-on-desk")),
        ("photo" + photo[0], photo[1](HOLDER), "photo", sixteenth.truth(HOLDER, "photo-on-page")),
        ("degree.png", scanned_png(degree_english_prose(), "degree.png"), "degree_certificate",
         {"holder_name": (latin, "HE Jiaqi"), "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL_EN,
          "degree": "Bachelor of Engineering", "major": MAJOR_EN, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("consent.png", scanned_png(no_objection_letter(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": latin, "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("work-letter.png", scanned_png(work_letter_table(), "work-letter.png"), "work_experience_letter",
         {"employer": EARLIER, "position": "软件工程师", "start_date": "2015-07-06", "end_date": "2020-03-31"}),
        ("id990a.png", scanned_png(applicant_labels_over_values(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "F", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_numbered_questions(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": latin, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("contract.png", scanned_png(contract_numbered_clauses(), "contract.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": latin, "position": POST, "start_date": START.isoformat(),
          "term_months": 24, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(accounts_position_first(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-03-31", "revenue": 18204700.0, "profit": 1442200.0, "total_equity": 6390400.0}),
        ("about.png", scanned_png(about_us(), "about.png"), "company_profile", {"type": "company_profile"}),
        ("advert.png", scanned_png(job_advertisement(), "advert.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
    ]
    return write_case(folder, papers, "twentieth-hand", CASE, SETTINGS)
