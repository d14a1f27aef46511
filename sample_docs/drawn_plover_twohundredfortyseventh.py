"""A two-hundred-and-forty-seventh drawn set: a twenty-fifth whole clean application, for a civil engineer with a
bachelor's degree joining a geotechnical firm that has traded for over ten years (no business plan; the post is not on
the Talent List, so the record of local recruitment is asked for). Its papers in layouts no earlier set drew: the
passport as a PDF and the photograph as taken; a degree in Chinese with its English rendering beside it; the graduation
record's verification report in English; a design institute's statement that it has no objection (无异议); ID 990A
and ID 990B with each label above its value's box and ticked answers; an English contract whose particulars stand in
a schedule at its end; audited accounts in traditional Chinese; a profile and a recruitment record in short paragraphs.
Scored on each paper's fields and on the checks on them (the case is clean). Read once through the product before any
reader changes for it (`scripts/bench_drawn_forms.py --set twohundredfortyseventh`). Every name and number is made up;
19779 is no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "luo-jiahui"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("罗", "嘉辉", "LUO", "JIAHUI", "M", date(1991, 8, 19), "广东/GUANGDONG", "EK5208371",
                          date(2023, 3, 10), date(2033, 3, 9), "C82460517", date(2024, 1, 8), date(2034, 1, 7), (390, 500))
NAME = "罗嘉辉"
LATIN = "LUO Jiahui"
SCHOOL, SCHOOL_EN = "华岳交通大学", "Huayue Jiaotong University"
MAJOR, DEGREE = "土木工程", "工学学士"
AWARDED = date(2013, 6, 30)
DEGREE_NO = "1977942013004418"
GRAD_NO = "197791201305004418"
CODE = "B3NW8QX5KT2M7RZD"
CONSENTER = "西岭交通规划设计研究院"
EMPLOYER = "Harbourline Geotechnical Engineering Limited"
BR_NO = "68154027"
ADDRESS = "UNIT 1203, 12/F, LOTUS INDUSTRIAL BUILDING, 66 HOI YUEN ROAD, KWUN TONG"
NATURE = "GEOTECHNICAL ENGINEERING CONSULTANCY"
COMMENCED, EXPIRES = date(2014, 3, 1), date(2027, 2, 28)
POST, START, SALARY = "Geotechnical Engineer", date(2027, 3, 1), 45000


def bilingual_degree() -> Sheet:
    s = Sheet()
    s.text(300, 130, "学士学位证书", 44, "serif_cjk")
    s.text(980, 136, "Bachelor's Degree Certificate", 30, "serif_bold")
    _paragraph(s, 140, 260, f"　　{NAME}，男，1991年8月19日生。在本校{MAJOR}专业完成了本科学业，成绩合格，依照《中华人民共和国学位条例》"
                            f"的规定，授予{DEGREE}学位。", 20, 28, 56)
    text_lines(s, 880, 260, [f"{LATIN}, male, born on 19 August 1991, has completed", "the undergraduate programme in Civil Engineering",
                             "at this University and, in accordance with the Regulations", "on Academic Degrees of the People's Republic of",
                             "China, is awarded the degree of Bachelor of Engineering."], 22, "serif", 44)
    text_lines(s, 140, 920, [f"{SCHOOL}学位评定委员会主席", "二〇一三年六月三十日"], 26, "serif_cjk", 52)
    text_lines(s, 880, 920, [f"Chairman, Academic Degrees Committee of {SCHOOL_EN}", "30 June 2013"], 22, "serif", 44)
    s.text(140, 1100, f"证书编号 Certificate No.: {DEGREE_NO}", 24, "serif_cjk")
    _chop(s, 400, 880, SCHOOL)
    return s


def english_record_report() -> Sheet:
    s = Sheet()
    s.text(180, 110, "Online Verification Report of Higher Education Qualification Certificate", 28, "sans_bold")
    rows = [("Name", LATIN), ("Gender", "Male"), ("Date of Birth", "19 August 1991"), ("Date of Admission", "1 September 2009"),
            ("Date of Graduation", "30 June 2013"), ("Institution", SCHOOL_EN), ("Major", "Civil Engineering"), ("Length of Schooling", "4 years"),
            ("Level", "Undergraduate"), ("Certificate No.", GRAD_NO), ("Online Verification Code", CODE)]
    y = 220
    for label, value in rows:
        s.text(180, y, label, 24, "sans")
        s.text(700, y, value, 24, "sans")
        y += 58
    return s


def no_objection() -> Sheet:
    s = Sheet()
    s.text(560, 130, "无异议证明", 44, "serif_cjk")
    y = _paragraph(s, 140, 260, f"　　我院职工{NAME}（身份证号码已存档）拟赴香港特别行政区受聘于{EMPLOYER}。经院务会研究，"
                                "我院对其赴港工作无异议。特此证明。", 30, 30, 60)
    text_lines(s, 900, y + 120, [CONSENTER, "2026年11月24日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, CONSENTER)
    return s


def _stacked(s: Sheet, y: int, label: str, value: str, width: int = 1100) -> int:
    """A label in small print with its value handwritten in the box under it."""
    s.text(160, y, label, 22, "sans")
    s.d.rectangle([160, y + 34, 160 + width, y + 96], outline="black", width=2)
    s.text(176, y + 44, value, 32, "hand", (20, 30, 120))
    return y + 124


def applicant_stacked() -> Sheet:
    s = Sheet()
    s.text(140, 70, "ID 990A  Application for Entry for Employment as Professionals in the HKSAR", 26, "sans_bold")
    y = 150
    for label, value in [("1. Surname (as in travel document)", HOLDER.surname), ("2. Given names", HOLDER.given), ("3. Name in Chinese", NAME),
                         ("4. Date of birth (dd/mm/yyyy)", "19/08/1991"), ("5. Travel document number", HOLDER.passport_no),
                         ("6. Name of employer in Hong Kong", EMPLOYER), ("7. Post", POST), ("8. Monthly salary (HK$)", str(SALARY))]:
        y = _stacked(s, y, label, value)
    s.text(160, y, "9. Sex", 22, "sans")
    s.tick(360, y - 4, True)
    s.text(410, y, "Male", 22, "sans")
    s.tick(560, y - 4, False)
    s.text(610, y, "Female", 22, "sans")
    s.text(160, y + 70, "10. Do you hold a degree from a university in Hong Kong?", 22, "sans")
    s.tick(900, y + 66, False)
    s.text(950, y + 70, "Yes", 22, "sans")
    s.tick(1060, y + 66, True)
    s.text(1110, y + 70, "No", 22, "sans")
    return s


def employer_stacked() -> Sheet:
    s = Sheet()
    s.text(140, 70, "ID 990B  Employer's Part", 26, "sans_bold")
    y = 150
    for label, value in [("1. Name of company", EMPLOYER), ("2. Business Registration number", BR_NO), ("3. Name of the person employed", LATIN),
                         ("4. Post offered", POST), ("5. Monthly salary offered (HK$)", str(SALARY))]:
        y = _stacked(s, y, label, value)
    s.text(160, y, "6. Is the post an occupation on the Talent List?", 22, "sans")
    s.tick(860, y - 4, False)
    s.text(910, y, "Yes", 22, "sans")
    s.tick(1020, y - 4, True)
    s.text(1070, y, "No", 22, "sans")
    return s


def contract_schedule() -> Sheet:
    s = Sheet()
    s.text(140, 100, "CONTRACT OF EMPLOYMENT", 30, "serif_bold")
    text_lines(s, 140, 170, [f"This contract is made between {EMPLOYER} (the \"Company\") and the person named in the Schedule.",
                             "1. The Company employs the person in the post, from the date and for the term stated in the Schedule.",
                             "2. The Company pays the salary stated in the Schedule monthly in arrears.",
                             "3. Either party may end this contract by one month's notice in writing."], 22, "serif", 40)
    s.text(140, 400, "SCHEDULE", 26, "serif_bold")
    _ruled(s, 140, 450, [["Employee", LATIN], ["Post", POST], ["Commencement", "1 March 2027"], ["Term", "Thirty-six (36) months"],
                         ["Monthly basic salary", f"HK${SALARY:,}"]], [420, 760], 62, 24)
    text_lines(s, 140, 820, [f"Signed for {EMPLOYER}", "", f"Signed by {LATIN}"], 22, "serif", 44)
    return s


def audited_traditional() -> Sheet:
    s = Sheet()
    s.text(360, 100, f"{EMPLOYER.upper()}", 26, "serif_bold")
    s.text(520, 160, "損益表（截至2025年12月31日止年度）", 28, "serif_cjk")
    _ruled(s, 160, 240, [["", "2025年 港元", "2024年 港元"], ["營業額", "18,420,600", "16,905,300"], ["銷售成本", "(11,306,200)", "(10,488,100)"],
                         ["除稅前溢利", "2,215,400", "1,964,800"], ["所得稅", "(365,500)", "(324,200)"], ["本年度溢利", "1,849,900", "1,640,600"]],
           [520, 380, 380], 62, 24)
    s.text(520, 700, "財務狀況表（於2025年12月31日）", 28, "serif_cjk")
    _ruled(s, 160, 770, [["資產淨值", "9,612,300", "7,762,400"], ["權益總額", "9,612,300", "7,762,400"]], [520, 380, 380], 62, 24)
    return s


def profile() -> Sheet:
    s = Sheet()
    s.text(140, 110, "About us", 40, "sans_bold")
    s.wrapped(140, 200, f"{EMPLOYER} has advised on slopes, foundations and tunnels in Hong Kong since 2014. Its 38 staff include "
              "engineers, geologists and laboratory technicians, working from an office and a soil laboratory in Kwun Tong.", 80, 24, "sans", leading=42)
    return s


def recruitment() -> Sheet:
    s = Sheet()
    s.text(140, 100, "Efforts to fill the post locally", 32, "sans_bold")
    s.wrapped(140, 180, f"We advertised the {POST} post on two job websites for six weeks from 15 September 2026 and at a university "
              "careers fair on 10 October 2026. Of nine applicants, three were interviewed; none had designed deep foundations in "
              "weathered granite, which our current projects need.", 84, 22, "sans", leading=42)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "UNIT 1203, 12/F, LOTUS INDUSTRIAL BUILDING,"),
                     ("", "66 HOI YUEN ROAD, KWUN TONG"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-03-26-0")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "passport-pdf", "photo-as-taken"),
        ("degree.png", scanned_png(bilingual_degree(), "degree.png"), "degree_certificate",
         {"holder_name": (NAME, "LUO JIAHUI"), "date_of_birth": HOLDER.born.isoformat(), "institution": (SCHOOL, SCHOOL_EN),
          "degree": (DEGREE, f"{DEGREE}学位", "Bachelor of Engineering"), "major": (MAJOR, "Civil Engineering"),
          "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("report.png", scanned_png(english_record_report(), "report.png"), "qualification_report",
         {"holder_name": "LUO JIAHUI", "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL_EN, "sex": "M",
          "level": "Undergraduate", "major": "Civil Engineering", "graduation_date": "2013-06-30", "certificate_number": GRAD_NO,
          "verification_code": CODE}),
        ("consent.png", scanned_png(no_objection(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": "2026-11-24", "seal_present": True}),
        ("id990a.png", scanned_png(applicant_stacked(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_stacked(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": LATIN, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("contract.png", scanned_png(contract_schedule(), "contract.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": LATIN, "position": POST, "start_date": START.isoformat(),
          "term_months": 36, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(audited_traditional(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2025-12-31", "revenue": 18420600.0, "profit": 1849900.0, "total_equity": 9612300.0}),
        ("profile.png", scanned_png(profile(), "profile.png"), "company_profile", {"type": "company_profile"}),
        ("recruitment.png", scanned_png(recruitment(), "recruitment.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
    ]
    return write_case(folder, papers, "twenty-fifth-hand", CASE, SETTINGS)
