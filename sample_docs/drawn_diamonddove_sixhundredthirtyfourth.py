"""A six-hundred-and-thirty-fourth drawn set, of an applicant's form, a BR certificate and a plan, stop 87's first round, to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: an ID 990A whose particulars sit in framed cells, each with a
small caption at its top and the value typed under it, two cells a row; a BR certificate whose labels are Chinese over English on two
lines with the value beside the pair, the business name in English and Chinese on two lines; a plan whose figures are points in a list
('Turnover, first year: about $1.8 million (HKD)'). Each is a case of its own (`scripts/bench_drawn_forms.py --set sixhundredthirtyfourth`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def _cell(s: Sheet, x: int, y: int, w: int, caption: str, value: str) -> None:
    s.d.rectangle([x, y, x + w, y + 110], outline="black", width=2)
    s.text(x + 12, y + 8, caption, 18, "sans")
    s.text(x + 24, y + 52, value, 30, "mono")


def captioned_cells() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 130, "PART A  APPLICANT", 30, "sans_bold")
    cells = [("Surname (as in travel document)", "QIN"), ("Given names (as in travel document)", "RUOLAN"), ("Chinese name", "秦若岚"),
             ("Sex (M/F)", "F"), ("Date of birth (DD/MM/YYYY)", "27/08/1994"), ("Travel document number", "EG5319027"),
             ("Name of employer in Hong Kong", "Fernleaf Genomics Limited"), ("Post to be taken up", "Bioinformatics Scientist"),
             ("Monthly salary offered (HK$)", "47,500"), ("Degree from a Hong Kong institution? (Yes/No)", "No")]
    for k, (caption, value) in enumerate(cells):
        _cell(s, 140 + (k % 2) * 690, 200 + (k // 2) * 130, 670, caption, value)
    return scanned_png(s, "captioned"), {"surname": "QIN", "given_names": "RUOLAN", "name_zh": "秦若岚", "sex": "F", "date_of_birth": "1994-08-27",
                                         "travel_document_number": "EG5319027", "employer_name": "Fernleaf Genomics Limited",
                                         "position": "Bioinformatics Scientist", "monthly_salary_hkd": 47500.0, "hk_local_degree": False}


def labels_over_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 90, "商業登記證", 44, "serif_cjk")
    s.text(470, 160, "BUSINESS REGISTRATION CERTIFICATE", 28, "serif_bold")
    rows = [("業務名稱", "Name of Business", ["KESTREL HARBOUR LOGISTICS LIMITED", "紅隼港灣物流有限公司"]),
            ("業務地址", "Business Address", ["UNIT 1105, 11/F, GOLDEN BAY CENTRE", "8 CHEUNG YUE STREET, KOWLOON"]),
            ("業務性質", "Nature of Business", ["FREIGHT FORWARDING"]), ("開業日期", "Date of Commencement", ["14/04/2026"]),
            ("屆滿日期", "Date of Expiry", ["13/04/2027"]), ("登記證號碼", "Certificate No.", ["77018453-000-04-26-1"])]
    y = 260
    for zh, en, values in rows:
        s.text(160, y, zh, 24, "serif_cjk")
        s.text(160, y + 34, en, 22, "serif")
        for k, value in enumerate(values):
            s.text(600, y + 4 + 40 * k, value, 26, "serif" if value.isascii() else "serif_cjk")
        y += 60 + 40 * max(len(values), 1)
    return scanned_png(s, "labelsover"), {"business_name": ("KESTREL HARBOUR LOGISTICS LIMITED", "紅隼港灣物流有限公司"), "br_number": "77018453",
                                          "address": "UNIT 1105, 11/F, GOLDEN BAY CENTRE, 8 CHEUNG YUE STREET, KOWLOON",
                                          "nature_of_business": "FREIGHT FORWARDING", "commencement_date": "2026-04-14", "expiry_date": "2027-04-13"}


def bullet_figures() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Saltmarsh Learning Studio Limited", 34, "serif_bold")
    s.text(140, 160, "Business plan in brief", 28, "serif")
    text_lines(s, 140, 250, ["What we do", "    After-school science clubs for primary pupils in Tseung Kwan O and Sai Kung.", "",
                             "Key figures", "    -  Money in: HK$650,000 of the owners' own savings, already in the company account",
                             "    -  Turnover, first year: about $1.8 million (HKD); second year about $2.6 million",
                             "    -  People: 3 Hong Kong hires in the first year (teachers), 6 by the end of the second",
                             "    -  Break-even: month 14"], 24, "serif", 50)
    return scanned_png(s, "bullets"), {"capital_hkd": 650000.0, "projected_turnover_hkd": 1800000.0, "local_jobs": 3}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-captioned-cells.png", captioned_cells, "applicant_form", "captioned-cells"),
              ("br-labels-over-labels.png", labels_over_labels, "br_certificate", "labels-over-labels"),
              ("plan-bullet-figures.png", bullet_figures, "business_plan", "bullet-figures")]
    return write_drawn(folder, papers)
