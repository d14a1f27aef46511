"""A hundred-and-forty-ninth drawn set: a twelfth whole clean application, for a bachelor of engineering at an
established acoustics firm. Its papers in layouts no earlier set drew: a landscape degree certificate; a graduation
certificate in the old prose style, its dates in Chinese numerals and a photo's frame on its left; a consent with its
counterfoil (存根) torn along a dashed line; form ID 990A as a table of numbered items (1.1 Surname …); form ID 990B as
a PDF with a text layer; an employment agreement whose pay stands in a schedule at its end; accounts with the balance
sheet over the income statement on one scanned page; a profile as a company's background page. Scored on each paper's
fields and on the checks on them (the case is clean). Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredfortyninth`). Every name and number is made up; 19872 is no real
institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import H, Sheet, W, br_sheet, scanned_png, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop
from .drawn_thirdhand_fiftythird import _pdf

CASE = "he-yuchen"
SETTINGS = {"as_of": "2026-12-05", "dependants": 0}
HOLDER = sixteenth.Holder("何", "雨辰", "HE", "YUCHEN", "F", date(1994, 7, 22), "安徽/ANHUI", "EJ7310482",
                          date(2023, 5, 9), date(2033, 5, 8), "C84620137", date(2022, 8, 15), date(2032, 8, 14), (390, 505))
NAME = "何雨辰"
SCHOOL, MAJOR = "江淮声学工程学院", "建筑环境与能源应用工程"
AWARDED, GRADUATED = date(2015, 6, 28), date(2015, 6, 30)
DEGREE_NO, GRADUATION_NO = "1987242015000318", "198721201505000318"
CONSENTER = "上海浦江建筑声学设计研究院有限公司"
CONSENT_DATE = date(2026, 11, 26)
EMPLOYER = "Northpoint Acoustics Engineering Limited"
BR_NO = "52817460"
ADDRESS = "FLAT B, 9/F, KWAI CHEONG CENTRE, 50 KWAI CHEONG ROAD, KWAI CHUNG, NEW TERRITORIES"
NATURE = "ACOUSTIC AND NOISE CONTROL CONSULTANCY"
COMMENCED, EXPIRES = date(2012, 9, 3), date(2027, 9, 2)
POST, START, SALARY = "Acoustic Consultant", date(2027, 3, 1), 42000


def degree_landscape() -> Sheet:
    s = Sheet()
    s.img = Image.new("RGB", (H, W), "white")  # the certificate lies on its long side
    s.d = ImageDraw.Draw(s.img)
    s.d.rectangle([90, 90, H - 90, W - 90], outline=(150, 40, 40), width=6)
    s.text(960, 200, "学士学位证书", 60, "serif_cjk")
    _paragraph(s, 260, 420, f"　　{NAME}，女，{HOLDER.born.year}年{HOLDER.born.month}月{HOLDER.born.day}日生。在{SCHOOL}{MAJOR}专业完成了本科学业，"
               "成绩合格。根据《中华人民共和国学位条例》的规定，授予工学学士学位。", 44, 34, 76)
    s.text(1400, 980, f"{SCHOOL}校长　林正言", 30, "serif_cjk")
    s.text(1400, 1040, "学位评定委员会主席　林正言", 30, "serif_cjk")
    s.text(1400, 1110, f"{AWARDED.year}年{AWARDED.month}月{AWARDED.day}日", 30, "serif_cjk")
    s.text(260, 1380, f"证书编号：{DEGREE_NO}", 26, "serif_cjk")
    _chop(s, 1650, 1020, SCHOOL)
    return s


def graduation_old_prose() -> Sheet:
    s = Sheet()
    s.text(620, 150, "毕 业 证 书", 56, "serif_cjk")
    s.d.rectangle([160, 360, 460, 760], outline=(120, 120, 120), width=3)
    s.text(250, 540, "照 片", 30, "serif_cjk")
    _paragraph(s, 540, 380, f"　　学生{NAME}，性别女，一九九四年七月二十二日生，于二〇一一年九月至二〇一五年六月在本校{MAJOR}专业四年制本科学习，"
               "修完教学计划规定的全部课程，成绩合格，准予毕业。", 26, 32, 70)
    s.text(900, 1200, f"校　名：{SCHOOL}", 30, "serif_cjk")
    s.text(900, 1260, "校　长：林正言", 30, "serif_cjk")
    s.text(900, 1330, "二〇一五年六月三十日", 30, "serif_cjk")
    s.text(160, 1500, f"证书编号：{GRADUATION_NO}", 26, "serif_cjk")
    _chop(s, 1150, 1260, SCHOOL)
    return s


def consent_with_counterfoil() -> Sheet:
    s = Sheet()
    s.text(160, 160, "存　根", 34, "serif_cjk")
    for k, line in enumerate(["沪浦声人〔2026〕18号", f"{NAME}同志", "赴香港工作", "单位同意", "经办人：周敏"]):
        s.text(150, 260 + 70 * k, line, 26, "serif_cjk")
    for y in range(100, 1300, 30):  # the dashed line it is torn along
        s.d.line([470, y, 470, y + 16], fill=(90, 90, 90), width=3)
    s.text(880, 160, "同意函", 44, "serif_cjk")
    y = _paragraph(s, 540, 280, f"　　我单位职工{NAME}同志，于二〇一五年七月入职，现任声学工程师。经研究，我单位同意其赴香港特别行政区工作。特此证明。",
                   24, 30, 62)
    s.text(900, y + 160, CONSENTER, 26, "serif_cjk")
    s.text(1040, y + 220, f"{CONSENT_DATE.year}年{CONSENT_DATE.month}月{CONSENT_DATE.day}日", 28, "serif_cjk")
    _chop(s, 1200, y + 190, CONSENTER)
    return s


def applicant_numbered_table() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    s.text(140, 140, "Part 1  Personal particulars of the applicant", 28, "sans_bold")
    rows = [["1.1", "Surname", HOLDER.surname], ["1.2", "Given names", HOLDER.given], ["1.3", "Name in Chinese", NAME], ["1.4", "Sex", "F"],
            ["1.5", "Date of birth (dd/mm/yyyy)", HOLDER.born.strftime("%d/%m/%Y")], ["1.6", "Travel document number", HOLDER.passport_no],
            ["1.7", "Employer in Hong Kong", EMPLOYER], ["1.8", "Post", POST], ["1.9", "Monthly salary (HK$)", f"{SALARY:,}"],
            ["1.10", "Do you hold a local degree from a Hong Kong institution?", "No"]]
    y = 220
    for number, label, value in rows:
        s.d.rectangle([140, y, 240, y + 96], outline=(70, 70, 70), width=2)
        s.d.rectangle([240, y, 860, y + 96], outline=(70, 70, 70), width=2)
        s.d.rectangle([860, y, 1520, y + 96], outline=(70, 70, 70), width=2)
        s.text(160, y + 32, number, 24, "sans")
        s.wrapped(258, y + 14 if len(label) > 34 else y + 32, label, 34, 22, "sans", 32)
        s.text(880, y + 30, value, 28, "mono" if value.isascii() else "sans_cjk")
        y += 96
    return s


def employer_text_pdf() -> bytes:
    page = [(60, 60, "ID 990B", 14), (60, 90, "Part 2  Particulars of the employer", 12)]
    for k, (label, value) in enumerate([("Name of company", EMPLOYER), ("Business registration no.", BR_NO),
                                        ("Name of applicant", f"{HOLDER.surname} {HOLDER.given}"), ("Post offered", POST),
                                        ("Monthly salary (HK$)", f"{SALARY:,}"), ("Is the post on the Talent List? (Yes/No)", "No")]):
        page += [(60, 130 + 28 * k, label, 10), (300, 130 + 28 * k, value, 10)]
    return _pdf([page])


def agreement_with_schedule() -> Sheet:
    s = Sheet()
    s.text(560, 110, "EMPLOYMENT AGREEMENT", 34, "serif_bold")
    y = 200
    for line in [f"THIS AGREEMENT is made on 2 December 2026 between {EMPLOYER} (the \"Company\")",
                 f"and Ms {HOLDER.surname} {HOLDER.given.title()} (the \"Employee\").", "",
                 f"1. Appointment. The Company appoints the Employee as {POST}.",
                 "2. Commencement. Employment commences on 1 March 2027 and continues for a fixed term of two (2) years.",
                 "3. Remuneration. The Employee shall be paid the remuneration set out in Schedule 1.",
                 "4. Hours. Normal working hours are 9:00 a.m. to 6:00 p.m., Monday to Friday.",
                 "5. Leave. The Employee is entitled to 14 days of paid annual leave a year.", "",
                 "SCHEDULE 1 - REMUNERATION"]:
        s.text(140, y, line, 22, "serif_bold" if line.isupper() else "serif")
        y += 40
    _ruled(s, 140, y + 10, [["Monthly basic salary", f"HK${SALARY:,}"], ["Housing allowance", "Nil"],
                            ["Medical insurance", "Company group plan"]], [620, 560], 60, 24)
    s.text(140, y + 260, "Signed for the Company: ____________        Signed by the Employee: ____________", 22, "serif")
    return s


def accounts_balance_first() -> Sheet:
    s = Sheet()
    s.text(140, 110, EMPLOYER.upper(), 30, "serif_bold")
    s.text(140, 170, "STATEMENT OF FINANCIAL POSITION AS AT 31 DECEMBER 2025", 24, "serif_bold")
    y = _ruled(s, 140, 220, [["", "2025 HK$", "2024 HK$"], ["Non-current assets", "1,284,300", "1,402,600"],
                             ["Current assets", "9,817,400", "8,236,900"], ["Current liabilities", "(2,160,200)", "(1,988,300)"],
                             ["Total equity", "8,941,500", "7,651,200"]], [660, 330, 330], 58, 22)
    s.text(140, y + 60, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 DECEMBER 2025", 24, "serif_bold")
    _ruled(s, 140, y + 110, [["", "2025 HK$", "2024 HK$"], ["Revenue", "16,402,800", "14,918,500"],
                             ["Cost of services", "(11,066,300)", "(10,207,400)"], ["Profit before tax", "1,544,700", "1,262,900"],
                             ["Taxation", "(254,400)", "(208,400)"], ["Profit for the year", "1,290,300", "1,054,500"]], [660, 330, 330], 58, 22)
    return s


def profile_background() -> Sheet:
    s = Sheet()
    s.text(140, 110, "Company background", 36, "sans_bold")
    s.wrapped(140, 200, f"{EMPLOYER} was founded in 2012 by two acoustic engineers. It advises architects, developers and government "
              "departments on noise control, room acoustics and environmental noise assessments, and has completed more than 300 "
              "projects in Hong Kong and Macau. Its 28 staff work from an office and a small test laboratory in Kwai Chung.", 84, 26,
              "sans", leading=44)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "FLAT B, 9/F, KWAI CHEONG CENTRE,"),
                     ("", "50 KWAI CHEONG ROAD, KWAI CHUNG, NEW TERRITORIES"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-09-26-3")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "passport-photocopy", "photo-as-taken"),
        ("degree.png", scanned_png(degree_landscape(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": ("工学学士学位", "工学学士"),
          "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("graduation.png", scanned_png(graduation_old_prose(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": MAJOR, "level": ("本科", "四年制本科"), "graduation_date": GRADUATED.isoformat(),
          "certificate_number": GRADUATION_NO}),
        ("consent.png", scanned_png(consent_with_counterfoil(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("id990a.png", scanned_png(applicant_numbered_table(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "F", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.pdf", employer_text_pdf(), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("agreement.png", scanned_png(agreement_with_schedule(), "agreement.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST, "start_date": START.isoformat(),
          "term_months": 24, "monthly_salary_hkd": float(SALARY), "housing_allowance_hkd": 0.0}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(accounts_balance_first(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2025-12-31", "revenue": 16402800.0, "profit": 1290300.0, "total_equity": 8941500.0}),
        ("profile.png", scanned_png(profile_background(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "twelfth-hand", CASE, SETTINGS)
