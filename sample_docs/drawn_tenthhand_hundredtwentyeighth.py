"""A hundred-and-twenty-eighth drawn set: a tenth whole clean application, from a company that began business five
months before the case's date (so a business plan is asked for) hiring for a post not on the Talent List at a package
under HK$2 million (so proof of local recruitment is too). Its papers in layouts no earlier set drew: a degree
certificate whose number stands in its top corner and its date centred at its foot; a graduation certificate in a
ruled frame, its number under the frame; a consent in English dated the American way with the month cut short
('Dec. 1, 2026'); form ID 990A with two particulars a row; form ID 990B in traditional Chinese filled by hand; a letter of
appointment paying 'per mensem'; management accounts for the four months since the business began; a plan of three
years in a table; a company profile as its web page prints; a job board's posting with its count of applicants. Scored
on each paper's fields and on the checks on them (the case is clean). Read once through the product before any reader
changes for it (`scripts/bench_drawn_forms.py --set hundredtwentyeighth`). Every name and number is made up; 19856 is
no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, br_sheet, scanned_png, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "tang-yuxin"
SETTINGS = {"as_of": "2026-12-04", "dependants": 0}
HOLDER = sixteenth.Holder("唐", "雨昕", "TANG", "YUXIN", "F", date(1997, 8, 21), "陕西/SHAANXI", "EL3082714",
                          date(2023, 5, 9), date(2033, 5, 8), "C71935024", date(2022, 3, 1), date(2032, 2, 29), (390, 480))
NAME = "唐雨昕"
SCHOOL, MAJOR = "秦川信息工程大学", "软件工程"
AWARDED, GRADUATED = date(2019, 6, 28), date(2019, 6, 30)
DEGREE_NO, GRADUATION_NO = "1985642019003318", "198565201905003318"
CONSENTER, CONSENTER_ZH = "Xi'an Qinling Cloud Data Co., Ltd.", "西安秦岭云数据有限公司"
CONSENT_DATE = date(2026, 12, 1)
EMPLOYER = "Ferrylight Data Systems Limited"
BR_NO = "78214065"
ADDRESS = "ROOM 1208, 12/F, HARBOURFRONT TOWER, 33 HOI YUEN ROAD, KWUN TONG, KOWLOON"
NATURE = "DATA ENGINEERING AND ANALYTICS SERVICES"
COMMENCED, EXPIRES = date(2026, 7, 1), date(2027, 6, 30)
POST, START, SALARY = "Data Engineer", date(2027, 1, 11), 36000
PEN = (20, 30, 120)


def degree_number_in_corner() -> Sheet:
    s = Sheet()
    s.text(1150, 90, f"No. {DEGREE_NO}", 22, "serif")
    s.text(600, 200, "学士学位证书", 48, "serif_cjk")
    _paragraph(s, 200, 380, f"　　{NAME}，女，{HOLDER.born.year}年{HOLDER.born.month}月{HOLDER.born.day}日生。在{SCHOOL}{MAJOR}专业完成了"
               "本科学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予工学学士学位。", 30, 32, 70)
    s.text(980, 760, f"{SCHOOL}", 32, "serif_cjk")
    s.text(980, 820, "学位评定委员会主席：孟庆华", 28, "serif_cjk")
    s.text(640, 1000, f"{AWARDED.year}年{AWARDED.month}月{AWARDED.day}日", 32, "serif_cjk")
    _chop(s, 1120, 780, SCHOOL)
    return s


def graduation_in_frame() -> Sheet:
    s = Sheet()
    s.d.rectangle([120, 120, 1530, 1000], outline=(90, 60, 30), width=6)
    s.d.rectangle([140, 140, 1510, 980], outline=(90, 60, 30), width=2)
    s.text(660, 200, "毕业证书", 52, "serif_cjk")
    _paragraph(s, 220, 360, f"　　学生{NAME}，性别女，{HOLDER.born.year}年{HOLDER.born.month}月{HOLDER.born.day}日生，于2015年9月至2019年6月"
               f"在本校{MAJOR}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", 28, 32, 68)
    s.text(1000, 760, SCHOOL, 32, "serif_cjk")
    s.text(1000, 820, "校长：钟国平", 28, "serif_cjk")
    s.text(1000, 880, f"{GRADUATED.year}年{GRADUATED.month}月{GRADUATED.day}日", 28, "serif_cjk")
    s.text(160, 1060, f"证书编号：{GRADUATION_NO}", 26, "serif_cjk")
    return s


def consent_american_date() -> Sheet:
    s = Sheet()
    s.text(140, 100, CONSENTER_ZH, 32, "serif_cjk")
    s.text(140, 150, CONSENTER, 26, "serif_bold")
    lines = ["Dec. 1, 2026", "", "To whom it may concern:", "",
             f"Ms. TANG Yuxin has worked as a data engineer at {CONSENTER} since July 2019.",
             "The company consents to her taking up employment in Hong Kong and will release her on her request.", "",
             "Sincerely,", "", "Human Resources Department", CONSENTER]
    y = 250
    for line in lines:
        s.text(140, y, line, 24, "serif")
        y += 44
    _chop(s, 560, y - 40, CONSENTER_ZH)
    return s


def applicant_two_a_row() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    s.text(140, 140, "Part A  Particulars of applicant", 30, "sans_bold")
    rows = [(("Surname", HOLDER.surname), ("Given names", HOLDER.given)), (("Chinese name", NAME), ("Sex", "F")),
            (("Date of birth", HOLDER.born.strftime("%d-%m-%Y")), ("Travel document no.", HOLDER.passport_no)),
            (("Employer in Hong Kong", EMPLOYER), ("", "")), (("Post", POST), ("Monthly salary (HK$)", f"{SALARY:,}"))]
    y = 240
    for pair in rows:
        for x, (label, value) in zip((140, 860), pair):
            if label:
                s.text(x, y, label, 22, "sans", (80, 80, 80))
                s.text(x, y + 34, value, 28, "mono" if value.isascii() else "sans_cjk")
        y += 110
    s.text(140, y + 10, "Do you hold a degree from a full-time locally-accredited programme in Hong Kong?", 22, "sans")
    s.tick(140, y + 60, False)
    s.text(190, y + 62, "Yes", 24, "sans")
    s.tick(320, y + 60, True)
    s.text(370, y + 62, "No", 24, "sans")
    return s


def employer_hant_by_hand() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 140, "僱主資料", 34, "sans_cjk")
    rows = [("僱主名稱", EMPLOYER), ("商業登記號碼", BR_NO), ("申請人姓名", f"{HOLDER.surname} {HOLDER.given}"), ("職位", POST),
            ("每月薪金（港元）", f"{SALARY:,}")]
    y = 240
    for label, value in rows:
        s.text(140, y, label, 28, "sans_cjk")
        s.text(640, y - 8, value, 34, "hand", PEN)
        s.d.line([630, y + 40, 1400, y + 40], fill=(120, 120, 120), width=1)
        y += 84
    s.text(140, y + 20, "該職位是否屬於人才清單所列專業？", 28, "sans_cjk")
    s.tick(700, y + 18, False)
    s.text(750, y + 20, "是", 28, "sans_cjk")
    s.tick(840, y + 18, True)
    s.text(890, y + 20, "否", 28, "sans_cjk")
    return s


def appointment_per_mensem() -> Sheet:
    s = Sheet()
    s.text(140, 100, EMPLOYER, 32, "serif_bold")
    lines = ["23 November 2026", "", "Ms TANG Yuxin", "", "LETTER OF APPOINTMENT", "",
             f"1. We are pleased to appoint you as {POST} of the Company with effect from 11 January 2027.",
             "2. The appointment is for a period of two years.",
             "3. Your salary will be HK$36,000 per mensem, payable at the end of each month.",
             "4. No housing allowance or guaranteed bonus is payable.",
             "5. Your duties are to build and run the Company's data pipelines for its clients.", "",
             f"For and on behalf of {EMPLOYER}", "", "Director"]
    y = 200
    for line in lines:
        s.text(140, y, line, 24, "serif_bold" if line.isupper() else "serif")
        y += 44
    return s


def br_certificate() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "ROOM 1208, 12/F, HARBOURFRONT TOWER,"),
                     ("", "33 HOI YUEN ROAD, KWUN TONG, KOWLOON"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-07-26-9")])


def management_accounts() -> Sheet:
    s = Sheet()
    s.text(440, 100, EMPLOYER.upper(), 30, "serif_bold")
    s.text(300, 150, "MANAGEMENT ACCOUNTS FOR THE PERIOD FROM 1 JULY 2026 TO 31 OCTOBER 2026", 22, "serif_bold")
    s.text(600, 190, "(unaudited, in Hong Kong dollars)", 22, "serif")
    y = 270
    for label, value in [("Revenue", "1,284,600"), ("Staff costs", "(742,300)"), ("Office and cloud costs", "(318,900)"),
                         ("Profit before tax", "223,400"), ("Tax provision", "(36,900)"), ("Profit for the period", "186,500"), ("", ""),
                         ("Share capital", "800,000"), ("Retained profit", "186,500"), ("Total equity", "986,500")]:
        s.text(200, y, label, 26, "serif_bold" if label.startswith(("Profit for", "Total")) else "serif")
        s.text(1200 - 14 * len(value), y, value, 26, "serif")
        y += 54
    return s


def plan_three_years() -> Sheet:
    s = Sheet()
    s.text(140, 100, f"{EMPLOYER} - Business plan 2027-2029", 30, "serif_bold")
    s.wrapped(140, 180, "We build and run data pipelines and dashboards for retailers and logistics firms in Hong Kong. The "
              "company began business on 1 July 2026 with paid-up capital of HK$800,000 from its two founders.", 96, 24, "serif", leading=40)
    _ruled(s, 140, 330, [["", "2027", "2028", "2029"], ["Turnover (HK$)", "4,200,000", "6,100,000", "8,000,000"],
                         ["Local staff", "3", "5", "7"], ["Non-local staff", "1", "1", "2"]], [460, 300, 300, 300], 66, 24)
    return s


def profile_web_page() -> Sheet:
    s = Sheet()
    s.d.rectangle([0, 0, 1654, 70], fill=(24, 40, 72))
    s.text(40, 18, "ferrylight.example", 26, "sans_bold", (255, 255, 255))
    s.text(140, 160, "About us", 40, "sans_bold")
    s.wrapped(140, 240, f"{EMPLOYER} is a Hong Kong data engineering firm founded in 2026 by two engineers who spent ten years "
              "building data platforms for banks. We design, build and run the data pipelines behind our clients' reports, "
              "so that their own teams can trust the numbers.", 80, 26, "sans", leading=44)
    return s


def job_posting() -> Sheet:
    s = Sheet()
    s.d.rectangle([0, 0, 1654, 70], fill=(240, 242, 246))
    s.text(40, 18, "HarbourJobs", 28, "sans_bold", (30, 90, 170))
    s.text(140, 140, f"{POST}", 40, "sans_bold")
    s.text(140, 200, f"{EMPLOYER}  ·  Kwun Tong  ·  Full time", 24, "sans")
    s.text(140, 250, "Posted 14 Aug 2026  ·  Closed 13 Sep 2026  ·  41 applicants", 24, "sans")
    y = 330
    for line in ["Build batch and streaming pipelines in Python and SQL", "Run our clients' warehouses on the cloud",
                 "Degree in computer science or software engineering", "3 years' experience with Spark or Flink"]:
        s.text(160, y, "•  " + line, 24, "sans")
        y += 46
    return s


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "passport-pdf", "photo-on-page"),
        ("degree.png", scanned_png(degree_number_in_corner(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": ("工学学士学位", "工学学士"),
          "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("graduation.png", scanned_png(graduation_in_frame(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": MAJOR, "level": "本科", "graduation_date": GRADUATED.isoformat(),
          "certificate_number": GRADUATION_NO}),
        ("consent.png", scanned_png(consent_american_date(), "consent.png"), "consent_letter",
         {"organisation": (CONSENTER, CONSENTER_ZH), "applicant_name": "TANG YUXIN", "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("id990a.png", scanned_png(applicant_two_a_row(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "F", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST, "monthly_salary_hkd": float(SALARY),
          "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_hant_by_hand(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("appointment.png", scanned_png(appointment_per_mensem(), "appointment.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST, "start_date": START.isoformat(),
          "term_months": 24, "monthly_salary_hkd": float(SALARY), "housing_allowance_hkd": 0.0}),
        ("br.png", scanned_png(br_certificate(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(management_accounts(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-10-31", "currency": "HKD", "revenue": 1284600.0, "profit": 186500.0,
          "total_equity": 986500.0}),
        ("plan.png", scanned_png(plan_three_years(), "plan.png"), "business_plan",
         {"capital_hkd": 800000.0, "projected_turnover_hkd": 4200000.0, "local_jobs": 3}),
        ("profile.png", scanned_png(profile_web_page(), "profile.png"), "company_profile", {"type": "company_profile"}),
        ("posting.png", scanned_png(job_posting(), "posting.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
    ]
    return write_case(folder, papers, "tenth-hand", CASE, SETTINGS)
