"""A two-hundred-and-sixty-ninth drawn set: a thirty-second whole clean application, for the head of quantitative
research of an asset manager that has traded for fourteen years (no plan), whose package (salary, housing allowance and a
guaranteed month's bonus) is over HK$2M a year, so no record of local recruitment is asked for; a doctorate. Its papers in
layouts no earlier set drew: the passport as a PDF and the portrait on a page; a doctor's degree in English set centred
line by line; its verification report in simplified Chinese as two columns without colons; a former employer's
no-objection letter; ID 990A typed in numbered items with crossed boxes; ID 990B in traditional Chinese labels with
their English in brackets; a contract whose pay is a block of lines (a guaranteed bonus of one month's basic salary);
accounts in thousands of dollars; a profile in traditional Chinese. Scored on each paper's fields and on the checks on
them (the case is clean). Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py
--set twohundredsixtyninth`). Every name and number is made up; 19569 is no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_papers_eighth import _chop

CASE = "shao-yiming"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("邵", "一鸣", "SHAO", "YIMING", "M", date(1988, 11, 21), "浙江/ZHEJIANG", "EJ2094716",
                          date(2022, 3, 8), date(2032, 3, 7), "C50281473", date(2023, 7, 19), date(2033, 7, 18), (402, 512))
NAME = "邵一鸣"
LATIN = "SHAO Yiming"
SCHOOL, SCHOOL_EN = "江汉科技大学", "JIANGHAN UNIVERSITY OF SCIENCE AND TECHNOLOGY"
AWARDED = date(2016, 7, 1)
DEGREE_NO = "1956922016000129"
CODE = "Q8ZK3WT6MR2XP7DN"
CONSENTER = "Shanghai Pudong Quant Capital Management Co., Ltd."
EMPLOYER = "Marlowe Peak Asset Management Limited"
BR_NO = "61827345"
ADDRESS = "SUITES 2801-02, 28/F, ONE HARBOURFRONT, 18 TAK FUNG STREET, HUNG HOM"
NATURE = "ASSET MANAGEMENT"
COMMENCED, EXPIRES = date(2012, 5, 14), date(2027, 5, 13)
POST, START, SALARY, HOUSING = "Head of Quantitative Research", date(2027, 4, 1), 140000, 25000


def centred_doctorate() -> Sheet:
    s = Sheet()
    lines = [(SCHOOL_EN, 34, "serif_bold", 140), ("It is hereby certified that", 26, "serif", 300), (LATIN, 40, "serif_bold", 370),
             ("born on 21 November 1988", 24, "serif", 440), ("having completed the doctoral programme in Financial Mathematics", 26, "serif", 520),
             ("and passed the defence of the dissertation,", 26, "serif", 570), ("is awarded the degree of", 26, "serif", 640),
             ("DOCTOR OF PHILOSOPHY", 40, "serif_bold", 710), ("1 July 2016", 26, "serif", 820), (f"Certificate No. {DEGREE_NO}", 22, "serif", 1000)]
    for text, size, font, y in lines:
        s.text(max(100, 827 - len(text) * size // 4), y, text, size, font)
    return s


def report_two_columns() -> Sheet:
    s = Sheet()
    s.text(440, 110, "中国高等教育学位在线验证报告", 40, "serif_cjk")
    y = 240
    for label, value in [("姓名", NAME), ("性别", "男"), ("出生日期", "1988年11月21日"), ("获学位日期", "2016年07月01日"), ("学位授予单位", SCHOOL),
                         ("所授学位", "理学博士学位"), ("学科/专业", "金融数学"), ("学位证书编号", DEGREE_NO), ("在线验证码", CODE)]:
        s.text(180, y, label, 28, "sans_cjk")
        s.text(560, y, value, 28, "serif_cjk")
        y += 66
    return s


def no_objection() -> Sheet:
    s = Sheet()
    s.text(140, 100, CONSENTER, 28, "sans_bold")
    text_lines(s, 140, 200, ["20 November 2026", "", "NO OBJECTION LETTER", "",
                             f"We have no objection to Dr. {LATIN}, our former quantitative researcher, taking up employment in",
                             "Hong Kong.", "", "Human Resources Department"], 24, "sans", 44)
    _chop(s, 900, 640, "上海浦东量化资本管理有限公司")
    return s


def applicant_numbered_typed() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 30, "sans_bold")
    y = 160
    for n, label, value in [("1.1", "Surname (as in travel document)", HOLDER.surname), ("1.2", "Given names", HOLDER.given),
                            ("1.3", "Chinese name", NAME), ("1.4", "Sex", "Male"), ("1.5", "Date of birth (dd/mm/yyyy)", "21/11/1988"),
                            ("1.6", "Travel document number", HOLDER.passport_no), ("2.1", "Employer in Hong Kong", EMPLOYER),
                            ("2.2", "Post", POST), ("2.3", "Monthly salary", f"HK${SALARY:,}")]:
        s.text(140, y, n, 24, "sans")
        s.text(220, y, label, 24, "sans")
        s.text(760, y, value, 26, "sans" if value.isascii() else "sans_cjk")
        y += 62
    s.text(140, y + 10, "3.1", 24, "sans")
    s.text(220, y + 10, "Do you hold a degree from a Hong Kong institution?", 24, "sans")
    s.tick(220, y + 70, False)
    s.text(270, y + 74, "Yes", 24, "sans")
    s.tick(400, y + 70, True)
    s.text(450, y + 74, "No", 24, "sans")
    return s


def employer_traditional_labels() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990B", 30, "sans_bold")
    y = 170
    for label, value in [("僱主名稱 (Name of employer)", EMPLOYER), ("商業登記號碼 (BR No.)", BR_NO), ("獲聘人士姓名 (Name of employee)", LATIN),
                         ("職位 (Post)", POST), ("月薪 (Monthly salary)", f"港幣 {SALARY:,}"), ("人才清單職業 (Talent List)", "否 No")]:
        s.text(140, y, label, 24, "sans_cjk")
        s.text(760, y, value, 26, "sans" if value.isascii() else "sans_cjk")
        y += 70
    return s


def contract_pay_block() -> Sheet:
    s = Sheet()
    s.text(520, 100, "CONTRACT OF EMPLOYMENT", 32, "serif_bold")
    text_lines(s, 140, 190, [f"Employer:  {EMPLOYER}", f"Employee:  {LATIN}", f"Position:  {POST}", "Commencement:  1 April 2027",
                             "Term:  36 months", "", "Remuneration", f"    Basic salary          HK${SALARY:,} per month",
                             f"    Housing allowance     HK${HOUSING:,} per month",
                             "    Guaranteed bonus      one month's basic salary, paid each December", "",
                             "Signed for the Employer on 1 December 2026 and accepted by the Employee."], 24, "serif", 48)
    return s


def accounts_thousands() -> Sheet:
    s = Sheet()
    s.text(420, 90, EMPLOYER.upper(), 28, "serif_bold")
    s.text(420, 150, "Statement of comprehensive income for the year ended 31 March 2026", 22, "serif")
    y = _rows(s, 230, [("", "2026", "2025"), ("", "HK$'000", "HK$'000"), ("Management and performance fees", "86,420", "74,105"),
                       ("Operating expenses", "(61,230)", "(55,870)"), ("Profit before taxation", "25,190", "18,235"),
                       ("Income tax", "(4,120)", "(2,980)"), ("Profit for the year", "21,070", "15,255")])
    s.text(420, y + 40, "Statement of financial position as at 31 March 2026", 22, "serif")
    _rows(s, y + 110, [("Total equity", "118,640", "97,570")])
    return s


def profile_traditional() -> Sheet:
    s = Sheet()
    s.text(140, 110, "公司簡介", 40, "sans_cjk")
    text_lines(s, 140, 200, [f"{EMPLOYER}於2012年在香港成立，為退休基金及家族辦公室管理股票及債券組合，", "現有員工四十二名，辦公室位於紅磡。"],
               26, "serif_cjk", 52)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "SUITES 2801-02, 28/F, ONE HARBOURFRONT,"), ("", "18 TAK FUNG STREET, HUNG HOM"),
                     ("Nature of Business", NATURE), ("Status", "CORP"), ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")),
                     ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")), ("Certificate No.", f"{BR_NO}-000-05-26-1")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "passport-pdf", "photo-on-page"),
        ("degree.png", scanned_png(centred_doctorate(), "degree.png"), "degree_certificate",
         {"holder_name": "SHAO YIMING", "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL_EN, "degree": "Doctor of Philosophy",
          "major": "Financial Mathematics", "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("report.png", scanned_png(report_two_columns(), "report.png"), "qualification_report",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "sex": "M", "major": "金融数学",
          "certificate_number": DEGREE_NO, "verification_code": CODE}),
        ("consent.png", scanned_png(no_objection(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": "SHAO YIMING", "date": "2026-11-20", "seal_present": True}),
        ("id990a.png", scanned_png(applicant_numbered_typed(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_traditional_labels(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": LATIN, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("contract.png", scanned_png(contract_pay_block(), "contract.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": LATIN, "position": POST, "start_date": START.isoformat(), "term_months": 36,
          "monthly_salary_hkd": float(SALARY), "housing_allowance_hkd": float(HOUSING), "guaranteed_bonus_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(accounts_thousands(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-03-31", "revenue": 86420000.0, "profit": 21070000.0, "total_equity": 118640000.0}),
        ("profile.png", scanned_png(profile_traditional(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "thirty-second-hand", CASE, SETTINGS)
