"""A fifty-third drawn set, drawn after the fifty-second was mended: a third whole clean application in layouts no
earlier set drew, half of it exported PDFs with a text layer. A doctor's degree certificate with its number at
the top and the text beside a photograph's frame; a graduation certificate replaced by the university's
'毕业证明书', which quotes the original's number; a consent in English, a 'No Objection Letter' with a US date;
form ID 990A as a PDF in two columns with its boxes crossed by a typed X; form ID 990B as a PDF over two pages;
an employment contract in simplified Chinese with its sums in capital numerals; an e-BR certificate as a PDF;
management accounts (unaudited, 'Sales', 'Net profit after tax', 'Shareholders' funds') as a PDF; a job
listing as a PDF. The passport (cover and data page in one PDF) and the photograph are the sixteenth set's.
Scored on each paper's fields and on the checks on them (the case is clean). Read once through the product
before any reader changes for it (`scripts/bench_drawn_forms.py --set fiftythird`). Every name and number is
made up."""
from __future__ import annotations

import io
import zlib
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, png_bytes
from .drawn_papers_eighth import _chop
from .generator.render import FONT_FILES

CASE = "cheng-yutong"
SETTINGS = {"as_of": "2026-11-20", "dependants": 0}
HOLDER = sixteenth.Holder("程", "雨桐", "CHENG", "YUTONG", "F", date(1989, 12, 2), "广东/GUANGDONG", "EA3918462",
                          date(2025, 1, 14), date(2035, 1, 13), "C80417253", date(2025, 1, 14), date(2035, 1, 13), (390, 500))
NAME = "程雨桐"
SCHOOL, MAJOR, DEGREE = "西江材料科技大学", "材料科学与工程", "工学博士"
AWARDED, GRADUATED, REISSUED = date(2019, 6, 20), date(2019, 6, 28), date(2024, 3, 5)
GRADUATION_NO, DEGREE_NO = "197181201902000062", "1971822019000062"  # 19718: no real institution's code
CONSENTER_EN, CONSENTER_ZH = "Guangzhou Xinhe New Materials Research Institute", "广州新禾新材料研究院"
CONSENT_DATE = date(2026, 11, 3)
EMPLOYER, EMPLOYER_HANT, EMPLOYER_HANS = "Dawnlight Advanced Materials Limited", "晨曦先進材料有限公司", "晨曦先进材料有限公司"
BR_NO = "76201835"
ADDRESS = "Room 1105, 11/F, Photonics Centre, 2 Science Park East Avenue, Shatin, New Territories"
NATURE = "Research and development of battery materials"
COMMENCED, EXPIRES = date(2018, 7, 16), date(2027, 7, 15)
POST, POST_ZH, START, SALARY, HOUSING = "Senior Materials Scientist", "高级材料科学家", date(2026, 12, 1), 48000, 5000
YEAR_END, SALES, PROFIT, EQUITY = date(2026, 6, 30), 28_760_000, 2_315_000, 16_940_000


def _font() -> str:
    path, index = FONT_FILES["sans_cjk"]
    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", path, subfontIndex=index))
    return "WQY"


def _pdf(pages: list[list[tuple[float, float, str, float]]], boxes: list[list[tuple[float, float, bool]]] | None = None) -> bytes:
    """Pages of (x, y from the top in points, text, size), set in one CJK face; `boxes`, per page,
    squares to tick (x, y, crossed by a typed X)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    font = _font()
    for k, page in enumerate(pages):
        for x, y, text, size in page:
            c.setFont(font, size)
            c.drawString(x, 842 - y, text)
        for x, y, crossed in (boxes or [[]] * len(pages))[k]:
            c.rect(x, 842 - y - 2, 11, 11)
            if crossed:
                c.setFont(font, 11)
                c.drawString(x + 2, 842 - y, "X")
        c.showPage()
    c.save()
    return buf.getvalue()


def degree_beside_photo() -> Sheet:
    s = Sheet()
    s.text(1000, 140, f"证书编号：{DEGREE_NO}", 28, "serif_cjk")
    s.text(560, 260, "博 士 学 位 证 书", 64, "serif_cjk")
    s.d.rectangle([180, 480, 480, 880], outline=(120, 120, 120), width=3)
    s.text(250, 660, "照  片", 30, "serif_cjk")
    body = (f"{NAME}，女，1989年12月2日生。在{SCHOOL}{MAJOR}学科已通过博士学位的课程考试和论文答辩，成绩合格。"
            f"根据《中华人民共和国学位条例》的规定，授予{DEGREE}学位。")
    y = 480
    for k in range(0, len(body), 16):
        s.text(600, y, body[k:k + 16], 44, "serif_cjk")
        y += 86
    s.text(820, y + 140, f"{SCHOOL}学位评定委员会主席", 34, "serif_cjk")
    s.text(1040, y + 210, "2019年6月20日", 34, "serif_cjk")
    return s


def graduation_reissued() -> Sheet:
    s = Sheet()
    s.text(620, 200, "毕业证明书", 60, "serif_cjk")
    body = (f"{NAME}，女，1989年12月2日生，于2015年9月至2019年6月在我校{MAJOR}专业博士研究生学习，学制四年，"
            "修完培养计划规定的全部课程，成绩合格，毕业论文答辩通过，于2019年6月28日准予毕业。"
            f"其毕业证书遗失，原毕业证书编号：{GRADUATION_NO}。特此证明。")
    y = 420
    for k in range(0, len(body), 24):
        s.text(200, y, body[k:k + 24], 40, "serif_cjk")
        y += 80
    s.text(960, y + 180, SCHOOL, 38, "serif_cjk")
    s.text(1000, y + 250, f"{REISSUED.year}年{REISSUED.month}月{REISSUED.day}日", 38, "serif_cjk")
    _chop(s, 1150, y + 210, SCHOOL)
    return s


def no_objection_letter() -> Sheet:
    s = Sheet()
    s.text(150, 120, CONSENTER_ZH, 40, "sans_cjk")
    s.text(150, 180, CONSENTER_EN, 30, "sans_bold")
    s.text(150, 230, "No. 88 Kexue Avenue, Huangpu District, Guangzhou", 24)
    s.text(150, 340, f"{CONSENT_DATE.strftime('%B')} {CONSENT_DATE.day}, {CONSENT_DATE.year}", 26)
    s.text(150, 420, "To: Immigration Department, Hong Kong SAR", 26)
    s.text(150, 500, "NO OBJECTION LETTER", 34, "sans_bold")
    s.wrapped(150, 580, f"This is to confirm that Dr. CHENG Yutong ({NAME}), holder of PRC passport No. {HOLDER.passport_no}, "
                        "has worked at our institute as an associate research fellow since July 2019. Our institute has no "
                        "objection to her taking up employment in Hong Kong.", 80, 26, leading=42)
    s.text(150, 900, "Yours faithfully,", 26)
    s.text(150, 1060, "Director, Human Resources Office", 26)
    s.text(150, 1100, CONSENTER_EN, 26)
    _chop(s, 420, 1000, CONSENTER_ZH)
    return s


def applicant_pdf() -> bytes:
    rows = [("Surname 姓", "CHENG"), ("Given names 名", "YUTONG"), ("Name in Chinese 中文姓名", NAME),
            ("Sex 性別", "F"), ("Date of birth 出生日期", "02/12/1989"), ("Travel document No. 旅行證件號碼", HOLDER.passport_no),
            ("Name of employer 僱主名稱", EMPLOYER), ("Post 職位", POST), ("Monthly salary 月薪 (HK$)", f"{SALARY:,}")]
    page = [(400, 50, "ID 990A", 14), (60, 90, "Entry for Employment as Mainland Talents and Professionals", 13),
            (60, 110, "輸入內地人才計劃 - 申請人資料", 12)]
    y = 160
    for label, value in rows:
        page += [(60, y, label, 10), (280, y, value, 11)]
        y += 30
    page += [(60, y + 20, "Do you hold a degree from a full-time locally-accredited programme in Hong Kong?", 10),
             (60, y + 36, "你是否持有香港全日制經本地評審課程的學位？", 10),
             (300, y + 60, "Yes 是", 10), (380, y + 60, "No 否", 10)]
    return _pdf([page], [[(284, y + 60, False), (364, y + 60, True)]])


def employer_pdf() -> bytes:
    first = [(400, 50, "ID 990B", 14), (60, 90, "Employer's Part - Admission Scheme for Mainland Talents and Professionals", 12),
             (60, 130, "Part 1  Particulars of Employer  僱主資料", 12),
             (60, 170, "Name of employer 僱主名稱", 10), (280, 170, EMPLOYER, 11),
             (60, 200, "Business Registration No. 商業登記號碼", 10), (280, 200, BR_NO, 11),
             (60, 230, "Address 地址", 10), (280, 230, ADDRESS[:ADDRESS.index(" 2 Science")], 10),
             (280, 245, ADDRESS[ADDRESS.index("2 Science"):], 10),
             (60, 800, "Page 1 of 2", 8)]
    second = [(60, 90, "Part 2  Particulars of the Post  職位資料", 12),
              (60, 130, "Name of applicant 申請人姓名", 10), (280, 130, "CHENG YUTONG", 11),
              (60, 160, "Post 職位", 10), (280, 160, POST, 11),
              (60, 190, "Monthly salary (HK$) 每月薪金（港幣）", 10), (280, 190, f"{SALARY:,}", 11),
              (60, 230, "Is the post under the Talent List of Hong Kong? 該職位是否屬香港人才清單？", 10),
              (300, 255, "Yes 是", 10), (380, 255, "No 否", 10), (60, 800, "Page 2 of 2", 8)]
    return _pdf([first, second], [[], [(284, 255, False), (364, 255, True)]])


def contract_hans() -> Sheet:
    s = Sheet()
    s.text(640, 130, "劳 动 合 同", 56, "sans_cjk")
    lines = [f"甲方（用人单位）：{EMPLOYER_HANS}", f"乙方（劳动者）：{NAME}    护照号码：{HOLDER.passport_no}",
             "", "第一条  甲方聘用乙方担任" + POST_ZH + "职位，工作地点为香港沙田科学园。",
             "第二条  合同期限为三年，自2026年12月1日起至2029年11月30日止。",
             "第三条  乙方月薪为港币肆万捌仟元整（HK$48,000），于每月最后一个工作日支付。",
             "第四条  甲方每月向乙方支付住房津贴港币伍仟元整（HK$5,000）。",
             "第五条  甲方保证于每年十二月向乙方支付年终双粮，金额为一个月基本月薪（HK$48,000）。",
             "第六条  乙方每年享有带薪年假十四个工作日。",
             "第七条  任何一方可提前一个月书面通知终止本合同。"]
    y = 300
    for line in lines:
        if len(line) > 30:
            s.text(150, y, line[:30], 32, "sans_cjk")
            y += 56
            line = "      " + line[30:]
        s.text(150, y, line, 32, "sans_cjk")
        y += 76
    s.text(150, y + 120, "甲方（盖章）：", 32, "sans_cjk")
    s.text(900, y + 120, "乙方（签字）：", 32, "sans_cjk")
    s.text(150, y + 200, "日期：2026年10月26日", 32, "sans_cjk")
    _chop(s, 480, y + 150, EMPLOYER_HANS)
    return s


def ebr_pdf() -> bytes:
    page = [(60, 70, "商業登記證  BUSINESS REGISTRATION CERTIFICATE", 15), (60, 92, "稅務局 Inland Revenue Department", 10),
            (60, 140, "Business Name 業務名稱", 9), (230, 140, EMPLOYER.upper(), 11), (230, 156, EMPLOYER_HANT, 11),
            (60, 190, "Business Address 業務地址", 9), (230, 190, ADDRESS.upper()[:ADDRESS.index(" 2 Science")], 10),
            (230, 204, ADDRESS.upper()[ADDRESS.index("2 Science"):], 10),
            (60, 240, "Nature of Business 業務性質", 9), (230, 240, NATURE.upper(), 10),
            (60, 270, "Status 法律地位", 9), (230, 270, "CORP", 10),
            (60, 310, "Certificate No. 登記證號碼", 9), (230, 310, f"{BR_NO}-000-07-26-3", 11),
            (60, 340, "Date of Commencement 生效日期", 9), (230, 340, COMMENCED.strftime("%d/%m/%Y"), 11),
            (60, 370, "Date of Expiry 屆滿日期", 9), (230, 370, EXPIRES.strftime("%d/%m/%Y"), 11),
            (60, 420, "This is an electronic Business Registration Certificate issued under the Business Registration Ordinance.", 8)]
    return _pdf([page])


def management_accounts_pdf() -> bytes:
    page = [(60, 70, EMPLOYER.upper(), 14), (60, 92, "MANAGEMENT ACCOUNTS (UNAUDITED)", 11),
            (60, 114, f"INCOME STATEMENT FOR THE TWELVE MONTHS ENDED {YEAR_END.day} {YEAR_END.strftime('%B').upper()} {YEAR_END.year}", 11),
            (420, 150, "HK$", 10)]
    rows = [("Sales", SALES), ("Cost of sales", -19_840_000), ("Gross profit", 8_920_000), ("Operating expenses", -6_163_000),
            ("Net profit before tax", 2_757_000), ("Taxation", -442_000), ("Net profit after tax", PROFIT)]
    y = 175
    for label, v in rows:
        page += [(60, y, label, 10), (400, y, f"{v:,}" if v >= 0 else f"({-v:,})", 10)]
        y += 20
    page += [(60, y + 30, f"BALANCE SHEET AS AT {YEAR_END.day} {YEAR_END.strftime('%B').upper()} {YEAR_END.year}", 11)]
    y += 60
    for label, v in (("Total assets", 24_510_000), ("Total liabilities", 7_570_000), ("Shareholders' funds", EQUITY)):
        page += [(60, y, label, 10), (400, y, f"{v:,}", 10)]
        y += 20
    page += [(60, y + 30, "Prepared by management for internal use; not audited.", 9)]
    return _pdf([page])


def job_listing_pdf() -> bytes:
    return _pdf([[(60, 70, "Careers at Dawnlight", 16), (60, 110, POST, 13), (60, 130, "Shatin  ·  Full-time  ·  Posted 2 Sep 2026", 9),
                  (60, 170, "We are looking for a materials scientist with a PhD in materials science or chemistry to lead", 10),
                  (60, 185, "our cathode research. Five years of post-doctoral or industry research experience.", 10),
                  (60, 220, "Apply: careers@dawnlight.example", 10)]])


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    scan = lambda sheet, file: png_bytes(sheet.scanned(zlib.crc32(file.encode())))  # noqa: E731
    employer = (EMPLOYER, EMPLOYER.upper())
    papers = [
        ("passport.pdf", sixteenth.passport_pdf(HOLDER), "travel_document", sixteenth.truth(HOLDER, "passport-pdf")),
        ("photo.jpg", sixteenth.photo_as_taken(HOLDER), "photo", sixteenth.truth(HOLDER, "photo-as-taken")),
        ("degree.png", scan(degree_beside_photo(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": (DEGREE + "学位", DEGREE),
          "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("graduation.png", scan(graduation_reissued(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": MAJOR, "level": ("博士研究生", "研究生"),
          "graduation_date": GRADUATED.isoformat(), "certificate_number": GRADUATION_NO}),
        ("no-objection.png", scan(no_objection_letter(), "no-objection.png"), "consent_letter",
         {"organisation": (CONSENTER_EN, CONSENTER_ZH), "applicant_name": ("CHENG YUTONG", NAME), "date": CONSENT_DATE.isoformat(),
          "seal_present": True}),
        ("id990a.pdf", applicant_pdf(), "applicant_form",
         {"surname": "CHENG", "given_names": "YUTONG", "name_zh": NAME, "sex": "F", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.pdf", employer_pdf(), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": "CHENG YUTONG", "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("contract.png", scan(contract_hans(), "contract.png"), "employment_contract",
         {"employer_name": EMPLOYER_HANS, "employee_name": NAME, "position": POST_ZH, "start_date": START.isoformat(),
          "term_months": 36, "monthly_salary_hkd": float(SALARY), "housing_allowance_hkd": float(HOUSING),
          "guaranteed_bonus_hkd": float(SALARY)}),
        ("ebr.pdf", ebr_pdf(), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS.upper(),
          "nature_of_business": NATURE.upper(), "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("management-accounts.pdf", management_accounts_pdf(), "financial_statement",
         {"company_name": employer, "period_end": YEAR_END.isoformat(), "currency": "HKD", "revenue": float(SALES),
          "profit": float(PROFIT), "total_equity": float(EQUITY)}),
        ("job-listing.pdf", job_listing_pdf(), "recruitment_evidence", {"type": "recruitment_evidence"}),
    ]
    out = []
    for file, data, kind, fields in papers:
        (folder / file).write_bytes(data)
        out.append({"file": file, "type": kind, "layout": "third-hand", "case": CASE, "settings": SETTINGS,
                    "fields": {k: v for k, v in fields.items() if k != "type" or kind == "recruitment_evidence"}})
    return out
