"""A six-hundred-and-fortieth drawn set, of an applicant's form, a BR certificate and a plan, drawn after stop 87's last reader change,
to be read cold and left unmended, in wording and layouts no earlier set drew: an ID 990A set in two columns side by side (the person's
particulars left, the employment right), its date of birth dotted (1997.09.21) and its passport number of nine characters; a BR
certificate in a ruled table whose labels are Chinese only and whose values give English and Chinese on one line; a plan whose capital is
written in words before its figure and whose staff are told in a sentence ('We will employ two full-time staff in Hong Kong from month
one'). Each is a case of its own (`scripts/bench_drawn_forms.py --set sixhundredfortieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def two_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 130, "A. Applicant", 28, "sans_bold")
    s.text(860, 130, "B. Employment in Hong Kong", 28, "sans_bold")
    text_lines(s, 140, 200, ["Surname: ZOU", "Given names: YUXI", "中文姓名: 邹雨溪", "Sex: F", "DOB: 1997.09.21", "Passport No.: E83041275"],
               24, "sans_cjk", 52)
    text_lines(s, 860, 200, ["Employer: Glasswing Biotech Limited", "Post: Assay Development Scientist", "Monthly salary: HKD 39,600",
                             "Local degree (Y/N): N"], 24, "sans", 52)
    return scanned_png(s, "twocols"), {"surname": "ZOU", "given_names": "YUXI", "name_zh": "邹雨溪", "sex": "F", "date_of_birth": "1997-09-21",
                                       "travel_document_number": "E83041275", "employer_name": "Glasswing Biotech Limited",
                                       "position": "Assay Development Scientist", "monthly_salary_hkd": 39600.0, "hk_local_degree": False}


def chinese_labels_ruled() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 90, "商業登記證", 44, "serif_cjk")
    s.text(470, 160, "BUSINESS REGISTRATION CERTIFICATE", 28, "serif_bold")
    _ruled(s, 140, 240, [["業務名稱", "SUNGLOW BAKERY LIMITED  日光餅店有限公司"], ["業務地址", "G/F, 9 PEEL STREET, CENTRAL, HONG KONG"],
                         ["業務性質", "餅店 BAKERY"], ["開業日期", "21/01/2026"], ["屆滿日期", "20/01/2027"],
                         ["登記證號碼", "73016692-000-01-26-2"]], [300, 1080], 76, 24)
    return scanned_png(s, "zhlabels"), {"business_name": ("SUNGLOW BAKERY LIMITED", "日光餅店有限公司"), "br_number": "73016692",
                                        "address": "G/F, 9 PEEL STREET, CENTRAL, HONG KONG", "nature_of_business": "BAKERY",
                                        "commencement_date": "2026-01-21", "expiry_date": "2027-01-20"}


def capital_in_words() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Tidemark Climbing Gym Limited — Business Plan", 32, "serif_bold")
    y = text_lines(s, 140, 190, ["1. Capital", "The shareholders have paid in one million two hundred thousand Hong Kong dollars (HK$1,200,000).", "",
                                 "2. People", "We will employ two full-time staff in Hong Kong from month one, growing to five by the end of year two.",
                                 "", "3. Forecast"], 24, "serif", 46)
    _ruled(s, 140, y + 20, [["Year ending", "31 March 2028", "31 March 2029"], ["Revenue", "HK$2,100,000", "HK$2,900,000"],
                            ["Net profit", "HK$150,000", "HK$420,000"]], [320, 360, 360], 64, 24)
    return scanned_png(s, "capwords"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 2100000.0, "local_jobs": 2}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-two-columns.png", two_columns, "applicant_form", "two-columns"),
              ("br-chinese-labels-ruled.png", chinese_labels_ruled, "br_certificate", "chinese-labels-ruled"),
              ("plan-capital-in-words.png", capital_in_words, "business_plan", "capital-in-words")]
    return write_drawn(folder, papers)
