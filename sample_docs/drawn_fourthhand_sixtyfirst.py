"""A sixty-first drawn set, drawn after the sixtieth was mended: a fourth whole clean application, its papers in
layouts no earlier set drew. A master's degree certificate whose holder stands on a line of her own between '兹授予'
and the degree; a master's graduation certificate with zero-padded months and a photograph's frame; the consent as
a unit's form whose opinion is written in its box ('单位意见'); form ID 990A in traditional Chinese only, its
answers marked with typed ballot boxes; form ID 990B as two tables whose headings stand over one row of values; a
contract whose parties are numbered in its preamble and whose pay is a sub-clause ('4.1'); the BR certificate
scanned upside down; audited accounts whose first figure column holds the notes' numbers. The Exit-Entry Permit
(front and back on one page) and the photograph are drawn as the sixteenth set draws them. Scored on each paper's
fields and on the checks on them (the case is clean). Read once through the product before any reader changes for
it (`scripts/bench_drawn_forms.py --set sixtyfirst`). Every name and number is made up; 19876 is no real
institution's code."""
from __future__ import annotations

import zlib
from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, png_bytes
from .drawn_papers_eighth import _chop
from .generator.render import pil_font

CASE = "zhong-yiran"
SETTINGS = {"as_of": "2026-11-25", "dependants": 0}
HOLDER = sixteenth.Holder("钟", "亦然", "ZHONG", "YIRAN", "F", date(1991, 4, 17), "江西/JIANGXI", "EJ5173209",
                          date(2023, 5, 8), date(2033, 5, 7), "C91842736", date(2024, 2, 20), date(2034, 2, 19), (402, 516))
NAME, NAME_HANT = "钟亦然", "鍾亦然"
SCHOOL, MAJOR, DEGREE = "北辰光电大学", "光学工程", "工学硕士"
AWARDED, GRADUATED = date(2016, 6, 25), date(2016, 6, 30)
GRADUATION_NO, DEGREE_NO = "198761201602000418", "1987632016000418"
CONSENTER = "江西赣江光学仪器有限公司"
CONSENT_DATE = date(2026, 10, 28)
EMPLOYER, EMPLOYER_HANT = "Heronsgate Precision Optics Limited", "鷺門精密光學有限公司"
BR_NO = "74830261"
ADDRESS = "UNIT 1208, 12/F, TOWER B, HUNGHOM COMMERCIAL CENTRE, 37 MA TAU WAI ROAD, HUNG HOM, KOWLOON"
NATURE = "OPTICAL COMPONENTS DESIGN AND TRADING"
COMMENCED, EXPIRES = date(2015, 3, 9), date(2027, 3, 8)
POST, POST_HANT, START, SALARY = "Optical Design Engineer", "光學設計工程師", date(2027, 1, 4), 45500
YEAR_END, REVENUE, PROFIT, EQUITY = date(2025, 12, 31), 41_280_000, 3_460_000, 18_750_000


def _cjk_lines(s: Sheet, x: int, y: int, lines: list[str], size: int = 40, leading: int = 84) -> int:
    for line in lines:
        s.text(x, y, line, size, "serif_cjk")
        y += leading
    return y


def degree_name_on_its_line() -> Sheet:
    s = Sheet()
    s.text(560, 220, "硕士学位证书", 64, "serif_cjk")
    s.text(200, 480, "兹授予", 40, "serif_cjk")
    s.text(620, 560, NAME, 56, "serif_cjk")
    y = _cjk_lines(s, 200, 680, ["（女，1991年4月17日生）在北辰光电大学光学工程学科",
                                 "完成硕士研究生学业，通过论文答辩，经审核符合《中华人民",
                                 "共和国学位条例》的规定，", "工学硕士学位。"])
    s.text(900, y + 200, "北辰光电大学", 40, "serif_cjk")
    s.text(900, y + 270, "学位评定委员会主席", 36, "serif_cjk")
    s.text(900, y + 340, "二〇一六年六月二十五日", 36, "serif_cjk")
    s.text(200, 2080, f"证书编号：{DEGREE_NO}", 30, "serif_cjk")
    return s


def graduation_padded_months() -> Sheet:
    s = Sheet()
    s.text(520, 200, "研究生毕业证书", 64, "serif_cjk")
    s.d.rectangle([180, 380, 480, 780], outline=(120, 120, 120), width=2)
    s.text(270, 560, "照片", 36, "serif_cjk")
    _cjk_lines(s, 560, 420, ["研究生钟亦然，性别女，1991年04月", "17日生，于2013年09月至2016年06月",
                             "在本校光学工程专业学习，学制三年，", "修完硕士研究生培养计划规定的全部", "课程，成绩合格，毕业论文答辩通过，",
                             "准予毕业。"], 38, 80)
    s.text(880, 1300, "北辰光电大学", 40, "serif_cjk")
    s.text(900, 1370, "二〇一六年六月三十日", 36, "serif_cjk")
    s.text(200, 2080, f"证书编号：{GRADUATION_NO}", 30, "serif_cjk")
    return s


def consent_unit_form() -> Sheet:
    s = Sheet()
    s.text(460, 180, "员工赴港工作单位意见表", 52, "serif_cjk")
    rows = [("姓    名", NAME), ("护照号码", HOLDER.passport_no), ("现工作单位", CONSENTER), ("现任职务", "光学工程师"),
            ("拟赴港工作单位", EMPLOYER_HANT)]
    y = 360
    for label, value in rows:
        s.d.rectangle([150, y, 560, y + 100], outline="black", width=2)
        s.d.rectangle([560, y, 1510, y + 100], outline="black", width=2)
        s.text(175, y + 30, label, 34, "serif_cjk")
        s.text(590, y + 30, value, 34, "serif_cjk")
        y += 100
    s.d.rectangle([150, y, 560, y + 420], outline="black", width=2)
    s.d.rectangle([560, y, 1510, y + 420], outline="black", width=2)
    s.text(175, y + 180, "单位意见", 34, "serif_cjk")
    s.text(590, y + 40, "同意该员工赴香港工作，其与本单位的", 34, "serif_cjk")
    s.text(590, y + 100, "劳动关系按有关规定办理。", 34, "serif_cjk")
    s.text(900, y + 260, "（单位盖章）", 30, "serif_cjk")
    s.text(900, y + 330, "2026年10月28日", 32, "serif_cjk")
    _chop(s, 1290, y + 240, CONSENTER)
    return s


def applicant_hant_only() -> Sheet:
    s = Sheet()
    s.text(1330, 70, "ID 990A", 34, "sans_bold")
    s.text(300, 150, "輸入內地人才計劃  申請人資料", 44, "serif_cjk")
    rows = [("姓（英文）", HOLDER.surname), ("名（英文）", HOLDER.given), ("中文姓名", NAME_HANT),
            ("性別", "女"), ("出生日期", "1991年4月17日"), ("旅行證件號碼", HOLDER.permit_no),
            ("僱主名稱", EMPLOYER_HANT), ("職位", POST_HANT), ("每月薪金（港幣）", f"{SALARY:,}")]
    y = 300
    for label, value in rows:
        s.text(150, y, label + "：", 32, "serif_cjk")
        s.text(640, y - 4, value, 36, "sans_cjk" if not value.isascii() else "mono")
        s.d.line([630, y + 44, 1500, y + 44], fill=(90, 90, 90), width=1)
        y += 96
    s.text(150, y + 40, "申請人是否已在香港取得全日制經本地評審課程的學位或更高資歷？", 30, "serif_cjk")
    ballot = pil_font("dejavu", 40)  # the CJK face has no ballot boxes
    for x, box, word in ((200, "☐", "是"), (500, "☒", "否")):
        s.d.text((x, y + 116), box, font=ballot, fill="black")
        s.text(x + 56, y + 120, word, 36, "sans_cjk")
    return s


def employer_heading_tables() -> Sheet:
    s = Sheet()
    s.text(1330, 70, "ID 990B", 34, "sans_bold")
    s.text(150, 150, "Employer's particulars and the offer", 36, "sans_bold")
    tables = [(300, [("Employer", EMPLOYER, 700), ("BR No.", BR_NO, 300), ("Applicant", f"{HOLDER.surname} {HOLDER.given}", 360)]),
              (600, [("Post", POST, 620), ("Monthly salary", f"HK${SALARY:,}", 380), ("On Talent List?", "No", 360)])]
    for y, cols in tables:
        x = 150
        for head, value, width in cols:
            s.d.rectangle([x, y, x + width, y + 70], outline="black", width=2, fill=(225, 225, 225))
            s.d.rectangle([x, y + 70, x + width, y + 170], outline="black", width=2)
            s.text(x + 16, y + 20, head, 26, "sans_bold")
            s.text(x + 16, y + 100, value, 26 if len(value) > 30 else 30)
            x += width
    s.text(150, 900, "Signature of employer: ______________     Date: 12 November 2026", 26)
    return s


def contract_numbered_parties() -> Sheet:
    s = Sheet()
    s.text(480, 130, "EMPLOYMENT AGREEMENT", 44, "serif_bold")
    paras = ["THIS AGREEMENT is dated 10 November 2026",
             "BETWEEN:",
             f"(1) {EMPLOYER.upper()}, a company incorporated in Hong Kong whose registered office is at Unit 1208, 12/F, Tower B, "
             "Hunghom Commercial Centre, Hung Hom, Kowloon (the \"Company\"); and",
             f"(2) MS {HOLDER.surname} {HOLDER.given.title()}, holder of Exit-Entry Permit No. {HOLDER.permit_no} (the \"Employee\").",
             "IT IS AGREED as follows:",
             f"1. Appointment. The Company appoints the Employee as {POST}, reporting to the Head of Engineering.",
             "2. Term. The appointment begins on 4 January 2027 and is for a fixed term of two (2) years.",
             "3. Hours. Normal working hours are 9:00 a.m. to 6:00 p.m., Monday to Friday.",
             "4. Remuneration.",
             f"4.1 The Employee's basic salary is HK${SALARY:,} per month, payable in arrears.",
             "4.2 No housing allowance is payable.",
             "4.3 Any bonus is at the Company's sole discretion.",
             "5. Termination. Either party may end this Agreement by one month's notice in writing."]
    y = 240
    for para in paras:
        s.wrapped(150, y, para, 86, 26, "serif", leading=36, indent=40)
        y += 36 * (len(para) // 84 + 1) + 24
    s.text(150, y + 80, "SIGNED for the Company: ______________      SIGNED by the Employee: ______________", 24, "serif")
    return s


def br_upside_down() -> Sheet:
    s = Sheet()
    s.text(420, 150, "商業登記證", 56, "serif_cjk")
    s.text(330, 230, "BUSINESS REGISTRATION CERTIFICATE", 38, "serif_bold")
    rows = [("業務名稱 Name of Business", EMPLOYER.upper()), ("", EMPLOYER_HANT), ("地址 Address", ADDRESS[:44]), ("", ADDRESS[45:]),
            ("業務性質 Nature of Business", NATURE), ("法律地位 Status", "CORP"),
            ("開業日期 Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("屆滿日期 Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
            ("登記證號碼 Certificate No.", f"{BR_NO}-000-03-26-5")]
    y = 400
    for label, value in rows:
        s.text(120, y, label, 24)
        s.text(620, y, value, 28)
        y += 70
    s.text(120, y + 80, "費用及徵費 Fee and Levy: HK$2,200", 26)
    s.img = s.img.rotate(180)
    return s


def accounts_with_notes() -> Sheet:
    s = Sheet()
    s.text(150, 130, EMPLOYER.upper(), 36, "sans_bold")
    s.text(150, 190, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 DECEMBER 2025", 28, "sans_bold")
    s.text(150, 240, "(Expressed in Hong Kong dollars)", 24)
    for x, head in ((900, "Note"), (1130, "2025"), (1370, "2024")):
        s.text(x, 320, head, 26, "sans_bold")
    rows = [("Revenue", "5", "41,280,000", "38,905,000"), ("Cost of sales", "", "(29,640,000)", "(28,310,000)"),
            ("Gross profit", "", "11,640,000", "10,595,000"), ("Administrative expenses", "", "(7,496,000)", "(7,102,000)"),
            ("Profit before taxation", "6", "4,144,000", "3,493,000"), ("Income tax", "7", "(684,000)", "(576,000)"),
            ("Profit for the year", "", "3,460,000", "2,917,000")]
    y = 390
    for label, note, now, before in rows:
        s.text(150, y, label, 28)
        s.text(915, y, note, 28)
        for right, v in ((1230, now), (1470, before)):
            s.text(right - 16 * len(v), y, v, 28)
        y += 60
    s.text(150, y + 60, "STATEMENT OF FINANCIAL POSITION AS AT 31 DECEMBER 2025", 28, "sans_bold")
    s.text(150, y + 140, "Total equity", 28)
    s.text(915, y + 140, "12", 28)
    s.text(1230 - 16 * 10, y + 140, "18,750,000", 28)
    s.text(1470 - 16 * 10, y + 140, "15,290,000", 28)
    s.wrapped(150, y + 260, "Auditor: Lam, Fok & Partners CPA Limited. In our opinion the financial statements give a true "
              "and fair view of the financial position of the company as at 31 December 2025.", 90, 24, leading=34)
    return s


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    scan = lambda sheet, file: png_bytes(sheet.scanned(zlib.crc32(file.encode())))  # noqa: E731
    papers = [
        ("permit.png", png_bytes(sixteenth.permit_front_back(HOLDER)), "travel_document", sixteenth.truth(HOLDER, "permit-front-back")),
        ("photo.jpg", sixteenth.photo_as_taken(HOLDER), "photo", sixteenth.truth(HOLDER, "photo-as-taken")),
        ("degree.png", scan(degree_name_on_its_line(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": (DEGREE + "学位", DEGREE),
          "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("graduation.png", scan(graduation_padded_months(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": MAJOR, "level": ("硕士研究生", "研究生"),
          "graduation_date": GRADUATED.isoformat(), "certificate_number": GRADUATION_NO}),
        ("consent.png", scan(consent_unit_form(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("id990a.png", scan(applicant_hant_only(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": (NAME_HANT, NAME), "sex": "F",
          "date_of_birth": HOLDER.born.isoformat(), "travel_document_number": HOLDER.permit_no,
          "employer_name": EMPLOYER_HANT, "position": POST_HANT, "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scan(employer_heading_tables(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("contract.png", scan(contract_numbered_parties(), "contract.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST,
          "start_date": START.isoformat(), "term_months": 24, "monthly_salary_hkd": float(SALARY), "housing_allowance_hkd": 0.0}),
        ("br.png", scan(br_upside_down(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scan(accounts_with_notes(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": YEAR_END.isoformat(), "currency": "HKD", "revenue": float(REVENUE),
          "profit": float(PROFIT), "total_equity": float(EQUITY), "auditor": "Lam, Fok & Partners CPA Limited"}),
    ]
    out = []
    for file, data, kind, fields in papers:
        (folder / file).write_bytes(data)
        out.append({"file": file, "type": kind, "layout": "fourth-hand", "case": CASE, "settings": SETTINGS, "fields": fields})
    return out
