"""A fifty-first drawn set, drawn after the fiftieth: one whole clean application in which every paper is
drawn in a layout no earlier set drew, by another hand. The passport's data page copied sideways; a master's
graduation and degree certificate in running Chinese with their dates in Chinese numerals; a research
institute's consent ('我院'); form ID 990A as a two-column bilingual table with tick boxes; form ID 990B as a
declaration whose values are written on blanks inside its sentence and whose yes/no is circled; an
employment agreement in numbered clauses (a thirteenth month's pay); a business registration certificate in
landscape whose labels stand above their values; accounts in thousands of dollars with a year ending in
March; a brochure in two columns; a boxed job advertisement. The name is spelt SHEN JIAEN, Jia'en and
JIA EN. The identity card's copy and the photograph are the earlier sets' (no new layout). Scored on each
paper's fields and on the checks on them (the case is clean: a check that does not pass is a false
alarm). Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py
--set fiftyfirst`). Every name and number is made up."""
from __future__ import annotations

import zlib
from dataclasses import replace
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

from . import drawn_papers_eleventh as eleventh
from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, _hkid, png_bytes
from .drawn_papers_eighth import _chop

CASE = "shen-jiaen"
SETTINGS = {"as_of": "2026-07-20", "dependants": 0}
HOLDER = sixteenth.Holder("沈", "嘉恩", "SHEN", "JIAEN", "F", date(1991, 9, 7), "江西/JIANGXI", "EH4028716",
                          date(2024, 2, 6), date(2034, 2, 5), "C51738094", date(2024, 2, 6), date(2034, 2, 5), (390, 500))
NAME = "沈嘉恩"
SCHOOL, MAJOR, DEGREE = "东江理工大学", "计算机科学与技术", "工学硕士"
GRADUATED, AWARDED = date(2017, 6, 30), date(2017, 6, 28)
GRADUATION_NO, DEGREE_NO = "195591201702000417", "1955932017000415"  # 19559: no real institution's code
CONSENTER, CONSENT_DATE = "深圳南岭软件研究院", date(2026, 4, 20)
EMPLOYER, EMPLOYER_ZH, BR_NO = "Tidewater Software Solutions Limited", "潮汐軟件方案有限公司", "72519046"
ADDRESS = "Flat C, 23/F, Lucky Plaza, 315 Lockhart Road, Wan Chai, Hong Kong"
NATURE = "Software development and IT consultancy"
COMMENCED, EXPIRES = date(2011, 4, 18), date(2027, 4, 17)
POST, START, SALARY = "Senior Software Engineer", date(2026, 9, 1), 52000
YEAR_END, REVENUE, PROFIT_BEFORE_TAX, TAX, EQUITY = date(2026, 3, 31), 41_850_000, 4_260_000, 703_000, 19_480_000
AUDITOR = "Wong, Lee & Partners CPA Limited"
HKID_BODY = "Z481736"
CARD = replace(eleventh.APPLICANTS[0], name_zh=NAME, name_hant=NAME, surname="SHEN", given="JIAEN", born=HOLDER.born,
               hkid_body=HKID_BODY)
CN_DIGITS = "〇一二三四五六七八九"


def _cn_number(n: int) -> str:
    """A month or day in Chinese numerals: 6 六, 10 十, 16 十六, 28 二十八."""
    tens, ones = divmod(n, 10)
    return (("" if tens < 2 else CN_DIGITS[tens]) + "十" if tens else "") + (CN_DIGITS[ones] if ones else "")


def _cn_date(d: date) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(d.year)) + f"年{_cn_number(d.month)}月{_cn_number(d.day)}日"


def _lines(s: Sheet, x: int, y: int, text: str, per_line: int, size: int, leading: int, font: str = "serif_cjk") -> int:
    """Chinese running text broken every `per_line` characters; returns the y under it."""
    for k in range(0, len(text), per_line):
        s.text(x, y, text[k:k + per_line], size, font)
        y += leading
    return y


def passport_sideways() -> Image.Image:
    """The data page copied across an A4 sheet turned on its side, a signed line under it."""
    s = Sheet()
    page = sixteenth.data_page(HOLDER).rotate(90, expand=True)
    s.img.paste(page, (420, 300))
    s.text(300, 300 + page.height + 80, "I certify this is a true copy of my passport.   Signed: Shen Jiaen", 26, "serif")
    return s.scanned(zlib.crc32(b"sideways")).convert("L")


def graduation_running() -> Sheet:
    s = Sheet()
    s.d.rectangle([70, 70, 1584, 2269], outline=(150, 110, 40), width=14)
    s.text(560, 230, "毕 业 证 书", 84, "serif_cjk")
    body = (f"研究生{NAME}，性别女，一九九一年九月七日生，于二〇一四年九月至二〇一七年六月在本校{MAJOR}专业学习，"
            "学制三年，修完硕士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。")
    y = _lines(s, 220, 520, body, 22, 46, 92)
    s.text(220, y + 160, "校    长：周启明", 40, "serif_cjk")
    s.text(980, y + 160, SCHOOL, 40, "serif_cjk")
    s.text(980, y + 240, _cn_date(GRADUATED), 40, "serif_cjk")
    s.text(220, 2080, f"证书编号：{GRADUATION_NO}", 32, "serif_cjk")
    return s


def degree_running() -> Sheet:
    s = Sheet()
    s.d.rectangle([90, 90, 1564, 2249], outline=(40, 60, 120), width=6)
    s.text(480, 240, "硕 士 学 位 证 书", 72, "serif_cjk")
    body = (f"{NAME}，女，一九九一年九月七日生。在{SCHOOL}{MAJOR}学科已通过硕士学位的课程考试和论文答辩，成绩合格。"
            f"根据《中华人民共和国学位条例》的规定，授予{DEGREE}学位。")
    y = _lines(s, 220, 500, body, 22, 46, 92)
    s.text(820, y + 160, f"{SCHOOL}学位评定委员会", 38, "serif_cjk")
    s.text(820, y + 230, "主 席：周启明", 38, "serif_cjk")
    s.text(820, y + 300, _cn_date(AWARDED), 38, "serif_cjk")
    s.text(220, 2060, f"证书编号：{DEGREE_NO}", 32, "serif_cjk")
    return s


def consent_institute() -> Sheet:
    s = Sheet()
    s.text(200, 130, CONSENTER, 48, "sans_cjk")
    s.d.line([200, 210, 1450, 210], fill=(200, 30, 40), width=5)
    s.text(560, 300, "关于同意沈嘉恩同志赴港工作的函", 40, "sans_cjk")
    body = (f"兹有我院职工{NAME}同志，女，自二〇一七年七月起在我院软件工程部从事研发工作。经院务会研究，"
            "我院同意其申请经“输入内地人才计划”赴香港工作，并将按规定为其办理相关手续。特此函告。")
    y = _lines(s, 200, 420, body, 24, 40, 76, "sans_cjk")
    s.text(980, y + 200, CONSENTER, 36, "sans_cjk")
    s.text(1020, y + 270, f"{CONSENT_DATE.year}年{CONSENT_DATE.month}月{CONSENT_DATE.day}日", 36, "sans_cjk")
    _chop(s, 1180, y + 230, CONSENTER)
    return s


def _cells(s: Sheet, y: int, rows: list[tuple[str, str]], split: int = 760, height: int = 96) -> int:
    """Label cells on the left (two lines: Chinese over English), value cells on the right."""
    for label, value in rows:
        s.d.rectangle([100, y, split, y + height], outline="black", width=2)
        s.d.rectangle([split, y, 1554, y + height], outline="black", width=2)
        zh, en = label.split("|")
        s.text(114, y + 10, zh, 24)
        s.text(114, y + 48, en, 22)
        if value:
            s.text(split + 24, y + 28, value, 32, "mono")
        y += height
    return y


def applicant_bilingual_table() -> Sheet:
    s = Sheet()
    s.text(1300, 70, "ID 990A", 34, "sans_bold")
    s.text(100, 150, "輸入內地人才計劃  申請表 (申請人填寫)", 36)
    s.text(100, 205, "Admission Scheme for Mainland Talents and Professionals - Applicant's Particulars", 28, "sans_bold")
    s.text(100, 290, "甲部  申請人資料   Part A  Particulars of applicant", 28, "sans_bold")
    y = _cells(s, 340, [("英文姓氏|Surname in English", "SHEN"), ("英文名字|Given names in English", "JIAEN"),
                        ("中文姓名|Name in Chinese", ""), ("性別|Sex", ""),
                        ("出生日期 (日/月/年)|Date of birth (dd/mm/yyyy)", HOLDER.born.strftime("%d/%m/%Y")),
                        ("旅行證件號碼|No. of travel document", HOLDER.passport_no),
                        ("香港身份證號碼 (如有)|Hong Kong Identity Card No. (if any)", _hkid(HKID_BODY + "(%s)"))])
    s.text(784, 340 + 2 * 96 + 22, NAME, 40, "sans_cjk")
    x = 784
    for label, ticked in (("女 F", True), ("男 M", False)):
        s.tick(x, 340 + 3 * 96 + 30, ticked)
        x = s.text(x + 50, 340 + 3 * 96 + 30, label, 28) + 80
    s.text(100, y + 40, "你是否已在香港修讀全日制並經本地評審的學位或以上程度課程而取得有關資歷？", 26)
    s.text(100, y + 80, "Have you obtained a degree or higher qualification from a full-time locally-accredited programme in Hong Kong?", 22)
    s.tick(120, y + 130, False)
    s.text(170, y + 130, "是 Yes", 28)
    s.tick(420, y + 130, True)
    s.text(470, y + 130, "否 No", 28)
    s.text(100, y + 250, "乙部  受聘資料   Part B  Details of employment", 28, "sans_bold")
    _cells(s, y + 300, [("僱主名稱|Name of employer", EMPLOYER), ("職位|Post", POST),
                        ("每月薪金 (港幣)|Monthly salary (HK$)", f"{SALARY:,}")])
    s.text(100, 2150, "申請人簽署 Signature of applicant: ______________      日期 Date: 02/06/2026", 26)
    return s


def _blank(s: Sheet, x: int, y: int, value: str, width: int, after: str = "") -> int:
    """A value written by pen on a blank inside a sentence; returns where the sentence goes on."""
    s.d.line([x, y + 40, x + width, y + 40], fill="black", width=2)
    s.text(x + 16, y - 6, value, 36, "hand", (20, 30, 120))
    return s.text(x + width + 10, y, after, 28) if after else x + width


def employer_declaration() -> Sheet:
    s = Sheet()
    s.text(1300, 70, "ID 990B", 34, "sans_bold")
    s.text(100, 160, "Employer's Declaration for the Admission Scheme for Mainland Talents and Professionals", 30, "sans_bold")
    s.text(100, 215, "輸入內地人才計劃  僱主聲明", 32)
    s.text(100, 330, "I/We,", 28)
    _blank(s, 190, 330, EMPLOYER, 900, "(name of employer),")
    s.text(100, 430, "holder of Business Registration Certificate No.", 28)
    _blank(s, 730, 430, BR_NO, 320, ", wish to employ")
    _blank(s, 100, 530, "SHEN JIA EN", 620, "(name of applicant)")
    s.text(100, 630, "in the post of", 28)
    _blank(s, 300, 630, POST, 700, "at a monthly salary")
    s.text(100, 730, "of HK$", 28)
    _blank(s, 200, 730, f"{SALARY:,}", 300, ".")
    s.text(100, 860, "Is the post on the Talent List of Hong Kong? (please circle)", 28)
    x = s.text(200, 930, "Yes", 32) + 120
    s.text(x, 930, "No", 32)
    s.d.ellipse([x - 24, 918, x + 70, 980], outline=(20, 30, 120), width=4)
    s.text(100, 1100, "Signature and company chop: ______________________      Date: 3 June 2026", 26)
    return s


def agreement_clauses() -> Sheet:
    s = Sheet()
    s.text(560, 120, "EMPLOYMENT AGREEMENT", 42, "serif_bold")
    paras = [
        f"THIS AGREEMENT is made on 15 June 2026 BETWEEN (1) {EMPLOYER.upper()}, whose registered office is at {ADDRESS} "
        f"(\"the Company\"); and (2) Ms. SHEN Jia'en, holder of Chinese Passport No. {HOLDER.passport_no} (\"you\").",
        f"1. Appointment. The Company appoints you as {POST} with effect from 1 September 2026 for a fixed term of two (2) "
        "years, subject to your obtaining permission to work in Hong Kong.",
        f"2. Remuneration. (a) Basic salary: HK${SALARY:,} per month, paid on the last working day of each month. "
        "(b) Housing: no housing allowance is payable. (c) Thirteenth-month pay: one month's basic salary "
        f"(HK${SALARY:,}), guaranteed, payable with the December salary.",
        "3. Hours. Your normal hours are 9:00 a.m. to 6:00 p.m., Monday to Friday.",
        "4. Leave. You are entitled to 14 working days' paid annual leave in each year of service.",
        "5. Termination. Either party may end this agreement by giving one month's notice in writing or payment in lieu.",
    ]
    y = 240
    for para in paras:
        s.wrapped(150, y, para, 92, 26, "serif", 40)
        y += 40 * (len(para) // 88 + 1) + 36
    s.text(150, y + 80, f"For and on behalf of {EMPLOYER}", 26, "serif")
    s.text(1000, y + 80, "Accepted by the employee", 26, "serif")
    s.text(150, y + 200, "Director", 26, "serif")
    s.text(1000, y + 200, "Shen Jia'en", 26, "serif")
    return s


def br_landscape() -> Sheet:
    s = Sheet()
    s.img = Image.new("RGB", (2339, 1654), (246, 244, 236))
    s.d = ImageDraw.Draw(s.img)
    s.text(760, 80, "商業登記證  BUSINESS REGISTRATION CERTIFICATE", 42, "sans_bold")
    s.text(900, 150, "商業登記條例  Business Registration Ordinance", 26)

    def column(x: int, y: int, label: str, value: str, size: int = 34) -> None:
        s.text(x, y, label, 22, "sans", (90, 90, 90))
        s.text(x, y + 42, value, size, "sans_bold")
    column(140, 280, "業務名稱 Name of Business", EMPLOYER.upper())
    column(140, 330 + 90, "", EMPLOYER_ZH)
    column(140, 560, "地址 Address", ADDRESS.upper(), 30)
    column(140, 700, "業務性質 Nature of Business", NATURE.upper(), 30)
    column(140, 840, "法律地位 Status", "BODY CORPORATE", 30)
    s.d.line([120, 1020, 2220, 1020], fill="black", width=2)
    for x, label, value in ((140, "登記證號碼 Certificate No.", f"{BR_NO}-000-04-26-8"),
                            (760, "生效日期 Date of Commencement", COMMENCED.strftime("%d/%m/%Y")),
                            (1300, "屆滿日期 Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                            (1800, "費用及徵費 Fee and Levy", "HK$2,200")):
        column(x, 1060, label, value)
    s.text(140, 1400, "This certificate must be displayed conspicuously at the address of the business.", 24)
    return s


def accounts_in_thousands() -> Sheet:
    s = Sheet()
    s.text(450, 120, EMPLOYER.upper(), 34, "sans_bold")
    s.text(150, 200, "STATEMENT OF PROFIT OR LOSS AND OTHER COMPREHENSIVE INCOME", 28, "sans_bold")
    s.text(150, 245, f"FOR THE YEAR ENDED {YEAR_END.day} {YEAR_END.strftime('%B').upper()} {YEAR_END.year}", 28, "sans_bold")

    def rows(y: int, items: list[tuple[str, str, str]]) -> int:
        s.text(1080, y, "2026", 26, "sans_bold")
        s.text(1340, y, "2025", 26, "sans_bold")
        s.text(1040, y + 36, "HK$'000", 24)
        s.text(1300, y + 36, "HK$'000", 24)
        y += 100
        for label, now, before in items:
            s.text(150, y, label, 26)
            s.text(1180 - 14 * len(now), y, now, 26)
            s.text(1440 - 14 * len(before), y, before, 26)
            y += 52
        return y
    y = rows(320, [("Revenue", f"{REVENUE // 1000:,}", "38,120"), ("Cost of services", "(29,460)", "(27,005)"),
                   ("Gross profit", "12,390", "11,115"), ("Other income", "215", "180"),
                   ("Administrative expenses", "(8,345)", "(7,962)"),
                   ("Profit before taxation", f"{PROFIT_BEFORE_TAX // 1000:,}", "3,333"),
                   ("Income tax expense", f"({TAX // 1000:,})", "(550)"),
                   ("Profit and total comprehensive income for the year", f"{(PROFIT_BEFORE_TAX - TAX) // 1000:,}", "2,783")])
    s.text(150, y + 60, f"STATEMENT OF FINANCIAL POSITION AS AT {YEAR_END.day} {YEAR_END.strftime('%B').upper()} {YEAR_END.year}",
           28, "sans_bold")
    y = rows(y + 120, [("Non-current assets", "6,210", "5,870"), ("Current assets", "21,945", "19,004"),
                       ("Current liabilities", "(8,675)", "(8,951)"), ("Total equity", f"{EQUITY // 1000:,}", "15,923")])
    s.wrapped(150, y + 80, f"Independent auditor: {AUDITOR}, Certified Public Accountants. Auditor's opinion: unmodified - "
                           "the financial statements give a true and fair view of the company's financial position.", 90, 24)
    return s


def brochure_two_columns() -> Sheet:
    s = Sheet()
    s.d.rectangle([0, 0, 1654, 260], fill=(20, 60, 110))
    s.text(120, 90, "Tidewater Software Solutions", 56, "sans_bold", (255, 255, 255))
    s.text(120, 340, "Who we are", 34, "sans_bold")
    s.wrapped(120, 400, "Since 2011 we have built booking, billing and data systems for hotels, clinics and schools "
                        "across Hong Kong. Our team of 58 engineers and consultants works from Wan Chai.", 40, 26, leading=40)
    s.text(900, 340, "At a glance", 34, "sans_bold")
    for k, (a, b) in enumerate((("Founded", "2011"), ("Staff", "58"), ("Clients", "120+"), ("Office", "Wan Chai"))):
        s.text(900, 410 + 56 * k, a, 26, "sans_bold")
        s.text(1150, 410 + 56 * k, b, 26)
    return s


def job_ad_boxed() -> Sheet:
    s = Sheet()
    s.d.rectangle([200, 200, 1450, 1100], outline="black", width=6)
    s.text(520, 250, "WE ARE HIRING", 54, "sans_bold")
    s.text(260, 360, POST, 40, "sans_bold")
    s.wrapped(260, 440, "You will design and build web services in Python and Go, review code and mentor junior "
                        "engineers. Master's degree in computer science preferred; five years' experience.", 56, 26, leading=40)
    s.text(260, 760, "Apply with your CV to jobs@tidewater.example by 30 April 2026", 26)
    s.text(260, 820, EMPLOYER, 26, "sans_bold")
    return s


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    scan = lambda sheet, file: png_bytes(sheet.scanned(zlib.crc32(file.encode())))  # noqa: E731
    employer = (EMPLOYER, EMPLOYER.upper())
    papers = [
        ("passport.png", png_bytes(passport_sideways()), "travel_document", sixteenth.truth(HOLDER, "passport-photocopy")),
        ("photo.jpg", sixteenth.photo_as_taken(HOLDER), "photo", sixteenth.truth(HOLDER, "photo-as-taken")),
        ("graduation.png", scan(graduation_running(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": MAJOR, "level": ("硕士研究生", "研究生"),
          "graduation_date": GRADUATED.isoformat(), "certificate_number": GRADUATION_NO}),
        ("degree.png", scan(degree_running(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": (DEGREE + "学位", DEGREE),  # as printed: 授予工学硕士学位
          "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("consent.png", scan(consent_institute(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("id990a.png", scan(applicant_bilingual_table(), "id990a.png"), "applicant_form",
         {"surname": "SHEN", "given_names": "JIAEN", "name_zh": NAME, "sex": "F", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "hkid_number": _hkid(HKID_BODY + "(%s)"), "employer_name": EMPLOYER,
          "position": POST, "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scan(employer_declaration(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": ("SHEN JIA EN", "SHEN JIAEN"), "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("hkid.png", scan(eleventh.hkid_photocopy(CARD), "hkid.png"), "hkid_copy", {"hkid_number": CARD.hkid}),
        ("agreement.png", scan(agreement_clauses(), "agreement.png"), "employment_contract",
         {"employer_name": employer, "employee_name": ("SHEN JIA'EN", "SHEN JIAEN"), "position": POST,
          "start_date": START.isoformat(), "term_months": 24, "monthly_salary_hkd": float(SALARY),
          "housing_allowance_hkd": 0.0, "guaranteed_bonus_hkd": float(SALARY)}),
        ("br.png", scan(br_landscape(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS.upper(),
          "nature_of_business": NATURE.upper(), "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scan(accounts_in_thousands(), "accounts.png"), "financial_statement",
         {"company_name": employer, "period_end": YEAR_END.isoformat(), "currency": "HKD", "revenue": float(REVENUE),
          "profit": float(PROFIT_BEFORE_TAX - TAX), "total_equity": float(EQUITY), "auditor": AUDITOR,
          "audit_opinion": "unqualified"}),
        ("brochure.png", scan(brochure_two_columns(), "brochure.png"), "company_profile", {"type": "company_profile"}),
        ("job-ad.png", scan(job_ad_boxed(), "job-ad.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
    ]
    out = []
    for file, data, kind, fields in papers:
        (folder / file).write_bytes(data)
        out.append({"file": file, "type": kind, "layout": "new-hand", "case": CASE, "settings": SETTINGS,
                    "fields": {k: v for k, v in fields.items() if k != "type" or kind in ("company_profile", "recruitment_evidence")}})
    return out
