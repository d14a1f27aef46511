"""A ninety-sixth drawn set: a seventh whole clean application, for a company in business for less than a year whose
post is on the Talent List (so a business plan is asked for, and no proof of local recruitment). Its papers in layouts
no earlier set drew: the travel permit's two sides on one page; a degree certificate whose university is named only
over its title and under its seal ('在本校…'); a graduation certificate set on a landscape page; the consent as a
letter of numbered paragraphs; form ID 990A with the Chinese name written a character a box; form ID 990B declaring
the post on the Talent List; the contract in simplified Chinese; a new business's BR certificate; the first months'
management accounts; a business plan in plain prose; a company profile. Scored on each paper's fields and on the
checks on them (the case is clean). Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set ninetysixth`). Every name and number is made up; 19812 is no real institution's
code."""
from __future__ import annotations

import zlib
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import H, Sheet, W, br_sheet, png_bytes
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop

CASE = "deng-qihang"
SETTINGS = {"as_of": "2026-11-30", "dependants": 0}
HOLDER = sixteenth.Holder("邓", "启航", "DENG", "QIHANG", "M", date(1988, 2, 17), "广东/GUANGDONG", "EG3095172",
                          date(2021, 7, 2), date(2031, 7, 1), "C68204317", date(2024, 3, 8), date(2034, 3, 7), (360, 460))
NAME = "邓启航"
SCHOOL, MAJOR = "南粤理工大学", "计算机科学与技术"
AWARDED, GRADUATED = date(2014, 6, 27), date(2014, 6, 30)
GRADUATION_NO, DEGREE_NO = "198121201402000388", "1981232014000388"
CONSENTER = "Shenzhen Qianhai Yunji Technology Co., Ltd."
CONSENT_DATE = date(2026, 11, 9)
EMPLOYER, EMPLOYER_ZH = "Skyreach Cloud Systems Limited", "天際雲系統有限公司"
BR_NO = "77402158"
ADDRESS = "UNIT 1808, 18/F, TOWER 2, GRAND CENTURY PLACE, 193 PRINCE EDWARD ROAD WEST, MONG KOK, KOWLOON"
NATURE = "CLOUD COMPUTING SERVICES"
COMMENCED, EXPIRES = date(2026, 5, 4), date(2027, 5, 3)
POST, POST_ZH, START, SALARY = "Cloud Architect", "云架构师", date(2027, 2, 15), 72000
PEN = (20, 30, 120)


def degree_school_over_title() -> Sheet:
    s = Sheet()
    s.text(620, 150, SCHOOL, 52, "serif_cjk")
    s.text(560, 260, "硕士学位证书", 56, "serif_cjk")
    _paragraph(s, 140, 460, f"{NAME}，男，{HOLDER.born.year}年{HOLDER.born.month}月{HOLDER.born.day}日生。在本校{MAJOR}学科完成了硕士研究生的学习计划，"
               "业已通过学位论文答辩，经审核符合《中华人民共和国学位条例》的规定，授予工学硕士学位。", 30, 36, 70)
    s.text(900, 920, "学位评定委员会主席", 30, "serif_cjk")
    s.text(900, 980, f"{AWARDED.year}年{AWARDED.month}月{AWARDED.day}日", 30, "serif_cjk")
    s.text(140, 1100, f"证书编号：{DEGREE_NO}", 26, "serif_cjk")
    _chop(s, 1060, 900, SCHOOL)
    return s


def graduation_landscape() -> Sheet:
    s = Sheet()
    s.img = Image.new("RGB", (H, W), "white")  # a booklet's page, wider than it is tall
    s.d = ImageDraw.Draw(s.img)
    s.text(1020, 140, "毕业证书", 60, "serif_cjk")
    _paragraph(s, 260, 340, f"研究生{NAME}，性别男，{HOLDER.born.year}年{HOLDER.born.month}月生，于2011年9月至2014年6月在本校{MAJOR}专业学习，"
               "学制三年，修完硕士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。", 36, 40, 76)
    s.text(1500, 820, SCHOOL, 36, "serif_cjk")
    s.text(1500, 880, f"{GRADUATED.year}年{GRADUATED.month}月{GRADUATED.day}日", 30, "serif_cjk")
    s.text(260, 1000, f"证书编号：{GRADUATION_NO}", 28, "serif_cjk")
    return s


def consent_numbered_paragraphs() -> Sheet:
    s = Sheet()
    s.text(140, 110, CONSENTER, 32, "serif_bold")
    s.text(140, 160, "深圳前海云际科技有限公司", 26, "serif_cjk")
    s.text(140, 260, "9 November 2026", 26, "serif")
    s.text(140, 330, "LETTER OF CONSENT", 30, "serif_bold")
    paras = ["1. Mr DENG Qihang has been employed by the Company as a senior cloud engineer since August 2014.",
             "2. The Company has no objection to Mr DENG taking up employment as Cloud Architect with Skyreach Cloud "
             "Systems Limited in Hong Kong.", "3. His employment with the Company will end on 31 January 2027."]
    y = 420
    for p in paras:
        s.wrapped(140, y, p, 84, 26, "serif", leading=44)
        y += 44 * (len(p) // 84 + 1) + 30
    s.text(140, y + 60, "For and on behalf of the Company", 26, "serif")
    _chop(s, 420, y + 170, "深圳前海云际科技有限公司")
    return s


def applicant_han_in_boxes() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    s.text(140, 140, "PART A  PARTICULARS OF APPLICANT", 30, "sans_bold")
    s.text(140, 240, "Surname", 26, "sans")
    s.boxes(620, 230, HOLDER.surname, 12)
    s.text(140, 330, "Given names", 26, "sans")
    s.boxes(620, 320, HOLDER.given, 12)
    s.text(140, 420, "Name in Chinese", 26, "sans")
    for i, ch in enumerate(NAME + "  "):
        s.d.rectangle([620 + i * 60, 410, 680 + i * 60, 470], outline="black", width=2)
        if ch.strip():
            s.text(628 + i * 60, 414, ch, 44, "hand_cjk", PEN)
    s.text(140, 520, "Sex", 26, "sans")
    s.boxes(620, 510, "M", 1)
    s.text(140, 610, "Date of birth (DD/MM/YYYY)", 26, "sans")
    s.boxes(620, 600, HOLDER.born.strftime("%d%m%Y"), 8)
    s.text(140, 700, "Travel document no.", 26, "sans")
    s.boxes(620, 690, HOLDER.permit_no, 9)
    for k, (label, value) in enumerate([("Name of employer", EMPLOYER), ("Post", POST), ("Monthly salary (HK$)", f"{SALARY:,}")]):
        s.text(140, 800 + 80 * k, label, 26, "sans")
        s.text(620, 794 + 80 * k, value, 32, "hand", PEN)
    s.text(140, 1060, "Have you obtained a degree in a full-time and locally-accredited programme in Hong Kong?", 22, "sans")
    s.tick(160, 1110, False)
    s.text(210, 1110, "Yes", 26, "sans")
    s.tick(360, 1110, True)
    s.text(410, 1110, "No", 26, "sans")
    return s


def employer_talent_yes() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 140, "PARTICULARS OF THE EMPLOYER", 30, "sans_bold")
    for k, (label, value) in enumerate([("Name of employer", EMPLOYER), ("Business registration no.", BR_NO),
                                        ("Name of applicant", f"{HOLDER.surname} {HOLDER.given}"), ("Post", POST), ("Monthly salary (HK$)", f"{SALARY:,}")]):
        s.text(140, 240 + 80 * k, label, 26, "sans")
        s.text(640, 236 + 80 * k, value, 30, "mono")
    s.text(140, 680, "Is the post under the Talent List of Hong Kong?", 26, "sans")
    s.tick(160, 740, True)
    s.text(210, 740, "Yes (profession: Experienced cloud infrastructure specialists)", 24, "sans")
    s.tick(160, 800, False)
    s.text(210, 800, "No", 26, "sans")
    return s


def contract_simplified() -> Sheet:
    s = Sheet()
    s.text(640, 120, "雇 佣 合 同", 48, "sans_cjk")
    rows = [f"甲方（雇主）：{EMPLOYER_ZH}（{EMPLOYER}）", f"乙方（雇员）：{NAME}（{HOLDER.surname} {HOLDER.given}）",
            f"一、职位：乙方受聘担任{POST_ZH}（{POST}）。", f"二、合同期限：自{START.year}年{START.month}月{START.day}日起，为期三年。",
            f"三、薪酬：月薪港币{SALARY:,}元，于每月最后一个工作日支付。", "四、年假：每年十四个工作日。", "五、终止：任何一方可提前一个月书面通知终止本合同。"]
    y = 260
    for r in rows:
        s.text(140, y, r, 28, "sans_cjk")
        y += 70
    s.text(140, y + 80, "甲方签署：", 28, "sans_cjk")
    s.text(900, y + 80, "乙方签署：", 28, "sans_cjk")
    return s


def br_new_business() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "UNIT 1808, 18/F, TOWER 2, GRAND CENTURY PLACE,"),
                     ("", "193 PRINCE EDWARD ROAD WEST, MONG KOK, KOWLOON"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-05-26-4")])


def management_accounts() -> Sheet:
    s = Sheet()
    s.text(480, 110, EMPLOYER.upper(), 32, "serif_bold")
    s.text(300, 170, "MANAGEMENT ACCOUNTS (UNAUDITED) FOR THE PERIOD FROM 4 MAY 2026 TO 31 OCTOBER 2026", 22, "serif_bold")
    s.text(1200, 240, "HK$", 24, "serif_bold")
    y = 300
    for label, value in [("Revenue", "1,206,400"), ("Operating expenses", "(1,358,900)"), ("Loss for the period", "(152,500)"), ("", ""),
                         ("Cash at bank", "2,611,300"), ("Total assets", "3,104,800"), ("Total liabilities", "(257,300)"), ("Total equity", "2,847,500")]:
        s.text(160, y, label, 26, "serif")
        s.text(1290 - 14 * len(value), y, value, 26, "serif")
        y += 56
    return s


def business_plan_prose() -> Sheet:
    s = Sheet()
    s.text(160, 110, "SKYREACH CLOUD SYSTEMS LIMITED - BUSINESS PLAN", 32, "sans_bold")
    s.wrapped(160, 200, "Skyreach Cloud Systems Limited began business in Hong Kong on 4 May 2026 with a paid-up capital of "
              "HK$3,000,000. We design and run private and hybrid clouds for banks' and insurers' back offices. For our first "
              "full year we project a turnover of HK$5,400,000, growing to HK$9,000,000 in the second year. We will employ "
              "six local staff in the first year (cloud engineers and a service desk), besides the Cloud Architect we seek to "
              "bring in.", 90, 26, "sans", leading=44)
    return s


def company_profile() -> Sheet:
    s = Sheet()
    s.text(160, 110, "Company profile", 36, "sans_bold")
    s.wrapped(160, 200, "Skyreach Cloud Systems Limited is a Hong Kong cloud services firm founded in 2026 by three engineers "
              "who previously ran data centres for regional banks. Our clients include two insurers and a securities house. "
              "We are a member of the Hong Kong Computer Society.", 90, 26, "sans", leading=44)
    return s


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    scan = lambda sheet, file: png_bytes(sheet.scanned(zlib.crc32(file.encode())))  # noqa: E731
    permit = sixteenth.LAYOUTS["permit-front-back"]
    papers = [
        ("permit" + permit[0], permit[1](HOLDER), "travel_document", sixteenth.truth(HOLDER, "permit-front-back")),
        ("photo.jpg", sixteenth.photo_as_taken(HOLDER), "photo", sixteenth.truth(HOLDER, "photo-as-taken")),
        ("degree.png", scan(degree_school_over_title(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": ("工学硕士学位", "工学硕士"),
          "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("graduation.png", scan(graduation_landscape(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": MAJOR, "level": ("硕士研究生", "研究生"), "graduation_date": GRADUATED.isoformat(),
          "certificate_number": GRADUATION_NO}),
        ("consent.png", scan(consent_numbered_paragraphs(), "consent.png"), "consent_letter",
         {"organisation": (CONSENTER, "深圳前海云际科技有限公司"), "applicant_name": "DENG QIHANG", "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("id990a.png", scan(applicant_han_in_boxes(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.permit_no, "employer_name": EMPLOYER, "position": POST, "monthly_salary_hkd": float(SALARY),
          "hk_local_degree": False}),
        ("id990b.png", scan(employer_talent_yes(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": True}),
        ("contract.png", scan(contract_simplified(), "contract.png"), "employment_contract",
         {"employer_name": (EMPLOYER_ZH, EMPLOYER), "employee_name": (NAME, f"{HOLDER.surname} {HOLDER.given}"), "position": (POST_ZH, POST),
          "start_date": START.isoformat(), "term_months": 36, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scan(br_new_business(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scan(management_accounts(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-10-31", "currency": "HKD", "revenue": 1206400.0, "profit": -152500.0,
          "total_equity": 2847500.0}),
        ("plan.png", scan(business_plan_prose(), "plan.png"), "business_plan",
         {"capital_hkd": 3000000.0, "projected_turnover_hkd": 5400000.0, "local_jobs": 6}),
        ("profile.png", scan(company_profile(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    out = []
    for file, data, kind, fields in papers:
        (folder / file).write_bytes(data)
        out.append({"file": file, "type": kind, "layout": "seventh-hand", "case": CASE, "settings": SETTINGS,
                    "fields": {k: v for k, v in fields.items() if k != "type" or kind in ("company_profile", "recruitment_evidence")}})
    return out
