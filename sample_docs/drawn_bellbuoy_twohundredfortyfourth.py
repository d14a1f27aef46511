"""A two-hundred-and-forty-fourth drawn set: a twenty-fourth whole clean application, for a marketing manager with a
master's degree joining a company that commenced six months before the case's date, so its business plan and its
record of local recruitment are asked for (the post is not on the Talent List). Its papers in layouts no earlier set
drew: the exit-entry permit alone on its side and the portrait on a page; a master's degree dated in Chinese numerals
with its number at the foot; the degree's online verification report; a university's letter agreeing to a teacher's
resignation to work in Hong Kong (关于同意…赴港工作的函); ID 990A and ID 990B as ruled tables of bilingual labels; a
letter of appointment typed to PDF; the BR certificate; management accounts of the first six months; a profile in
English; a plan of first-year targets in a ruled table; a recruitment record of advertisements in sentences. Scored on
each paper's fields and on the checks on them (the case is clean). Read once through the product before any reader
changes for it (`scripts/bench_drawn_forms.py --set twohundredfortyfourth`). Every name and number is made up; 19799
is no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop
from .drawn_thirdhand_fiftythird import _pdf

CASE = "xie-mengqi"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("谢", "梦琪", "XIE", "MENGQI", "F", date(1992, 12, 2), "福建/FUJIAN", "EG3915602",
                          date(2022, 2, 8), date(2032, 2, 7), "C59274081", date(2025, 9, 15), date(2035, 9, 14), (360, 460))
NAME = "谢梦琪"
LATIN = "XIE Mengqi"
SCHOOL, MAJOR, DEGREE = "鹭江大学", "市场营销", "管理学硕士"
AWARDED = date(2018, 6, 30)
DEGREE_NO = "1979932018000582"
CODE = "QM7X2K9RT4WP8HZN"
CONSENTER = "鹭江大学"
CONSENT_DATE = date(2026, 11, 23)
EMPLOYER = "Seabright Wellness Brands Limited"
BR_NO = "77302915"
ADDRESS = "ROOM 906, 9/F, HARBOUR CENTRE, 25 HARBOUR ROAD, WAN CHAI"
NATURE = "HEALTH FOOD BRAND MARKETING"
COMMENCED, EXPIRES = date(2026, 6, 1), date(2027, 5, 31)
POST, START, SALARY = "Marketing Manager", date(2027, 4, 1), 36000


def master_numerals() -> Sheet:
    s = Sheet()
    s.text(620, 140, "硕士学位证书", 50, "serif_cjk")
    y = _paragraph(s, 180, 300, f"　　{NAME}，女，一九九二年十二月二日生。在{MAJOR}专业学位授予点上已通过硕士学位的课程考试和论文答辩，"
                                f"成绩合格。根据《中华人民共和国学位条例》的规定，授予{DEGREE}学位。", 28, 30, 60)
    text_lines(s, 900, y + 80, [f"{SCHOOL}学位评定委员会", "二〇一八年六月三十日"], 28, "serif_cjk", 56)
    s.text(180, y + 260, f"学位证书编号：{DEGREE_NO}", 24, "serif_cjk")
    _chop(s, 1120, y + 110, SCHOOL)
    return s


def degree_report() -> Sheet:
    s = Sheet()
    s.text(440, 110, "中国高等教育学位在线验证报告", 40, "serif_cjk")
    text_lines(s, 180, 240, [f"姓名：{NAME}", "性别：女", "出生日期：1992年12月02日", "获学位日期：2018年06月30日", f"学位授予单位：{SCHOOL}",
                             f"所授学位：{DEGREE}学位", f"学科/专业：{MAJOR}", f"学位证书编号：{DEGREE_NO}", "", f"在线验证码：{CODE}"],
               26, "serif_cjk", 56)
    return s


def university_consent() -> Sheet:
    s = Sheet()
    s.text(420, 130, f"关于同意{NAME}同志赴港工作的函", 40, "serif_cjk")
    y = _paragraph(s, 140, 260, f"　　我校商学院教师{NAME}同志申请辞职赴香港工作。经研究，同意其辞职，并同意其赴港受聘于{EMPLOYER}。", 30, 30, 60)
    text_lines(s, 920, y + 120, [f"{CONSENTER}人事处", "2026年11月23日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 150, CONSENTER)
    return s


def applicant_table() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    _ruled(s, 140, 140, [["姓 Surname", HOLDER.surname], ["名 Given names", HOLDER.given], ["中文姓名 Name in Chinese", NAME], ["性別 Sex", "F"],
                         ["出生日期 Date of birth", "02/12/1992"], ["旅行證件號碼 Travel document no.", HOLDER.permit_no],
                         ["僱主名稱 Name of employer", EMPLOYER], ["職位 Post", POST], ["月薪 Monthly salary", f"HK${SALARY:,}"],
                         ["持有香港學位 Holder of a Hong Kong degree", "No 否"]], [600, 640], 64, 24)
    return s


def employer_table() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "serif_bold")
    _ruled(s, 140, 150, [["僱主名稱 Name of employer", EMPLOYER], ["商業登記號碼 BR No.", BR_NO], ["僱員姓名 Name of employee", LATIN],
                         ["職位 Post", POST], ["月薪 Monthly salary", f"HK${SALARY:,}"], ["人才清單職業 Talent List profession", "No 否"]],
           [600, 640], 64, 24)
    return s


def appointment_pdf() -> bytes:
    page = [(60, 70, EMPLOYER, 16), (60, 105, "26 November 2026", 10.5), (60, 130, f"Ms. {LATIN}", 10.5), (60, 165, "LETTER OF APPOINTMENT", 12),
            (60, 190, f"We are pleased to appoint you as {POST} with effect from 1 April 2027 for a fixed term of 2 years,", 10.5),
            (60, 206, f"at a monthly salary of HK${SALARY:,}.", 10.5),
            (60, 240, f"For and on behalf of {EMPLOYER}", 10.5), (60, 280, "Accepted:", 10.5)]
    return _pdf([page])


def management_accounts() -> Sheet:
    s = Sheet()
    s.text(420, 100, EMPLOYER.upper(), 28, "serif_bold")
    s.text(300, 160, "Management accounts for the six months ended 30 November 2026", 24, "serif")
    _ruled(s, 140, 230, [["", "HK$"], ["Sales", "1,086,400"], ["Cost of sales", "(702,900)"], ["Net profit for the period", "58,300"],
                         ["Total equity", "1,058,300"]], [700, 400], 62, 24)
    return s


def profile_english() -> Sheet:
    s = Sheet()
    s.text(140, 110, "Company profile", 40, "sans_bold")
    s.wrapped(140, 200, f"{EMPLOYER} began trading in Hong Kong in June 2026. We build and market health-food brands for "
              "pharmacies and supermarkets in Hong Kong and Macau, and now employ 9 people.", 80, 24, "sans", leading=42)
    return s


def plan_targets_table() -> Sheet:
    s = Sheet()
    s.text(140, 100, f"{EMPLOYER} - first-year targets", 30, "serif_bold")
    _ruled(s, 140, 190, [["Item", "Target"], ["Paid-up capital", "HK$1,000,000"], ["Sales in the first 12 months", "HK$2,600,000"],
                         ["Staff hired in Hong Kong", "6"]], [620, 480], 64, 24)
    return s


def recruitment_sentences() -> Sheet:
    s = Sheet()
    s.text(140, 100, "Record of local recruitment", 32, "sans_bold")
    text_lines(s, 140, 180, [f"The post of {POST} was advertised on a recruitment website from 1 to 31 August 2026 and in a",
                             "newspaper's recruitment pages on 8 and 15 August 2026. Fourteen people applied; four were",
                             "interviewed; none had the brand experience in Mainland markets that the post needs."], 22, "sans", 44)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "ROOM 906, 9/F, HARBOUR CENTRE,"), ("", "25 HARBOUR ROAD, WAN CHAI"),
                     ("Nature of Business", NATURE), ("Status", "CORP"), ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")),
                     ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")), ("Certificate No.", f"{BR_NO}-000-06-26-3")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "permit-alone-on-side", "photo-on-page"),
        ("degree.png", scanned_png(master_numerals(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": (DEGREE, f"{DEGREE}学位"),
          "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("report.png", scanned_png(degree_report(), "report.png"), "qualification_report",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "major": MAJOR,
          "certificate_number": DEGREE_NO, "verification_code": CODE}),
        ("consent.png", scanned_png(university_consent(), "consent.png"), "consent_letter",
         {"organisation": (CONSENTER, f"{CONSENTER}人事处"), "applicant_name": NAME, "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("id990a.png", scanned_png(applicant_table(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "F", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.permit_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_table(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": LATIN, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("appointment.pdf", appointment_pdf(), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": LATIN, "position": POST, "start_date": START.isoformat(),
          "term_months": 24, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(management_accounts(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-11-30", "revenue": 1086400.0, "profit": 58300.0, "total_equity": 1058300.0}),
        ("profile.png", scanned_png(profile_english(), "profile.png"), "company_profile", {"type": "company_profile"}),
        ("plan.png", scanned_png(plan_targets_table(), "plan.png"), "business_plan",
         {"capital_hkd": 1000000.0, "projected_turnover_hkd": 2600000.0, "local_jobs": 6}),
        ("recruitment.png", scanned_png(recruitment_sentences(), "recruitment.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
    ]
    return write_case(folder, papers, "twenty-fourth-hand", CASE, SETTINGS)
