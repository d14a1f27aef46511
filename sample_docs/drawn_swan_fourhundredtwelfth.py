"""A four-hundred-and-twelfth drawn set, of a consent, a BR certificate and a contract, in wording and layouts no earlier
set drew: a short opinion that a unit 'agrees to' a person's going to work in Hong Kong 'and keeps the personnel
relationship for now' (我单位同意…赴香港工作，人事关系暂予保留), dated in Han numerals under its chop; a BR certificate whose rows
are 'Label: value' on one line, its dates written out ('1 March 2026'); an English employment agreement between a
company and an employee named as '(the "Employee")', whose particulars are rows ('Position', 'Commencement', 'Duration',
'Basic Salary … per month'). Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredtwelfth`). Every
name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def keeps_the_relationship() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "单位意见", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　我单位同意陆佳宁同志赴香港工作，人事关系暂予保留。"], 28, "serif_cjk", 60)
    text_lines(s, 880, 400, ["青岛崂山海洋生物研究所", "二〇二六年十一月十九日"], 28, "serif_cjk", 58)
    _chop(s, 1420, 460, "青岛崂山海洋生物研究所")
    return scanned_png(s, "keeps"), {"organisation": "青岛崂山海洋生物研究所", "applicant_name": "陆佳宁", "date": "2026-11-19",
                                     "seal_present": True}


def br_label_colon() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(380, 110, "Business Registration Certificate", 36, "serif_bold")
    text_lines(s, 160, 230, ["Name of Business: COPPERLEAF FOOD TECHNOLOGY LIMITED",
                             "Address of Business: SHOP 3, G/F, 18 PEEL STREET, CENTRAL",
                             "Nature of Business: FOOD PRODUCT DEVELOPMENT", "Date of Commencement: 1 March 2026",
                             "Date of Expiry: 28 February 2027", "Business Registration No.: 77310642"], 26, "serif", 56)
    return scanned_png(s, "colon"), {"business_name": "COPPERLEAF FOOD TECHNOLOGY LIMITED", "br_number": "77310642",
                                     "address": "SHOP 3, G/F, 18 PEEL STREET, CENTRAL", "nature_of_business": "FOOD PRODUCT DEVELOPMENT",
                                     "commencement_date": "2026-03-01", "expiry_date": "2027-02-28"}


def agreement_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 90, "EMPLOYMENT AGREEMENT", 32, "serif_bold")
    text_lines(s, 160, 180, ["This Agreement is made on 28 November 2026 between Harbourview Robotics Limited (the \"Company\")",
                             "and Ms. TIAN Yuqing (the \"Employee\").", ""], 24, "serif", 44)
    y = 330
    for label, value in [("Position", "Robotics Software Engineer"), ("Commencement", "4 January 2027"), ("Duration", "24 months"),
                         ("Basic Salary", "HK$36,500 per month"), ("Working Hours", "9:00 a.m. to 6:00 p.m., Monday to Friday")]:
        s.text(200, y, label, 24, "serif_bold")
        s.text(560, y, value, 24, "serif")
        y += 52
    text_lines(s, 160, y + 40, ["Signed for the Company: LAM Ka Ho, Director", "Signed by the Employee: TIAN Yuqing"], 24, "serif", 44)
    return scanned_png(s, "agreement"), {"employer_name": "Harbourview Robotics Limited", "employee_name": "TIAN Yuqing",
                                         "position": "Robotics Software Engineer", "start_date": "2027-01-04", "term_months": 24,
                                         "monthly_salary_hkd": 36500.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-keeps-the-relationship.png", keeps_the_relationship, "consent_letter", "keeps-the-relationship"),
              ("br-label-colon.png", br_label_colon, "br_certificate", "label-colon"),
              ("contract-agreement-rows.png", agreement_rows, "employment_contract", "agreement-rows")]
    return write_drawn(folder, papers)
