"""A two-hundred-and-fifty-fourth drawn set: a twenty-eighth whole clean application, for a research scientist with a
doctorate joining a battery company that has traded for five years (no business plan; the post is not on the Talent
List, so the record of local recruitment is asked for). Its papers in layouts no earlier set drew: the passport photocopied
and the photograph as taken; a doctor's degree whose particulars stand in a ruled table; its verification report with
two columns of labels and no rules; a research institute's letter agreeing to the scientist's transfer out (调离); ID 990A
with Chinese labels and handwritten values after colons; ID 990B with ticked answers under numbered questions; an
employment agreement in sentences; accounts with 'Turnover', 'Profit attributable to shareholders' and 'Net assets'; a
recruitment record as a table of advertisements; a profile in English. Scored on each paper's fields and on the checks on
them (the case is clean). Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py
--set twohundredfiftyfourth`). Every name and number is made up; 19719 is no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "shen-bowen"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("沈", "博文", "SHEN", "BOWEN", "M", date(1987, 3, 22), "江苏/JIANGSU", "EN3058614",
                          date(2025, 1, 9), date(2035, 1, 8), "C20584173", date(2021, 9, 3), date(2031, 9, 2), (380, 486))
NAME = "沈博文"
LATIN = "SHEN Bowen"
SCHOOL, MAJOR, DEGREE = "东岳化工研究院", "材料物理与化学", "理学博士"
AWARDED = date(2016, 12, 20)
DEGREE_NO = "1971922016000137"
CODE = "MW8R2K7XQ4TZ9HPD"
CONSENTER = "东岳化工研究院"
EMPLOYER = "Voltmere Battery Technology Limited"
BR_NO = "70318846"
ADDRESS = "UNIT 5, 3/F, PHOTONICS CENTRE, 2 SCIENCE PARK EAST AVENUE, SHA TIN"
NATURE = "BATTERY MATERIALS RESEARCH AND DEVELOPMENT"
COMMENCED, EXPIRES = date(2021, 5, 3), date(2027, 5, 2)
POST, START, SALARY = "Senior Research Scientist", date(2027, 3, 1), 62500


def doctor_table() -> Sheet:
    s = Sheet()
    s.text(620, 140, "博士学位证书", 50, "serif_cjk")
    _ruled(s, 180, 270, [["姓名", NAME, "性别", "男"], ["出生日期", "1987年3月22日", "学位级别", DEGREE],
                         ["学科、专业", MAJOR, "授予日期", "2016年12月20日"], ["授予单位", SCHOOL, "证书编号", DEGREE_NO]],
           [220, 400, 220, 460], 76, 26)
    text_lines(s, 180, 640, ["根据《中华人民共和国学位条例》的规定，授予该同志博士学位。"], 28, "serif_cjk", 56)
    text_lines(s, 900, 760, [f"{SCHOOL}学位评定委员会"], 28, "serif_cjk", 56)
    _chop(s, 1120, 760, SCHOOL)
    return s


def report_two_columns() -> Sheet:
    s = Sheet()
    s.text(440, 110, "中国高等教育学位在线验证报告", 40, "serif_cjk")
    left = [f"姓名：{NAME}", "出生日期：1987年03月22日", f"学位授予单位：{SCHOOL}", f"学科/专业：{MAJOR}"]
    right = ["性别：男", "获学位日期：2016年12月20日", f"所授学位：{DEGREE}学位", f"学位证书编号：{DEGREE_NO}"]
    text_lines(s, 160, 250, left, 26, "serif_cjk", 64)
    text_lines(s, 880, 250, right, 26, "serif_cjk", 64)
    s.text(160, 560, f"在线验证码：{CODE}", 26, "serif_cjk")
    return s


def transfer_out() -> Sheet:
    s = Sheet()
    s.text(400, 130, f"关于同意{NAME}同志调离的函", 40, "serif_cjk")
    y = text_lines(s, 140, 260, [f"　　经研究，同意我院副研究员{NAME}同志调离我院，赴香港", f"{EMPLOYER}工作。其人事档案按规定办理转出手续。"],
                   30, "serif_cjk", 60)
    text_lines(s, 920, y + 120, [f"{CONSENTER}人事处", "2026年11月21日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 150, CONSENTER)
    return s


def applicant_colons() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 120, "申請人資料 Particulars of Applicant", 28, "sans_bold")
    y = 200
    for label, value in [("姓 Surname：", HOLDER.surname), ("名 Given names：", HOLDER.given), ("中文姓名：", NAME), ("性別 Sex：", "M"),
                         ("出生日期 Date of birth：", "22/03/1987"), ("旅行證件號碼 Travel document no.：", HOLDER.passport_no),
                         ("僱主名稱 Name of employer：", EMPLOYER), ("職位 Post：", POST), ("月薪 Monthly salary：", f"HK${SALARY}"),
                         ("持有香港學位？Hong Kong degree?：", "No")]:
        end = s.text(140, y, label, 24, "sans_cjk")
        s.text(max(end + 20, 700), y - 4, value, 30, "hand" if value.isascii() else "serif_cjk", (20, 30, 120))
        y += 66
    return s


def employer_numbered_ticks() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "serif_bold")
    y = 160
    for label, value in [("1. Name of employer", EMPLOYER), ("2. Business registration number", BR_NO), ("3. Name of employee", LATIN),
                         ("4. Post", POST), ("5. Monthly salary", f"HK${SALARY:,}")]:
        s.text(140, y, label, 24, "serif")
        s.text(180, y + 40, value, 26, "serif")
        y += 100
    s.text(140, y, "6. Is the post on the Talent List?", 24, "serif")
    s.tick(180, y + 44, False)
    s.text(230, y + 48, "Yes", 24, "serif")
    s.tick(340, y + 44, True)
    s.text(390, y + 48, "No", 24, "serif")
    return s


def agreement_sentences() -> Sheet:
    s = Sheet()
    s.text(560, 110, "EMPLOYMENT AGREEMENT", 32, "serif_bold")
    text_lines(s, 140, 200, [f"This agreement is made on 27 November 2026 between {EMPLOYER} (the \"Company\") and {LATIN}",
                             "(the \"Employee\").",
                             f"1. The Company shall employ the Employee as {POST} commencing on 1 March 2027 for a term of",
                             "two (2) years.", f"2. The Employee's monthly salary shall be HK${SALARY:,}, paid on the last working day of each month.",
                             "3. The Employee shall work in the Company's laboratory at Science Park, Sha Tin."], 22, "serif", 42)
    return s


def accounts_attributable() -> Sheet:
    s = Sheet()
    s.text(420, 90, EMPLOYER.upper(), 28, "serif_bold")
    s.text(300, 150, "CONSOLIDATED INCOME STATEMENT FOR THE YEAR ENDED 31 DECEMBER 2025", 22, "serif_bold")
    y = _rows(s, 230, [("", "2025", "2024"), ("", "HK$", "HK$"), ("Turnover", "31,774,200", "24,605,800"),
                       ("Cost of sales", "(21,038,600)", "(16,912,300)"), ("Profit before taxation", "3,902,100", "2,811,400"),
                       ("Taxation", "(643,800)", "(463,900)"), ("Profit attributable to shareholders", "3,258,300", "2,347,500")])
    s.text(420, y + 40, "CONSOLIDATED BALANCE SHEET AT 31 DECEMBER 2025", 22, "serif_bold")
    _rows(s, y + 110, [("Net assets", "18,447,900", "15,189,600")])
    return s


def recruitment_table() -> Sheet:
    s = Sheet()
    s.text(140, 100, f"Local recruitment for the post of {POST}", 30, "sans_bold")
    _ruled(s, 140, 180, [["Date", "Where advertised", "Applicants"], ["1-30 Sep 2026", "Online job board", "11"],
                         ["12 Sep 2026", "Newspaper recruitment supplement", "4"], ["Sep-Oct 2026", "Two universities' career offices", "6"]],
           [300, 620, 260], 62, 24)
    s.wrapped(140, 460, "Of 21 applicants, five were interviewed; none had the doctoral research in cathode materials that the post needs.",
              90, 22, "sans", leading=40)
    return s


def profile_english() -> Sheet:
    s = Sheet()
    s.text(140, 110, "Company profile", 40, "sans_bold")
    s.wrapped(140, 200, f"{EMPLOYER} was set up in Hong Kong in 2021 to develop cathode materials for fast-charging batteries. It "
              "employs 27 people at Science Park and sells sample materials to cell makers in Asia and Europe.", 80, 24, "sans", leading=42)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "UNIT 5, 3/F, PHOTONICS CENTRE,"),
                     ("", "2 SCIENCE PARK EAST AVENUE, SHA TIN"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-05-26-9")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "passport-photocopy", "photo-as-taken"),
        ("degree.png", scanned_png(doctor_table(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": (DEGREE, f"{DEGREE}学位"),
          "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("report.png", scanned_png(report_two_columns(), "report.png"), "qualification_report",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "sex": "M", "major": MAJOR,
          "certificate_number": DEGREE_NO, "verification_code": CODE}),
        ("consent.png", scanned_png(transfer_out(), "consent.png"), "consent_letter",
         {"organisation": (CONSENTER, f"{CONSENTER}人事处"), "applicant_name": NAME, "date": "2026-11-21", "seal_present": True}),
        ("id990a.png", scanned_png(applicant_colons(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_numbered_ticks(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": LATIN, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("agreement.png", scanned_png(agreement_sentences(), "agreement.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": LATIN, "position": POST, "start_date": START.isoformat(),
          "term_months": 24, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(accounts_attributable(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2025-12-31", "revenue": 31774200.0, "profit": 3258300.0, "total_equity": 18447900.0}),
        ("profile.png", scanned_png(profile_english(), "profile.png"), "company_profile", {"type": "company_profile"}),
        ("recruitment.png", scanned_png(recruitment_table(), "recruitment.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
    ]
    return write_case(folder, papers, "twenty-eighth-hand", CASE, SETTINGS)
