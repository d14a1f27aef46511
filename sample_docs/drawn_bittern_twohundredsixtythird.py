"""A two-hundred-and-sixty-third drawn set: a thirtieth whole clean application, for a robotics engineer (a Talent List
profession: no record of local recruitment) with a bachelor's degree, joining a company that has traded for seven years
(no plan). Its papers in layouts no earlier set drew: the passport open on a desk and the portrait on a page; the degree as
a notary's certificate of two pages typed to a PDF, the notary's cover first and the degree's English translation after
it; the graduation report in simplified Chinese under a QR code's frame; the consent as a university's English letter of
release; ID 990A written by hand on ruled lines; ID 990B typed in a two-column table with a ticked Talent List answer; a
contract whose terms are a numbered list of short lines; accounts with the years' columns headed 'Current year' and
'Prior year'; a profile of one paragraph. Scored on each paper's fields and on the checks on them (the case is clean). Read
once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set twohundredsixtythird`).
Every name and number is made up; 19649 is no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop
from .drawn_thirdhand_fiftythird import _pdf

CASE = "duan-mingzhe"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("段", "明哲", "DUAN", "MINGZHE", "M", date(1993, 6, 18), "山东/SHANDONG", "EQ4162870",
                          date(2024, 8, 1), date(2034, 7, 31), "C35071926", date(2023, 2, 14), date(2033, 2, 13), (376, 480))
NAME = "段明哲"
LATIN = "DUAN Mingzhe"
SCHOOL, SCHOOL_EN = "泰岳工业大学", "Taiyue University of Technology"
AWARDED = date(2015, 7, 1)
DEGREE_NO = "1964942015002837"
GRAD_NO = "196491201505002837"
CODE = "G7MX2QW9KT4RZ8PD"
CONSENTER = "Taiyue University of Technology"
EMPLOYER = "Tallowood Robotics Limited"
BR_NO = "69830421"
ADDRESS = "UNIT 12, 6/F, INNOCENTRE, 72 TAT CHEE AVENUE, KOWLOON TONG"
NATURE = "INDUSTRIAL ROBOT SYSTEMS"
COMMENCED, EXPIRES = date(2019, 10, 8), date(2027, 10, 7)
POST, START, SALARY = "Robotics Engineer", date(2027, 2, 1), 46000


def notarial_degree() -> bytes:
    cover = [(220, 80, "公 证 书", 22), (200, 110, "NOTARIAL CERTIFICATE", 14), (60, 150, "(2026)泰证外字第08812号", 11),
             (60, 190, f"兹证明后附的复印件与{SCHOOL}颁发给{NAME}的《学士学位证书》原件相符。", 11),
             (60, 215, "This is to certify that the photocopy attached hereto is in conformity with the original Bachelor's Degree", 10),
             (60, 230, f"Certificate issued to {LATIN} by {SCHOOL_EN}.", 10),
             (300, 300, "泰安市泰山公证处  Notary: 王敏", 11), (300, 320, "2026年11月18日", 11)]
    translation = [(200, 80, "Bachelor's Degree Certificate", 16), (60, 130, "(Translation)", 10),
                   (60, 170, f"{LATIN}, male, born on June 18, 1993, has completed the undergraduate programme in", 11),
                   (60, 186, "Mechanical Engineering at this university. In accordance with the Regulations on Academic Degrees", 11),
                   (60, 202, "of the People's Republic of China, he is conferred the degree of Bachelor of Engineering.", 11),
                   (300, 260, f"Chairman, Academic Degrees Committee of {SCHOOL_EN}", 10), (300, 276, "July 1, 2015", 10),
                   (60, 320, f"Certificate No.: {DEGREE_NO}", 10)]
    return _pdf([cover, translation])


def report_qr_frame() -> Sheet:
    s = Sheet()
    s.text(420, 120, "教育部学历证书电子注册备案表", 42, "serif_cjk")
    s.d.rectangle([1260, 220, 1480, 440], outline="black", width=3)
    s.text(1300, 450, "扫码验证", 22, "serif_cjk")
    text_lines(s, 170, 240, [f"姓名：{NAME}", "性别：男", "出生日期：1993年06月18日", "入学日期：2011年09月01日", "毕（结）业日期：2015年07月01日",
                             f"学校名称：{SCHOOL}", "专业：机械工程", "层次：本科", f"证书编号：{GRAD_NO}", "", f"在线验证码：{CODE}"],
               30, "serif_cjk", 64)
    return s


def release_letter() -> Sheet:
    s = Sheet()
    s.text(140, 100, SCHOOL_EN.upper(), 28, "serif_bold")
    s.text(140, 150, "Office of Human Resources", 24, "serif")
    text_lines(s, 140, 230, ["23 November 2026", "", "LETTER OF RELEASE", "",
                             f"The University releases Mr. {LATIN}, a research assistant of its School of Mechanical Engineering, so",
                             "that he may take up employment in Hong Kong.", "", "Office of Human Resources"], 24, "serif", 44)
    _chop(s, 900, 560, SCHOOL)
    return s


def applicant_ruled_by_hand() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    y = 170
    for label, value in [("Surname", HOLDER.surname), ("Given names", HOLDER.given), ("Name in Chinese", NAME), ("Sex", "M"),
                         ("Date of birth", "18/06/1993"), ("Passport no.", HOLDER.passport_no), ("Employer", EMPLOYER), ("Post", POST),
                         ("Monthly salary", f"HK${SALARY}"), ("Degree from Hong Kong?", "No")]:
        s.text(140, y, label, 22, "sans")
        s.d.line([520, y + 34, 1400, y + 34], fill=(80, 80, 80), width=2)
        s.text(540, y - 6, value, 32, "hand" if value.isascii() else "serif_cjk", (20, 30, 120))
        y += 70
    return s


def employer_two_columns() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "serif_bold")
    _ruled(s, 140, 160, [["Name of employer", EMPLOYER], ["BR number", BR_NO], ["Name of employee", LATIN], ["Post", POST],
                         ["Monthly salary", f"HK${SALARY:,}"], ["Talent List profession", ""]], [520, 720], 64, 24)
    s.tick(680, 490, True)
    s.text(730, 494, "Yes", 24, "sans")
    s.tick(850, 490, False)
    s.text(900, 494, "No", 24, "sans")
    return s


def contract_numbered() -> Sheet:
    s = Sheet()
    s.text(560, 110, "EMPLOYMENT CONTRACT", 32, "serif_bold")
    text_lines(s, 160, 200, [f"Between {EMPLOYER} (Employer) and {LATIN} (Employee)", "",
                             f"1.  Job title: {POST}", "2.  Start: 1 February 2027", "3.  Length: 2 years",
                             f"4.  Salary: HK${SALARY:,} a month", "5.  Place of work: Kowloon Tong", "", "Signed on 28 November 2026."],
               24, "serif", 48)
    return s


def accounts_current_prior() -> Sheet:
    s = Sheet()
    s.text(500, 90, EMPLOYER.upper(), 28, "serif_bold")
    s.text(360, 150, "Statement of profit or loss for the year ended 30 September 2026", 24, "serif")
    y = _rows(s, 230, [("", "Current year", "Prior year"), ("", "HK$", "HK$"), ("Revenue", "26,882,400", "22,017,900"),
                       ("Cost of sales", "(17,104,600)", "(14,322,500)"), ("Profit before tax", "3,215,800", "2,604,300"),
                       ("Taxation", "(530,600)", "(429,700)"), ("Profit for the year", "2,685,200", "2,174,600")])
    s.text(420, y + 40, "Statement of financial position at 30 September 2026", 24, "serif")
    _rows(s, y + 110, [("Total equity", "12,960,700", "10,275,500")])
    return s


def profile() -> Sheet:
    s = Sheet()
    s.text(140, 110, "About Tallowood", 36, "sans_bold")
    s.wrapped(140, 190, f"{EMPLOYER} designs robot cells for food and electronics factories, from its office and workshop at "
              "InnoCentre, Kowloon Tong. Founded in 2019, it employs 31 people.", 80, 24, "sans", leading=42)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "UNIT 12, 6/F, INNOCENTRE,"), ("", "72 TAT CHEE AVENUE, KOWLOON TONG"),
                     ("Nature of Business", NATURE), ("Status", "CORP"), ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")),
                     ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")), ("Certificate No.", f"{BR_NO}-000-10-26-2")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "passport-open-on-desk", "photo-on-page"),
        ("degree-notarised.pdf", notarial_degree(), "degree_certificate",
         {"holder_name": "DUAN MINGZHE", "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL_EN, "degree": "Bachelor of Engineering",
          "major": "Mechanical Engineering", "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("report.png", scanned_png(report_qr_frame(), "report.png"), "qualification_report",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "sex": "M", "level": "本科", "major": "机械工程",
          "graduation_date": AWARDED.isoformat(), "certificate_number": GRAD_NO, "verification_code": CODE}),
        ("consent.png", scanned_png(release_letter(), "consent.png"), "consent_letter",
         {"organisation": (CONSENTER, CONSENTER.upper()), "applicant_name": "DUAN MINGZHE", "date": "2026-11-23", "seal_present": True}),
        ("id990a.png", scanned_png(applicant_ruled_by_hand(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_two_columns(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": LATIN, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": True}),
        ("contract.png", scanned_png(contract_numbered(), "contract.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": LATIN, "position": POST, "start_date": START.isoformat(),
          "term_months": 24, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(accounts_current_prior(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-09-30", "revenue": 26882400.0, "profit": 2685200.0, "total_equity": 12960700.0}),
        ("profile.png", scanned_png(profile(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "thirtieth-hand", CASE, SETTINGS)
