"""A two-hundred-and-seventy-second drawn set: a thirty-third whole clean application, for a machine learning engineer
(the forms answer that the post is not on the Talent List, so a record of local recruitment is asked for) with a master's
degree from a university in England, joining a company that has traded for five years (no plan). Its papers in layouts
no earlier set drew: the passport photocopied and the photograph as taken; an English university's degree, the name in
Western order and no date of birth, a class ('with Merit') after the subject; a work unit's consent under its own title
(关于同意…赴港就业的函); ID 990A typed to a PDF in two columns; ID 990B as a ruled table with bilingual labels; a contract in
traditional Chinese with the post's English name in brackets and its term in Chinese numerals (兩年); audited accounts
with the auditor's opinion; a job posting log; a profile. Scored on each paper's fields and on the checks on them (the
case is clean). Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
twohundredseventysecond`). Every name and number is made up."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop
from .drawn_thirdhand_fiftythird import _pdf

CASE = "jiang-wenbo"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("姜", "文博", "JIANG", "WENBO", "M", date(1994, 7, 30), "辽宁/LIAONING", "EG7741058",
                          date(2025, 2, 11), date(2035, 2, 10), "C38815027", date(2024, 9, 2), date(2034, 9, 1), (360, 470))
NAME = "姜文博"
LATIN = "JIANG Wenbo"
CONSENTER = "深圳前海智算科技有限公司"
EMPLOYER = "Lumen Harbour Payments Limited"
BR_NO = "70542918"
ADDRESS = "FLAT 9, 21/F, CYBERPORT 3, 100 CYBERPORT ROAD, POK FU LAM"
NATURE = "PAYMENT TECHNOLOGY SERVICES"
COMMENCED, EXPIRES = date(2021, 8, 16), date(2027, 8, 15)
POST, POST_ZH, START, SALARY = "Machine Learning Engineer", "機器學習工程師", date(2027, 2, 15), 55000


def english_degree() -> Sheet:
    s = Sheet()
    for text, size, font, y in [("UNIVERSITY OF NORTHMOOR", 44, "serif_bold", 180), ("This is to certify that", 28, "serif", 360),
                                ("WENBO JIANG", 40, "serif_bold", 440), ("was awarded the degree of", 28, "serif", 540),
                                ("Master of Science", 36, "serif_bold", 620), ("in", 28, "serif", 700), ("Data Science", 36, "serif_bold", 770),
                                ("with Merit", 28, "serif", 850), ("on 15 December 2019", 28, "serif", 950),
                                ("Certificate no. NM/2019/048213", 22, "serif", 1200)]:
        s.text(max(100, 827 - len(text) * size // 4), y, text, size, font)
    return s


def titled_consent() -> Sheet:
    s = Sheet()
    s.text(420, 110, f"关于同意{NAME}同志赴港就业的函", 40, "serif_cjk")
    y = _paragraph(s, 160, 260, f"　　经公司研究，同意我司员工{NAME}同志赴香港就业。特此函告。", 30, 30, 64)
    text_lines(s, 900, y + 120, [CONSENTER, "2026年11月26日"], 28, "serif_cjk", 56)
    _chop(s, 1150, y + 110, CONSENTER)
    return s


def applicant_pdf() -> bytes:
    rows = [("Surname", HOLDER.surname), ("Given names", HOLDER.given), ("Name in Chinese", NAME), ("Sex", "M"),
            ("Date of birth", "30-07-1994"), ("Travel document no.", HOLDER.passport_no), ("Hong Kong degree", "No"),
            ("Employer", EMPLOYER), ("Post", POST), ("Monthly salary", f"HK${SALARY:,}")]
    page = [(460, 50, "ID 990A", 14), (60, 80, "Particulars of the applicant", 14)]
    page += [(60 + 270 * (k % 2), 120 + 60 * (k // 2), label, 9) for k, (label, _) in enumerate(rows)]
    page += [(60 + 270 * (k % 2), 136 + 60 * (k // 2), value, 12) for k, (_, value) in enumerate(rows)]
    return _pdf([page])


def employer_bilingual_table() -> Sheet:
    s = Sheet()
    s.text(1300, 70, "ID 990B", 30, "sans_bold")
    _ruled(s, 140, 160, [["僱主名稱 Employer", EMPLOYER], ["商業登記號碼 BR No.", BR_NO], ["申請人姓名 Applicant", LATIN], ["職位 Post", POST],
                         ["月薪 Monthly salary", f"HK${SALARY:,}"], ["人才清單 Talent List", "否 No"]], [520, 760], 64, 24)
    return s


def traditional_contract() -> Sheet:
    s = Sheet()
    s.text(640, 110, "僱傭合約", 44, "serif_cjk")
    text_lines(s, 160, 230, [f"僱主：{EMPLOYER}", f"僱員：{NAME}（{LATIN}）", f"職位：{POST_ZH}（{POST}）", "生效日期：2027年2月15日",
                             "合約期：兩年", f"月薪：港幣{SALARY:,}元", "工作地點：數碼港", "", "雙方於2026年12月1日簽署。"], 28, "serif_cjk", 60)
    return s


def audited_accounts() -> Sheet:
    s = Sheet()
    s.text(520, 90, EMPLOYER.upper(), 28, "serif_bold")
    s.text(440, 150, "Statement of profit or loss for the year ended 30 June 2026", 22, "serif")
    y = _rows(s, 230, [("", "2026", "2025"), ("", "HK$", "HK$"), ("Revenue", "31,406,200", "24,887,900"),
                       ("Cost of services", "(19,238,400)", "(15,902,600)"), ("Profit before tax", "4,820,700", "3,106,300"),
                       ("Income tax expense", "(790,300)", "(505,100)"), ("Profit for the year", "4,030,400", "2,601,200")])
    s.text(440, y + 40, "Statement of financial position as at 30 June 2026", 22, "serif")
    y = _rows(s, y + 110, [("Total equity", "17,582,900", "13,552,500")])
    text_lines(s, 140, y + 60, ["Independent auditor's report: in our opinion the financial statements give a true and fair view",
                                "of the financial position of the company as at 30 June 2026.  Harbourview CPA Limited"], 20, "serif", 34)
    return s


def posting_log() -> Sheet:
    s = Sheet()
    s.text(140, 100, "Job posting log — Machine Learning Engineer", 30, "sans_bold")
    _ruled(s, 140, 180, [["Posted", "Channel", "Responses"], ["2 Sep 2026", "Company careers page", "9"], ["9 Sep 2026", "Online job board", "23"],
                         ["16 Sep 2026", "University job fair", "5"]], [300, 620, 260], 62, 24)
    s.text(140, 460, "37 responses; six interviewed; no local candidate had built production fraud models.", 22, "sans")
    return s


def profile() -> Sheet:
    s = Sheet()
    s.text(140, 110, "Company background", 36, "sans_bold")
    s.text(140, 190, f"{EMPLOYER} runs card payment and fraud screening for online merchants. Since 2021 it has grown to", 22, "sans")
    s.text(140, 226, "58 staff at Cyberport.", 22, "sans")
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("Address", "FLAT 9, 21/F, CYBERPORT 3,"), ("", "100 CYBERPORT ROAD, POK FU LAM"),
                     ("Nature of Business", NATURE), ("Status", "CORP"), ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")),
                     ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")), ("Certificate No.", f"{BR_NO}-000-08-26-9")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "passport-photocopy", "photo-as-taken"),
        ("degree.png", scanned_png(english_degree(), "degree.png"), "degree_certificate",
         {"holder_name": ("WENBO JIANG", "JIANG WENBO"), "institution": "UNIVERSITY OF NORTHMOOR", "degree": "Master of Science",
          "major": "Data Science", "date_awarded": "2019-12-15", "certificate_number": "NM/2019/048213"}),
        ("consent.png", scanned_png(titled_consent(), "consent.png"), "consent_letter",
         {"organisation": CONSENTER, "applicant_name": NAME, "date": "2026-11-26", "seal_present": True}),
        ("id990a.pdf", applicant_pdf(), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_bilingual_table(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": LATIN, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("contract.png", scanned_png(traditional_contract(), "contract.png"), "employment_contract",
         {"employer_name": EMPLOYER, "employee_name": (NAME, LATIN, f"{NAME}（{LATIN}）"), "position": (POST_ZH, POST, f"{POST_ZH}（{POST}）"),
          "start_date": START.isoformat(), "term_months": 24, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": EMPLOYER.upper(), "br_number": BR_NO, "address": ADDRESS, "nature_of_business": NATURE,
          "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(audited_accounts(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-06-30", "revenue": 31406200.0, "profit": 4030400.0, "total_equity": 17582900.0}),
        ("recruitment.png", scanned_png(posting_log(), "recruitment.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
        ("profile.png", scanned_png(profile(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "thirty-third-hand", CASE, SETTINGS)
