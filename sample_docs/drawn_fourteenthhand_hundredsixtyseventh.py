"""A hundred-and-sixty-seventh drawn set: a fourteenth whole clean application, for a doctor of engineering hired as a
chief technology officer on a package over HK$2,000,000 a year (so no local recruitment is asked for). Its papers in
layouts no earlier set drew: the passport photographed open on a desk; the portrait on a page of its own; a doctor's
degree whose text runs in two columns of Chinese and English; a graduation certificate for a doctoral student (博士研究生)
with its dates in a ruled box; a consent from a research institute signed by its director; form ID 990A with each answer
on a line under its label; form ID 990B in a grey band layout; a service agreement whose pay clause adds a guaranteed
thirteenth month; the BR certificate; audited accounts whose figures are in thousands; a profile as a page of the annual
review. Scored on each paper's fields and on the checks on them (the case is clean). Read once through the product before
any reader changes for it (`scripts/bench_drawn_forms.py --set hundredsixtyseventh`). Every name and number is made up;
19881 is no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, br_sheet, scanned_png, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "luo-chengzhi"
SETTINGS = {"as_of": "2026-12-05", "dependants": 0}
HOLDER = sixteenth.Holder("骆", "承志", "LUO", "CHENGZHI", "M", date(1984, 9, 25), "四川/SICHUAN", "EK9302658",
                          date(2022, 11, 2), date(2032, 11, 1), "C07462591", date(2023, 6, 12), date(2033, 6, 11), (380, 490))
NAME = "骆承志"
SCHOOL, MAJOR = "巴蜀工业大学", "控制科学与工程"
AWARDED, GRADUATED = date(2013, 12, 20), date(2013, 12, 30)
DEGREE_NO, GRADUATION_NO = "1988122013000158", "198811201301000158"
CONSENTER = "成都天府智能装备研究院"
CONSENT_DATE = date(2026, 11, 28)
EMPLOYER = "Vantage Peak Automation Holdings Limited"
BR_NO = "31864205"
ADDRESS = "26/F, ONE HARBOURGATE EAST, 18 HUNG LUEN ROAD, HUNG HOM, KOWLOON"
NATURE = "INDUSTRIAL AUTOMATION SYSTEMS"
COMMENCED, EXPIRES = date(2008, 4, 1), date(2027, 3, 31)
POST, START, SALARY = "Chief Technology Officer", date(2027, 3, 1), 168000


def degree_two_columns() -> Sheet:
    s = Sheet()
    s.text(620, 120, "博士学位证书", 48, "serif_cjk")
    s.text(520, 190, "DOCTOR'S DEGREE CERTIFICATE", 30, "serif_bold")
    _paragraph(s, 140, 300, f"　　{NAME}，男，1984年9月25日生，在{MAJOR}学科通过博士学位的课程考试和论文答辩，成绩合格。"
               "根据《中华人民共和国学位条例》的规定，授予工学博士学位。", 15, 28, 56)
    y = 300
    for line in ["LUO Chengzhi, male, born on", "25 September 1984, has passed", "the examinations and the", "defence of his dissertation in",
                 "Control Science and Engineering,", "and is awarded the degree of", "Doctor of Engineering."]:
        s.text(880, y, line, 24, "serif")
        y += 56
    s.text(140, 900, f"{SCHOOL}", 30, "serif_cjk")
    s.text(140, 960, f"{AWARDED.year}年{AWARDED.month}月{AWARDED.day}日", 28, "serif_cjk")
    s.text(140, 1080, f"证书编号：{DEGREE_NO}", 24, "serif_cjk")
    _chop(s, 380, 920, SCHOOL)
    return s


def graduation_ruled_dates() -> Sheet:
    s = Sheet()
    s.text(560, 140, "研究生毕业证书", 50, "serif_cjk")
    _paragraph(s, 200, 300, f"　　研究生{NAME}，性别男，于{MAJOR}专业学习，修完博士研究生培养计划规定的全部课程，成绩合格，"
               "毕业论文答辩通过，准予毕业。", 30, 30, 66)
    _ruled(s, 200, 620, [["入学时间", "2009年9月"], ["毕业时间", f"{GRADUATED.year}年{GRADUATED.month}月{GRADUATED.day}日"], ["层次", "博士研究生"]],
           [360, 600], 70, 28)
    s.text(960, 900, SCHOOL, 32, "serif_cjk")
    s.text(200, 1040, f"证书编号：{GRADUATION_NO}", 26, "serif_cjk")
    _chop(s, 1150, 900, SCHOOL)
    return s


def consent_institute_director() -> Sheet:
    s = Sheet()
    s.text(560, 110, CONSENTER, 40, "serif_cjk")
    s.text(700, 220, "同意函", 44, "serif_cjk")
    y = _paragraph(s, 140, 340, f"　　我院首席研究员{NAME}博士拟受聘于香港{EMPLOYER}。经院长办公会研究，我院同意其赴香港工作。", 34, 28, 56)
    s.text(900, y + 120, "院长：钟启明", 28, "serif_cjk")
    s.text(900, y + 180, CONSENTER, 28, "serif_cjk")
    s.text(980, y + 240, f"{CONSENT_DATE.year}年{CONSENT_DATE.month}月{CONSENT_DATE.day}日", 28, "serif_cjk")
    _chop(s, 1120, y + 200, CONSENTER)
    return s


def applicant_answer_under_label() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    y = 150
    for label, value in [("Surname", HOLDER.surname), ("Given names", HOLDER.given), ("Name in Chinese", NAME), ("Sex", "M"),
                         ("Date of birth (day/month/year)", HOLDER.born.strftime("%d/%m/%Y")), ("Travel document number", HOLDER.passport_no),
                         ("Employer in Hong Kong", EMPLOYER), ("Post", POST), ("Monthly salary (HK$)", f"{SALARY:,}"),
                         ("Do you hold a local degree from a Hong Kong institution?", "No")]:
        s.text(140, y, label, 20, "sans", (90, 90, 90))
        s.text(140, y + 30, value, 28, "mono" if value.isascii() else "sans_cjk")
        s.d.line([140, y + 70, 1500, y + 70], fill=(170, 170, 170), width=1)
        y += 96
    return s


def employer_grey_bands() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    y = 180
    for k, (label, value) in enumerate([("Name of employer", EMPLOYER), ("BR no.", BR_NO), ("Name of applicant", f"{HOLDER.surname} {HOLDER.given}"),
                                        ("Post offered", POST), ("Monthly salary (HK$)", f"{SALARY:,}"), ("Talent List post?", "No")]):
        if k % 2 == 0:
            s.d.rectangle([120, y - 16, 1530, y + 54], fill=(232, 232, 232))
        s.text(140, y, label, 24, "sans")
        s.text(700, y - 2, value, 28, "mono")
        y += 70
    return s


def service_agreement() -> Sheet:
    s = Sheet()
    s.text(600, 110, "SERVICE AGREEMENT", 34, "serif_bold")
    y = 200
    for line in [f"This Agreement is made between {EMPLOYER} (the \"Company\") and Dr LUO Chengzhi (the \"Executive\").", "",
                 f"1. Appointment. The Company appoints the Executive as its {POST} from 1 March 2027.",
                 "2. Term. The appointment is for an initial term of three (3) years.",
                 f"3. Salary. The Company shall pay the Executive a basic salary of HK${SALARY:,} per month and a guaranteed",
                 "   thirteenth-month payment of one month's basic salary at the end of each calendar year.",
                 "4. Housing. No housing allowance is payable.", "5. Leave. 22 working days of annual leave a year."]:
        s.text(140, y, line, 22, "serif")
        y += 40
    return s


def accounts_in_thousands() -> Sheet:
    s = Sheet()
    s.text(420, 100, EMPLOYER.upper(), 28, "serif_bold")
    s.text(260, 150, "CONSOLIDATED STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 DECEMBER 2025", 22, "serif_bold")
    y = 230
    for label, this, last in [("", "2025", "2024"), ("", "HK$'000", "HK$'000"), ("Revenue", "486,215", "452,908"),
                              ("Profit before tax", "58,402", "51,337"), ("Income tax", "(9,611)", "(8,470)"), ("Profit for the year", "48,791", "42,867"),
                              ("Total equity", "318,540", "281,206")]:
        s.text(160, y, label, 24, "serif")
        s.text(1190 - 13 * len(this), y, this, 24, "serif")
        s.text(1430 - 13 * len(last), y, last, 24, "serif")
        y += 54
    s.text(160, y + 40, "Audited by Kingsbay & Partners CPA Limited, 28 March 2026", 22, "serif")
    return s


def profile_annual_review() -> Sheet:
    s = Sheet()
    s.text(140, 110, "Annual review 2025: who we are", 34, "sans_bold")
    s.wrapped(140, 200, f"{EMPLOYER} designs and builds automated production lines for electronics and food factories in Hong Kong, "
              "the Mainland and South-East Asia. Founded in 2008, the group employs 640 people, 120 of them in its Hung Hom "
              "engineering centre.", 84, 26, "sans", leading=44)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "26/F, ONE HARBOURGATE EAST,"),
                     ("", "18 HUNG LUEN ROAD, HUNG HOM, KOWLOON"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-04-26-5")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "passport-open-on-desk", "photo-on-page"),
        ("degree.png", scanned_png(degree_two_columns(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": ("工学博士学位", "工学博士"),
          "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("graduation.png", scanned_png(graduation_ruled_dates(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": MAJOR, "level": ("博士研究生", "研究生"), "graduation_date": GRADUATED.isoformat(),
          "certificate_number": GRADUATION_NO}),
        ("consent.png", scanned_png(consent_institute_director(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("id990a.png", scanned_png(applicant_answer_under_label(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_grey_bands(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("agreement.png", scanned_png(service_agreement(), "agreement.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST, "start_date": START.isoformat(),
          "term_months": 36, "monthly_salary_hkd": float(SALARY), "housing_allowance_hkd": 0.0}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(accounts_in_thousands(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2025-12-31", "revenue": 486215000.0, "profit": 48791000.0, "total_equity": 318540000.0}),
        ("profile.png", scanned_png(profile_annual_review(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "fourteenth-hand", CASE, SETTINGS)
