"""A four-hundred-and-seventy-seventh drawn set, of a contract, a BR certificate and a work letter, drawn after stop 82's
third reader change, to be read cold, in wording and layouts no earlier set drew: an agreement whose parties are
defined ('(the "Employer")', '(the "Employee")') and whose term is 'a fixed term of thirty-six (36) months commencing on';
a BR certificate whose labels are in both scripts on two lines (業務名稱 / Name of Business); an English letter of
American dates with abbreviated months ('from Jan. 2, 2014 to Dec. 31, 2019'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredseventyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def defined_parties_agreement() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "EMPLOYMENT AGREEMENT", 34, "serif_bold")
    text_lines(s, 160, 200, ["This Agreement is made on 2 December 2026 between Sai Kung Marine Instruments Limited (the \"Employer\")",
                             "and Mr. ZHANG Haotian (the \"Employee\").", "",
                             "1. The Employee shall serve as Regional Sales Manager for a fixed term of thirty-six (36) months",
                             "commencing on 1 February 2027.",
                             "2. The Employee shall receive a monthly basic salary of HK$52,000, payable in arrears.", "",
                             "Signed for the Employer: ____________        Signed by the Employee: ____________"], 24, "serif", 44)
    return scanned_png(s, "defined"), {"employer_name": "Sai Kung Marine Instruments Limited", "employee_name": "ZHANG Haotian",
                                       "position": "Regional Sales Manager", "start_date": "2027-02-01", "term_months": 36,
                                       "monthly_salary_hkd": 52000.0}


def br_two_line_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 90, "商業登記證", 40, "serif_cjk")
    s.text(460, 150, "BUSINESS REGISTRATION CERTIFICATE", 30, "serif_bold")
    rows = [("業務名稱", "Name of Business", "PEARL RIVER FOLDING BOX LIMITED"), ("業務性質", "Nature of Business", "PACKAGING PRODUCTS TRADING"),
            ("地址", "Address", "UNIT 9, 11/F, WING TAT INDUSTRIAL BUILDING, 22 TSAT SING STREET, KWAI CHUNG"),
            ("開始生效日期", "Date of Commencement", "09/02/2026"), ("屆滿日期", "Date of Expiry", "08/02/2027"),
            ("證書號碼", "Certificate No.", "69420518-000-02-26-9")]
    y = 260
    for zh, en, value in rows:
        s.text(160, y, zh, 24, "serif_cjk")
        s.text(160, y + 34, en, 20, "serif")
        s.text(560, y + 14, value, 24, "serif")
        y += 100
    return scanned_png(s, "twoline"), {"business_name": "PEARL RIVER FOLDING BOX LIMITED", "br_number": "69420518",
                                       "nature_of_business": "PACKAGING PRODUCTS TRADING",
                                       "address": "UNIT 9, 11/F, WING TAT INDUSTRIAL BUILDING, 22 TSAT SING STREET, KWAI CHUNG",
                                       "commencement_date": "2026-02-09", "expiry_date": "2027-02-08"}


def abbreviated_american() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Suzhou Jinji Lake Biotech Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["Nov. 9, 2026", "", "To whom it may concern:", "",
                             "Dr. LU Siyu worked for Suzhou Jinji Lake Biotech Co., Ltd. as a Senior Research Scientist",
                             "from Jan. 2, 2014 to Dec. 31, 2019.", "", "Sincerely,", "", "HR Director"], 24, "sans", 44)
    return scanned_png(s, "abbrus"), {"employer": "Suzhou Jinji Lake Biotech Co., Ltd.", "position": "Senior Research Scientist",
                                      "start_date": "2014-01-02", "end_date": "2019-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-defined-parties.png", defined_parties_agreement, "employment_contract", "defined-parties"),
              ("br-two-line-labels.png", br_two_line_labels, "br_certificate", "two-line-labels"),
              ("work-abbreviated-american.png", abbreviated_american, "work_experience_letter", "abbreviated-american")]
    return write_drawn(folder, papers)
