"""A hundred-and-eighty-ninth drawn set: a sixteenth whole clean application, for a transport engineer with a master's
degree joining a company six months old (so a business plan and a record of local recruitment are among its papers), with
a letter proving his work experience. Its papers in layouts no earlier set drew: the passport's data page as a PDF and the
portrait on a page; a master's degree whose text stands in centred lines; a graduation certificate with each Chinese line's
English under it; a consent whose person's particulars fill a small table over the unit's consent; a work letter of a post
held now; form ID 990A on dotted lines under labels in both languages; form ID 990B as a table of 'Item | Particulars'; a
contract in two columns, English beside Chinese; the BR certificate; a plan of key numbers; a recruitment record; a
profile. Scored on each paper's fields and on the checks on them (the case is clean). Read once through the product
before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredeightyninth`). Every name and number is made
up; 19887 is no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, br_sheet, scanned_png, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "ran-shujie"
SETTINGS = {"as_of": "2026-12-05", "dependants": 0}
HOLDER = sixteenth.Holder("冉", "书杰", "RAN", "SHUJIE", "M", date(1990, 2, 8), "重庆/CHONGQING", "EN2217486",
                          date(2022, 5, 10), date(2032, 5, 9), "C30582174", date(2025, 2, 14), date(2035, 2, 13), (390, 500))
NAME = "冉书杰"
SCHOOL, MAJOR = "渝州交通大学", "交通运输工程"
AWARDED, GRADUATED = date(2015, 6, 26), date(2015, 6, 30)
DEGREE_NO, GRADUATION_NO = "1988732015000386", "198871201502000386"
CONSENTER = "重庆山城交通规划设计研究院"
CONSENT_DATE = date(2026, 11, 25)
EMPLOYER = "Harbourlight Mobility Analytics Limited"
BR_NO = "43065128"
ADDRESS = "SUITE 2207, 22/F, TOWER 1, TIMES SQUARE, 1 MATHESON STREET, CAUSEWAY BAY"
NATURE = "TRANSPORT DATA ANALYTICS"
COMMENCED, EXPIRES = date(2026, 6, 15), date(2027, 6, 14)
POST, START, SALARY = "Transport Modelling Engineer", date(2027, 3, 1), 42000


def degree_centred_lines() -> Sheet:
    s = Sheet()
    s.text(600, 150, "硕士学位证书", 50, "serif_cjk")
    for k, line in enumerate([f"{NAME}，男，1990年2月8日生。", f"在{MAJOR}学科完成硕士学位的课程学习和论文答辩，成绩合格。",
                              "根据《中华人民共和国学位条例》的规定，授予工学硕士学位。"]):
        s.text(827 - 15 * len(line), 320 + 80 * k, line, 30, "serif_cjk")
    s.text(900, 700, SCHOOL, 30, "serif_cjk")
    s.text(900, 760, f"{AWARDED.year}年{AWARDED.month}月{AWARDED.day}日", 28, "serif_cjk")
    s.text(180, 900, f"证书编号：{DEGREE_NO}", 24, "serif_cjk")
    _chop(s, 1080, 720, SCHOOL)
    return s


def graduation_line_pairs() -> Sheet:
    s = Sheet()
    s.text(560, 130, "研究生毕业证书", 48, "serif_cjk")
    s.text(560, 200, "GRADUATION CERTIFICATE", 30, "serif_bold")
    y = 300
    for zh, en in [(f"研究生{NAME}，性别男，", "Postgraduate RAN Shujie, male,"),
                   (f"于2012年9月至2015年6月在{MAJOR}专业学习，", "studied Transportation Engineering from September 2012 to June 2015,"),
                   ("修完硕士研究生培养计划规定的全部课程，成绩合格，准予毕业。", "completed the master's programme and is permitted to graduate.")]:
        s.text(160, y, zh, 28, "serif_cjk")
        s.text(160, y + 44, en, 20, "serif")
        y += 110
    s.text(960, y + 60, SCHOOL, 30, "serif_cjk")
    s.text(960, y + 120, f"{GRADUATED.year}年{GRADUATED.month}月{GRADUATED.day}日", 28, "serif_cjk")
    s.text(160, y + 240, f"证书编号：{GRADUATION_NO}", 24, "serif_cjk")
    _chop(s, 1150, y + 90, SCHOOL)
    return s


def consent_particulars_table() -> Sheet:
    s = Sheet()
    s.text(480, 110, CONSENTER, 40, "serif_cjk")
    s.text(640, 200, "同意赴港工作证明", 40, "serif_cjk")
    y = _ruled(s, 140, 300, [["姓名", NAME, "性别", "男"], ["职务", "高级工程师", "部门", "交通规划部"]], [220, 460, 220, 460], 76, 26)
    y = _paragraph(s, 140, y + 60, f"　　上述人员拟受聘于香港{EMPLOYER}，我院同意其赴港工作。", 34, 28, 56)
    s.text(880, y + 120, CONSENTER, 28, "serif_cjk")
    s.text(980, y + 180, f"{CONSENT_DATE.year}年{CONSENT_DATE.month}月{CONSENT_DATE.day}日", 28, "serif_cjk")
    _chop(s, 1120, y + 150, CONSENTER)
    return s


def work_letter_current() -> Sheet:
    s = Sheet()
    s.text(640, 140, "在职证明", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, f"　　兹证明{NAME}同志自2015年7月1日起在我院工作至今，现任交通规划部高级工程师。特此证明。", 34, 28, 56)
    s.text(880, y + 140, CONSENTER, 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月25日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, CONSENTER)
    return s


def applicant_dotted_bilingual() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    y = 170
    for zh, en, value in [("姓", "Surname", HOLDER.surname), ("名", "Given names", HOLDER.given), ("中文姓名", "Name in Chinese", NAME),
                          ("性別", "Sex", "M"), ("出生日期", "Date of birth", "08/02/1990"), ("旅行證件號碼", "Travel document no.", HOLDER.passport_no),
                          ("僱主", "Employer", EMPLOYER), ("職位", "Post", POST), ("每月薪金", "Monthly salary (HK$)", f"{SALARY:,}"),
                          ("是否持有香港本地學位", "Hong Kong local degree?", "No")]:
        end = s.text(140, y, f"{zh} {en}", 22, "sans_cjk")
        s.text(end + 10, y + 6, "." * ((1500 - end) // 8), 20, "sans", (130, 130, 130))
        s.text(max(end + 30, 640), y - 4, value, 26, "mono" if value.isascii() else "sans_cjk")
        y += 74
    return s


def employer_item_table() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    _ruled(s, 140, 170, [["Item", "Particulars"], ["Name of employer", EMPLOYER], ["BR number", BR_NO],
                         ["Name of the person to be employed", f"{HOLDER.surname} {HOLDER.given}"], ["Post", POST],
                         ["Monthly salary (HK$)", f"{SALARY:,}"], ["Post under the Talent List?", "No"]], [560, 820], 72, 22)
    return s


def contract_two_columns() -> Sheet:
    s = Sheet()
    s.text(420, 90, "EMPLOYMENT CONTRACT 僱傭合約", 34, "serif_cjk")
    en = [f"Employer: {EMPLOYER}", "Employee: Mr RAN Shujie", f"Position: {POST}", "Commencement: 1 March 2027",
          "Term: 24 months", f"Monthly salary: HK${SALARY:,}", "Housing allowance: nil"]
    zh = ["僱主：Harbourlight Mobility Analytics Limited", "僱員：冉書杰先生", "職位：交通模型工程師", "生效日期：2027年3月1日",
          "合約期：24個月", "月薪：港幣42,000元", "房屋津貼：無"]
    y = 200
    for e, z in zip(en, zh):
        s.text(140, y, e, 20, "serif")
        s.text(860, y, z, 20, "serif_cjk")
        y += 56
    return s


def plan_key_numbers() -> Sheet:
    s = Sheet()
    s.text(140, 100, f"{EMPLOYER}: business plan", 30, "serif_bold")
    s.wrapped(140, 170, "We build traffic and ridership models for bus operators and property developers in Hong Kong, from "
              "transport data we collect and license.", 90, 24, "serif", leading=40)
    _ruled(s, 140, 320, [["Key numbers", "First year"], ["Paid-up capital (HK$)", "1,800,000"], ["Projected turnover (HK$)", "5,400,000"],
                         ["Local staff to be employed", "5"]], [700, 400], 64, 24)
    return s


def recruitment_record() -> Sheet:
    s = Sheet()
    s.text(140, 100, "Record of local recruitment", 32, "sans_bold")
    y = 190
    for line in [f"Post: {POST}", "Advertised: JobsDB and the Labour Department's Interactive Employment Service, 1-30 September 2026",
                 "Applications received: 19", "Candidates interviewed: 4", "Outcome: none suitable; the local candidates lacked",
                 "experience of strategic transport models."]:
        s.text(140, y, line, 24, "sans")
        y += 50
    return s


def profile_about() -> Sheet:
    s = Sheet()
    s.text(140, 110, "About us", 40, "sans_bold")
    s.wrapped(140, 200, f"{EMPLOYER} was founded in June 2026 by transport planners from Hong Kong and Chongqing. We model "
              "how people travel, so that bus routes, stations and new estates are planned on evidence. Our clients include two "
              "franchised bus operators.", 84, 26, "sans", leading=44)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "SUITE 2207, 22/F, TOWER 1, TIMES SQUARE,"),
                     ("", "1 MATHESON STREET, CAUSEWAY BAY"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-06-26-1")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "passport-pdf", "photo-on-page"),
        ("degree.png", scanned_png(degree_centred_lines(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": ("工学硕士学位", "工学硕士"),
          "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("graduation.png", scanned_png(graduation_line_pairs(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": MAJOR, "level": ("硕士研究生", "研究生"), "graduation_date": GRADUATED.isoformat(),
          "certificate_number": GRADUATION_NO}),
        ("consent.png", scanned_png(consent_particulars_table(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("work-letter.png", scanned_png(work_letter_current(), "work-letter.png"), "work_experience_letter",
         {"employer": CONSENTER, "position": ("高级工程师", "交通规划部高级工程师"), "start_date": "2015-07-01"}),
        ("id990a.png", scanned_png(applicant_dotted_bilingual(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_item_table(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("contract.png", scanned_png(contract_two_columns(), "contract.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST, "start_date": START.isoformat(),
          "term_months": 24, "monthly_salary_hkd": float(SALARY), "housing_allowance_hkd": 0.0}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("plan.png", scanned_png(plan_key_numbers(), "plan.png"), "business_plan",
         {"capital_hkd": 1800000.0, "projected_turnover_hkd": 5400000.0, "local_jobs": 5}),
        ("recruitment.png", scanned_png(recruitment_record(), "recruitment.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
        ("profile.png", scanned_png(profile_about(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "sixteenth-hand", CASE, SETTINGS)
