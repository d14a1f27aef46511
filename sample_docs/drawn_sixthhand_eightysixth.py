"""An eighty-sixth drawn set: a sixth whole clean application, its papers in layouts no earlier set drew. The
passport photographed open on a desk; a degree certificate with a photo box under an embossed seal; a graduation
certificate dating the years of study in Chinese numerals; the consent in English naming the engineer with his
Hanzi in brackets; form ID 990A in a grid of two items a row; form ID 990B with its labels in small capitals in the
margin and the values written by hand on lines; a contract of two scanned pages, a cover page first; the BR
certificate photographed at a slant by a phone; accounts of three scanned pages (a cover, the auditor's report,
the statements); a company profile and a job advertisement, as the post is not exempt from proving local
recruitment. Scored on each paper's fields and on the checks on them (the case is clean). Read once through the
product before any reader changes for it (`scripts/bench_drawn_forms.py --set eightysixth`). Every name and number
is made up; 19861 is no real institution's code."""
from __future__ import annotations

import io
import zlib
from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, png_bytes
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop
from .drawn_photos_ninth import photographed

CASE = "jiang-yifan"
SETTINGS = {"as_of": "2026-11-30", "dependants": 0}
HOLDER = sixteenth.Holder("蒋", "一帆", "JIANG", "YIFAN", "M", date(1991, 4, 9), "四川/SICHUAN", "EH4093172",
                          date(2023, 3, 10), date(2033, 3, 9), "C51830946", date(2022, 5, 11), date(2032, 5, 10), (400, 514))
NAME = "蒋一帆"
SCHOOL, MAJOR, DEGREE = "西川电子科技大学", "电子信息工程", "工学学士"
AWARDED, GRADUATED = date(2013, 6, 28), date(2013, 6, 30)
GRADUATION_NO, DEGREE_NO = "198611201305001207", "1986142013001207"
CONSENTER, CONSENTER_EN = "成都锦程微电子有限公司", "Chengdu Jincheng Microelectronics Co., Ltd."
CONSENT_DATE = date(2026, 11, 12)
EMPLOYER = "Harbourgate Microsystems Limited"
BR_NO = "71246093"
ADDRESS = "FLAT 8, 21/F, CYBERWAY CENTRE, 9 SCIENCE PARK WEST AVENUE, SHA TIN, NEW TERRITORIES"
NATURE = "SEMICONDUCTOR DESIGN SERVICES"
COMMENCED, EXPIRES = date(2015, 3, 16), date(2027, 3, 15)
POST, START, SALARY = "Senior IC Design Engineer", date(2027, 3, 1), 61500
YEAR_END, REVENUE, PROFIT, EQUITY = date(2025, 12, 31), 48_210_600, 4_105_300, 21_874_900
PEN = (20, 30, 120)
NUMERALS = "〇一二三四五六七八九"


def _han_year(year: int) -> str:
    return "".join(NUMERALS[int(d)] for d in str(year))


def _han_month(n: int) -> str:
    return ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"][n]


def _han_day(n: int) -> str:
    tens, units = divmod(n, 10)
    return ("" if tens == 0 else "十" if tens == 1 else NUMERALS[tens] + "十") + ("" if units == 0 else NUMERALS[units])


def degree_embossed_photo() -> Sheet:
    s = Sheet()
    s.d.rectangle([140, 160, 420, 520], outline=(160, 160, 160), width=2)
    s.text(220, 320, "照片", 40, "sans_cjk", (170, 170, 170))
    s.d.ellipse([300, 400, 520, 620], outline=(200, 200, 200), width=10)  # the steel seal, pressed through the photo's corner
    s.text(760, 200, "学士学位证书", 56, "serif_cjk")
    _paragraph(s, 140, 700, f"{NAME}，男，{HOLDER.born.year}年{HOLDER.born.month}月{HOLDER.born.day}日生。在{SCHOOL}{MAJOR}专业完成了本科学习计划，业已毕业，"
               f"经审核符合《中华人民共和国学位条例》的规定，授予{DEGREE}学位。", 30, 38, 70)
    s.text(900, 1080, f"{SCHOOL}", 34, "serif_cjk")
    s.text(900, 1140, "校长", 30, "serif_cjk")
    s.text(900, 1200, "学位评定委员会主席", 30, "serif_cjk")
    s.text(140, 1300, f"证书编号：{DEGREE_NO}", 28, "serif_cjk")
    s.text(900, 1300, f"{_han_year(AWARDED.year)}年{_han_month(AWARDED.month)}月{_han_day(AWARDED.day)}日", 30, "serif_cjk")
    return s


def graduation_years_in_numerals() -> Sheet:
    s = Sheet()
    s.text(620, 180, "毕 业 证 书", 64, "serif_cjk")
    _paragraph(s, 160, 420, f"学生{NAME}，性别男，{_han_year(HOLDER.born.year)}年{_han_month(HOLDER.born.month)}月{_han_day(HOLDER.born.day)}日生，"
               f"于{_han_year(2009)}年{_han_month(9)}月至{_han_year(2013)}年{_han_month(6)}月在本校{MAJOR}专业四年制本科学习，修完教学计划规定的全部课程，"
               "成绩合格，准予毕业。", 30, 38, 72)
    s.text(960, 900, f"{SCHOOL}", 36, "serif_cjk")
    s.text(960, 960, "校长：", 30, "serif_cjk")
    s.text(960, 1020, f"{_han_year(GRADUATED.year)}年{_han_month(GRADUATED.month)}月{_han_day(GRADUATED.day)}日", 30, "serif_cjk")
    s.text(160, 1160, f"证书编号：{GRADUATION_NO}", 28, "serif_cjk")
    _chop(s, 1120, 930, SCHOOL)
    return s


def consent_english_hanzi_in_brackets() -> Sheet:
    s = Sheet()
    s.text(140, 110, CONSENTER_EN, 34, "serif_bold")
    s.text(140, 160, CONSENTER, 28, "serif_cjk")
    s.text(140, 200, "No. 88 Tianfu Avenue, Chengdu, Sichuan", 22, "serif")
    s.text(140, 320, "12 Nov 2026", 26, "serif")
    s.text(140, 390, "To: Harbourgate Microsystems Limited, Hong Kong", 26, "serif")
    s.text(140, 460, "Re: Consent to employment in Hong Kong", 26, "serif_bold")
    s.wrapped(140, 540, "Mr JIANG Yifan (蒋一帆), a design engineer of our company since July 2013, has applied to work for "
              "your company in Hong Kong. The company gives its consent to his employment there and will release him "
              "when his entry permit is issued.", 84, 26, "serif", leading=46)
    s.text(140, 820, "For and on behalf of", 26, "serif")
    s.text(140, 870, CONSENTER_EN, 26, "serif")
    _chop(s, 420, 960, CONSENTER)
    return s


def applicant_two_a_row() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    s.text(140, 140, "PART A - PARTICULARS OF APPLICANT", 30, "sans_bold")
    rows = [[("Surname", HOLDER.surname), ("Given names", HOLDER.given)], [("Chinese name", NAME), ("Sex", "M")],
            [("Date of birth (DD/MM/YYYY)", HOLDER.born.strftime("%d/%m/%Y")), ("Travel document no.", HOLDER.passport_no)],
            [("Employer in Hong Kong", EMPLOYER), ("Post", POST)], [("Monthly salary (HK$)", f"{SALARY:,}"), ("HKID no. (if any)", "")]]
    y = 240
    for row in rows:
        for k, (label, value) in enumerate(row):
            x = 140 + 690 * k
            s.d.rectangle([x, y, x + 680, y + 110], outline="black", width=2)
            s.text(x + 12, y + 8, label, 20, "sans")
            s.text(x + 12, y + 52, value, 28, "mono" if value.isascii() else "sans_cjk")
        y += 110
    s.text(140, y + 60, "Have you obtained a degree from a full-time and locally-accredited programme in Hong Kong?", 22, "sans")
    s.tick(160, y + 110, False)
    s.text(210, y + 110, "Yes", 26, "sans")
    s.tick(360, y + 110, True)
    s.text(410, y + 110, "No", 26, "sans")
    return s


def employer_margin_labels() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 140, "PARTICULARS OF THE EMPLOYER AND THE EMPLOYMENT", 28, "sans_bold")
    rows = [("NAME OF EMPLOYER", EMPLOYER), ("BUSINESS REGISTRATION NO.", BR_NO), ("NAME OF APPLICANT", f"{HOLDER.surname} {HOLDER.given}"),
            ("POST OFFERED", POST), ("MONTHLY SALARY (HK$)", f"{SALARY:,}")]
    y = 260
    for label, value in rows:
        s.text(140, y + 14, label, 18, "sans_bold")
        s.text(560, y - 4, value, 34, "hand", PEN)
        s.d.line([550, y + 40, 1500, y + 40], fill="black", width=1)
        y += 90
    s.text(140, y + 40, "IS THE POST ON THE TALENT LIST?", 18, "sans_bold")
    s.tick(560, y + 30, False)
    s.text(610, y + 32, "Yes", 26, "sans")
    s.tick(740, y + 30, True)
    s.text(790, y + 32, "No", 26, "sans")
    return s


def contract_cover_then_terms() -> bytes:
    cover = Sheet()
    cover.text(480, 500, "EMPLOYMENT AGREEMENT", 48, "serif_bold")
    cover.text(760, 620, "between", 30, "serif")
    cover.text(560, 700, EMPLOYER.upper(), 32, "serif_bold")
    cover.text(800, 780, "and", 30, "serif")
    cover.text(700, 860, f"{HOLDER.surname} {HOLDER.given.title()}", 32, "serif_bold")
    cover.text(620, 1000, "Dated 20 November 2026", 28, "serif")
    terms = Sheet()
    clauses = [("1. Appointment", f"The Company employs the Employee as {POST} from {START.day} March {START.year} for a term of three (3) years."),
               ("2. Remuneration", f"The Company shall pay the Employee a monthly salary of HK${SALARY:,}, payable in arrears."),
               ("3. Hours", "Normal working hours are 9:00 a.m. to 6:00 p.m., Monday to Friday."),
               ("4. Leave", "The Employee is entitled to fourteen (14) working days of paid annual leave a year."),
               ("5. Termination", "Either party may end this agreement by giving one month's notice in writing.")]
    y = 160
    for head, text in clauses:
        terms.text(140, y, head, 28, "serif_bold")
        terms.wrapped(140, y + 50, text, 90, 26, "serif", leading=42)
        y += 60 + 42 * (len(text) // 90 + 1) + 30
    terms.text(140, y + 80, f"Signed for {EMPLOYER}", 26, "serif")
    terms.text(900, y + 80, f"Signed by the Employee: {HOLDER.surname} {HOLDER.given.title()}", 26, "serif")
    pages = [cover.scanned(zlib.crc32(b"cover")), terms.scanned(zlib.crc32(b"terms"))]
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=200, save_all=True, append_images=pages[1:])
    return buf.getvalue()


def br_by_phone() -> bytes:
    s = Sheet()
    s.text(440, 140, "BUSINESS REGISTRATION CERTIFICATE", 40, "serif_bold")
    s.text(640, 200, "商業登記證", 40, "serif_cjk")
    rows = [("Name of Business", EMPLOYER.upper()), ("Address", "FLAT 8, 21/F, CYBERWAY CENTRE,"), ("", "9 SCIENCE PARK WEST AVENUE,"),
            ("", "SHA TIN, NEW TERRITORIES"), ("Nature of Business", NATURE), ("Status", "CORP"),
            ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
            ("Certificate No.", f"{BR_NO}-000-03-26-9")]
    y = 360
    for label, value in rows:
        s.text(140, y, label, 28, "serif")
        s.text(600, y, value, 28, "mono")
        y += 56 if not label and value else 80
    buf = io.BytesIO()
    photographed(s.img, zlib.crc32(b"br-phone")).save(buf, "JPEG", quality=88)
    return buf.getvalue()


def accounts_three_pages() -> bytes:
    cover = Sheet()
    cover.text(480, 700, EMPLOYER.upper(), 40, "serif_bold")
    cover.text(560, 800, "FINANCIAL STATEMENTS", 36, "serif")
    cover.text(560, 870, "31 DECEMBER 2025", 36, "serif")
    opinion = Sheet()
    opinion.text(140, 140, f"INDEPENDENT AUDITOR'S REPORT TO THE MEMBERS OF {EMPLOYER.upper()}", 24, "serif_bold")
    opinion.wrapped(140, 220, "Opinion: In our opinion the financial statements give a true and fair view of the financial position "
                    "of the Company as at 31 December 2025 and of its financial performance for the year then ended in accordance "
                    "with HKFRS for Private Entities, and have been properly prepared in compliance with the Companies Ordinance.",
                    90, 24, "serif", leading=40)
    opinion.text(140, 520, "Lo, Tam & Co. CPA Limited", 26, "serif")
    opinion.text(140, 560, "Certified Public Accountants, Hong Kong, 28 April 2026", 24, "serif")
    numbers = Sheet()
    numbers.text(140, 120, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 DECEMBER 2025", 26, "serif_bold")
    numbers.text(1100, 190, "2025", 24, "serif_bold")
    numbers.text(1330, 190, "2024", 24, "serif_bold")
    numbers.text(1100, 224, "HK$", 24, "serif_bold")
    numbers.text(1330, 224, "HK$", 24, "serif_bold")
    rows = [("Revenue", f"{REVENUE:,}", "44,302,180"), ("Cost of sales", "(35,118,400)", "(32,960,050)"), ("Profit before tax", "4,912,800", "4,301,760"),
            ("Income tax expense", "(807,500)", "(709,790)"), ("Profit for the year", f"{PROFIT:,}", "3,591,970"),
            ("", "", ""), ("STATEMENT OF FINANCIAL POSITION AS AT 31 DECEMBER 2025", "", ""),
            ("Total assets", "30,440,200", "27,118,960"), ("Total liabilities", "(8,565,300)", "(9,349,360)"), ("Total equity", f"{EQUITY:,}", "17,769,600")]
    y = 290
    for label, this, last in rows:
        numbers.text(140, y, label, 26 if this or not label else 26, "serif_bold" if label.isupper() else "serif")
        numbers.text(1210 - 14 * len(this), y, this, 26, "serif")
        numbers.text(1440 - 14 * len(last), y, last, 26, "serif")
        y += 56
    pages = [p.scanned(zlib.crc32(n)) for p, n in [(cover, b"a-cover"), (opinion, b"a-opinion"), (numbers, b"a-numbers")]]
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=200, save_all=True, append_images=pages[1:])
    return buf.getvalue()


def company_profile() -> Sheet:
    s = Sheet()
    s.text(140, 140, "About Harbourgate Microsystems", 40, "sans_bold")
    s.wrapped(140, 240, "Harbourgate Microsystems Limited designs mixed-signal chips for power meters and battery packs. Founded in "
              "Hong Kong in 2015, the company employs 46 staff at the Science Park and sells to manufacturers in Hong Kong, the "
              "Mainland and Europe. It is a member of the Hong Kong Science and Technology Parks incubation alumni network.",
              84, 26, "sans", leading=44)
    return s


def job_advertisement() -> Sheet:
    s = Sheet()
    s.text(140, 100, "jobs.example.hk  >  Engineering  >  Semiconductors", 22, "sans")
    s.text(140, 180, "Senior IC Design Engineer", 40, "sans_bold")
    s.text(140, 240, "Harbourgate Microsystems Limited  |  Sha Tin  |  Full time  |  Posted 3 Aug 2026", 24, "sans")
    s.wrapped(140, 320, "We are recruiting a senior engineer to lead analogue front-end design. Requirements: degree in electronic "
              "engineering, 8 years of IC design, tape-out experience. Closing date: 31 Aug 2026.", 84, 26, "sans", leading=44)
    s.text(140, 520, "Recruitment record: 14 applications received, 5 local candidates interviewed, none accepted the offer.", 24, "sans")
    return s


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    scan = lambda sheet, file: png_bytes(sheet.scanned(zlib.crc32(file.encode())))  # noqa: E731
    passport = sixteenth.LAYOUTS["passport-open-on-desk"]
    papers = [
        ("passport" + passport[0], passport[1](HOLDER), "travel_document", sixteenth.truth(HOLDER, "passport-open-on-desk")),
        ("photo.jpg", sixteenth.photo_as_taken(HOLDER), "photo", sixteenth.truth(HOLDER, "photo-as-taken")),
        ("degree.png", scan(degree_embossed_photo(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": (DEGREE + "学位", DEGREE),
          "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("graduation.png", scan(graduation_years_in_numerals(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": MAJOR, "level": ("本科", "四年制本科"),
          "graduation_date": GRADUATED.isoformat(), "certificate_number": GRADUATION_NO}),
        ("consent.png", scan(consent_english_hanzi_in_brackets(), "consent.png"), "consent_letter",
         {"organisation": (CONSENTER_EN, CONSENTER), "applicant_name": ("JIANG YIFAN", NAME), "date": CONSENT_DATE.isoformat(),
          "seal_present": True}),
        ("id990a.png", scan(applicant_two_a_row(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scan(employer_margin_labels(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("contract.pdf", contract_cover_then_terms(), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST,
          "start_date": START.isoformat(), "term_months": 36, "monthly_salary_hkd": float(SALARY)}),
        ("br.jpg", br_by_phone(), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.pdf", accounts_three_pages(), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": YEAR_END.isoformat(), "currency": "HKD", "revenue": float(REVENUE),
          "profit": float(PROFIT), "total_equity": float(EQUITY)}),
        ("profile.png", scan(company_profile(), "profile.png"), "company_profile", {"type": "company_profile"}),
        ("job-ad.png", scan(job_advertisement(), "job-ad.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
    ]
    out = []
    for file, data, kind, fields in papers:
        (folder / file).write_bytes(data)
        out.append({"file": file, "type": kind, "layout": "sixth-hand", "case": CASE, "settings": SETTINGS,
                    "fields": {k: v for k, v in fields.items() if k != "type" or kind in ("company_profile", "recruitment_evidence")}})
    return out
