"""A seventy-eighth drawn set, drawn after the seventy-seventh was mended: a fifth whole clean application, its papers
in layouts no earlier set drew. A degree certificate whose Chinese stands over its English translation on one page; a
graduation certificate that names its university above its title; the consent as a unit's numbered document
('人字〔2026〕088号') copied to another office ('抄送'); form ID 990A set in two columns of numbered items (A1 to A5 on
the left, A6 to A10 on the right); form ID 990B with the applicant's name written 'SURNAME, Given names'; a contract
whose particulars stand in a schedule at its foot; the BR certificate as a faint photocopy; accounts of two scanned
pages, the profit or loss first and the financial position second. The passport (cover and data page in one PDF)
and the photograph are drawn as the sixteenth set draws them. Scored on each paper's fields and on the checks on them
(the case is clean). Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py
--set seventyeighth`). Every name and number is made up; 19871 is no real institution's code."""
from __future__ import annotations

import io
import textwrap
import zlib
from datetime import date
from pathlib import Path

from PIL import Image

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, png_bytes
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "lu-siyuan"
SETTINGS = {"as_of": "2026-11-30", "dependants": 0}
HOLDER = sixteenth.Holder("陆", "思远", "LU", "SIYUAN", "M", date(1992, 8, 23), "浙江/ZHEJIANG", "EJ6028413",
                          date(2024, 1, 15), date(2034, 1, 14), "C40291857", date(2023, 6, 1), date(2033, 5, 31), (390, 500))
NAME = "陆思远"
SCHOOL, SCHOOL_EN, MAJOR, MAJOR_EN = "东海交通大学", "Donghai Jiaotong University", "交通运输工程", "Transportation Engineering"
DEGREE, DEGREE_EN = "工学硕士", "Master of Engineering"
AWARDED, GRADUATED = date(2018, 6, 28), date(2018, 6, 30)
GRADUATION_NO, DEGREE_NO = "198711201802000716", "1987132018000716"
CONSENTER = "宁波港城智慧物流有限公司"
CONSENT_DATE = date(2026, 11, 6)
EMPLOYER = "Tidemark Logistics Systems Limited"
BR_NO = "68427105"
ADDRESS = "ROOM 1502, 15/F, HARBOURFRONT TOWER, 18 TAI KOK TSUI ROAD, KOWLOON"
NATURE = "LOGISTICS SOFTWARE AND CONSULTANCY"
COMMENCED, EXPIRES = date(2013, 9, 2), date(2027, 9, 1)
POST, START, SALARY = "Transport Systems Engineer", date(2027, 2, 1), 52800
YEAR_END, REVENUE, PROFIT, EQUITY = date(2026, 3, 31), 36_904_500, 2_871_300, 15_226_800
PEN = (20, 30, 120)


def degree_chinese_over_english() -> Sheet:
    s = Sheet()
    s.text(600, 140, "硕士学位证书", 56, "serif_cjk")
    y = _paragraph(s, 200, 300, f"{NAME}，男，一九九二年八月二十三日生。在本校{MAJOR}学科完成了硕士研究生的学习计划，成绩合格，"
                                f"通过论文答辩，经审核符合《中华人民共和国学位条例》的规定，授予{DEGREE}学位。", 28, 36, 72)
    s.text(900, y + 40, f"{SCHOOL}  二〇一八年六月二十八日", 30, "serif_cjk")
    s.d.line([200, y + 140, 1450, y + 140], fill=(150, 150, 150), width=2)
    s.text(480, y + 200, "MASTER'S DEGREE CERTIFICATE", 40, "serif_bold")
    s.wrapped(200, y + 300, f"LU Siyuan, male, born on 23 August 1992, has completed the master's programme in {MAJOR_EN} at "
              f"this University. In accordance with the Regulations on Academic Degrees of the People's Republic of China, "
              f"he is awarded the degree of {DEGREE_EN}.", 72, 28, "serif", leading=46)
    s.text(900, y + 620, f"{SCHOOL_EN}  28 June 2018", 28, "serif")
    s.text(200, 2120, f"证书编号 Certificate No. {DEGREE_NO}", 28, "serif_cjk")
    return s


def graduation_school_above_title() -> Sheet:
    s = Sheet()
    s.text(640, 160, SCHOOL, 48, "serif_cjk")
    s.text(580, 260, "毕 业 证 书", 64, "serif_cjk")
    _paragraph(s, 200, 480, f"研究生{NAME}，性别男，一九九二年八月二十三日生，于二〇一五年九月至二〇一八年六月在本校{MAJOR}专业学习，"
                            "学制三年，修完硕士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。", 22, 40, 84)
    s.text(900, 1300, "校长：周启明", 34, "serif_cjk")
    s.text(900, 1380, "二〇一八年六月三十日", 34, "serif_cjk")
    s.text(200, 2080, f"证书编号：{GRADUATION_NO}", 28, "serif_cjk")
    return s


def consent_numbered_document() -> Sheet:
    s = Sheet()
    s.text(420, 160, CONSENTER, 44, "serif_cjk", (200, 30, 30))
    s.d.line([160, 240, 1500, 240], fill=(200, 30, 30), width=4)
    s.text(620, 270, "人字〔2026〕088号", 30, "serif_cjk")
    s.text(360, 380, f"关于同意{NAME}同志赴港工作的函", 40, "serif_cjk")
    y = _paragraph(s, 200, 520, f"{NAME}同志系我公司系统工程师，自2018年7月起在我公司工作。经公司研究，同意其应聘香港{EMPLOYER}"
                                "职位，赴香港特别行政区工作。", 26, 34, 72)
    s.text(820, y + 120, CONSENTER, 34, "serif_cjk")
    s.text(860, y + 190, "2026年11月6日", 34, "serif_cjk")
    _chop(s, 1020, y + 150, CONSENTER)
    s.d.line([160, 2060, 1500, 2060], fill="black", width=2)
    s.text(160, 2080, "抄送：公司人力资源部、档案室", 28, "serif_cjk")
    return s


def applicant_two_columns() -> Sheet:
    s = Sheet()
    s.text(1300, 70, "ID 990A", 32, "sans_bold")
    s.text(140, 140, "PART A  PARTICULARS OF APPLICANT", 30, "sans_bold")
    left = [("A1 Surname", HOLDER.surname), ("A2 Given names", HOLDER.given), ("A3 Name in Chinese", NAME), ("A4 Sex", "M"),
            ("A5 Date of birth", "23/08/1992")]
    right = [("A6 Travel document no.", HOLDER.passport_no), ("A7 Employer", EMPLOYER), ("A8 Post", POST),
             ("A9 Monthly salary (HK$)", f"{SALARY:,}")]
    for x, items in ((140, left), (860, right)):
        y = 240
        for label, value in items:
            s.text(x, y, label, 24, "sans")
            s.text(x + 20, y + 40, value, 28 if value.isascii() else 30, "hand" if value.isascii() else "hand_cjk", PEN)
            s.d.line([x + 10, y + 80, x + 660, y + 80], fill="black", width=1)
            y += 120
    s.text(860, 720, "A10 Degree from a full-time locally-accredited", 24)
    s.text(860, 752, "programme in Hong Kong?", 24)
    s.tick(880, 800, False)
    s.text(930, 800, "Yes", 24)
    s.tick(1040, 800, True)
    s.text(1090, 800, "No", 24)
    return s


def employer_surname_comma() -> Sheet:
    s = Sheet()
    s.text(1300, 70, "ID 990B", 32, "sans_bold")
    s.text(140, 140, "PARTICULARS OF EMPLOYER AND OF THE EMPLOYMENT", 30, "sans_bold")
    _ruled(s, 140, 240, [["Name of company", EMPLOYER], ["Business registration no.", BR_NO], ["Applicant (SURNAME, Given names)", "LU, Siyuan"],
                         ["Post offered", POST], ["Monthly salary", f"HK${SALARY:,}"]], [560, 820], 90, 26)
    s.text(140, 740, "Is the post one of the professions on the Talent List?", 26)
    s.tick(160, 790, False)
    s.text(210, 790, "Yes", 26)
    s.tick(340, 790, True)
    s.text(390, 790, "No", 26)
    _chop(s, 1200, 950, "潮印物流系統有限公司")
    return s


def contract_schedule_at_foot() -> Sheet:
    s = Sheet()
    s.text(560, 120, "CONTRACT OF SERVICE", 42, "serif_bold")
    paras = ["The Company named in the Schedule employs the Employee named in the Schedule on the terms below.",
             "1. The Employee shall serve in the post stated in the Schedule and perform the duties the Company assigns.",
             "2. The Company shall pay the Employee the monthly salary stated in the Schedule, in arrears.",
             "3. Either party may end the employment by one month's notice in writing."]
    y = 240
    for p in paras:
        s.wrapped(140, y, p, 84, 26, "serif", leading=40)
        y += 100
    s.text(140, y + 40, "SCHEDULE", 32, "serif_bold")
    _ruled(s, 140, y + 100, [["Company", EMPLOYER], ["Employee", "LU Siyuan"], ["Post", POST],
                             ["Commencement", "1 February 2027"], ["Term", "24 months"], ["Monthly salary", f"HK${SALARY:,}"],
                             ["Housing allowance", "Nil"]], [400, 980], 70, 26)
    return s


def br_faint_copy() -> Image.Image:
    s = Sheet()
    s.text(440, 140, "BUSINESS REGISTRATION CERTIFICATE", 40, "serif_bold")
    s.text(640, 200, "商業登記證", 40, "serif_cjk")
    rows = [("Name of Business", EMPLOYER.upper()), ("Address", ADDRESS), ("Nature of Business", NATURE), ("Status", "CORP"),
            ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
            ("Certificate No.", f"{BR_NO}-000-09-26-5")]
    y = 360
    for label, value in rows:
        s.text(140, y, label, 26, "serif")
        # wrapped at a word's end (read cold, the drawing cut 'TAI' across two lines, as no certificate does)
        for k, part in enumerate(textwrap.wrap(value, 42)):
            s.text(560, y + 40 * k, part, 26, "mono")
        y += 80 + 40 * (len(textwrap.wrap(value, 42)) - 1)
    img = s.scanned(zlib.crc32(b"faint")).convert("L")
    return Image.eval(img, lambda v: int(120 + v * 0.53))  # a copier short of toner: the print comes out grey


def accounts_two_scanned_pages() -> bytes:
    one, two = Sheet(), Sheet()
    for page, title in ((one, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 MARCH 2026"),
                        (two, "STATEMENT OF FINANCIAL POSITION AS AT 31 MARCH 2026")):
        page.text(440, 120, EMPLOYER.upper(), 32, "serif_bold")
        page.text(240, 180, title, 28, "serif_bold")
        page.text(1100, 260, "2026", 26, "serif_bold")
        page.text(1340, 260, "2025", 26, "serif_bold")
        page.text(1100, 300, "HK$", 24, "serif")
        page.text(1340, 300, "HK$", 24, "serif")
    rows_one = [("Revenue", f"{REVENUE:,}", "33,118,200"), ("Cost of services", "(27,406,900)", "(24,905,300)"),
                ("Gross profit", "9,497,600", "8,212,900"), ("Administrative expenses", "(6,085,200)", "(5,640,700)"),
                ("Profit before tax", "3,412,400", "2,572,200"), ("Income tax", "(541,100)", "(410,900)"),
                ("Profit for the year", f"{PROFIT:,}", "2,161,300")]
    rows_two = [("Non-current assets", "4,106,300", "3,880,100"), ("Current assets", "17,583,900", "15,322,400"),
                ("Current liabilities", "(6,463,400)", "(6,846,900)"), ("Net assets", f"{EQUITY:,}", "12,355,600"),
                ("Share capital", "2,000,000", "2,000,000"), ("Retained earnings", "13,226,800", "10,355,600"),
                ("Total equity", f"{EQUITY:,}", "12,355,600")]
    for page, rows in ((one, rows_one), (two, rows_two)):
        y = 360
        for label, this, last in rows:
            page.text(160, y, label, 26, "serif")
            page.text(1180 - 16 * len(this), y, this, 26, "serif")
            page.text(1420 - 16 * len(last), y, last, 26, "serif")
            y += 60
    two.text(160, 1000, "Approved by the directors on 26 June 2026.", 24, "serif")
    pages = [sheet.scanned(zlib.crc32(f"accounts-{k}".encode())).convert("RGB") for k, sheet in enumerate((one, two))]
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=200, save_all=True, append_images=pages[1:])
    return buf.getvalue()


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    scan = lambda sheet, file: png_bytes(sheet.scanned(zlib.crc32(file.encode())))  # noqa: E731
    papers = [
        ("passport.pdf", sixteenth.passport_pdf(HOLDER), "travel_document", sixteenth.truth(HOLDER, "passport-pdf")),
        ("photo.jpg", sixteenth.photo_as_taken(HOLDER), "photo", sixteenth.truth(HOLDER, "photo-as-taken")),
        ("degree.png", scan(degree_chinese_over_english(), "degree.png"), "degree_certificate",
         {"holder_name": (NAME, "LU SIYUAN"), "date_of_birth": HOLDER.born.isoformat(), "institution": (SCHOOL, SCHOOL_EN),
          "degree": (DEGREE + "学位", DEGREE, DEGREE_EN), "major": (MAJOR, MAJOR_EN), "date_awarded": AWARDED.isoformat(),
          "certificate_number": DEGREE_NO}),
        ("graduation.png", scan(graduation_school_above_title(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": MAJOR, "level": ("硕士研究生", "研究生"),
          "graduation_date": GRADUATED.isoformat(), "certificate_number": GRADUATION_NO}),
        ("consent.png", scan(consent_numbered_document(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("id990a.png", scan(applicant_two_columns(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scan(employer_surname_comma(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("contract.png", scan(contract_schedule_at_foot(), "contract.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST,
          "start_date": START.isoformat(), "term_months": 24, "monthly_salary_hkd": float(SALARY), "housing_allowance_hkd": 0.0}),
        ("br.png", png_bytes(br_faint_copy()), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.pdf", accounts_two_scanned_pages(), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": YEAR_END.isoformat(), "currency": "HKD", "revenue": float(REVENUE),
          "profit": float(PROFIT), "total_equity": float(EQUITY)}),
    ]
    out = []
    for file, data, kind, fields in papers:
        (folder / file).write_bytes(data)
        out.append({"file": file, "type": kind, "layout": "fifth-hand", "case": CASE, "settings": SETTINGS, "fields": fields})
    return out
