"""A hundred-and-fifty-sixth drawn set: a thirteenth whole clean application, for a holder of a British master's degree
joining a company four months old (so a business plan is among its papers, and a record of local recruitment). Its
papers in layouts no earlier set drew: the exit-entry permit laid on its side; a master's testamur with its award date on
a line of its own; a consent dated at its head, right-aligned, its company named only in the letterhead; form ID 990A as a
two-column table filled by hand; form ID 990B whose labels end in a column of colons; an offer whose monthly package is
itemised in a list; a plan whose forecast is a table by year; a profile as a social network's company page; a recruitment
advertisement cut from a newspaper. Scored on each paper's fields and on the checks on them (the case is clean). Read once
through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredfiftysixth`). Every
name and number is made up."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, br_sheet, scanned_png, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "cen-jiayue"
SETTINGS = {"as_of": "2026-12-05", "dependants": 0}
HOLDER = sixteenth.Holder("岑", "嘉悦", "CEN", "JIAYUE", "F", date(1992, 12, 3), "广东/GUANGDONG", "EG5170394",
                          date(2020, 10, 12), date(2030, 10, 11), "C25840917", date(2023, 2, 20), date(2033, 2, 19), (402, 516))
NAME = "岑嘉悦"
CONSENTER = "广州珠江数智金融服务有限公司"
CONSENT_DATE = date(2026, 11, 24)
EMPLOYER = "Lumenbridge Quant Research Limited"
BR_NO = "76203518"
ADDRESS = "ROOM 1205, 12/F, THE CENTRIUM, 60 WYNDHAM STREET, CENTRAL, HONG KONG"
NATURE = "QUANTITATIVE INVESTMENT RESEARCH"
COMMENCED, EXPIRES = date(2026, 8, 3), date(2027, 8, 2)
POST, START, SALARY, HOUSING = "Quantitative Researcher", date(2027, 2, 1), 36000, 6000
PEN = (20, 30, 120)


def testamur_award_line() -> Sheet:
    s = Sheet()
    s.text(600, 160, "UNIVERSITY OF WESTBAY", 44, "serif_bold")
    y = 330
    for text, size, font in [("The Senate hereby certifies that", 28, "serif"), ("Jiayue CEN", 44, "serif_bold"),
                             ("has been awarded the degree of", 28, "serif"), ("Master of Science in Financial Engineering", 38, "serif_bold"),
                             ("with Distinction", 28, "serif")]:
        s.text(827 - int(len(text) * size * 0.26), y, text, size, font)
        y += 110
    s.text(200, y + 80, "Date of award: 30 November 2019", 26, "serif")
    s.text(200, y + 130, "Certificate no. WB-2019-MSC-04417", 22, "serif")
    return s


def consent_head_dated() -> Sheet:
    s = Sheet()
    s.text(140, 100, CONSENTER, 34, "serif_cjk")
    s.d.line([140, 160, 1510, 160], fill=(150, 30, 30), width=3)
    s.text(1160, 200, f"{CONSENT_DATE.year}年{CONSENT_DATE.month}月{CONSENT_DATE.day}日", 28, "serif_cjk")
    s.text(720, 290, "同意书", 46, "serif_cjk")
    _paragraph(s, 140, 420, f"　　{NAME}女士自2020年1月起在我司量化研究部任职。我司知悉其获香港公司聘用，同意其前往香港工作，"
               "并将于其离职时办理相关手续。", 34, 28, 56)
    _chop(s, 1150, 820, CONSENTER)
    return s


def applicant_two_columns_by_hand() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    rows = [("姓 Surname", HOLDER.surname), ("名 Given names", HOLDER.given), ("中文姓名 Name in Chinese", NAME), ("性別 Sex", "F"),
            ("出生日期 Date of birth", HOLDER.born.strftime("%d/%m/%Y")), ("旅行證件號碼 Travel document no.", HOLDER.permit_no),
            ("僱主 Employer", EMPLOYER), ("職位 Post", POST), ("月薪 Monthly salary (HK$)", f"{SALARY:,}"),
            ("持有香港本地學位？ Hong Kong local degree?", "No")]
    y = 160
    for label, value in rows:
        s.d.rectangle([140, y, 760, y + 100], outline=(60, 60, 60), width=2)
        s.d.rectangle([760, y, 1520, y + 100], outline=(60, 60, 60), width=2)
        s.text(160, y + 34, label, 22, "sans_cjk")
        s.text(790, y + 28, value, 32, "hand" if value.isascii() else "hand_cjk", PEN)
        y += 100
    return s


def employer_colon_column() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 140, "Particulars of the employer and the post", 28, "sans_bold")
    y = 240
    for label, value in [("Name of employer", EMPLOYER), ("Business registration no.", BR_NO), ("Name of applicant", f"{HOLDER.surname} {HOLDER.given}"),
                         ("Post offered", POST), ("Monthly salary (HK$)", f"{SALARY:,}"), ("Talent List post", "No")]:
        s.text(700 - int(len(label) * 13.5), y, label, 26, "sans")
        s.text(712, y, ":", 26, "sans")
        s.text(750, y - 2, value, 28, "mono")
        y += 80
    return s


def offer_itemised() -> Sheet:
    s = Sheet()
    s.text(140, 100, EMPLOYER, 32, "serif_bold")
    y = 200
    for line in ["25 November 2026", "", "Ms CEN Jiayue", "", "Dear Ms Cen,", "", "Offer of employment",
                 f"We are pleased to offer you the post of {POST} with {EMPLOYER}. Your employment will start on",
                 "1 February 2027 under a contract of two years. Your monthly package will be:",
                 f"    - basic salary: HK${SALARY:,}", f"    - housing allowance: HK${HOUSING:,}", "    - medical insurance under the group plan",
                 "Please sign and return a copy of this letter to accept the offer.", "", "Yours sincerely,", "Daniel Ho, Director"]:
        s.text(140, y, line, 24, "serif")
        y += 42
    return s


def plan_forecast_by_year() -> Sheet:
    s = Sheet()
    s.text(140, 100, f"{EMPLOYER} - business plan", 30, "serif_bold")
    s.wrapped(140, 170, "We build trading signals for family offices. The two founders have paid HK$500,000 into the company as its "
              "paid-up capital.", 90, 24, "serif", leading=40)
    s.text(140, 290, "Forecast", 26, "serif_bold")
    _ruled(s, 140, 340, [["Year", "Revenue (HK$)", "Local staff"], ["2027", "1,500,000", "2"], ["2028", "2,800,000", "4"]], [300, 420, 320], 60, 24)
    return s


def profile_network_page() -> Sheet:
    s = Sheet()
    s.d.rectangle([0, 0, 1654, 260], fill=(210, 222, 236))
    s.text(140, 180, "Lumenbridge Quant Research", 40, "sans_bold")
    s.text(140, 300, "Investment Management  ·  Central, Hong Kong  ·  2-10 employees", 24, "sans", (90, 90, 90))
    s.text(140, 380, "About", 30, "sans_bold")
    s.wrapped(140, 440, "We research and build systematic trading signals for family offices and small funds in Asia, combining market "
              "microstructure with machine learning. Founded in 2026 in Hong Kong.", 80, 26, "sans", leading=44)
    return s


def newspaper_advertisement() -> Sheet:
    s = Sheet()
    s.d.rectangle([300, 200, 1350, 1000], outline=(30, 30, 30), width=3)
    s.text(560, 240, "QUANTITATIVE RESEARCHER", 34, "serif_bold")
    s.text(620, 300, EMPLOYER, 24, "serif")
    y = 380
    for line in ["Requirements:", "- Master's degree in financial engineering, statistics or a related field",
                 "- 3 years' experience in systematic trading research", "- Good command of English and Chinese",
                 "Monthly salary HK$33,000 - HK$40,000", "Apply with CV to careers@lumenbridge.example by 30 September 2026"]:
        s.text(340, y, line, 22, "serif")
        y += 44
    s.text(340, 940, "Hong Kong Daily Post, Classified, 2 September 2026", 20, "serif", (90, 90, 90))
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "ROOM 1205, 12/F, THE CENTRIUM,"),
                     ("", "60 WYNDHAM STREET, CENTRAL, HONG KONG"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-08-26-1")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "permit-alone-on-side", "photo-as-taken"),
        ("degree.png", scanned_png(testamur_award_line(), "degree.png"), "degree_certificate",
         {"holder_name": "CEN JIAYUE", "institution": "University of Westbay", "degree": "Master of Science",
          "major": "Financial Engineering", "date_awarded": "2019-11-30"}),
        ("consent.png", scanned_png(consent_head_dated(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("id990a.png", scanned_png(applicant_two_columns_by_hand(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "F", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.permit_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_colon_column(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("offer.png", scanned_png(offer_itemised(), "offer.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST, "start_date": START.isoformat(),
          "term_months": 24, "monthly_salary_hkd": float(SALARY), "housing_allowance_hkd": float(HOUSING)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("plan.png", scanned_png(plan_forecast_by_year(), "plan.png"), "business_plan",
         {"capital_hkd": 500000.0, "projected_turnover_hkd": 1500000.0, "local_jobs": 2}),
        ("profile.png", scanned_png(profile_network_page(), "profile.png"), "company_profile", {"type": "company_profile"}),
        ("advertisement.png", scanned_png(newspaper_advertisement(), "advertisement.png"), "recruitment_evidence",
         {"type": "recruitment_evidence"}),
    ]
    return write_case(folder, papers, "thirteenth-hand", CASE, SETTINGS)
