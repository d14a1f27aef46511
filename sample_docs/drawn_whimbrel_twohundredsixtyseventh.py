"""A two-hundred-and-sixty-seventh drawn set: a thirty-first whole clean application, for a data engineer (no Talent
List profession, a salary far under HK$2M: a record of local recruitment is asked for) with a bachelor's degree, joining a
company that commenced nine months before the case's date (a plan is asked for). Its papers in layouts no earlier set
drew: the exit-entry permit alone on its side and the photograph as taken; a degree in simplified Chinese whose holder's
line names the school's college (在…学院…专业); a degree verification report in English rows; a work unit's consent
(同意…赴港工作); ID 990A typed with bilingual labels in a ruled table; ID 990B with each label over its value in its cell,
filled by hand; a letter of appointment in paragraphs ('with effect from', a fixed term in words); management accounts
from the date of commencement; a plan in sections ('Where the money comes from'); a job advertisement's log as an
e-mail. Scored on each paper's fields and on the checks on them (the case is clean). Read once through the product before
any reader changes for it (`scripts/bench_drawn_forms.py --set twohundredsixtyseventh`). Every name and number is made
up; 19599 is no real institution's code."""
from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "lu-siyuan"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("卢", "思源", "LU", "SIYUAN", "M", date(1995, 2, 9), "四川/SICHUAN", "EK5307214",
                          date(2023, 5, 10), date(2033, 5, 9), "C61849302", date(2024, 1, 15), date(2034, 1, 14), (390, 500))
NAME = "卢思源"
LATIN = "LU Siyuan"
SCHOOL, SCHOOL_EN = "蜀川理工大学", "Shuchuan University of Technology"
AWARDED = date(2017, 6, 25)
DEGREE_NO = "1959942017001268"
CODE = "D4RW8KX2PM7TQ3ZN"
CONSENTER = "成都锦江云数科技有限公司"
EMPLOYER = "Ridgewell Data Studio Limited"
BR_NO = "74196258"
ADDRESS = "ROOM 1708, 17/F, WING ON PLAZA, 62 MODY ROAD, TSIM SHA TSUI"
NATURE = "DATA ANALYTICS SERVICES"
COMMENCED, EXPIRES = date(2026, 3, 2), date(2027, 3, 1)
POST, START, SALARY = "Data Engineer", date(2027, 3, 1), 38000


def degree_college_line() -> Sheet:
    s = Sheet()
    s.text(540, 200, "学士学位证书", 64, "serif_cjk")
    y = _paragraph(s, 200, 420, f"　　{NAME}，男，1995年2月9日生，在计算机学院软件工程专业完成了本科学业，成绩合格，"
                                "依照《中华人民共和国学位条例》的规定，授予工学学士学位。", 24, 40, 80)
    text_lines(s, 860, y + 100, [SCHOOL, "校长  周文博", "2017年6月25日"], 32, "serif_cjk", 64)
    _chop(s, 1200, y + 80, SCHOOL)
    s.text(200, 2050, f"证书编号：{DEGREE_NO}", 26, "serif_cjk")
    return s


def report_english_rows() -> Sheet:
    s = Sheet()
    s.text(300, 110, "Online Verification Report of Academic Degree", 32, "serif_bold")
    text_lines(s, 180, 230, [f"Full name:  {LATIN}", "Gender:  Male", "Date of birth:  9 February 1995", f"Awarding institution:  {SCHOOL_EN}",
                             "Degree:  Bachelor of Engineering", "Field:  Software Engineering", "Date of conferral:  25 June 2017",
                             f"Degree certificate no.:  {DEGREE_NO}", f"Online verification code:  {CODE}"], 26, "serif", 60)
    return s


def work_unit_consent() -> Sheet:
    s = Sheet()
    s.text(700, 110, "同 意 函", 48, "serif_cjk")
    y = _paragraph(s, 160, 260, f"　　我公司员工{NAME}（身份证号码略）申请赴香港工作，经研究，我公司同意其赴港工作。特此函告。", 30, 30, 64)
    text_lines(s, 880, y + 120, [CONSENTER, "2026年11月27日"], 28, "serif_cjk", 56)
    _chop(s, 1100, y + 110, CONSENTER)
    return s


def applicant_bilingual_table() -> Sheet:
    s = Sheet()
    s.text(1240, 70, "ID 990A", 30, "sans_bold")
    _ruled(s, 140, 160, [["姓 Surname", HOLDER.surname], ["名 Given names", HOLDER.given], ["中文姓名 Name in Chinese", NAME], ["性別 Sex", "M"],
                         ["出生日期 Date of birth", "09-02-1995"], ["旅行證件號碼 Travel document no.", HOLDER.permit_no],
                         ["香港學位 Hong Kong degree", "否 No"], ["僱主 Employer", EMPLOYER], ["職位 Post", POST],
                         ["月薪 Monthly salary", f"HK${SALARY:,}"]], [600, 700], 64, 24)
    return s


def employer_label_over_value() -> Sheet:
    s = Sheet()
    s.text(1240, 70, "ID 990B", 30, "sans_bold")
    cells = [("Name of employer", EMPLOYER), ("Business registration no.", BR_NO), ("Name of person to be employed", LATIN),
             ("Post", POST), ("Monthly salary (HK$)", str(SALARY)), ("Is the post on the Talent List?", "No")]
    y = 170
    for k in range(0, len(cells), 2):
        for j, (label, value) in enumerate(cells[k:k + 2]):
            x = 140 + j * 700
            s.d.rectangle([x, y, x + 680, y + 130], outline="black", width=2)
            s.text(x + 14, y + 10, label, 20, "sans")
            s.text(x + 20, y + 58, value, 36, "hand", (20, 30, 120))
        y += 150
    return s


def appointment_letter() -> Sheet:
    s = Sheet()
    s.text(140, 100, EMPLOYER, 30, "sans_bold")
    text_lines(s, 140, 180, ["30 November 2026", "", f"Mr. {LATIN}", "Chengdu, Sichuan", "", "Letter of appointment", "",
                             f"We are pleased to appoint you as {POST} with effect from 1 March 2027. Your monthly salary will",
                             f"be HK${SALARY:,}, paid at the end of each month. This appointment is for a fixed term of eighteen months.",
                             "", "For and on behalf of", EMPLOYER, "", "Accepted:  LU Siyuan"], 24, "serif", 44)
    return s


def accounts_from_commencement() -> Sheet:
    s = Sheet()
    s.text(520, 90, EMPLOYER.upper(), 28, "serif_bold")
    s.text(300, 150, "Management accounts for the period from 2 March 2026 to 31 October 2026", 24, "serif")
    _rows(s, 230, [("", "HK$"), ("Revenue", "2,418,300"), ("Direct costs", "(1,502,700)"), ("Overheads", "(604,100)"),
                   ("Net profit for the period", "311,500"), ("", ""), ("Share capital", "1,500,000"), ("Retained profit", "311,500"),
                   ("Total equity", "1,811,500")])
    return s


def plan_in_sections() -> Sheet:
    s = Sheet()
    s.text(140, 100, "Ridgewell Data Studio — business plan", 32, "sans_bold")
    y = 190
    for heading, body in [("Where the money comes from", "The two founders have put in HK$1,500,000 of share capital, all paid."),
                          ("What we expect to earn", "Sales of HK$3,600,000 in our first full year, from dashboards and data pipelines for retailers."),
                          ("Who we will hire", "Six staff in Hong Kong by the end of the first year.")]:
        s.text(140, y, heading, 26, "sans_bold")
        y = text_lines(s, 160, y + 50, textwrap.wrap(body, 90), 24, "sans", 40) + 30
    return s


def advert_log_email() -> Sheet:
    s = Sheet()
    text_lines(s, 120, 100, ["From:  hr@ridgewell.example", "To:  Lu Siyuan file", "Subject:  local search for the Data Engineer post"], 22, "sans", 40)
    s.d.line([120, 240, 1530, 240], fill=(150, 150, 150), width=2)
    text_lines(s, 120, 280, ["We advertised the post for four weeks from 1 September 2026 on two job boards and at two universities.",
                             "We had 17 applications and interviewed four; none had built streaming pipelines at the scale we need.",
                             "", "HR"], 22, "sans", 40)
    return s


def profile() -> Sheet:
    s = Sheet()
    s.text(140, 110, "Who we are", 36, "sans_bold")
    s.wrapped(140, 190, f"{EMPLOYER} builds data pipelines and dashboards for retailers in Hong Kong. It began business in March "
              "2026 in Tsim Sha Tsui and has four staff.", 80, 24, "sans", leading=42)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "ROOM 1708, 17/F, WING ON PLAZA,"), ("", "62 MODY ROAD, TSIM SHA TSUI"),
                     ("Nature of Business", NATURE), ("Status", "CORP"), ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")),
                     ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")), ("Certificate No.", f"{BR_NO}-000-03-26-4")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "permit-alone-on-side", "photo-as-taken"),
        ("degree.png", scanned_png(degree_college_line(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": ("工学学士", "工学学士学位"),
          "major": "软件工程", "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("report.png", scanned_png(report_english_rows(), "report.png"), "qualification_report",
         {"holder_name": "LU SIYUAN", "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL_EN, "sex": "M",
          "major": "Software Engineering", "certificate_number": DEGREE_NO, "verification_code": CODE}),
        ("consent.png", scanned_png(work_unit_consent(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": "2026-11-27", "seal_present": True}),
        ("id990a.png", scanned_png(applicant_bilingual_table(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.permit_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_label_over_value(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": LATIN, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("appointment.png", scanned_png(appointment_letter(), "appointment.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": LATIN, "position": POST, "start_date": START.isoformat(),
          "term_months": 18, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(accounts_from_commencement(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-10-31", "revenue": 2418300.0, "profit": 311500.0, "total_equity": 1811500.0}),
        ("plan.png", scanned_png(plan_in_sections(), "plan.png"), "business_plan",
         {"capital_hkd": 1500000.0, "projected_turnover_hkd": 3600000.0, "local_jobs": 6}),
        ("recruitment.png", scanned_png(advert_log_email(), "recruitment.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
        ("profile.png", scanned_png(profile(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "thirty-first-hand", CASE, SETTINGS)
