"""A two-hundred-and-fifty-first drawn set: a twenty-seventh whole clean application, for a fintech product manager (a
Talent List profession, so no record of local recruitment) with a bachelor's degree, joining a payments company that has
traded for six years (no business plan). Its papers in layouts no earlier set drew: the passport open on a desk and the
photograph as taken; a bachelor's degree with the holder's particulars in a row of blanks and the number at its foot; the
graduation certificate with the years of study in a sentence; a previous employer's 'no objection' letter in English;
ID 990A as a two-column table of Chinese labels first with typed values; ID 990B as parts of labelled rows; a contract in
traditional Chinese with each term on its own line; audited accounts with a column of notes; a profile as a table of key
facts. Scored on each paper's fields and on the checks on them (the case is clean). Read once through the product before
any reader changes for it (`scripts/bench_drawn_forms.py --set twohundredfiftyfirst`). Every name and number is made
up; 19739 is no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "lin-shuyao"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("林", "书瑶", "LIN", "SHUYAO", "F", date(1994, 9, 7), "浙江/ZHEJIANG", "EM6613027",
                          date(2024, 11, 5), date(2034, 11, 4), "C40382761", date(2022, 6, 1), date(2032, 5, 31), (384, 492))
NAME = "林书瑶"
LATIN = "LIN Shuyao"
SCHOOL, MAJOR, DEGREE = "滨江理工大学", "金融工程", "经济学学士"
GRADUATED = date(2016, 6, 30)
DEGREE_NO = "1973942016002271"
GRADUATION_NO = "197391201605002271"
CONSENTER = "Hangzhou Qiantang Payment Technology Co., Ltd."
EMPLOYER = "Bluepeak Payments Limited"
BR_NO = "66203914"
ADDRESS = "ROOM 1802, 18/F, ORIENT PLAZA, 8 CONNAUGHT ROAD WEST, SHEUNG WAN"
NATURE = "PAYMENT PROCESSING TECHNOLOGY"
COMMENCED, EXPIRES = date(2020, 7, 1), date(2027, 6, 30)
POST, START, SALARY = "Fintech Product Manager", date(2027, 1, 15), 58000


def degree_blanks() -> Sheet:
    s = Sheet()
    s.text(620, 140, "学士学位证书", 50, "serif_cjk")
    text_lines(s, 180, 290, [f"学生  {NAME}    性别  女    一九九四年九月七日生"], 30, "serif_cjk", 60)
    y = _paragraph(s, 180, 380, f"　　在本校{MAJOR}专业完成了四年制本科学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，"
                                f"授予{DEGREE}学位。", 30, 30, 60)
    text_lines(s, 900, y + 80, [f"{SCHOOL}校长  王启明", "二〇一六年六月三十日"], 28, "serif_cjk", 56)
    s.text(180, y + 300, f"证书编号：{DEGREE_NO}", 24, "serif_cjk")
    _chop(s, 1100, y + 60, SCHOOL)
    return s


def graduation_years() -> Sheet:
    s = Sheet()
    s.text(660, 140, "毕业证书", 50, "serif_cjk")
    y = _paragraph(s, 180, 290, f"　　学生{NAME}，性别女，一九九四年九月七日生，于二〇一二年九月至二〇一六年六月在本校{MAJOR}专业四年制本科学习，"
                                "修完教学计划规定的全部课程，成绩合格，准予毕业。", 30, 30, 60)
    text_lines(s, 180, y + 80, [f"校名：{SCHOOL}", "校长：王启明", f"证书编号：{GRADUATION_NO}"], 28, "serif_cjk", 56)
    s.text(1000, y + 260, "二〇一六年六月三十日", 28, "serif_cjk")
    _chop(s, 1100, y + 200, SCHOOL)
    return s


def no_objection_english() -> Sheet:
    s = Sheet()
    s.text(140, 100, CONSENTER, 28, "serif_bold")
    text_lines(s, 140, 190, ["24 November 2026", "", "LETTER OF NO OBJECTION", "",
                             f"Ms. {LATIN} has worked in our product department since July 2019. We have no objection to her",
                             f"taking up the post of {POST} with {EMPLOYER} in Hong Kong.", "", "Human Resources Department"],
               24, "serif", 44)
    _chop(s, 900, 520, "杭州钱塘支付科技有限公司")
    return s


def applicant_chinese_labels() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    _ruled(s, 140, 140, [["姓氏 Surname", HOLDER.surname], ["名字 Given names", HOLDER.given], ["中文姓名 Chinese name", NAME],
                         ["性別 Sex", "女 F"], ["出生日期 Date of birth", "07-09-1994"], ["護照號碼 Passport no.", HOLDER.passport_no],
                         ["香港僱主 Employer in Hong Kong", EMPLOYER], ["擬擔任職位 Proposed post", POST],
                         ["每月薪金 Monthly salary", f"HK$ {SALARY:,}"], ["曾否在香港取得學位 Degree obtained in Hong Kong?", "否 No"]],
           [640, 600], 64, 24)
    return s


def employer_parts() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "serif_bold")
    s.text(140, 150, "Part A  The employer", 26, "serif_bold")
    text_lines(s, 160, 210, [f"Name:  {EMPLOYER}", f"Business Registration No.:  {BR_NO}"], 24, "serif", 50)
    s.text(140, 340, "Part B  The employment", 26, "serif_bold")
    text_lines(s, 160, 400, [f"Name of employee:  {LATIN}", f"Post:  {POST}", f"Salary per month:  HK${SALARY:,}",
                             "Is the post in a profession on the Talent List?  Yes (Fintech professionals)"], 24, "serif", 50)
    return s


def contract_lines() -> Sheet:
    s = Sheet()
    s.text(660, 110, "僱傭合約", 44, "serif_cjk")
    text_lines(s, 160, 230, [f"僱主：{EMPLOYER}", f"僱員：林書瑤（{LATIN}）", f"職位：{POST}", "生效日期：2027年1月15日", "合約期：三年",
                             f"每月薪金：港幣{SALARY:,}元", "工作地點：香港上環", "", "雙方已細閱並同意上述條款。"], 30, "serif_cjk", 64)
    return s


def audited_with_notes() -> Sheet:
    s = Sheet()
    s.text(480, 90, EMPLOYER.upper(), 28, "serif_bold")
    s.text(280, 150, "STATEMENT OF COMPREHENSIVE INCOME FOR THE YEAR ENDED 31 MARCH 2026", 22, "serif_bold")
    _ruled(s, 140, 220, [["", "Note", "2026 HK$", "2025 HK$"], ["Revenue", "5", "42,318,900", "36,904,200"], ["Cost of services", "", "(27,466,100)", "(24,118,700)"],
                         ["Profit before taxation", "6", "6,284,500", "5,310,800"], ["Taxation", "7", "(1,036,900)", "(876,300)"],
                         ["Profit for the year", "", "5,247,600", "4,434,500"]], [560, 120, 300, 300], 60, 22)
    s.text(380, 640, "STATEMENT OF FINANCIAL POSITION AT 31 MARCH 2026", 22, "serif_bold")
    _ruled(s, 140, 700, [["Net assets", "", "19,805,300", "14,557,700"], ["Total equity", "", "19,805,300", "14,557,700"]], [560, 120, 300, 300], 60, 22)
    return s


def profile_facts() -> Sheet:
    s = Sheet()
    s.text(140, 110, "Bluepeak at a glance", 36, "sans_bold")
    _ruled(s, 140, 200, [["Founded", "2020, Hong Kong"], ["What we do", "Card and QR payment processing for merchants"],
                         ["Licences", "Stored value facility (applied)"], ["People", "64"]], [360, 820], 60, 24)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "ROOM 1802, 18/F, ORIENT PLAZA,"),
                     ("", "8 CONNAUGHT ROAD WEST, SHEUNG WAN"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-07-26-1")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "passport-open-on-desk", "photo-as-taken"),
        ("degree.png", scanned_png(degree_blanks(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": (DEGREE, f"{DEGREE}学位"),
          "major": MAJOR, "date_awarded": GRADUATED.isoformat(), "certificate_number": DEGREE_NO}),
        ("graduation.png", scanned_png(graduation_years(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": MAJOR, "level": ("本科", "四年制本科"), "graduation_date": GRADUATED.isoformat(),
          "certificate_number": GRADUATION_NO}),
        ("consent.png", scanned_png(no_objection_english(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": ("LIN SHUYAO", NAME), "date": "2026-11-24", "seal_present": True}),
        ("id990a.png", scanned_png(applicant_chinese_labels(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "F", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_parts(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": LATIN, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": True}),
        ("contract.png", scanned_png(contract_lines(), "contract.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": ("林書瑤", LATIN, f"林書瑤（{LATIN}）"), "position": POST, "start_date": START.isoformat(),
          "term_months": 36, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(audited_with_notes(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-03-31", "revenue": 42318900.0, "profit": 5247600.0, "total_equity": 19805300.0}),
        ("profile.png", scanned_png(profile_facts(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "twenty-seventh-hand", CASE, SETTINGS)
