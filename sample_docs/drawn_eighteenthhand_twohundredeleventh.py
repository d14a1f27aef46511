"""A two-hundred-and-eleventh drawn set: an eighteenth whole clean application, for a market research analyst with a
master's degree joining a company that commenced seven months before the case's date, so its business plan and its
record of local recruitment are asked for (the post is not on the Talent List). Its papers in layouts no earlier set
drew: the passport's cover and data page as one PDF and the portrait pasted on a page; a master's degree in running
Chinese text (已通过硕士学位的课程考试和论文答辩，…授予管理学硕士学位); a consent in Chinese that agrees to the employee's
leaving for a named Hong Kong company (同意…辞去…职务，赴港入职…); form ID 990A with dotted leaders between labels and
values; form ID 990B as a ruled table of Chinese and English labels; an employment agreement of headed clauses
('Salary.', 'Term.'); the BR certificate; management accounts for the first seven months; a one-paragraph profile; a
short plan; a table recording the local advertisements and their outcome. Scored on each paper's fields and on the
checks on them (the case is clean). Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set twohundredeleventh`). Every name and number is made up; 19891 is no real
institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "tian-yuxi"
SETTINGS = {"as_of": "2026-12-05", "dependants": 0}
HOLDER = sixteenth.Holder("田", "雨溪", "TIAN", "YUXI", "F", date(1994, 11, 3), "湖南/HUNAN", "EH7302615",
                          date(2022, 5, 9), date(2032, 5, 8), "C60274319", date(2024, 8, 12), date(2034, 8, 11), (360, 460))
NAME = "田雨溪"
SCHOOL, MAJOR = "湘江商学院", "市场营销"
AWARDED = date(2020, 6, 24)
DEGREE_NO = "1989132020000418"
CONSENTER = "长沙麓山数据咨询有限公司"
CONSENT_DATE = date(2026, 11, 24)
EMPLOYER = "Cobaltline Consumer Insights Limited"
BR_NO = "77205831"
ADDRESS = "ROOM 2108, 21/F, WESTLANDS CENTRE, 20 WESTLANDS ROAD, QUARRY BAY"
NATURE = "MARKET RESEARCH"
COMMENCED, EXPIRES = date(2026, 5, 4), date(2027, 5, 3)
POST, START, SALARY = "Market Research Analyst", date(2027, 2, 1), 32000


def master_running_text() -> Sheet:
    s = Sheet()
    s.text(600, 130, "硕士学位证书", 50, "serif_cjk")
    _paragraph(s, 180, 290, f"　　{NAME}，女，1994年11月3日生。在{SCHOOL}{MAJOR}专业已通过硕士学位的课程考试和论文答辩，成绩合格。"
               "根据《中华人民共和国学位条例》的规定，授予管理学硕士学位。", 30, 28, 62)
    s.text(900, 720, f"{SCHOOL}学位评定委员会", 28, "serif_cjk")
    s.text(960, 780, "二〇二〇年六月二十四日", 28, "serif_cjk")
    s.text(180, 900, f"证书编号：{DEGREE_NO}", 24, "serif_cjk")
    _chop(s, 1160, 740, SCHOOL)
    return s


def consent_leaving_for() -> Sheet:
    s = Sheet()
    s.text(700, 130, "同意函", 46, "serif_cjk")
    y = _paragraph(s, 140, 280, f"　　经研究，同意我公司员工{NAME}同志辞去市场分析师职务，赴港入职{EMPLOYER}。特此函告。", 34, 28, 56)
    s.text(900, y + 140, CONSENTER, 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月24日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, CONSENTER)
    return s


def applicant_dotted_leaders() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "serif_bold")
    y = 170
    for label, value in [("Surname", HOLDER.surname), ("Given names", HOLDER.given), ("Name in Chinese characters", NAME),
                         ("Sex", "Female"), ("Date of birth", "03/11/1994"), ("No. of travel document", HOLDER.passport_no),
                         ("Name of employer in Hong Kong", EMPLOYER), ("Post to be taken up", POST),
                         ("Monthly salary", f"HK${SALARY:,}"), ("Holder of a Hong Kong local degree?", "No")]:
        end = s.text(140, y, label, 22, "serif")
        s.text(end + 10, y, "." * max(4, (740 - end) // 9), 22, "serif")
        s.text(760, y, value, 24, "serif" if value.isascii() else "serif_cjk")
        y += 64
    return s


def employer_hans_english_table() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    _ruled(s, 140, 160, [["僱主名稱 Name of employer", EMPLOYER], ["商業登記號碼 BR No.", BR_NO],
                         ["受聘人姓名 Name of employee", f"{HOLDER.surname} {HOLDER.given}"], ["職位 Post", POST],
                         ["月薪 Monthly salary", f"HK${SALARY:,}"], ["屬人才清單專業 Talent List profession", "否 No"]],
           [560, 760], 70, 22)
    return s


def agreement_headed_clauses() -> Sheet:
    s = Sheet()
    s.text(560, 90, "EMPLOYMENT AGREEMENT", 32, "serif_bold")
    text_lines(s, 140, 170, [f"Parties. {EMPLOYER} (the Employer) and Ms. TIAN Yuxi (the Employee).",
                             f"Position. The Employee is employed as {POST}.",
                             "Start. Employment starts on 1 February 2027.", "Term. Two years from the start date.",
                             f"Salary. HK${SALARY:,} per month, paid monthly in arrears.",
                             "Leave. Twelve working days of paid annual leave a year.", "", "Signed for the Employer", "",
                             "Signed by the Employee"], 22, "serif", 46)
    return s


def management_accounts() -> Sheet:
    s = Sheet()
    s.text(380, 100, EMPLOYER.upper(), 28, "serif_bold")
    s.text(300, 150, "MANAGEMENT ACCOUNTS FOR THE SEVEN MONTHS ENDED 30 NOVEMBER 2026", 22, "serif_bold")
    y = 240
    for label, figure in [("", "HK$"), ("Revenue", "1,482,600"), ("Staff costs", "(806,300)"), ("Other expenses", "(397,100)"),
                          ("Profit for the period", "279,200"), ("Total equity at 30 November 2026", "1,079,200")]:
        s.text(160, y, label, 24, "serif")
        s.text(1300 - 13 * len(figure), y, figure, 24, "serif")
        y += 54
    return s


def profile_paragraph() -> Sheet:
    s = Sheet()
    s.text(140, 110, "About Cobaltline", 40, "sans_bold")
    s.wrapped(140, 200, f"{EMPLOYER} was set up in May 2026 to run consumer surveys and shopper panels for brands selling into "
              "Hong Kong and the Greater Bay Area. Its eight staff work from Quarry Bay.", 84, 26, "sans", leading=44)
    return s


def short_plan() -> Sheet:
    s = Sheet()
    s.text(140, 100, "Cobaltline Consumer Insights Limited - Business Plan", 30, "serif_bold")
    text_lines(s, 140, 200, ["Paid-up capital: HK$800,000", "Turnover forecast for the first year: HK$2,600,000",
                             "Local staff to be employed in the first year: 6",
                             "Our clients are brands and retailers who need quick consumer research in Hong Kong."], 24, "serif", 50)
    return s


def recruitment_table() -> Sheet:
    s = Sheet()
    s.text(140, 100, "Record of local recruitment", 32, "sans_bold")
    s.text(140, 160, f"Post: {POST}", 24, "sans")
    _ruled(s, 140, 230, [["Advertised in", "Dates", "Applications", "Interviewed", "Outcome"],
                         ["jobsdb", "01/09/2026 - 30/09/2026", "14", "4", "none suitable"],
                         ["Labour Department", "05/09/2026 - 05/10/2026", "6", "2", "none suitable"]],
           [300, 420, 220, 220, 240], 64, 20)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "ROOM 2108, 21/F, WESTLANDS CENTRE,"),
                     ("", "20 WESTLANDS ROAD, QUARRY BAY"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-05-26-2")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "passport-pdf", "photo-on-page"),
        ("degree.png", scanned_png(master_running_text(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": ("管理学硕士学位", "管理学硕士"),
          "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("consent.png", scanned_png(consent_leaving_for(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("id990a.png", scanned_png(applicant_dotted_leaders(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "F", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_hans_english_table(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("agreement.png", scanned_png(agreement_headed_clauses(), "agreement.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST, "start_date": START.isoformat(),
          "term_months": 24, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(management_accounts(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-11-30", "revenue": 1482600.0, "profit": 279200.0, "total_equity": 1079200.0}),
        ("profile.png", scanned_png(profile_paragraph(), "profile.png"), "company_profile", {"type": "company_profile"}),
        ("plan.png", scanned_png(short_plan(), "plan.png"), "business_plan",
         {"capital_hkd": 800000.0, "projected_turnover_hkd": 2600000.0, "local_jobs": 6}),
        ("recruitment.png", scanned_png(recruitment_table(), "recruitment.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
    ]
    return write_case(folder, papers, "eighteenth-hand", CASE, SETTINGS)
