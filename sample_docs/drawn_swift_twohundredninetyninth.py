"""A two-hundred-and-ninety-ninth drawn set: a thirty-eighth whole clean application, for an actuarial analyst (a Talent
List profession: no record of local recruitment) with a bachelor's degree and its graduation certificate, joining an
insurer's service company that has traded for seven years (no plan). Its papers in layouts no earlier set drew: the
passport open on a desk and the portrait on a page; a graduation certificate whose stay and major are in Chinese
numerals and brackets (在我校数学与应用数学专业（四年制本科）学习); a degree under the school's name as its
letterhead; a report ruled with grey label cells; a consent from a Mainland insurer that 'raises no objection' in a
sentence under a plain 'Re:' line; ID 990A handwritten under Chinese labels; ID 990B typed with tick boxes; terms of
appointment as a list of dashes; audited accounts of two years; a profile in two columns. Scored on each paper's fields and on the
checks on them (the case is clean). Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set twohundredninetyninth`). Every name and number is made up; 19463 is no real
institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "qiao-yining"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("乔", "怡宁", "QIAO", "YINING", "F", date(1996, 3, 11), "山西/SHANXI", "EQ8052761",
                          date(2025, 4, 14), date(2035, 4, 13), "C90417325", date(2025, 6, 2), date(2035, 6, 1), (402, 512))
NAME = "乔怡宁"
LATIN = "QIAO Yining"
SCHOOL, SCHOOL_EN = "晋中师范大学", "Jinzhong Normal University"
GRADUATED = date(2018, 6, 30)
DEGREE_NO = "1946342018000529"
GRAD_NO = "194631201805001874"
CODE = "M7XQ2KD9WP4RT8ZN"
CONSENTER = "Taiyuan Fenhe Life Insurance Co., Ltd."
EMPLOYER = "Harbourview Actuarial Services Limited"
BR_NO = "69853120"
ADDRESS = "21/F, TOWER 2, TIMES SQUARE, 1 MATHESON STREET, CAUSEWAY BAY"
NATURE = "ACTUARIAL CONSULTANCY"
COMMENCED, EXPIRES = date(2019, 8, 12), date(2027, 8, 11)
POST, START, SALARY = "Actuarial Analyst", date(2027, 5, 3), 52000


def graduation_brackets() -> Sheet:
    s = Sheet()
    s.text(640, 200, "毕业证书", 64, "serif_cjk")
    text_lines(s, 200, 420, [f"　　{NAME}，女，一九九六年三月十一日生，于二〇一四年九月至二〇一八年六月",
                             "在我校数学与应用数学专业（四年制本科）学习，完成教学计划的全部课程，",
                             "成绩合格，准予毕业。"], 32, "serif_cjk", 72)
    text_lines(s, 880, 760, [SCHOOL, "校长：任国栋", "二〇一八年六月三十日"], 30, "serif_cjk", 60)
    _chop(s, 1450, 760, SCHOOL)
    s.text(200, 2050, f"证书编号：{GRAD_NO}", 26, "serif_cjk")
    return s


def degree_under_letterhead() -> Sheet:
    s = Sheet()
    s.text(660, 120, SCHOOL, 40, "serif_cjk")
    s.d.line([200, 190, 1450, 190], fill=(120, 0, 0), width=3)
    s.text(600, 260, "学士学位证书", 56, "serif_cjk")
    text_lines(s, 200, 420, [f"　　{NAME}，女，1996年3月11日生。在数学与应用数学专业完成了本科学习计划，业已毕业，",
                             "经审核符合《中华人民共和国学位条例》的规定，授予理学学士学位。"], 30, "serif_cjk", 68)
    text_lines(s, 880, 660, ["学位评定委员会主席：任国栋", "2018年6月30日"], 30, "serif_cjk", 60)
    _chop(s, 1450, 660, SCHOOL)
    s.text(200, 2050, f"证书编号：{DEGREE_NO}", 26, "serif_cjk")
    return s


def report_grey_cells() -> Sheet:
    s = Sheet()
    s.text(200, 110, "Online Verification Report of Higher Education Qualification Certificate", 28, "sans_bold")
    _ruled(s, 160, 220, [["Name", LATIN], ["Gender", "Female"], ["Date of birth", "11 March 1996"], ["Institution", SCHOOL_EN],
                         ["Level", "Undergraduate"], ["Major", "Mathematics and Applied Mathematics"], ["Date of graduation", "30 June 2018"],
                         ["Certificate No.", GRAD_NO], ["Online verification code", CODE]], [440, 820], 62, 24, shade_labels=True)
    return s


def consent_raises_no_objection() -> Sheet:
    s = Sheet()
    s.text(140, 100, CONSENTER, 28, "serif_bold")
    text_lines(s, 140, 190, ["25 November 2026", "", f"Re:  Ms. {LATIN}, Pricing Actuary Assistant", "",
                             f"The Company raises no objection to Ms. {LATIN} taking up employment in Hong Kong with {EMPLOYER}.",
                             "", "Human Resources Department"], 24, "serif", 44)
    _chop(s, 900, 640, "太原汾河人寿保险股份有限公司")
    return s


def applicant_chinese_labels_hand() -> Sheet:
    s = Sheet()
    s.text(1240, 70, "ID 990A", 30, "sans_bold")
    y = 170
    for label, value in [("姓", HOLDER.surname), ("名", HOLDER.given), ("中文姓名", NAME), ("性別", "F"), ("出生日期", "11/03/1996"),
                         ("旅行證件號碼", HOLDER.passport_no), ("是否持有香港本地學位", "否"), ("僱主名稱", EMPLOYER), ("職位", POST),
                         ("每月薪金（港元）", f"{SALARY:,}")]:
        s.text(140, y, label + "：", 26, "serif_cjk")
        s.text(620, y - 10, value, 36, "hand", (20, 30, 120))
        y += 80
    return s


def employer_tick_boxes() -> Sheet:
    s = Sheet()
    s.text(1240, 70, "ID 990B", 30, "sans_bold")
    y = 170
    for label, value in [("Name of employer", EMPLOYER), ("Business registration number", BR_NO), ("Name of employee", LATIN), ("Post", POST),
                         ("Monthly salary (HK$)", f"{SALARY:,}")]:
        s.text(140, y, label, 24, "sans")
        s.text(700, y, value, 26, "mono")
        y += 70
    s.text(140, y, "Is the post a profession on the Talent List?", 24, "sans")
    s.tick(900, y - 4, True)
    s.text(950, y, "Yes", 24, "sans")
    s.tick(1060, y - 4, False)
    s.text(1110, y, "No", 24, "sans")
    return s


def terms_bullets() -> Sheet:
    s = Sheet()
    s.text(140, 100, EMPLOYER, 28, "sans_bold")
    text_lines(s, 140, 190, ["2 December 2026", "", f"Ms. {LATIN}", "", "Terms of appointment", "",
                             f"-  Title:  {POST}", f"-  Monthly base salary:  HK${SALARY:,}", "-  Start:  3 May 2027", "-  Duration:  36 months",
                             "", "Signed for the Company:  CHAN Ka Wai, Director", f"Accepted by:  {LATIN}"], 24, "sans", 44)
    return s


def accounts_two_years() -> Sheet:
    s = Sheet()
    s.text(460, 90, EMPLOYER.upper(), 28, "serif_bold")
    s.text(420, 150, "Statement of profit or loss for the year ended 31 March 2026", 22, "serif")
    y = _rows(s, 230, [("", "2026", "2025"), ("", "HK$", "HK$"), ("Revenue", "24,806,300", "21,339,800"), ("Staff costs", "(15,412,900)", "(13,806,200)"),
                       ("Other operating expenses", "(5,118,700)", "(4,700,100)"), ("Profit before tax", "4,274,700", "2,833,500"),
                       ("Income tax", "(705,300)", "(467,500)"), ("Profit for the year", "3,569,400", "2,366,000")])
    s.text(420, y + 40, "Statement of financial position at 31 March 2026", 22, "serif")
    _rows(s, y + 110, [("Total equity", "11,905,600", "8,336,200")])
    s.text(420, y + 220, "Audited by Lam & Partners CPA Limited", 20, "serif")
    return s


def profile_two_columns() -> Sheet:
    s = Sheet()
    s.text(140, 100, "Harbourview in brief", 36, "serif_bold")
    s.wrapped(140, 190, f"{EMPLOYER} prices life and health policies for insurers in Hong Kong and Macao.", 38, 22, "serif", leading=38)
    s.wrapped(860, 190, "Founded in August 2019, it has 41 staff, most of them actuaries and data analysts.", 38, 22, "serif", leading=38)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "21/F, TOWER 2, TIMES SQUARE,"), ("", "1 MATHESON STREET, CAUSEWAY BAY"),
                     ("Nature of Business", NATURE), ("Status", "CORP"), ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")),
                     ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")), ("Certificate No.", f"{BR_NO}-000-08-26-3")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "passport-open-on-desk", "photo-on-page"),
        ("graduation.png", scanned_png(graduation_brackets(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": "数学与应用数学", "level": ("本科", "四年制本科"),
          "graduation_date": GRADUATED.isoformat(), "certificate_number": GRAD_NO}),
        ("degree.png", scanned_png(degree_under_letterhead(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": ("理学学士", "理学学士学位"),
          "major": "数学与应用数学", "date_awarded": GRADUATED.isoformat(), "certificate_number": DEGREE_NO}),
        ("report.png", scanned_png(report_grey_cells(), "report.png"), "qualification_report",
         {"holder_name": "QIAO YINING", "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL_EN, "sex": "F",
          "level": ("undergraduate", "本科"), "major": "Mathematics and Applied Mathematics", "graduation_date": GRADUATED.isoformat(),
          "certificate_number": GRAD_NO, "verification_code": CODE}),
        ("consent.png", scanned_png(consent_raises_no_objection(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": "QIAO YINING", "date": "2026-11-25", "seal_present": True}),
        ("id990a.png", scanned_png(applicant_chinese_labels_hand(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "F", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_tick_boxes(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": LATIN, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": True}),
        ("terms.png", scanned_png(terms_bullets(), "terms.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": LATIN, "position": POST, "start_date": START.isoformat(),
          "term_months": 36, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(accounts_two_years(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-03-31", "revenue": 24806300.0, "profit": 3569400.0, "total_equity": 11905600.0}),
        ("profile.png", scanned_png(profile_two_columns(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "thirty-eighth-hand", CASE, SETTINGS)
