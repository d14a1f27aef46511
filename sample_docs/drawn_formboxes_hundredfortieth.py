"""A hundred-and-fortieth drawn set: forms ID 990A and ID 990B in four layouts no set drew. Form ID 990A naming its
applicant in one box as the travel document does ('Name (as in travel document): ZHAO, Ruoxi'); form ID 990A whose
Hong Kong degree question is a table's row with Yes and No columns, a tick under No; form ID 990B whose salary is
written a digit a box; form ID 990B stating the business registration number with its branch number after it
('58201734-001'). Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredfortieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled

PEN = (20, 30, 120)


def applicant_name_as_in_document() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    s.text(140, 140, "Part 1  Applicant", 30, "sans_bold")
    y = 230
    for label, value in [("Name (as in travel document)", "ZHAO, Ruoxi"), ("Name in Chinese", "赵若汐"), ("Sex", "F"),
                         ("Date of birth (dd/mm/yyyy)", "11/09/1996"), ("Travel document no.", "C82604153"),
                         ("Employer", "Marlin Point Logistics Limited"), ("Post", "Supply Chain Analyst"), ("Monthly salary", "HK$31,500")]:
        s.text(140, y, label, 24, "sans")
        s.d.rectangle([680, y - 10, 1500, y + 40], outline=(90, 90, 90), width=2)
        s.text(700, y - 4, value, 28, "hand" if value.isascii() else "sans_cjk", PEN)
        y += 80
    s.text(140, y + 20, "Have you obtained a degree from a full-time locally-accredited programme in Hong Kong?  Yes / No:", 22, "sans")
    s.text(1290, y + 12, "No", 32, "hand", PEN)
    return scanned_png(s, "asindoc"), {"surname": "ZHAO", "given_names": "RUOXI", "name_zh": "赵若汐", "sex": "F", "date_of_birth": "1996-09-11",
                                 "travel_document_number": "C82604153", "employer_name": "Marlin Point Logistics Limited",
                                 "position": "Supply Chain Analyst", "monthly_salary_hkd": 31500.0, "hk_local_degree": False}


def applicant_question_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    y = 160
    for label, value in [("Surname", "GUAN"), ("Given names", "YIFEI"), ("Chinese name", "关一菲"), ("Sex", "F"), ("Date of birth", "1994-07-30"),
                         ("Travel document no.", "E93016482"), ("Employer", "Brightcove Dental Clinic Limited"), ("Post", "Dental Technologist"),
                         ("Monthly salary (HK$)", "33,800")]:
        s.text(140, y, label, 24, "sans")
        s.text(700, y, value, 28, "mono" if value.isascii() else "sans_cjk")
        y += 66
    y = _ruled(s, 140, y + 40, [["Question", "Yes", "No"], ["Do you hold a degree from a full-time locally-accredited programme in HK?", "", ""]],
               [980, 200, 200], 70, 22)
    s.d.line([1340, y - 50, 1355, y - 30], fill=PEN, width=5)
    s.d.line([1355, y - 30, 1385, y - 65], fill=PEN, width=5)
    return scanned_png(s, "qcolumns"), {"surname": "GUAN", "given_names": "YIFEI", "name_zh": "关一菲", "sex": "F", "date_of_birth": "1994-07-30",
                                  "travel_document_number": "E93016482", "employer_name": "Brightcove Dental Clinic Limited",
                                  "position": "Dental Technologist", "monthly_salary_hkd": 33800.0, "hk_local_degree": False}


def employer_salary_digit_boxes() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    y = 160
    for label, value in [("Name of employer", "Quayside Acoustic Labs Limited"), ("BR no.", "71350286"), ("Name of applicant", "PAN ZHIHANG"),
                         ("Post", "Acoustic Engineer")]:
        s.text(140, y, label, 26, "sans")
        s.text(700, y - 4, value, 30, "mono")
        y += 80
    s.text(140, y, "Monthly salary (HK$)", 26, "sans")
    s.boxes(700, y - 10, "48000", 6)
    y += 100
    s.text(140, y, "Is the post on the Talent List?", 26, "sans")
    s.tick(700, y - 4, False)
    s.text(750, y, "Yes", 26, "sans")
    s.tick(860, y - 4, True)
    s.text(910, y, "No", 26, "sans")
    return scanned_png(s, "digitboxes"), {"employer_name": "Quayside Acoustic Labs Limited", "br_number": "71350286", "applicant_name": "PAN ZHIHANG",
                                    "position": "Acoustic Engineer", "monthly_salary_hkd": 48000.0, "talent_list": False}


def employer_br_with_branch() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    y = 160
    for label, value in [("Name of employer", "Sablewood Interiors Limited"), ("Business Registration Certificate No.", "58201734-001"),
                         ("Name of applicant", "LUO XINYI"), ("Post", "Interior Design Manager"), ("Monthly salary (HK$)", "52,000"),
                         ("Talent List profession (if any)", "N/A")]:
        s.text(140, y, label, 24, "sans")
        s.text(760, y - 4, value, 30, "mono")
        y += 80
    return scanned_png(s, "brbranch"), {"employer_name": "Sablewood Interiors Limited", "br_number": "58201734", "applicant_name": "LUO XINYI",
                                  "position": "Interior Design Manager", "monthly_salary_hkd": 52000.0, "talent_list": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-as-in-document.png", applicant_name_as_in_document, "applicant_form", "name-as-in-document"),
              ("id990a-question-columns.png", applicant_question_columns, "applicant_form", "question-columns"),
              ("id990b-digit-boxes.png", employer_salary_digit_boxes, "employer_form", "salary-digit-boxes"),
              ("id990b-br-branch.png", employer_br_with_branch, "employer_form", "br-with-branch")]
    return write_drawn(folder, papers)
