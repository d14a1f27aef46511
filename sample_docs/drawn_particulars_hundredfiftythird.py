"""A hundred-and-fifty-third drawn set: form ID 990A in four layouts no set drew. A form whose English name is one field,
'SURNAME, Given names' ('Name in English (as in travel document): CHEN, Yutong'); a form whose date of birth is written a
digit a box under 'Day / Month / Year'; a form in traditional Chinese first with its English in brackets after each label
('姓（英文）(Surname)'); a form typed with a month's short name ('7 Aug 1993') and the travel document named with its number
in one answer ('Exit-entry Permit No. C37019462'). Each is a case of its own. Read once through the product before any
reader changes for it (`scripts/bench_drawn_forms.py --set hundredfiftythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn

PEN = (20, 30, 120)


def applicant_comma_name() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    y = 180
    for label, value in [("Name in English (as in travel document)", "CHEN, Yutong"), ("Name in Chinese", "陈雨桐"), ("Sex", "Female"),
                         ("Date of birth", "19-10-1996"), ("Travel document no.", "EK2081563"), ("Employer", "Bayfront Quantum Optics Limited"),
                         ("Post", "Optical Engineer"), ("Monthly salary", "HK$41,000"), ("Holder of a local degree of Hong Kong?", "No")]:
        s.text(140, y, label, 24, "sans")
        s.text(820, y - 4, value, 30, "mono" if value.isascii() else "sans_cjk")
        y += 78
    return scanned_png(s, "commaname"), {"surname": "CHEN", "given_names": "YUTONG", "name_zh": "陈雨桐", "sex": "F", "date_of_birth": "1996-10-19",
                                   "travel_document_number": "EK2081563", "employer_name": "Bayfront Quantum Optics Limited",
                                   "position": "Optical Engineer", "monthly_salary_hkd": 41000.0, "hk_local_degree": False}


def applicant_date_boxes() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    s.text(140, 140, "Part A  Applicant", 28, "sans_bold")
    rows = [("Surname", "SONG"), ("Given names", "KAILE"), ("Chinese name", "宋凯乐"), ("Sex (M/F)", "M")]
    y = 220
    for label, value in rows:
        s.text(140, y, label, 24, "sans")
        s.text(620, y - 4, value, 30, "hand" if value.isascii() else "hand_cjk", PEN)
        y += 80
    s.text(140, y + 10, "Date of birth", 24, "sans")
    x = 620
    for part, n, caption in [("04", 2, "Day"), ("11", 2, "Month"), ("1992", 4, "Year")]:
        end = s.boxes(x, y, part, n)
        s.text(x, y + 52, caption, 18, "sans")
        x = end + 30
    y += 120
    for label, value in [("Travel document no.", "E90357124"), ("Employer", "Orchid Ridge Vaccines Limited"), ("Post", "Process Scientist"),
                         ("Monthly salary (HK$)", "48,500"), ("Hong Kong local degree?", "No")]:
        s.text(140, y, label, 24, "sans")
        s.text(620, y - 4, value, 30, "hand", PEN)
        y += 80
    return scanned_png(s, "dateboxes"), {"surname": "SONG", "given_names": "KAILE", "name_zh": "宋凯乐", "sex": "M", "date_of_birth": "1992-11-04",
                                   "travel_document_number": "E90357124", "employer_name": "Orchid Ridge Vaccines Limited",
                                   "position": "Process Scientist", "monthly_salary_hkd": 48500.0, "hk_local_degree": False}


def applicant_hant_english_in_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    s.text(140, 140, "申請人資料", 34, "sans_cjk")
    y = 230
    for label, value in [("姓（英文）(Surname)", "GAO"), ("名（英文）(Given names)", "SHUTING"), ("中文姓名 (Name in Chinese)", "高舒婷"),
                         ("性別 (Sex)", "女 F"), ("出生日期 (Date of birth)", "1995年5月30日"), ("旅行證件號碼 (Travel document no.)", "EA6614029"),
                         ("僱主名稱 (Name of employer)", "Summit Crane Engineering Limited"), ("職位 (Post)", "Crane Design Engineer"),
                         ("每月薪金 (Monthly salary)", "港幣 39,800"), ("是否持有香港本地學位 (Hong Kong local degree?)", "否 No")]:
        s.text(140, y, label, 24, "sans_cjk")
        s.text(860, y - 4, value, 28, "mono" if value.isascii() else "sans_cjk")
        y += 76
    return scanned_png(s, "hantbrackets"), {"surname": "GAO", "given_names": "SHUTING", "name_zh": "高舒婷", "sex": "F",
                                      "date_of_birth": "1995-05-30", "travel_document_number": "EA6614029",
                                      "employer_name": "Summit Crane Engineering Limited", "position": "Crane Design Engineer",
                                      "monthly_salary_hkd": 39800.0, "hk_local_degree": False}


def applicant_short_month_permit() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "serif_bold")
    y = 180
    for label, value in [("1. Surname", "LUO"), ("2. Given name(s)", "JIANGUO"), ("3. Chinese name", "罗建国"), ("4. Sex", "M"),
                         ("5. Born on", "7 Aug 1993"), ("6. Travel document", "Exit-entry Permit No. C37019462"),
                         ("7. Employer", "Westbrook Fintech Services Limited"), ("8. Post", "Payments Product Manager"),
                         ("9. Salary per month", "HKD 58,000"), ("10. Local degree in Hong Kong", "No")]:
        s.text(140, y, label, 26, "serif")
        s.text(700, y, value, 26, "serif")
        y += 72
    return scanned_png(s, "shortmonth"), {"surname": "LUO", "given_names": "JIANGUO", "name_zh": "罗建国", "sex": "M", "date_of_birth": "1993-08-07",
                                    "travel_document_number": "C37019462", "employer_name": "Westbrook Fintech Services Limited",
                                    "position": "Payments Product Manager", "monthly_salary_hkd": 58000.0, "hk_local_degree": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-comma-name.png", applicant_comma_name, "applicant_form", "comma-name"),
              ("id990a-date-boxes.png", applicant_date_boxes, "applicant_form", "date-boxes"),
              ("id990a-hant-brackets.png", applicant_hant_english_in_brackets, "applicant_form", "hant-english-in-brackets"),
              ("id990a-short-month.png", applicant_short_month_permit, "applicant_form", "short-month-permit")]
    return write_drawn(folder, papers)
