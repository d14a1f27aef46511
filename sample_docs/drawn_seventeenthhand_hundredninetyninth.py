"""A hundred-and-ninety-ninth drawn set: a seventeenth whole clean application, for an actuarial analyst with a bachelor's
degree in statistics joining an insurer's Hong Kong office on a post of the Talent List (so no local recruitment is asked
for). Its papers in layouts no earlier set drew: the passport open on a desk and the portrait as taken; a bachelor's degree
whose particulars stand in a box on its left (姓名, 出生日期, 专业) beside its text; a graduation certificate stating its dates
as '2014.09—2018.07' and its issue date in Chinese numerals; a consent in English whose organisation signs under 'For and
on behalf of'; form ID 990A as two columns of boxes, labels above; form ID 990B whose Talent List answer names the
profession; an employment contract as a letter of appointment with a schedule of pay; the BR certificate; the insurer's
accounts in HK$'000 with a balance sheet's total equity; a profile page. Scored on each paper's fields and on the checks on
them (the case is clean). Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py
--set hundredninetyninth`). Every name and number is made up; 19888 is no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, br_sheet, scanned_png, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "ke-zimeng"
SETTINGS = {"as_of": "2026-12-05", "dependants": 0}
HOLDER = sixteenth.Holder("柯", "梓萌", "KE", "ZIMENG", "F", date(1996, 4, 22), "福建/FUJIAN", "EP5029713",
                          date(2023, 8, 1), date(2033, 7, 31), "C48201576", date(2024, 6, 3), date(2034, 6, 2), (370, 470))
NAME = "柯梓萌"
SCHOOL, MAJOR = "闽江财经大学", "统计学"
AWARDED, GRADUATED = date(2018, 6, 28), date(2018, 7, 1)
DEGREE_NO, GRADUATION_NO = "1988842018002217", "198885201805002217"
CONSENTER_EN = "Xiamen Egret Insurance Brokers Co., Ltd."
CONSENT_DATE = date(2026, 11, 27)
EMPLOYER = "Harbourstone Life Assurance (Hong Kong) Limited"
BR_NO = "20917364"
ADDRESS = "38/F, ONE ISLAND SOUTH, 2 HEUNG YIP ROAD, WONG CHUK HANG"
NATURE = "LIFE INSURANCE"
COMMENCED, EXPIRES = date(2004, 9, 1), date(2027, 8, 31)
POST, START, SALARY = "Actuarial Analyst", date(2027, 2, 15), 46000


def degree_box_left() -> Sheet:
    s = Sheet()
    s.text(620, 130, "学士学位证书", 50, "serif_cjk")
    _ruled(s, 140, 280, [["姓名", NAME], ["性别", "女"], ["出生日期", "1996年4月22日"], ["专业", MAJOR]], [180, 280], 70, 26)
    _paragraph(s, 680, 290, f"　　该生在{SCHOOL}完成了本科学习计划，业已毕业。经审核符合《中华人民共和国学位条例》的规定，授予理学学士学位。",
               24, 28, 60)
    s.text(900, 720, f"{AWARDED.year}年{AWARDED.month}月{AWARDED.day}日", 28, "serif_cjk")
    s.text(140, 860, f"证书编号：{DEGREE_NO}", 24, "serif_cjk")
    _chop(s, 1180, 660, SCHOOL)
    return s


def graduation_dotted_span() -> Sheet:
    s = Sheet()
    s.text(640, 130, "毕业证书", 52, "serif_cjk")
    _paragraph(s, 180, 300, f"　　学生{NAME}，性别女，1996年4月22日生，于2014.09—2018.07在本校{MAJOR}专业四年制本科学习，修完教学计划规定的全部"
               "课程，成绩合格，准予毕业。", 30, 28, 62)
    s.text(960, 700, SCHOOL, 30, "serif_cjk")
    s.text(960, 760, "二〇一八年七月一日", 28, "serif_cjk")
    s.text(180, 900, f"证书编号：{GRADUATION_NO}", 24, "serif_cjk")
    _chop(s, 1160, 720, SCHOOL)
    return s


def consent_on_behalf() -> Sheet:
    s = Sheet()
    y = 140
    for line in ["27 November 2026", "", "To the Immigration Department, Hong Kong", "", "LETTER OF CONSENT", "",
                 f"We consent to our employee Ms KE Zimeng ({NAME}) taking up the post of {POST} with",
                 f"{EMPLOYER} in Hong Kong.", "", "", "For and on behalf of", CONSENTER_EN, "", "", "Authorised signatory"]:
        s.text(140, y, line, 24, "serif_bold" if line.isupper() else "serif")
        y += 42
    _chop(s, 420, y - 150, "厦门白鹭保险经纪有限公司")
    return s


def applicant_box_columns() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    y = 160
    for left, right in [(("Surname", HOLDER.surname), ("Given names", HOLDER.given)), (("Name in Chinese", NAME), ("Sex", "F")),
                        (("Date of birth", HOLDER.born.strftime("%d/%m/%Y")), ("Travel document no.", HOLDER.passport_no)),
                        (("Employer", EMPLOYER), ("Post", POST)), (("Monthly salary (HK$)", f"{SALARY:,}"), ("Local degree from Hong Kong?", "No"))]:
        for x, (label, value) in ((140, left), (860, right)):
            s.text(x, y, label, 18, "sans", (80, 80, 80))
            s.d.rectangle([x, y + 26, x + 680, y + 86], outline="black", width=2)
            s.text(x + 14, y + 36, value, 24 if len(value) > 30 else 28, "mono" if value.isascii() else "sans_cjk")
        y += 120
    return s


def employer_talent_named() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    y = 170
    for label, value in [("Name of employer", EMPLOYER), ("BR no.", BR_NO), ("Name of applicant", f"{HOLDER.surname} {HOLDER.given}"),
                         ("Post", POST), ("Monthly salary", f"HK${SALARY:,}")]:
        s.text(140, y, f"{label}:", 24, "sans")
        s.text(700, y - 2, value, 24, "mono")
        y += 66
    s.text(140, y + 20, "If the post is under a profession of the Talent List, state the profession:", 24, "sans")
    s.text(140, y + 70, "Actuarial professionals", 26, "mono")
    return s


def appointment_schedule() -> Sheet:
    s = Sheet()
    s.text(140, 90, EMPLOYER, 28, "serif_bold")
    y = 170
    for line in ["LETTER OF APPOINTMENT", "", "Ms KE Zimeng", "", f"We are pleased to appoint you as {POST} on the terms below.", "",
                 "Commencement date: 15 February 2027", "Contract period: 2 years", "", "Schedule of pay",
                 f"Basic salary: HK${SALARY:,} per month", "Housing allowance: nil", "", "Yours sincerely,", "", "Head of Human Resources"]:
        s.text(140, y, line, 22, "serif_bold" if line.isupper() or line == "Schedule of pay" else "serif")
        y += 40
    return s


def insurer_accounts() -> Sheet:
    s = Sheet()
    s.text(300, 100, EMPLOYER.upper(), 26, "serif_bold")
    s.text(300, 150, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 DECEMBER 2025", 22, "serif_bold")
    y = 230
    for label, this, last in [("", "2025", "2024"), ("", "HK$'000", "HK$'000"), ("Revenue", "1,284,600", "1,190,300"),
                              ("Profit before taxation", "142,800", "128,500"), ("Taxation", "(23,100)", "(20,900)"),
                              ("Profit for the year", "119,700", "107,600"), ("Total equity", "2,406,900", "2,287,200")]:
        s.text(160, y, label, 24, "serif")
        s.text(1190 - 13 * len(this), y, this, 24, "serif")
        s.text(1430 - 13 * len(last), y, last, 24, "serif")
        y += 54
    return s


def profile_page() -> Sheet:
    s = Sheet()
    s.text(140, 110, "Company profile", 40, "sans_bold")
    s.wrapped(140, 200, f"{EMPLOYER} has written life and health cover in Hong Kong since 2004. It serves 310,000 policyholders "
              "through agents and brokers, and employs 620 staff at its Wong Chuk Hang head office.", 84, 26, "sans", leading=44)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "38/F, ONE ISLAND SOUTH,"),
                     ("", "2 HEUNG YIP ROAD, WONG CHUK HANG"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-09-26-4")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "passport-open-on-desk", "photo-as-taken"),
        ("degree.png", scanned_png(degree_box_left(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": ("理学学士学位", "理学学士"),
          "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("graduation.png", scanned_png(graduation_dotted_span(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": MAJOR, "level": "本科", "graduation_date": GRADUATED.isoformat(),
          "certificate_number": GRADUATION_NO}),
        ("consent.png", scanned_png(consent_on_behalf(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER_EN, "applicant_name": (NAME, "KE ZIMENG"), "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("id990a.png", scanned_png(applicant_box_columns(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "F", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_talent_named(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": True}),
        ("appointment.png", scanned_png(appointment_schedule(), "appointment.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST, "start_date": START.isoformat(),
          "term_months": 24, "monthly_salary_hkd": float(SALARY), "housing_allowance_hkd": 0.0}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(insurer_accounts(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2025-12-31", "revenue": 1284600000.0, "profit": 119700000.0,
          "total_equity": 2406900000.0}),
        ("profile.png", scanned_png(profile_page(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "seventeenth-hand", CASE, SETTINGS)
