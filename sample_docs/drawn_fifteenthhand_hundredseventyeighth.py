"""A hundred-and-seventy-eighth drawn set: a fifteenth whole clean application, for a software engineer joining a
company seven years old. Its papers in layouts no earlier set drew: the passport's data page as a photocopy and the
portrait as taken; a bachelor's degree in a double frame with a box for the photo; a graduation certificate whose dates
are in Chinese numerals (二〇一八年六月三十日); a letter of no objection in English from the Mainland employer, its Chinese
name under the English in the letterhead; form ID 990A as a table whose label cells are grey; form ID 990B whose Talent
List question is answered in tick boxes; an offer of employment as a letter; the BR certificate; a small company's
profit and loss account with its balance sheet's summary; a profile as a brochure's page; the post's advertisement
on a job board's web page, the record of local recruitment (added before any reader changed: drawn first without it,
the case was rightly failed by salary.recruitment_exemption). Scored on each paper's fields
and on the checks on them (the case is clean). Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredseventyeighth`). Every name and number is made up; 19884 is no real
institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, br_sheet, scanned_png, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "fu-ziqian"
SETTINGS = {"as_of": "2026-12-05", "dependants": 0}
HOLDER = sixteenth.Holder("符", "子谦", "FU", "ZIQIAN", "M", date(1995, 7, 14), "海南/HAINAN", "EM4086132",
                          date(2021, 3, 18), date(2031, 3, 17), "C19453706", date(2024, 1, 9), date(2034, 1, 8), (360, 460))
NAME = "符子谦"
SCHOOL, MAJOR = "南海理工大学", "软件工程"
AWARDED = GRADUATED = date(2018, 6, 30)
DEGREE_NO, GRADUATION_NO = "1988442018002741", "198845201805002741"
CONSENTER_EN, CONSENTER = "Hainan Blue Ocean Software Co., Ltd.", "海南蓝海软件有限公司"
CONSENT_DATE = date(2026, 11, 26)
EMPLOYER = "Northwind Cloud Systems Limited"
BR_NO = "58302946"
ADDRESS = "UNIT 1603, 16/F, CYBERPORT 2, 100 CYBERPORT ROAD, HONG KONG"
NATURE = "SOFTWARE DEVELOPMENT"
COMMENCED, EXPIRES = date(2019, 5, 6), date(2027, 5, 5)
POST, START, SALARY = "Software Engineer", date(2027, 3, 1), 38000


def degree_double_frame() -> Sheet:
    s = Sheet()
    s.d.rectangle([80, 60, 1574, 1300], outline=(120, 20, 20), width=8)
    s.d.rectangle([110, 90, 1544, 1270], outline=(120, 20, 20), width=3)
    s.text(640, 170, "学士学位证书", 50, "serif_cjk")
    s.d.rectangle([180, 320, 420, 620], outline=(100, 100, 100), width=2)
    s.text(270, 450, "照片", 30, "serif_cjk")
    _paragraph(s, 480, 330, f"　　{NAME}，男，1995年7月14日生。在{SCHOOL}{MAJOR}专业完成了本科学习计划，业已毕业。经审核符合"
               "《中华人民共和国学位条例》的规定，授予工学学士学位。", 30, 28, 60)
    s.text(480, 820, "学位评定委员会主席：黎国栋", 26, "serif_cjk")
    s.text(1040, 900, f"{AWARDED.year}年{AWARDED.month}月{AWARDED.day}日", 28, "serif_cjk")
    s.text(180, 1150, f"证书编号：{DEGREE_NO}", 24, "serif_cjk")
    _chop(s, 1200, 860, SCHOOL)
    return s


def graduation_chinese_numerals() -> Sheet:
    s = Sheet()
    s.text(640, 140, "毕业证书", 52, "serif_cjk")
    s.d.rectangle([140, 300, 380, 600], outline=(100, 100, 100), width=2)
    _paragraph(s, 440, 300, f"　　学生{NAME}，性别男，一九九五年七月十四日生，于二〇一四年九月至二〇一八年六月在本校{MAJOR}专业四年制本科学习，"
               "修完教学计划规定的全部课程，成绩合格，准予毕业。", 28, 28, 62)
    s.text(960, 820, f"校名：{SCHOOL}", 28, "serif_cjk")
    s.text(960, 880, "校（院）长：龚立言", 28, "serif_cjk")
    s.text(960, 940, "二〇一八年六月三十日", 28, "serif_cjk")
    s.text(140, 1080, f"证书编号：{GRADUATION_NO}", 24, "serif_cjk")
    _chop(s, 1180, 860, SCHOOL)
    return s


def no_objection_letter() -> Sheet:
    s = Sheet()
    s.text(140, 90, CONSENTER_EN, 30, "serif_bold")
    s.text(140, 140, CONSENTER, 26, "serif_cjk")
    s.d.line([140, 185, 1510, 185], fill=(0, 0, 0), width=2)
    y = 250
    for line in [f"{CONSENT_DATE.day} November {CONSENT_DATE.year}", "", "LETTER OF NO OBJECTION", "",
                 f"Mr FU Ziqian ({NAME}), holder of Mainland travel permit {HOLDER.permit_no}, has worked for our company",
                 "as a Senior Developer since July 2018.", "",
                 f"We have no objection to Mr FU taking up employment with {EMPLOYER} in Hong Kong, and",
                 "we will keep his post open for him should he return.", "", "", "For and on behalf of",
                 CONSENTER_EN, "", "", "ZHONG Haitao, General Manager"]:
        s.text(140, y, line, 24, "serif_bold" if line.isupper() else "serif")
        y += 42
    _chop(s, 420, y - 120, CONSENTER)
    return s


def applicant_grey_label_cells() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    s.text(140, 140, "Particulars of the person to be employed", 28, "sans_bold")
    _ruled(s, 140, 210, [["Surname", HOLDER.surname, "Given names", HOLDER.given], ["Name in Chinese", NAME, "Sex", "M"],
                         ["Date of birth", HOLDER.born.strftime("%d-%m-%Y"), "Travel document no.", HOLDER.passport_no],
                         ["Employer", EMPLOYER], ["Post", POST], ["Monthly salary (HK$)", f"{SALARY:,}"],
                         ["Local degree from a Hong Kong institution?", "No"]], [330, 360, 330, 360], 76, 24, shade_labels=True)
    return s


def employer_talent_ticks() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 140, "Particulars of the employer and the post", 28, "sans_bold")
    y = 230
    for label, value in [("Name of company", EMPLOYER), ("Business registration no.", BR_NO),
                         ("Name of the person to be employed", f"{HOLDER.surname} {HOLDER.given}"), ("Post offered", POST),
                         ("Monthly salary", f"HK${SALARY:,}")]:
        end = s.text(140, y, f"{label}:", 24, "sans")
        s.text(max(end + 30, 720), y - 2, value, 26, "mono")
        y += 70
    s.text(140, y + 20, "Is the post under a profession in the Talent List?", 24, "sans")
    s.tick(140, y + 80, False)
    s.text(190, y + 82, "Yes", 24, "sans")
    s.tick(320, y + 80, True)
    s.text(370, y + 82, "No", 24, "sans")
    return s


def offer_letter() -> Sheet:
    s = Sheet()
    s.text(140, 90, EMPLOYER, 32, "serif_bold")
    s.text(140, 140, "Unit 1603, 16/F, Cyberport 2, 100 Cyberport Road, Hong Kong", 20, "serif")
    y = 230
    for line in ["30 November 2026", "", "Mr FU Ziqian", "", "Dear Mr Fu,", "", "OFFER OF EMPLOYMENT", "",
                 f"We are pleased to offer you the position of {POST} on the following terms:", "",
                 "1. Commencement: your employment will begin on 1 March 2027.",
                 "2. Term: a fixed term of twenty-four (24) months.",
                 f"3. Remuneration: a monthly salary of HK${SALARY:,}, paid at the end of each month.",
                 "4. Hours: Monday to Friday, 9:00 a.m. to 6:00 p.m.", "",
                 "Please sign and return the duplicate of this letter to accept the offer.", "", "Yours sincerely,", "", "",
                 "LEUNG Wai Kit, Director", "", "Accepted: FU Ziqian"]:
        s.text(140, y, line, 22, "serif_bold" if line.isupper() else "serif")
        y += 40
    return s


def small_company_accounts() -> Sheet:
    s = Sheet()
    s.text(460, 100, EMPLOYER.upper(), 30, "serif_bold")
    s.text(420, 150, "PROFIT AND LOSS ACCOUNT FOR THE YEAR ENDED 31 MARCH 2026", 22, "serif_bold")
    y = 230
    for label, this, last in [("", "2026", "2025"), ("", "HK$", "HK$"), ("Turnover", "18,406,300", "15,972,800"),
                              ("Cost of services", "(11,208,900)", "(9,880,400)"), ("Profit before taxation", "2,915,700", "2,301,500"),
                              ("Taxation", "(459,600)", "(356,700)"), ("Profit for the year", "2,456,100", "1,944,800"),
                              ("Balance sheet summary at 31 March 2026", "", ""), ("Total equity", "9,318,200", "6,862,100")]:
        s.text(160, y, label, 24, "serif_bold" if label.startswith("Balance") else "serif")
        s.text(1190 - 13 * len(this), y, this, 24, "serif")
        s.text(1430 - 13 * len(last), y, last, 24, "serif")
        y += 54
    s.text(160, y + 40, "Audited by Lo & Chan CPA Limited, 20 July 2026", 22, "serif")
    return s


def profile_brochure() -> Sheet:
    s = Sheet()
    s.d.rectangle([0, 0, 1654, 260], fill=(18, 52, 96))
    s.text(140, 90, "Northwind Cloud Systems", 48, "sans_bold", (255, 255, 255))
    s.text(140, 170, "Cloud platforms for Hong Kong's logistics trade", 28, "sans", (255, 255, 255))
    s.wrapped(140, 340, f"Since 2019 {EMPLOYER} has built booking, tracking and billing systems for freight forwarders, "
              "warehouses and cross-border truck fleets. Our 46 staff work from Cyberport, and our platform handles two million "
              "shipments a year for 130 customers.", 84, 26, "sans", leading=44)
    return s


def job_board_posting() -> Sheet:
    s = Sheet()
    s.d.rectangle([0, 0, 1654, 120], fill=(240, 120, 40))
    s.text(80, 38, "jobshk.example", 36, "sans_bold", (255, 255, 255))
    s.text(1200, 48, "Sign in   Post a job", 24, "sans", (255, 255, 255))
    s.text(120, 200, POST, 44, "sans_bold")
    s.text(120, 270, EMPLOYER, 28, "sans")
    s.text(120, 320, "Cyberport  ·  Full time  ·  Posted 14 Sep 2026", 22, "sans", (100, 100, 100))
    s.text(120, 380, "HK$32,000 - HK$40,000 per month", 26, "sans_bold")
    y = 460
    for line in ["What you will do", "- Build and run the services behind our shipment tracking platform",
                 "- Work with product and operations teams on new features", "", "What we look for",
                 "- A degree in computer science, software engineering or a related subject",
                 "- Three years or more of back-end development in Python or Go", "- Fluent English; Cantonese or Putonghua a plus"]:
        s.text(120, y, line, 24, "sans_bold" if line.startswith("What") else "sans")
        y += 44
    s.d.rectangle([120, y + 40, 420, y + 110], fill=(240, 120, 40))
    s.text(170, y + 58, "Apply now", 30, "sans_bold", (255, 255, 255))
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "UNIT 1603, 16/F, CYBERPORT 2,"),
                     ("", "100 CYBERPORT ROAD, HONG KONG"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-05-26-9")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "passport-photocopy", "photo-as-taken"),
        ("degree.png", scanned_png(degree_double_frame(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": ("工学学士学位", "工学学士"),
          "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("graduation.png", scanned_png(graduation_chinese_numerals(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": MAJOR, "level": "本科", "graduation_date": GRADUATED.isoformat(),
          "certificate_number": GRADUATION_NO}),
        ("consent.png", scanned_png(no_objection_letter(), "consent.png"), "consent_letter",
         {"organisation": (CONSENTER_EN, CONSENTER), "applicant_name": (NAME, "FU Ziqian"), "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("id990a.png", scanned_png(applicant_grey_label_cells(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_talent_ticks(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("offer.png", scanned_png(offer_letter(), "offer.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST, "start_date": START.isoformat(),
          "term_months": 24, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(small_company_accounts(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-03-31", "revenue": 18406300.0, "profit": 2456100.0, "total_equity": 9318200.0}),
        ("profile.png", scanned_png(profile_brochure(), "profile.png"), "company_profile", {"type": "company_profile"}),
        ("job-posting.png", scanned_png(job_board_posting(), "job-posting.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
    ]
    return write_case(folder, papers, "fifteenth-hand", CASE, SETTINGS)
