"""A two-hundred-and-seventeenth drawn set: a nineteenth whole clean application, for a naval architect (a Talent List
profession, so no local recruitment is asked for) joining a ship design firm twelve years old. Its papers in layouts no
earlier set drew: the exit-entry permit scanned alone on its side and the portrait as taken; a bachelor's degree of
labelled lines (姓名：…，专业：船舶与海洋工程，学位：工学学士); a consent worded as an approval (关于同意…赴港工作的批复) under its
file number and chop; form ID 990A whose names and date of birth are written a letter a box; form ID 990B whose Talent
List answer is a crossed box before 'Yes'; a bilingual contract of rows (職位 Position, 月薪 Monthly salary); the BR
certificate; accounts with a statement of financial position under the profit or loss; a company background page.
Scored on each paper's fields and on the checks on them (the case is clean). Read once through the product before any
reader changes for it (`scripts/bench_drawn_forms.py --set twohundredseventeenth`): 56 / 56 fields, and the degree's
number rightly failed, drawn first with a level digit of no degree (1); drawn again with 4, a bachelor's. Every name and
number is made up; 19893 is no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "liu-zhenyu"
SETTINGS = {"as_of": "2026-12-05", "dependants": 0}
HOLDER = sixteenth.Holder("刘", "振宇", "LIU", "ZHENYU", "M", date(1992, 8, 15), "辽宁/LIAONING", "EJ4418206",
                          date(2021, 9, 1), date(2031, 8, 31), "C83350917", date(2025, 2, 10), date(2035, 2, 9), (360, 460))
NAME = "刘振宇"
SCHOOL, MAJOR = "东海海事大学", "船舶与海洋工程"
AWARDED = date(2015, 6, 30)
DEGREE_NO = "1989342015001377"
CONSENTER = "大连星海船舶设计研究院有限公司"
CONSENT_DATE = date(2026, 11, 28)
EMPLOYER = "Seawright Naval Design Limited"
BR_NO = "56610273"
ADDRESS = "UNIT 9, 17/F, HARBOUR CENTRE TOWER 2, 8 HOK CHEUNG STREET, HUNG HOM"
NATURE = "SHIP DESIGN"
COMMENCED, EXPIRES = date(2014, 3, 3), date(2027, 3, 2)
POST, START, SALARY = "Naval Architect", date(2027, 3, 1), 48000


def degree_labelled_lines() -> Sheet:
    s = Sheet()
    s.text(620, 130, "学士学位证书", 50, "serif_cjk")
    text_lines(s, 240, 280, [f"姓名：{NAME}", "性别：男", "出生日期：1992年8月15日", f"专业：{MAJOR}", "学位：工学学士",
                             f"授予单位：{SCHOOL}", "授予日期：2015年6月30日", f"证书编号：{DEGREE_NO}"], 30, "serif_cjk", 62)
    _chop(s, 1160, 700, SCHOOL)
    return s


def consent_as_approval() -> Sheet:
    s = Sheet()
    s.text(420, 110, CONSENTER, 40, "serif_cjk", (180, 20, 20))
    s.d.line([140, 180, 1514, 180], fill=(180, 20, 20), width=4)
    s.text(1060, 210, "星海设院人〔2026〕31号", 24, "serif_cjk")
    s.text(400, 290, f"关于同意{NAME}同志赴港工作的批复", 36, "serif_cjk")
    y = _paragraph(s, 140, 400, f"　　你院船体结构室{NAME}同志赴港工作的申请收悉。经研究，同意{NAME}同志受聘于香港{EMPLOYER}。", 34, 28, 56)
    s.text(880, y + 140, CONSENTER, 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月28日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, CONSENTER)
    return s


def applicant_letter_boxes() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 170, "Surname", 22, "sans")
    s.boxes(480, 160, HOLDER.surname, 8)
    s.text(140, 250, "Given names", 22, "sans")
    s.boxes(480, 240, HOLDER.given, 12)
    s.text(140, 330, "Date of birth (DDMMYYYY)", 22, "sans")
    s.boxes(480, 320, HOLDER.born.strftime("%d%m%Y"), 8)
    y = 420
    for label, value in [("Name in Chinese", NAME), ("Sex", "M"), ("Travel document no.", HOLDER.permit_no), ("Employer", EMPLOYER),
                         ("Post", POST), ("Monthly salary", f"HK${SALARY:,}"), ("Hong Kong local degree holder?", "No")]:
        s.text(140, y, label, 22, "sans")
        s.text(620, y, value, 24, "mono" if value.isascii() else "sans_cjk")
        y += 62
    return s


def employer_box_before_yes() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "serif_bold")
    y = 170
    for label, value in [("Employer", EMPLOYER), ("BR No.", BR_NO), ("Employee", f"{HOLDER.surname} {HOLDER.given}"), ("Post", POST),
                         ("Monthly salary", f"HK${SALARY:,}")]:
        s.text(140, y, label, 24, "serif")
        s.text(700, y, value, 24, "serif")
        y += 66
    s.text(140, y + 20, "Is the post under the Talent List?", 24, "serif")
    s.tick(760, y + 16, True)
    s.text(810, y + 20, "Yes", 24, "serif")
    s.tick(920, y + 16, False)
    s.text(970, y + 20, "No", 24, "serif")
    return s


def bilingual_contract_rows() -> Sheet:
    s = Sheet()
    s.text(520, 90, "聘用合約 EMPLOYMENT CONTRACT", 32, "sans_cjk")
    _ruled(s, 140, 170, [["僱主 Employer", EMPLOYER], ["僱員 Employee", f"{HOLDER.surname} {HOLDER.given}"], ["職位 Position", POST],
                         ["生效日期 Commencement date", "01/03/2027"], ["合約期 Term", "36 months"], ["月薪 Monthly salary", f"HK${SALARY:,}"]],
           [520, 800], 66, 22)
    text_lines(s, 140, 620, ["Signed for the Employer", "", "Signed by the Employee"], 22, "serif", 44)
    return s


def accounts_two_statements() -> Sheet:
    s = Sheet()
    s.text(420, 100, EMPLOYER.upper(), 28, "serif_bold")
    s.text(260, 150, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 MARCH 2026", 22, "serif_bold")
    y = 220
    for label, this, last in [("", "2026", "2025"), ("", "HK$", "HK$"), ("Revenue", "24,806,500", "21,340,100"),
                              ("Profit before tax", "3,120,400", "2,688,300"), ("Income tax", "(514,900)", "(443,600)"),
                              ("Profit for the year", "2,605,500", "2,244,700")]:
        s.text(160, y, label, 24, "serif")
        s.text(1190 - 13 * len(this), y, this, 24, "serif")
        s.text(1430 - 13 * len(last), y, last, 24, "serif")
        y += 54
    s.text(260, y + 40, "STATEMENT OF FINANCIAL POSITION AT 31 MARCH 2026", 22, "serif_bold")
    y += 110
    for label, this, last in [("Total assets", "15,902,300", "13,415,600"), ("Total liabilities", "(4,288,100)", "(4,406,900)"),
                              ("Total equity", "11,614,200", "9,008,700")]:
        s.text(160, y, label, 24, "serif")
        s.text(1190 - 13 * len(this), y, this, 24, "serif")
        s.text(1430 - 13 * len(last), y, last, 24, "serif")
        y += 54
    return s


def background_page() -> Sheet:
    s = Sheet()
    s.text(140, 110, "Company background", 40, "serif_bold")
    s.wrapped(140, 200, f"{EMPLOYER} designs hulls, structures and retrofits for ferries, tugs and offshore vessels. Founded in "
              "2014, it employs 38 naval architects, engineers and draughtsmen at its Hung Hom office.", 84, 26, "serif", leading=44)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "UNIT 9, 17/F, HARBOUR CENTRE TOWER 2,"),
                     ("", "8 HOK CHEUNG STREET, HUNG HOM"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-03-26-1")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "permit-alone-on-side", "photo-as-taken"),
        ("degree.png", scanned_png(degree_labelled_lines(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": ("工学学士", "工学学士学位"),
          "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("consent.png", scanned_png(consent_as_approval(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("id990a.png", scanned_png(applicant_letter_boxes(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.permit_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_box_before_yes(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": True}),
        ("contract.png", scanned_png(bilingual_contract_rows(), "contract.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST, "start_date": START.isoformat(),
          "term_months": 36, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(accounts_two_statements(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-03-31", "revenue": 24806500.0, "profit": 2605500.0, "total_equity": 11614200.0}),
        ("background.png", scanned_png(background_page(), "background.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "nineteenth-hand", CASE, SETTINGS)
