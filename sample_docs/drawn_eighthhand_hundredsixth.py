"""A hundred-and-sixth drawn set: an eighth whole clean application, for an established company hiring for a post
not on the Talent List at a package under HK$2 million (so proof of local recruitment is asked for, and no business
plan). Its papers in layouts no earlier set drew: a degree certificate whose photograph stands left of its text; a
certificate of graduation issued years later in place of a lost one (毕业证明书), its own date beside the graduation's;
a consent copied to an authority ('抄送：…'); form ID 990A typed into a PDF's ruled table (a text layer, no scan); form
ID 990B filled by hand in a table's cells; a two-page contract exported to PDF; accounts in thousands; a recruitment
record with the advertisement's dates and the applicants' count. Scored on each paper's fields and on the checks on
them (the case is clean). Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredsixth`). Every name and number is made up; 19817 is no real institution's
code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, br_sheet, scanned_png, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop
from .drawn_thirdhand_fiftythird import _pdf

CASE = "wei-siyuan"
SETTINGS = {"as_of": "2026-12-01", "dependants": 0}
HOLDER = sixteenth.Holder("韦", "思远", "WEI", "SIYUAN", "F", date(1991, 9, 23), "广西/GUANGXI", "EH4182093",
                          date(2022, 5, 10), date(2032, 5, 9), "C73318402", date(2023, 4, 2), date(2033, 4, 1), (390, 500))
NAME = "韦思远"
SCHOOL, MAJOR = "西江财经大学", "统计学"
AWARDED, GRADUATED = date(2013, 6, 28), date(2013, 6, 30)
GRADUATION_NO, DEGREE_NO = "198171201305001527", "1981742013001527"
CONSENTER = "广西北部湾数据科技有限公司"
CONSENT_DATE = date(2026, 11, 18)
EMPLOYER = "Tidemark Capital Research Limited"
BR_NO = "65210437"
ADDRESS = "ROOM 2305, 23/F, HARBOUR VIEW TOWER, 12 CONNAUGHT ROAD WEST, SHEUNG WAN, HONG KONG"
NATURE = "INVESTMENT RESEARCH AND ADVISORY SERVICES"
COMMENCED, EXPIRES = date(2017, 8, 14), date(2027, 8, 13)
POST, START, SALARY = "Quantitative Analyst", date(2027, 3, 1), 58000
PEN = (20, 30, 120)


def degree_photo_left() -> Sheet:
    s = Sheet()
    s.text(620, 140, "学士学位证书", 56, "serif_cjk")
    s.d.rectangle([160, 360, 460, 760], outline=(120, 120, 120), width=2)
    s.d.ellipse([240, 420, 380, 580], fill=(200, 200, 205))
    s.d.rectangle([210, 590, 410, 760], fill=(200, 200, 205))
    _paragraph(s, 540, 380, f"{NAME}，女，{HOLDER.born.year}年{HOLDER.born.month}月{HOLDER.born.day}日生。在{SCHOOL}{MAJOR}专业"
               "完成了本科学习计划，业已通过学士学位论文答辩，经审核符合《中华人民共和国学位条例》的规定，授予经济学学士学位。", 26, 32, 64)
    s.text(980, 900, f"{SCHOOL}校长", 30, "serif_cjk")
    s.text(980, 960, f"{AWARDED.year}年{AWARDED.month}月{AWARDED.day}日", 30, "serif_cjk")
    s.text(160, 1060, f"证书编号：{DEGREE_NO}", 26, "serif_cjk")
    _chop(s, 1120, 920, SCHOOL)
    return s


def graduation_proof_reissued() -> Sheet:
    s = Sheet()
    s.text(600, 150, "毕业证明书", 56, "serif_cjk")
    y = _paragraph(s, 140, 330, f"　　兹证明{NAME}，女，{HOLDER.born.year}年{HOLDER.born.month}月生，于2009年9月至2013年6月在我校{MAJOR}专业"
                   f"四年制本科学习，修完教学计划规定的全部课程，成绩合格，于{GRADUATED.year}年{GRADUATED.month}月{GRADUATED.day}日准予毕业。", 32, 30, 62)
    y = _paragraph(s, 140, y + 20, f"　　其毕业证书（编号：{GRADUATION_NO}）因遗失，特出具此证明书，与原毕业证书具有同等效力。", 32, 30, 62)
    s.text(960, y + 120, f"{SCHOOL}", 32, "serif_cjk")
    s.text(980, y + 180, "2025年8月12日", 30, "serif_cjk")
    _chop(s, 1100, y + 150, SCHOOL)
    return s


def consent_copied_to_authority() -> Sheet:
    s = Sheet()
    s.text(560, 150, "同 意 函", 52, "serif_cjk")
    s.text(140, 280, "香港潮汐資本研究有限公司：", 30, "serif_cjk")
    y = _paragraph(s, 140, 360, f"　　我公司员工{NAME}（女，身份证号码450103199109******）自2013年7月起在我公司数据分析部工作，"
                   "现任高级数据分析师。经公司研究，同意其应聘贵公司量化分析师职位，赴香港工作。", 32, 30, 60)
    y = _paragraph(s, 140, y + 20, "　　特此函告。", 32, 30, 60)
    s.text(900, y + 120, CONSENTER, 30, "serif_cjk")
    s.text(960, y + 180, f"{CONSENT_DATE.year}年{CONSENT_DATE.month}月{CONSENT_DATE.day}日", 30, "serif_cjk")
    _chop(s, 1110, y + 150, CONSENTER)
    s.d.line([140, y + 330, 1500, y + 330], fill="black", width=2)
    s.text(140, y + 350, "抄送：南宁市人力资源和社会保障局", 26, "serif_cjk")
    return s


def applicant_pdf_table() -> bytes:
    rows = [("1. Surname", HOLDER.surname), ("2. Given names", HOLDER.given), ("3. Name in Chinese", NAME), ("4. Sex", "F"),
            ("5. Date of birth (dd/mm/yyyy)", HOLDER.born.strftime("%d/%m/%Y")), ("6. Travel document type", "Passport"),
            ("7. Travel document number", HOLDER.passport_no), ("8. Name of employer", EMPLOYER), ("9. Post", POST),
            ("10. Monthly salary (HK$)", f"{SALARY:,}")]
    page = [(56, 60, "ID 990A", 12), (56, 84, "APPLICATION FOR ENTRY FOR EMPLOYMENT AS PROFESSIONALS IN HONG KONG", 11),
            (56, 120, "Part A  Particulars of the applicant", 11)]
    y = 150
    for label, value in rows:
        page += [(62, y, label, 10), (300, y, value, 11)]
        y += 26
    page += [(62, y + 14, "11. Have you obtained a degree from a full-time and locally-accredited programme in Hong Kong?", 10),
             (84, y + 40, "Yes", 10), (164, y + 40, "No", 10)]
    return _pdf([page], [[(68, y + 40, False), (148, y + 40, True)]])


def employer_hand_cells() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 140, "PART B  PARTICULARS OF THE EMPLOYER AND THE EMPLOYMENT", 28, "sans_bold")
    rows = [["Name of employer", ""], ["Business registration number", ""], ["Name of applicant", ""], ["Post", ""],
            ["Monthly salary (HK$)", ""]]
    _ruled(s, 140, 220, rows, [560, 820], 90, 26)
    for k, value in enumerate([EMPLOYER, BR_NO, f"{HOLDER.surname} {HOLDER.given}", POST, f"{SALARY:,}"]):
        s.text(720, 238 + 90 * k, value, 32, "hand", PEN)
    s.text(140, 720, "Is the post under the Talent List?", 26, "sans")
    s.tick(720, 716, False)
    s.text(770, 720, "Yes", 26, "sans")
    s.tick(880, 716, True)
    s.text(930, 720, "No", 26, "sans")
    return s


def contract_two_pages() -> bytes:
    one = [(220, 70, "CONTRACT OF EMPLOYMENT", 14), (56, 110, f"Employer: {EMPLOYER}, of Room 2305, 23/F, Harbour View Tower,", 10),
           (56, 126, "12 Connaught Road West, Sheung Wan, Hong Kong", 10), (56, 150, f"Employee: {HOLDER.surname} {HOLDER.given.title()}", 10),
           (56, 190, "1. Appointment", 11), (70, 208, f"The Employer appoints the Employee as {POST} in its Research Department.", 10),
           (56, 240, "2. Commencement and term", 11),
           (70, 258, f"The appointment commences on {START.day} {START:%B %Y} and is for a fixed term of thirty-six (36) months.", 10),
           (56, 290, "3. Hours of work", 11), (70, 308, "Forty hours a week, Monday to Friday.", 10),
           (56, 340, "4. Probation", 11), (70, 358, "The first three months are a probationary period.", 10)]
    two = [(56, 70, "5. Remuneration", 11), (70, 88, f"The Employee's basic salary is HK${SALARY:,} per month, paid on the last working day of each month.", 10),
           (70, 104, "No housing allowance is payable. Any bonus is at the Employer's discretion.", 10),
           (56, 136, "6. Annual leave", 11), (70, 154, "Fifteen working days a year.", 10),
           (56, 186, "7. Termination", 11), (70, 204, "After probation, either party may terminate this contract by one month's notice.", 10),
           (56, 260, "Signed for the Employer: ________________        Signed by the Employee: ________________", 10),
           (56, 290, "Date: 25 November 2026", 10)]
    return _pdf([one, two])


def br_certificate() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "ROOM 2305, 23/F, HARBOUR VIEW TOWER,"),
                     ("", "12 CONNAUGHT ROAD WEST, SHEUNG WAN, HONG KONG"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-08-26-1")], value_x=580)


def accounts_in_thousands() -> Sheet:
    s = Sheet()
    s.text(460, 100, EMPLOYER.upper(), 32, "serif_bold")
    s.text(280, 160, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 MARCH 2026", 26, "serif_bold")
    s.text(1120, 230, "2026", 24, "serif_bold")
    s.text(1340, 230, "2025", 24, "serif_bold")
    s.text(1100, 262, "HK$'000", 22, "serif")
    s.text(1320, 262, "HK$'000", 22, "serif")
    y = 320
    for label, this, last in [("Revenue", "18,462", "16,905"), ("Staff costs", "(11,208)", "(10,344)"), ("Other operating expenses", "(4,116)", "(3,902)"),
                              ("Profit before tax", "3,138", "2,659"), ("Income tax expense", "(518)", "(439)"), ("Profit for the year", "2,620", "2,220"),
                              ("", "", ""), ("Total assets", "15,904", "13,280"), ("Total liabilities", "(3,412)", "(3,408)"), ("Total equity", "12,492", "9,872")]:
        s.text(160, y, label, 26, "serif")
        s.text(1220 - 14 * len(this), y, this, 26, "serif")
        s.text(1440 - 14 * len(last), y, last, 26, "serif")
        y += 54
    return s


def recruitment_record() -> Sheet:
    s = Sheet()
    s.text(140, 110, EMPLOYER, 32, "serif_bold")
    s.text(140, 180, f"Local recruitment record: {POST}", 30, "serif_bold")
    _ruled(s, 140, 260, [["Advertised on", "JobsDB and the company's website"], ["Advertised from", "2 September 2026 to 30 September 2026"],
                         ["Applications received", "27"], ["Candidates interviewed", "5 (all Hong Kong residents)"],
                         ["Outcome", "No suitable local candidate: none had the required time-series modelling experience"]],
           [460, 900], 80, 24)
    s.text(140, 760, "Prepared by: Human Resources, 6 October 2026", 24, "serif")
    return s


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "passport-open-on-desk", "photo-on-page"),
        ("degree.png", scanned_png(degree_photo_left(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": ("经济学学士学位", "经济学学士"),
          "major": MAJOR, "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("graduation.png", scanned_png(graduation_proof_reissued(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": MAJOR, "level": "本科", "graduation_date": GRADUATED.isoformat(),
          "certificate_number": GRADUATION_NO}),
        ("consent.png", scanned_png(consent_copied_to_authority(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": CONSENT_DATE.isoformat(), "seal_present": True}),
        ("id990a.pdf", applicant_pdf_table(), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "F", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST, "monthly_salary_hkd": float(SALARY),
          "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_hand_cells(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("contract.pdf", contract_two_pages(), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": f"{HOLDER.surname} {HOLDER.given}", "position": POST, "start_date": START.isoformat(),
          "term_months": 36, "monthly_salary_hkd": float(SALARY), "housing_allowance_hkd": 0.0}),
        ("br.png", scanned_png(br_certificate(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(accounts_in_thousands(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-03-31", "currency": "HKD", "revenue": 18462000.0, "profit": 2620000.0,
          "total_equity": 12492000.0}),
        ("recruitment.png", scanned_png(recruitment_record(), "recruitment.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
    ]
    return write_case(folder, papers, "eighth-hand", CASE, SETTINGS)
