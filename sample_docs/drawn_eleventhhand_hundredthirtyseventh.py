"""A hundred-and-thirty-seventh drawn set: an eleventh whole clean application, for a Talent List post at an established
company, from an applicant who holds a Hong Kong identity card from an earlier stay (so the card's copy is among the
papers and form ID 990A states its number). Its papers in layouts no earlier set drew: a master's degree boxed in a
frame, its number over its title; a postgraduate graduation certificate that states its years of study as a range; the
identity card photographed on a desk; a consent printed from an online system with a verification code and a square
code to scan; form ID 990A on grey-shaded fields; form ID 990B ticked with the profession named; an offer whose pay
stands in a table by the month and by the year; accounts as a two-page text PDF; a profile as a brochure's page. Scored
on each paper's fields and on the checks on them (the case is clean). Read once through the product before any reader
changes for it (`scripts/bench_drawn_forms.py --set hundredthirtyseventh`). Every name and number is made up; 19859 is
no real institution's code."""
from __future__ import annotations

import random
import zlib
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

from pipeline.hkid import hkid_check_char

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, br_sheet, scanned_png, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop
from .drawn_photos_ninth import jpeg_as_taken, photographed
from .drawn_thirdhand_fiftythird import _pdf
from .generator.render import pil_font

CASE = "qin-haoyu"
SETTINGS = {"as_of": "2026-12-05", "dependants": 0}
HOLDER = sixteenth.Holder("秦", "浩宇", "QIN", "HAOYU", "M", date(1989, 3, 14), "山东/SHANDONG", "EH5293047",
                          date(2021, 4, 2), date(2031, 4, 1), "C60358219", date(2024, 1, 8), date(2034, 1, 7), (354, 454))
NAME, NAME_HANT = "秦浩宇", "秦浩宇"
HKID_BODY = "Z438126"
HKID = f"{HKID_BODY}({hkid_check_char(HKID_BODY)})"
SCHOOL, MAJOR = "齐鲁海洋大学", "海洋化学"
AWARDED, GRADUATED = date(2014, 6, 26), date(2014, 6, 30)
DEGREE_NO, GRADUATION_NO = "1985932014000526", "198591201402000526"
CONSENTER = "青岛蓝海新材料研究院有限公司"
CONSENT_DATE = date(2026, 11, 30)
EMPLOYER = "Tidewater Marine Coatings Limited"
BR_NO = "64027315"
ADDRESS = "UNIT 1602, 16/F, CHEUNG KONG CENTRE II, 18 CHEUNG LEE STREET, CHAI WAN, HONG KONG"
NATURE = "RESEARCH, DEVELOPMENT AND SALE OF MARINE COATINGS"
COMMENCED, EXPIRES = date(2015, 5, 18), date(2027, 5, 17)
POST, START, SALARY = "Senior Materials Science Chemist", date(2027, 2, 15), 85000


def degree_in_frame() -> Sheet:
    s = Sheet()
    s.d.rectangle([120, 120, 1530, 1100], outline=(40, 70, 120), width=5)
    s.text(180, 170, f"证书编号：{DEGREE_NO}", 24, "serif_cjk")
    s.text(620, 260, "硕士学位证书", 48, "serif_cjk")
    _paragraph(s, 220, 420, f"　　{NAME}，男，{HOLDER.born.year}年{HOLDER.born.month}月{HOLDER.born.day}日生。在{MAJOR}学科完成了硕士研究生的学习计划，"
               "业已通过硕士学位论文答辩，经审核符合《中华人民共和国学位条例》的规定，授予理学硕士学位。", 30, 30, 64)
    s.text(900, 840, f"{SCHOOL}", 32, "serif_cjk")
    s.text(900, 900, "学位评定委员会主席：宋立国", 26, "serif_cjk")
    s.text(900, 960, f"{AWARDED.year}年{AWARDED.month}月{AWARDED.day}日", 28, "serif_cjk")
    _chop(s, 1150, 880, SCHOOL)
    return s


def graduation_years_range() -> Sheet:
    s = Sheet()
    s.text(560, 140, "研究生毕业证书", 50, "serif_cjk")
    rows = [("姓名", NAME), ("性别", "男"), ("出生日期", f"{HOLDER.born.year}年{HOLDER.born.month}月{HOLDER.born.day}日"), ("专业", MAJOR),
            ("学习年限", "2011年9月至2014年6月"), ("层次", "硕士研究生")]
    y = 300
    for label, value in rows:
        s.text(220, y, f"{label}：", 30, "serif_cjk")
        s.text(480, y, value, 30, "serif_cjk")
        y += 70
    s.text(220, y + 20, "修完硕士研究生培养计划规定的全部课程，成绩合格，准予毕业。", 28, "serif_cjk")
    s.text(960, y + 140, SCHOOL, 32, "serif_cjk")
    s.text(960, y + 200, f"{GRADUATED.year}年{GRADUATED.month}月{GRADUATED.day}日", 28, "serif_cjk")
    s.text(220, y + 300, f"证书编号：{GRADUATION_NO}", 26, "serif_cjk")
    return s


def hkid_card() -> Image.Image:
    card = Image.new("RGB", (860, 540), (214, 226, 236))
    d = ImageDraw.Draw(card)
    d.rounded_rectangle([0, 0, 859, 539], radius=36, outline=(90, 100, 120), width=3)
    for x, y, text, size, font in [(40, 30, "香港居民身份證", 34, "sans_cjk"), (40, 78, "HONG KONG IDENTITY CARD", 26, "sans_bold"),
                                   (40, 150, NAME_HANT, 38, "sans_cjk"), (40, 205, f"{HOLDER.surname}, {HOLDER.given.title()}", 30, "sans"),
                                   (40, 270, "出生日期 Date of Birth", 20, "sans_cjk"), (40, 298, HOLDER.born.strftime("%d-%m-%Y"), 30, "sans"),
                                   (40, 360, "***AZ", 26, "sans"), (250, 360, "(06-19)", 22, "sans"), (40, 450, HKID, 40, "sans_bold")]:
        d.text((x, y), text, font=pil_font(font, size), fill=(30, 30, 40))
    d.rectangle([590, 150, 820, 440], fill=(170, 175, 185))
    return card


def hkid_on_desk() -> bytes:
    sheet = Image.new("RGB", (1100, 800), (250, 250, 250))
    sheet.paste(hkid_card(), (120, 130))
    return jpeg_as_taken(photographed(sheet, zlib.crc32(b"hkid137")), 1)


def consent_online_system() -> Sheet:
    s = Sheet()
    s.text(140, 100, CONSENTER, 34, "serif_cjk")
    s.text(140, 160, "人事服务系统 · 电子证明", 24, "sans_cjk", (90, 90, 90))
    s.text(680, 260, "同意函", 48, "serif_cjk")
    y = _paragraph(s, 140, 380, f"　　{NAME}，男，身份证号码370202198903141238，自2014年7月起在我院从事海洋防腐涂料研究，现任高级工程师。"
                   "经院务会研究，同意其赴香港工作。", 34, 28, 56)
    s.text(880, y + 120, CONSENTER, 28, "serif_cjk")
    s.text(980, y + 180, f"{CONSENT_DATE.year}年{CONSENT_DATE.month}月{CONSENT_DATE.day}日", 28, "serif_cjk")
    _chop(s, 1130, y + 150, CONSENTER)
    rng = random.Random(137)
    for i in range(21):
        for j in range(21):
            if rng.random() < 0.5 or (i < 7 and j < 7):
                s.d.rectangle([140 + 8 * i, 1500 + 8 * j, 147 + 8 * i, 1507 + 8 * j], fill="black")
    s.text(340, 1520, "验证码：QHY7-2611-30K8", 24, "sans_cjk")
    s.text(340, 1560, "扫码或登录系统核验本证明真伪", 22, "sans_cjk", (90, 90, 90))
    return s


def applicant_shaded() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    s.text(140, 140, "申請人資料 Particulars of Applicant", 30, "sans_cjk")
    rows = [("姓 Surname", HOLDER.surname), ("名 Given names", HOLDER.given), ("中文姓名 Chinese name", NAME), ("性別 Sex", "M"),
            ("出生日期 Date of birth", HOLDER.born.strftime("%d/%m/%Y")), ("旅行證件號碼 Travel document no.", HOLDER.permit_no),
            ("香港身份證號碼 HKID no.", HKID), ("僱主 Employer", EMPLOYER), ("職位 Post", POST), ("每月薪金 Monthly salary (HK$)", f"{SALARY:,}")]
    y = 230
    for label, value in rows:
        s.text(140, y, label, 22, "sans_cjk")
        s.d.rectangle([760, y - 8, 1500, y + 40], fill=(225, 225, 225))
        s.text(780, y, value, 28, "mono" if value.isascii() else "sans_cjk")
        y += 74
    s.text(140, y + 10, "是否持有香港全日制經本地評審課程的學位？ Local degree in Hong Kong?", 22, "sans_cjk")
    s.d.rectangle([760, y + 50, 1500, y + 98], fill=(225, 225, 225))
    s.text(780, y + 58, "No", 28, "mono")
    return s


def employer_profession() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 140, "Employer and post", 30, "sans_bold")
    y = 230
    for label, value in [("Name of employer", EMPLOYER), ("BR no.", BR_NO), ("Applicant", f"{HOLDER.surname} {HOLDER.given}"), ("Post", POST),
                         ("Monthly salary (HK$)", f"{SALARY:,}")]:
        s.text(140, y, label, 26, "sans")
        s.text(700, y - 4, value, 30, "mono")
        y += 80
    s.text(140, y + 20, "Post on the Talent List?", 26, "sans")
    s.tick(700, y + 16, True)
    s.text(750, y + 20, "Yes (Innovation and technology experts: materials science)", 22, "sans")
    s.tick(700, y + 76, False)
    s.text(750, y + 80, "No", 24, "sans")
    return s


def offer_pay_table() -> Sheet:
    s = Sheet()
    s.text(140, 100, EMPLOYER, 32, "serif_bold")
    lines = ["1 December 2026", "", "Mr QIN Haoyu", "", "OFFER OF EMPLOYMENT", "",
             f"We are pleased to offer you the position of {POST} with {EMPLOYER}, starting on 15 February 2027,",
             "on a contract of three years, on the following pay:"]
    y = 200
    for line in lines:
        s.text(140, y, line, 24, "serif_bold" if line.isupper() else "serif")
        y += 42
    _ruled(s, 140, y + 10, [["Item", "Monthly (HK$)", "Yearly (HK$)"], ["Basic salary", f"{SALARY:,}", f"{SALARY * 12:,}"],
                            ["Housing allowance", "0", "0"], ["Guaranteed bonus", "-", "0"]], [460, 360, 360], 62, 24)
    s.text(140, y + 320, "Please sign below to accept this offer.", 24, "serif")
    return s


def accounts_text_pdf() -> bytes:
    first = [(60, 60, EMPLOYER.upper(), 16), (60, 90, "REPORT OF THE INDEPENDENT AUDITOR", 12),
             (60, 120, "In our opinion the financial statements give a true and fair view of the financial position of the", 10),
             (60, 136, "company as at 31 March 2026 and of its financial performance for the year then ended.", 10),
             (60, 170, "Harbourlight CPA Limited, Certified Public Accountants, 20 June 2026", 10)]
    second = [(60, 60, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 MARCH 2026", 12), (400, 90, "2026", 10), (480, 90, "2025", 10),
              (60, 110, "Revenue", 10), (390, 110, "38,204,600", 10), (470, 110, "35,118,900", 10),
              (60, 126, "Profit before taxation", 10), (395, 126, "5,318,400", 10), (475, 126, "4,902,700", 10),
              (60, 142, "Income tax", 10), (390, 142, "(877,500)", 10), (470, 142, "(808,900)", 10),
              (60, 158, "Profit for the year", 10), (395, 158, "4,440,900", 10), (475, 158, "4,093,800", 10),
              (60, 200, "STATEMENT OF FINANCIAL POSITION AS AT 31 MARCH 2026", 12),
              (60, 220, "Total equity", 10), (390, 220, "26,781,300", 10), (470, 220, "22,340,400", 10)]
    return _pdf([first, second])


def profile_brochure() -> Sheet:
    s = Sheet()
    s.d.rectangle([0, 0, 1654, 300], fill=(16, 60, 96))
    s.text(140, 110, "Tidewater Marine Coatings", 48, "sans_bold", (255, 255, 255))
    s.text(140, 190, "Protecting ships and harbours since 2015", 28, "sans", (220, 230, 240))
    s.wrapped(140, 380, "We develop and sell antifouling and anticorrosion coatings for ships, piers and offshore platforms. Our "
              "laboratory in Chai Wan tests every batch, and our coatings protect more than 400 vessels in Asian waters.", 80, 26,
              "sans", leading=44)
    return s


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "permit-front-back", "photo-as-taken"),
        ("degree.png", scanned_png(degree_in_frame(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": ("理学硕士学位", "理学硕士"),
          "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("graduation.png", scanned_png(graduation_years_range(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": MAJOR, "level": ("硕士研究生", "研究生"), "graduation_date": GRADUATED.isoformat(),
          "certificate_number": GRADUATION_NO}),
        ("hkid.jpg", hkid_on_desk(), "hkid_copy", {"hkid_number": HKID}),
        ("consent.png", scanned_png(consent_online_system(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("id990a.png", scanned_png(applicant_shaded(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.permit_no, "hkid_number": HKID, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_profession(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": True}),
        ("offer.png", scanned_png(offer_pay_table(), "offer.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST, "start_date": START.isoformat(),
          "term_months": 36, "monthly_salary_hkd": float(SALARY), "housing_allowance_hkd": 0.0}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.pdf", accounts_text_pdf(), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-03-31", "revenue": 38204600.0, "profit": 4440900.0, "total_equity": 26781300.0}),
        ("profile.png", scanned_png(profile_brochure(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "eleventh-hand", CASE, SETTINGS)


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "UNIT 1602, 16/F, CHEUNG KONG CENTRE II,"),
                     ("", "18 CHEUNG LEE STREET, CHAI WAN, HONG KONG"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-05-26-6")])
