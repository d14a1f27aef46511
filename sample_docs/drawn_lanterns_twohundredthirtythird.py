"""A two-hundred-and-thirty-third drawn set: a twenty-second whole clean application, for a materials scientist with a
doctorate joining a company in business since 2015 (no plan asked for; the post is not on the Talent List). Its papers
in layouts no earlier set drew: the exit-entry permit front and back and the portrait on a page; the doctoral degree as
an English translation in one sentence ('… is hereby conferred the degree of …'); an English letter of no objection from
the institute she works at; a simplified Chinese work letter as a ruled table (工作单位 | 职务 | 起止时间); form ID 990A
as boxes with their captions over the values; form ID 990B of Chinese labels with the English in brackets and its
Talent List answer as ticked boxes on the line under its question; an employment agreement of numbered clauses typed to
PDF; the BR certificate; the year's accounts in English; an 'About us' page; the local recruitment as a ruled table of
advertisements. Scored on each paper's fields and on the
checks on them (the case is clean). Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set twohundredthirtythird`). Every name and number is made up; 19899 is no real
institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop
from .drawn_thirdhand_fiftythird import _pdf

CASE = "zhao-minyue"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("赵", "敏悦", "ZHAO", "MINYUE", "F", date(1990, 3, 14), "江苏/JIANGSU", "EM2946107",
                          date(2021, 5, 10), date(2031, 5, 9), "C70418352", date(2024, 8, 2), date(2034, 8, 1), (360, 460))
NAME = "赵敏悦"
LATIN = "ZHAO Minyue"
SCHOOL = "East Lake University of Science and Technology"
MAJOR, DEGREE = "Polymer Materials", "Doctor of Engineering"
AWARDED = date(2019, 6, 28)
DEGREE_NO = "1989922019000318"
INSTITUTE = "Jiangnan Institute of Advanced Materials"
CONSENT_DATE = date(2026, 11, 24)
EARLIER = "苏州新材料科技有限公司"
EMPLOYER = "Lumenbridge Materials Limited"
BR_NO = "64190537"
ADDRESS = "ROOM 1207, 12/F, SCIENCE PARK WEST AVENUE TOWER, 8 SCIENCE PARK WEST AVENUE, SHATIN"
NATURE = "MATERIALS RESEARCH AND TESTING"
COMMENCED, EXPIRES = date(2015, 4, 13), date(2027, 4, 12)
POST, START, SALARY = "Materials Scientist", date(2027, 2, 1), 45000


def degree_translation() -> Sheet:
    s = Sheet()
    s.text(420, 130, "DOCTORAL DEGREE CERTIFICATE", 40, "serif_bold")
    s.text(680, 190, "(Translation)", 26, "serif")
    s.wrapped(160, 300, f"{LATIN}, female, born on 14 March 1990, having completed the doctoral programme in {MAJOR} at {SCHOOL} "
              f"and passed the defence of her thesis, is hereby conferred the degree of {DEGREE} in accordance with the Regulations "
              "on Academic Degrees of the People's Republic of China.", 80, 26, "serif", leading=50)
    text_lines(s, 160, 620, [f"Chairman of the Degree Evaluation Committee, {SCHOOL}", "28 June 2019", "", f"Certificate No.: {DEGREE_NO}"],
               24, "serif", 46)
    return s


def no_objection() -> Sheet:
    s = Sheet()
    s.text(140, 100, INSTITUTE, 32, "serif_bold")
    text_lines(s, 140, 200, ["24 November 2026", "", "LETTER OF NO OBJECTION", "",
                             f"We have no objection to Dr. {LATIN}, an Associate Research Fellow of this Institute, taking up",
                             f"employment with {EMPLOYER} in Hong Kong.", "", "Office of Personnel"], 24, "serif", 46)
    _chop(s, 1080, 560, "江南先进材料研究院")
    return s


def work_letter_table() -> Sheet:
    s = Sheet()
    s.text(620, 120, "工作经历证明", 44, "serif_cjk")
    text_lines(s, 160, 240, [f"兹证明{NAME}同志在我公司的工作经历如下："], 28, "serif_cjk", 50)
    _ruled(s, 160, 320, [["工作单位", "职务", "起止时间"], [EARLIER, "研发工程师", "2019年7月1日至2022年6月30日"]], [420, 300, 560], 70, 26)
    text_lines(s, 900, 560, [EARLIER, "2026年11月12日"], 26, "serif_cjk", 50)
    _chop(s, 1080, 600, EARLIER)
    return s


def _captioned_box(s: Sheet, x: int, y: int, width: int, caption: str, value: str) -> None:
    s.d.rectangle([x, y, x + width, y + 96], outline="black", width=2)
    s.text(x + 12, y + 8, caption, 18, "sans_cjk")
    s.text(x + 12, y + 44, value, 26, "mono" if value.isascii() else "sans_cjk")


def applicant_captioned_boxes() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 110, "Part A  Particulars of Applicant 甲部  申請人資料", 26, "sans_cjk")
    boxes = [("Surname 姓", HOLDER.surname), ("Given names 名", HOLDER.given), ("Name in Chinese 中文姓名", NAME), ("Sex 性別", "F"),
             ("Date of birth (DD/MM/YYYY) 出生日期", "14/03/1990"), ("Travel document no. 旅行證件號碼", HOLDER.permit_no),
             ("Name of employer 僱主名稱", EMPLOYER), ("Post 職位", POST), ("Monthly salary 月薪", f"HK${SALARY:,}"),
             ("Holder of a Hong Kong degree? 是否持有香港學位？", "No")]
    for k, (caption, value) in enumerate(boxes):
        _captioned_box(s, 140 + (k % 2) * 700, 180 + (k // 2) * 110, 680, caption, value)
    return s


def employer_chinese_bracketed() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "serif_bold")
    y = 170
    for label, value in [("僱主名稱 (Name of employer)", EMPLOYER), ("商業登記號碼 (BR No.)", BR_NO), ("受僱人姓名 (Name of employee)", LATIN),
                         ("職位 (Post)", POST), ("月薪 (Monthly salary)", f"HK${SALARY:,}")]:
        s.text(140, y, f"{label}：", 24, "serif_cjk")
        s.text(760, y, value, 24, "serif")
        y += 66
    s.text(140, y + 20, "該職位是否屬人才清單上的職業？ Is the post a Talent List profession?", 24, "serif_cjk")
    s.tick(160, y + 76, False)
    s.text(210, y + 80, "是 Yes", 24, "serif_cjk")
    s.tick(360, y + 76, True)
    s.text(410, y + 80, "否 No", 24, "serif_cjk")
    return s


def agreement_pdf() -> bytes:
    page = [(60, 70, "EMPLOYMENT AGREEMENT", 15), (60, 105, f"Between {EMPLOYER} (the Company) and {LATIN} (the Employee)", 10.5),
            (60, 135, f"1. Position: {POST}", 10.5), (60, 153, "2. Commencement: 1 February 2027", 10.5),
            (60, 171, "3. Term: two (2) years from the date of commencement", 10.5),
            (60, 189, f"4. Remuneration: HK${SALARY:,} per month, payable monthly in arrears", 10.5),
            (60, 207, "5. Place of work: the Company's laboratory in Shatin, Hong Kong", 10.5),
            (60, 245, f"Signed for {EMPLOYER}", 10.5), (330, 245, "Signed by the Employee", 10.5)]
    return _pdf([page])


def accounts_english() -> Sheet:
    s = Sheet()
    s.text(440, 90, EMPLOYER.upper(), 30, "serif_bold")
    s.text(240, 150, "STATEMENT OF COMPREHENSIVE INCOME FOR THE YEAR ENDED 31 MARCH 2026", 24, "serif_bold")
    y = _rows(s, 220, [("", "2026", "2025"), ("", "HK$", "HK$"), ("Revenue", "14,206,800", "12,880,300"), ("Cost of services", "(9,954,100)", "(9,102,700)"),
                       ("Profit before tax", "1,388,200", "1,106,900"), ("Profit for the year", "1,159,400", "924,300")])
    s.text(300, y + 40, "STATEMENT OF FINANCIAL POSITION AS AT 31 MARCH 2026", 24, "serif_bold")
    _rows(s, y + 110, [("Total assets", "11,730,500", "10,215,600"), ("Total liabilities", "(4,402,900)", "(4,047,400)"),
                       ("Total equity", "7,327,600", "6,168,200")])
    return s


def about_us() -> Sheet:
    s = Sheet()
    s.text(140, 110, "About us", 40, "sans_bold")
    s.wrapped(140, 200, f"{EMPLOYER} was founded in Hong Kong in 2015. From our laboratory in the Science Park we develop and test "
              "polymer coatings for electronics makers in Hong Kong and the region. We employ 26 people.", 80, 24, "sans", leading=42)
    return s


def recruitment_table() -> Sheet:
    s = Sheet()
    s.text(140, 100, f"Efforts to recruit locally - {POST}", 30, "sans_bold")
    _ruled(s, 140, 190, [["Where advertised", "Period", "Applications", "Outcome"],
                         ["Recruitment website", "2 Sep - 2 Oct 2026", "11", "2 interviewed, none suitable"],
                         ["University careers portals", "9 Sep - 9 Oct 2026", "5", "none with a doctorate"]],
           [420, 340, 220, 420], 64, 22)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "ROOM 1207, 12/F, SCIENCE PARK WEST AVENUE TOWER,"),
                     ("", "8 SCIENCE PARK WEST AVENUE, SHATIN"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-04-26-1")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "permit-front-back", "photo-on-page"),
        ("degree.png", scanned_png(degree_translation(), "degree.png"), "degree_certificate",
         {"holder_name": LATIN, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": DEGREE,
          "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("consent.png", scanned_png(no_objection(), "consent.png"), "consent_letter",
         {"organisation": INSTITUTE, "applicant_name": LATIN, "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("work-letter.png", scanned_png(work_letter_table(), "work-letter.png"), "work_experience_letter",
         {"employer": EARLIER, "position": "研发工程师", "start_date": "2019-07-01", "end_date": "2022-06-30"}),
        ("id990a.png", scanned_png(applicant_captioned_boxes(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "F", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.permit_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_chinese_bracketed(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": LATIN, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("agreement.pdf", agreement_pdf(), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": LATIN, "position": POST, "start_date": START.isoformat(),
          "term_months": 24, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(accounts_english(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-03-31", "revenue": 14206800.0, "profit": 1159400.0, "total_equity": 7327600.0}),
        ("about.png", scanned_png(about_us(), "about.png"), "company_profile", {"type": "company_profile"}),
        ("recruitment.png", scanned_png(recruitment_table(), "recruitment.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
    ]
    return write_case(folder, papers, "twenty-second-hand", CASE, SETTINGS)
