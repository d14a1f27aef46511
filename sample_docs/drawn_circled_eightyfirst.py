"""An eighty-first drawn set: papers in five layouts no set drew. Form ID 990A typed with its options circled by
pen ('M / F', 'YES / NO') and its names typed over the line whose small labels stand under them; a degree
certificate of an English-speaking university whose date is written out in words ('on the twelfth day of December
2021'); a consent sent as an e-mail and printed, dated in its header; statements with a column of notes between
the items and the figures, for a year ending in March; a business plan whose figures are bullets with dot leaders.
Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set eightyfirst`). Every name, number and institution is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, write_sheets

PEN = (20, 30, 120)


def _circled(s: Sheet, x: int, y: int, options: list[tuple[str, bool]], size: int = 28) -> None:
    """Options side by side with a slash between, the chosen one ringed by pen."""
    for k, (label, chosen) in enumerate(options):
        end = s.text(x, y, label, size, "mono")
        if chosen:
            s.d.ellipse([x - 14, y - 10, end + 14, y + size + 12], outline=PEN, width=3)
        x = end + 20
        if k < len(options) - 1:
            x = s.text(x, y, "/", size, "mono") + 20


def applicant_circled() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(1280, 80, "ID 990A", 30, "sans_bold")
    s.text(140, 150, "APPLICATION FOR ENTRY FOR EMPLOYMENT AS PROFESSIONALS", 34, "serif_bold")
    s.text(140, 230, "PART A  PARTICULARS OF APPLICANT", 30, "serif_bold")
    s.text(140, 320, "(1) Name", 28, "serif")
    for x, value, label in [(420, "HUANG", "(Surname)"), (760, "ZHIWEI", "(Given names)"), (1160, "黄志伟", "(Name in Chinese)")]:
        s.text(x, 312, value, 32, "mono" if value.isascii() else "serif_cjk")
        s.d.line([x - 10, 356, x + 300, 356], fill="black", width=2)
        s.text(x, 364, label, 20, "serif")
    s.text(140, 460, "(2) Sex", 28, "serif")
    _circled(s, 420, 460, [("M", True), ("F", False)])
    s.text(140, 560, "(3) Date of birth", 28, "serif")
    for x, value, label in [(520, "07", "Day"), (640, "09", "Month"), (760, "1993", "Year")]:
        s.d.rectangle([x, 548, x + (90 if len(value) == 2 else 130), 600], outline="black", width=2)
        s.text(x + 14, 556, value, 30, "mono")
        s.text(x + 10, 608, label, 20, "serif")
    s.text(140, 700, "(4) Travel document No.", 28, "serif")
    s.text(560, 700, "E58203716", 30, "mono")
    s.text(140, 780, "(5) Hong Kong Identity Card No. (if any)", 28, "serif")
    s.text(760, 780, "Z683401(A)", 30, "mono")
    s.text(140, 870, "(6) Have you obtained a degree in a full-time and locally-accredited", 28, "serif")
    s.text(190, 912, "programme in Hong Kong?", 28, "serif")
    _circled(s, 620, 912, [("YES", False), ("NO", True)])
    s.text(140, 1030, "PART B  PROPOSED EMPLOYMENT", 30, "serif_bold")
    s.text(140, 1110, "(7) Name of employer", 28, "serif")
    s.text(560, 1110, "Harbourlens Optics Limited", 30, "mono")
    s.text(140, 1190, "(8) Post", 28, "serif")
    s.text(560, 1190, "Optical Design Engineer", 30, "mono")
    s.text(140, 1270, "(9) Monthly salary (HK$)", 28, "serif")
    s.text(560, 1270, "43,000", 30, "mono")
    return s, {"surname": "HUANG", "given_names": "ZHIWEI", "name_zh": "黄志伟", "sex": "M", "date_of_birth": "1993-09-07",
               "travel_document_number": "E58203716", "hkid_number": "Z683401(A)", "hk_local_degree": False,
               "employer_name": "Harbourlens Optics Limited", "position": "Optical Design Engineer", "monthly_salary_hkd": 43000.0}


def degree_date_in_words() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(470, 200, "UNIVERSITY OF WESTHAVEN", 52, "serif_bold")
    s.text(640, 420, "This is to certify that", 32, "serif")
    s.text(640, 520, "ZHOU Yifan", 54, "serif_bold")
    s.text(330, 660, "having fulfilled the requirements of the course was admitted to", 32, "serif")
    s.text(700, 720, "the degree of", 32, "serif")
    s.text(420, 820, "Master of Information Technology", 54, "serif_bold")
    s.text(420, 960, "at the University on the twelfth day of December 2021", 32, "serif")
    for x, role in [(220, "Vice-Chancellor"), (1080, "Registrar")]:
        s.d.line([x, 1260, x + 380, 1260], fill="black", width=2)
        s.text(x + 60, 1275, role, 26, "serif")
    s.text(220, 1420, "Testamur No. WH-2021-118406", 22, "serif")
    return s, {"holder_name": "ZHOU YIFAN", "institution": "University of Westhaven", "degree": "Master of Information Technology",
               "date_awarded": "2021-12-12"}


def consent_email() -> tuple[Sheet, dict]:
    s = Sheet()
    rows = [("From:", "LI Hong <lihong@qingmu-optics.example.cn>"), ("Sent:", "Tuesday, November 3, 2026 10:42 AM"),
            ("To:", "recruit@harbourlens.example.com.hk"), ("Subject:", "RE: Consent - ZHENG Kai")]
    y = 140
    for label, value in rows:
        s.text(140, y, label, 24, "sans_bold")
        s.text(300, y, value, 24, "sans")
        y += 44
    s.d.line([140, y + 10, 1500, y + 10], fill=(120, 120, 120), width=2)
    s.text(140, y + 60, "Dear Ms Chan,", 26, "sans")
    s.wrapped(140, y + 130, "Qingmu Optics Technology (Suzhou) Co., Ltd. hereby gives its consent for our optical engineer, "
              "ZHENG Kai, to accept your offer of employment in Hong Kong. He will leave our company at the end of his "
              "current project and we will not hold him to any further service.", 92, 26, "sans", leading=44)
    s.text(140, y + 340, "Best regards,", 26, "sans")
    for k, line in enumerate(["LI Hong", "Human Resources Manager", "Qingmu Optics Technology (Suzhou) Co., Ltd.",
                              "Tel: +86 512 6000 0000"]):
        s.text(140, y + 420 + 40 * k, line, 24, "sans")
    return s, {"organisation": "Qingmu Optics Technology (Suzhou) Co., Ltd.", "applicant_name": "ZHENG KAI", "date": "2026-11-03",
               "seal_present": False}


def statements_with_notes() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(560, 110, "HARBOURLENS OPTICS LIMITED", 36, "serif_bold")
    s.text(250, 170, "STATEMENT OF PROFIT OR LOSS AND OTHER COMPREHENSIVE INCOME", 28, "serif_bold")
    s.text(520, 215, "FOR THE YEAR ENDED 31 MARCH 2026", 26, "serif")

    def table(y: int, rows: list[tuple[str, str, str, str]]) -> int:
        s.text(900, y, "Notes", 24, "serif_bold")
        s.text(1100, y, "2026", 24, "serif_bold")
        s.text(1340, y, "2025", 24, "serif_bold")
        s.text(1100, y + 34, "HK$", 24, "serif_bold")
        s.text(1340, y + 34, "HK$", 24, "serif_bold")
        y += 100
        for label, note, this, last in rows:
            s.text(160, y, label, 26, "serif")
            s.text(920, y, note, 26, "serif")
            s.text(1230 - 14 * len(this), y, this, 26, "serif")
            s.text(1470 - 14 * len(last), y, last, 26, "serif")
            y += 56
        return y

    y = table(290, [("Revenue", "5", "18,204,660", "16,930,120"), ("Cost of sales", "", "(12,114,300)", "(11,402,560)"),
                    ("Gross profit", "", "6,090,360", "5,527,560"), ("Administrative expenses", "", "(3,148,560)", "(2,985,410)"),
                    ("Profit before taxation", "6", "2,941,800", "2,542,150"), ("Income tax expense", "7", "(466,210)", "(401,380)"),
                    ("Profit and total comprehensive", "", "", ""), ("   income for the year", "", "2,475,590", "2,140,770")])
    s.text(430, y + 60, "STATEMENT OF FINANCIAL POSITION AS AT 31 MARCH 2026", 28, "serif_bold")
    table(y + 120, [("Property, plant and equipment", "8", "1,204,300", "1,310,880"), ("Current assets", "", "11,862,410", "10,047,220"),
                    ("Current liabilities", "", "(3,946,310)", "(3,713,270)"), ("NET ASSETS", "", "9,120,400", "7,644,830"),
                    ("Share capital", "9", "1,000,000", "1,000,000"), ("Retained profits", "", "8,120,400", "6,644,830"),
                    ("TOTAL EQUITY", "", "9,120,400", "7,644,830")])
    return s, {"company_name": "Harbourlens Optics Limited", "period_end": "2026-03-31", "currency": "HKD", "revenue": 18204660.0,
               "profit": 2475590.0, "total_equity": 9120400.0}


def plan_bullets() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(160, 120, "TIDEWELL ROBOTICS LIMITED", 40, "sans_bold")
    s.text(160, 180, "Business Plan 2027 - 2029", 30, "sans")
    s.text(160, 280, "1. The business", 30, "sans_bold")
    s.wrapped(160, 340, "Tidewell Robotics Limited was incorporated in Hong Kong on 2 June 2026 to design and sell warehouse "
              "picking robots to logistics operators in Hong Kong and the Greater Bay Area.", 90, 26, "sans", leading=42)
    s.text(160, 500, "2. Key figures", 30, "sans_bold")
    for k, (label, value) in enumerate([("Paid-up capital", "HK$800,000"), ("Turnover target, first year of operation", "HK$3.6M"),
                                        ("Jobs for Hong Kong residents (first year)", "5")]):
        y = 570 + 60 * k
        s.d.ellipse([170, y + 10, 182, y + 22], fill="black")
        end = s.text(200, y, label, 26, "sans")
        right = 1460 - int(s.text(0, -100, value, 26, "sans"))
        s.text(end + 10, y, "." * max(3, (right - end - 20) // 8), 26, "sans")
        s.text(right, y, value, 26, "sans")
    s.text(160, 820, "3. Market", 30, "sans_bold")
    s.wrapped(160, 880, "Warehouse space in Hong Kong is scarce and labour costly; operators want machines that work in "
              "narrow aisles. Our first customers are two third-party logistics firms in Kwai Chung.", 90, 26, "sans", leading=42)
    return s, {"capital_hkd": 800000.0, "projected_turnover_hkd": 3600000.0, "local_jobs": 5}


LAYOUTS = {("applicant_form", "circled"): applicant_circled, ("degree_certificate", "date-in-words"): degree_date_in_words,
           ("consent_letter", "email"): consent_email, ("financial_statement", "notes-column"): statements_with_notes,
           ("business_plan", "bullets"): plan_bullets}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS)
