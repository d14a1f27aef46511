"""A hundred-and-twelfth drawn set: a ninth whole clean application, for a Talent List post paid over HK$2 million a
year at an established company (so neither proof of local recruitment nor a business plan is asked for). Its papers in
layouts no earlier set drew: the travel permit scanned alone on its side; a doctoral degree certificate in English
first with its Chinese under it; a doctoral graduation certificate whose dates are a table's cells; a research
institute's consent in English with a reference number; form ID 990A with answers typed on dotted lines; form ID 990B
naming the Talent List profession; a contract whose package is a table of pay items; accounts on one page in two
columns of statements side by side; a company profile with a timeline. Scored on each paper's fields and on the checks on
them (the case is clean). Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredtwelfth`). Every name and number is made up; 19833 is no real institution's
code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, br_sheet, scanned_png, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "zhou-yifan"
SETTINGS = {"as_of": "2026-12-03", "dependants": 0}
HOLDER = sixteenth.Holder("周", "一帆", "ZHOU", "YIFAN", "M", date(1985, 4, 12), "江苏/JIANGSU", "EK2046815",
                          date(2021, 9, 3), date(2031, 9, 2), "C80417263", date(2024, 6, 20), date(2034, 6, 19), (360, 460))
NAME = "周一帆"
SCHOOL, SCHOOL_EN, MAJOR, MAJOR_EN = "江淮理工大学", "Jianghuai University of Technology", "材料科学与工程", "Materials Science and Engineering"
AWARDED, GRADUATED = date(2013, 6, 25), date(2013, 6, 30)
GRADUATION_NO, DEGREE_NO = "198331201302000417", "1983322013000417"
CONSENTER = "Suzhou Institute of Advanced Polymer Materials"
CONSENT_DATE = date(2026, 11, 20)
EMPLOYER = "Kestrelstone Advanced Materials Limited"
BR_NO = "58310726"
ADDRESS = "UNITS 501-503, 5/F, BIO-INFORMATICS CENTRE, 2 SCIENCE PARK WEST AVENUE, SHATIN, NEW TERRITORIES"
NATURE = "RESEARCH AND DEVELOPMENT OF ADVANCED MATERIALS"
COMMENCED, EXPIRES = date(2012, 10, 8), date(2027, 10, 7)
POST, START, SALARY = "Principal Materials Scientist", date(2027, 2, 1), 180000
PEN = (20, 30, 120)


def degree_english_first() -> Sheet:
    s = Sheet()
    s.text(560, 130, SCHOOL_EN.upper(), 34, "serif_bold")
    s.text(700, 190, SCHOOL, 34, "serif_cjk")
    s.text(560, 300, "DOCTORAL DEGREE CERTIFICATE", 36, "serif_bold")
    s.wrapped(160, 400, f"This is to certify that {HOLDER.surname} {HOLDER.given.title()}, male, born on {HOLDER.born.day} April "
              f"{HOLDER.born.year}, has completed the doctoral programme in {MAJOR_EN}, has passed the defence of his doctoral "
              "dissertation and, in accordance with the Regulations on Academic Degrees of the People's Republic of China, is hereby "
              "awarded the Degree of Doctor of Engineering.", 88, 26, "serif", leading=46)
    _paragraph(s, 160, 720, f"{NAME}，男，{HOLDER.born.year}年{HOLDER.born.month}月{HOLDER.born.day}日生。在本校{MAJOR}学科完成了博士研究生的学习计划，"
               "业已通过博士学位论文答辩，经审核符合《中华人民共和国学位条例》的规定，授予工学博士学位。", 36, 28, 56)
    s.text(960, 1000, f"{AWARDED.day} June {AWARDED.year}", 26, "serif")
    s.text(960, 1050, f"{AWARDED.year}年{AWARDED.month}月{AWARDED.day}日", 28, "serif_cjk")
    s.text(160, 1150, f"Certificate No. / 证书编号：{DEGREE_NO}", 24, "serif_cjk")
    _chop(s, 1100, 1010, SCHOOL)
    return s


def graduation_date_cells() -> Sheet:
    s = Sheet()
    s.text(620, 140, "毕 业 证 书", 56, "serif_cjk")
    s.text(700, 220, "（研究生）", 32, "serif_cjk")
    _ruled(s, 160, 340, [["姓名", NAME, "性别", "男"], ["专业", MAJOR, "学制", "四年"], ["层次", "博士研究生", "学习形式", "全日制"],
                         ["入学日期", "2009年9月1日", "毕业日期", f"{GRADUATED.year}年{GRADUATED.month}月{GRADUATED.day}日"]],
           [220, 460, 220, 460], 84, 28)
    s.text(160, 760, "该生修完博士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。", 28, "serif_cjk")
    s.text(1000, 880, SCHOOL, 34, "serif_cjk")
    s.text(160, 1000, f"证书编号：{GRADUATION_NO}", 26, "serif_cjk")
    _chop(s, 1120, 880, SCHOOL)
    return s


def consent_institute_reference() -> Sheet:
    s = Sheet()
    s.text(140, 100, CONSENTER, 32, "serif_bold")
    s.text(140, 150, "苏州先进高分子材料研究所", 28, "serif_cjk")
    lines = ["Our ref.: SIAPM/HR/2026/0931", f"{CONSENT_DATE.day} November {CONSENT_DATE.year}", "", "To the Immigration Department, HKSAR", "",
             f"Dr {HOLDER.surname} {HOLDER.given.title()} has been a research professor of the Institute since July 2013. The Institute",
             f"has no objection to his taking up the post of {POST} with {EMPLOYER}",
             "in Hong Kong, and will release him from his duties on 31 January 2027.", "", "Director, Personnel Office"]
    y = 260
    for line in lines:
        s.text(140, y, line, 24, "serif")
        y += 42
    _chop(s, 640, y + 20, "苏州先进高分子材料研究所")
    return s


def applicant_dotted_lines() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    s.text(140, 140, "Particulars of applicant", 30, "sans_bold")
    rows = [("Surname", HOLDER.surname), ("Given names", HOLDER.given), ("Name in Chinese", NAME), ("Sex", "M"),
            ("Date of birth", HOLDER.born.strftime("%d/%m/%Y")), ("Travel document no.", HOLDER.permit_no),
            ("Name of employer in Hong Kong", EMPLOYER), ("Post", POST), ("Monthly salary (HK$)", f"{SALARY:,}")]
    y = 240
    for label, value in rows:
        end = s.text(140, y, label, 26, "sans")
        s.text(end + 10, y, "." * max(4, (700 - end) // 9), 26, "sans", (120, 120, 120))
        s.text(720, y - 4, value, 30, "mono" if value.isascii() else "sans_cjk")
        y += 76
    s.text(140, y + 20, "Degree from a full-time locally-accredited programme in Hong Kong ....", 24, "sans")
    s.text(900, y + 16, "No", 30, "mono")
    return s


def employer_profession_named() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 140, "Particulars of the employer and the post", 30, "sans_bold")
    rows = [("Name of employer", EMPLOYER), ("Business registration no.", BR_NO), ("Name of applicant", f"{HOLDER.surname} {HOLDER.given}"),
            ("Post", POST), ("Monthly salary (HK$)", f"{SALARY:,}")]
    y = 240
    for label, value in rows:
        s.text(140, y, label, 26, "sans")
        s.text(700, y - 4, value, 30, "mono")
        y += 80
    s.text(140, y + 20, "Is the post under the Talent List?", 26, "sans")
    s.tick(700, y + 16, True)
    s.text(750, y + 20, "Yes - profession: Innovation and technology experts (materials science)", 22, "sans")
    s.tick(700, y + 76, False)
    s.text(750, y + 80, "No", 24, "sans")
    return s


def contract_pay_table() -> Sheet:
    s = Sheet()
    s.text(560, 110, "EMPLOYMENT CONTRACT", 36, "serif_bold")
    for k, line in enumerate([f"Employer: {EMPLOYER}", f"Employee: Dr {HOLDER.surname} {HOLDER.given.title()}", f"Position: {POST}",
                              "Duties: to lead the company's materials science research on battery separators.",
                              f"Commencement: {START.day} February {START.year}", "Term: three (3) years", "", "Remuneration package:"]):
        s.text(140, 220 + 46 * k, line, 24, "serif")
    _ruled(s, 160, 620, [["Item", "Amount (HK$)", "Paid"], ["Basic salary", f"{SALARY:,}", "monthly"],
                         ["Guaranteed 13th month payment", f"{SALARY:,}", "each December"], ["Housing allowance", "nil", "-"]],
           [520, 360, 360], 64, 24)
    s.text(140, 920, "Either party may end this contract by three months' notice in writing.", 24, "serif")
    s.text(140, 1000, "Signed: ______________ for the Employer        ______________ Employee", 24, "serif")
    return s


def br_certificate() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "UNITS 501-503, 5/F, BIO-INFORMATICS CENTRE,"),
                     ("", "2 SCIENCE PARK WEST AVENUE, SHATIN, NEW TERRITORIES"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-10-26-2")])


def accounts_side_by_side() -> Sheet:
    s = Sheet()
    s.text(400, 90, EMPLOYER.upper(), 30, "serif_bold")
    s.text(480, 140, "FINANCIAL STATEMENTS FOR THE YEAR ENDED 31 DECEMBER 2025", 22, "serif_bold")
    s.text(120, 220, "Statement of profit or loss", 24, "serif_bold")
    s.text(860, 220, "Statement of financial position", 24, "serif_bold")
    s.text(620, 260, "HK$", 22, "serif_bold")
    s.text(1400, 260, "HK$", 22, "serif_bold")
    left = [("Revenue", "46,218,500"), ("Cost of sales", "(29,604,300)"), ("Research costs", "(6,112,800)"), ("Other expenses", "(4,380,100)"),
            ("Profit before tax", "6,121,300"), ("Income tax", "(1,010,000)"), ("Profit for the year", "5,111,300")]
    right = [("Non-current assets", "18,402,600"), ("Current assets", "24,905,100"), ("Current liabilities", "(9,816,200)"),
             ("Non-current liabilities", "(3,120,000)"), ("Total equity", "30,371,500")]
    for k, (label, value) in enumerate(left):
        s.text(120, 320 + 52 * k, label, 24, "serif")
        s.text(700 - 13 * len(value), 320 + 52 * k, value, 24, "serif")
    s.d.line([820, 210, 820, 720], fill=(140, 140, 140), width=2)
    for k, (label, value) in enumerate(right):
        s.text(860, 320 + 52 * k, label, 24, "serif")
        s.text(1480 - 13 * len(value), 320 + 52 * k, value, 24, "serif")
    return s


def company_profile_timeline() -> Sheet:
    s = Sheet()
    s.text(140, 110, "About Kestrelstone", 36, "sans_bold")
    for k, (year, event) in enumerate([("2012", "Founded in Hong Kong Science Park by two polymer chemists"),
                                       ("2016", "First separator film licensed to a battery maker"),
                                       ("2020", "Pilot line opened in Tai Po; 40 staff"),
                                       ("2025", "Revenue passes HK$46 million; 62 staff")]):
        s.text(140, 240 + 90 * k, year, 30, "sans_bold")
        s.text(300, 240 + 90 * k, event, 28, "sans")
    return s


def write_all(folder: Path) -> list[dict]:
    permit = sixteenth.LAYOUTS["permit-alone-on-side"]
    papers = [
        ("permit" + permit[0], permit[1](HOLDER), "travel_document", sixteenth.truth(HOLDER, "permit-alone-on-side")),
        ("photo.jpg", sixteenth.photo_as_taken(HOLDER), "photo", sixteenth.truth(HOLDER, "photo-as-taken")),
        ("degree.png", scanned_png(degree_english_first(), "degree.png"), "degree_certificate",
         {"holder_name": (NAME, "ZHOU YIFAN"), "date_of_birth": HOLDER.born.isoformat(), "institution": (SCHOOL, SCHOOL_EN),
          "degree": ("工学博士学位", "工学博士", "Doctor of Engineering"), "major": (MAJOR, MAJOR_EN), "date_awarded": AWARDED.isoformat(),
          "certificate_number": DEGREE_NO}),
        ("graduation.png", scanned_png(graduation_date_cells(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": MAJOR, "level": ("博士研究生", "研究生"), "graduation_date": GRADUATED.isoformat(),
          "certificate_number": GRADUATION_NO}),
        ("consent.png", scanned_png(consent_institute_reference(), "consent.png"), "consent_letter",
         {"organisation": (CONSENTER, "苏州先进高分子材料研究所"), "applicant_name": "ZHOU YIFAN", "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("id990a.png", scanned_png(applicant_dotted_lines(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.permit_no, "employer_name": EMPLOYER, "position": POST, "monthly_salary_hkd": float(SALARY),
          "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_profession_named(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": True}),
        ("contract.png", scanned_png(contract_pay_table(), "contract.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST, "start_date": START.isoformat(),
          "term_months": 36, "monthly_salary_hkd": float(SALARY), "guaranteed_bonus_hkd": float(SALARY), "housing_allowance_hkd": 0.0}),
        ("br.png", scanned_png(br_certificate(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(accounts_side_by_side(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2025-12-31", "currency": "HKD", "revenue": 46218500.0, "profit": 5111300.0,
          "total_equity": 30371500.0}),
        ("profile.png", scanned_png(company_profile_timeline(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "ninth-hand", CASE, SETTINGS)
