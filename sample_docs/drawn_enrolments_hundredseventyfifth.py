"""A hundred-and-seventy-fifth drawn set: form ID 990A in four layouts no set drew. Two label-value pairs a line
('Surname: …    Given names: …') with the Hong Kong degree question answered in tick boxes; a grid of cells, each
with its small label in the corner over its value; numbered items with dot leaders, a birth date in Chinese and a
salary 'per month'; blanks on underlines written in by hand. Each is a case of its own. Read once through the product
before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredseventyfifth`). Every name and number is
made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn

INK = (20, 30, 120)


def pairs_on_a_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 130, "Part A  Particulars of the Applicant", 30, "sans_bold")
    rows = [(("Surname", "LUO"), ("Given names", "JIAHUI")), (("Sex", "F"), ("Date of birth", "05-11-1995")),
            (("Chinese name", "罗佳慧"), ("Travel document no.", "EC7702415")),
            (("Employer", "Fernhill Biotech Limited"), None), (("Post", "Research Associate"), ("Salary (HK$/month)", "33,600"))]
    y = 230
    for left, right in rows:
        for x, pair in ((140, left), (860, right)):
            if pair:
                label, value = pair
                end = s.text(x, y, f"{label}:", 24, "sans")
                s.text(end + 20, y - 2, value, 26, "mono" if value.isascii() else "sans_cjk")
        y += 80
    s.text(140, y + 20, "Have you obtained a degree from a university in Hong Kong?", 24, "sans")
    s.tick(140, y + 80, False)
    s.text(190, y + 82, "Yes", 24, "sans")
    s.tick(320, y + 80, True)
    s.text(370, y + 82, "No", 24, "sans")
    return scanned_png(s, "pairs"), {"surname": "LUO", "given_names": "JIAHUI", "name_zh": "罗佳慧", "sex": "F", "date_of_birth": "1995-11-05",
                               "travel_document_number": "EC7702415", "employer_name": "Fernhill Biotech Limited",
                               "position": "Research Associate", "monthly_salary_hkd": 33600.0, "hk_local_degree": False}


def cells_with_corner_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 130, "Section 1 - Applicant", 30, "sans_bold")
    grid = [[("1a Surname", "QIAN", 440), ("1b Given names", "MUYANG", 560), ("1c Sex", "M", 380)],
            [("1d Name in Chinese", "钱牧阳", 440), ("1e Date of birth (DD/MM/YYYY)", "17/02/1990", 560), ("1f Travel document no.", "EG2058346", 380)],
            [("2a Name of employer", "Harbourfront Acoustics Limited", 1000), ("2b Post", "Acoustic Consultant", 380)],
            [("2c Monthly salary (HK$)", "58,000", 440), ("2d Degree obtained in Hong Kong? (Y/N)", "N", 940)]]
    y = 200
    for row in grid:
        x = 140
        for label, value, width in row:
            s.d.rectangle([x, y, x + width, y + 120], outline="black", width=2)
            s.text(x + 10, y + 8, label, 18, "sans")
            s.text(x + 24, y + 54, value, 30, "mono" if value.isascii() else "sans_cjk")
            x += width
        y += 120
    return scanned_png(s, "corners"), {"surname": "QIAN", "given_names": "MUYANG", "name_zh": "钱牧阳", "sex": "M", "date_of_birth": "1990-02-17",
                                 "travel_document_number": "EG2058346", "employer_name": "Harbourfront Acoustics Limited",
                                 "position": "Acoustic Consultant", "monthly_salary_hkd": 58000.0, "hk_local_degree": False}


def numbered_leaders() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "serif_bold")
    s.text(140, 130, "PARTICULARS OF APPLICANT", 30, "serif_bold")
    items = [("1.1", "Surname (in English)", "DUAN"), ("1.2", "Given name(s) (in English)", "XINYI"), ("1.3", "Name in Chinese (if any)", "段欣怡"),
             ("1.4", "Sex", "Female"), ("1.5", "Date of birth", "1992年6月18日"), ("1.6", "Number of travel document", "ED6418093"),
             ("2.1", "Name of employer in Hong Kong", "Pinewood Wealth Partners Limited"), ("2.2", "Post to be taken up", "Compliance Analyst"),
             ("2.3", "Salary", "HK$ 35,000 per month"), ("2.4", "Holder of a local degree from a Hong Kong university?", "No")]
    y = 220
    for number, label, value in items:
        s.text(140, y, number, 24, "serif")
        end = s.text(200, y, label, 24, "serif")
        s.text(end + 10, y, "." * max(4, (880 - end) // 9), 24, "serif")
        s.text(900, y - 2, value, 26, "serif" if value.isascii() else "serif_cjk")
        y += 70
    return scanned_png(s, "leaders"), {"surname": "DUAN", "given_names": "XINYI", "name_zh": "段欣怡", "sex": "F", "date_of_birth": "1992-06-18",
                                 "travel_document_number": "ED6418093", "employer_name": "Pinewood Wealth Partners Limited",
                                 "position": "Compliance Analyst", "monthly_salary_hkd": 35000.0, "hk_local_degree": False}


def underlined_by_hand() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 130, "Applicant's particulars (please write clearly)", 28, "sans_bold")
    blanks = [("Surname", "LIANG"), ("Given name(s)", "ZHIHAO"), ("Sex (M/F)", "M"), ("Date of birth", "09 / 04 / 1993"),
              ("Travel document number", "EJ3307162"), ("Employer", "Coralstone Marine Services Ltd"), ("Post", "Naval Architect"),
              ("Monthly salary", "HK$ 46,500"), ("Local degree from a Hong Kong institution? (Yes/No)", "No")]
    y = 230
    for label, value in blanks:
        end = s.text(140, y, label, 24, "sans")
        s.d.line([end + 16, y + 34, 1500, y + 34], fill=(0, 0, 0), width=2)
        s.text(end + 40, y - 6, value, 32, "hand", INK)
        y += 84
    return scanned_png(s, "underlined"), {"surname": "LIANG", "given_names": "ZHIHAO", "sex": "M", "date_of_birth": "1993-04-09",
                                    "travel_document_number": "EJ3307162", "employer_name": "Coralstone Marine Services Ltd",
                                    "position": "Naval Architect", "monthly_salary_hkd": 46500.0, "hk_local_degree": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-pairs.png", pairs_on_a_line, "applicant_form", "pairs-on-a-line"),
              ("id990a-corner-cells.png", cells_with_corner_labels, "applicant_form", "cells-with-corner-labels"),
              ("id990a-leaders.png", numbered_leaders, "applicant_form", "numbered-leaders"),
              ("id990a-underlined.png", underlined_by_hand, "applicant_form", "underlined-by-hand")]
    return write_drawn(folder, papers)
