"""A hundred-and-eighty-fourth drawn set, a test set: form ID 990A in four more layouts, drawn after the applicant's
form was mended for the hundred-and-seventy-fifth. Items lettered '(a)' to '(j)' with their answers after a wide gap; a
form in simplified Chinese labels with its English under each (姓 / Surname); a form whose boxes hold each answer beside a
small label on the box's left, two boxes a row; a form filled in by hand in capitals on dotted lines, its Hong Kong degree
question answered by circling. Each is a case of its own. Read once through the product before any reader changes for
it (`scripts/bench_drawn_forms.py --set hundredeightyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn

INK = (20, 30, 120)


def lettered_items() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "serif_bold")
    s.text(140, 130, "Particulars of the applicant", 28, "serif_bold")
    y = 210
    for k, (label, value) in enumerate([("Surname", "XIANG"), ("Given names", "MINGHAO"), ("Chinese name", "向明浩"), ("Sex", "Male"),
                                        ("Date of birth", "02/03/1989"), ("Travel document number", "EK5519072"),
                                        ("Employer", "Pearlwater Engineering Consultants Limited"), ("Post", "Geotechnical Engineer"),
                                        ("Monthly salary", "HK$52,000"), ("Hong Kong local degree holder?", "No")]):
        s.text(140, y, f"({'abcdefghij'[k]})", 24, "serif")
        s.text(200, y, label, 24, "serif")
        s.text(760, y, value, 26, "serif" if value.isascii() else "serif_cjk")
        y += 66
    return scanned_png(s, "lettered"), {"surname": "XIANG", "given_names": "MINGHAO", "name_zh": "向明浩", "sex": "M", "date_of_birth": "1989-03-02",
                                  "travel_document_number": "EK5519072", "employer_name": "Pearlwater Engineering Consultants Limited",
                                  "position": "Geotechnical Engineer", "monthly_salary_hkd": 52000.0, "hk_local_degree": False}


def hans_over_english() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    y = 160
    for zh, en, value in [("姓", "Surname", "GUO"), ("名", "Given names", "JIAYI"), ("中文姓名", "Name in Chinese", "郭佳怡"), ("性别", "Sex", "F"),
                          ("出生日期", "Date of birth", "1996年10月9日"), ("旅行证件号码", "Travel document no.", "EA2174856"),
                          ("雇主名称", "Name of employer", "Sunfield Nutrition Science Limited"), ("职位", "Post", "Food Scientist"),
                          ("每月薪金", "Monthly salary", "HK$29,800"), ("是否持有香港本地学位", "Hong Kong local degree?", "否 No")]:
        s.text(140, y, zh, 24, "sans_cjk")
        s.text(140, y + 32, en, 18, "sans", (80, 80, 80))
        s.text(700, y + 8, value, 28, "mono" if value.isascii() else "sans_cjk")
        y += 84
    return scanned_png(s, "hansover"), {"surname": "GUO", "given_names": "JIAYI", "name_zh": "郭佳怡", "sex": "F", "date_of_birth": "1996-10-09",
                                  "travel_document_number": "EA2174856", "employer_name": "Sunfield Nutrition Science Limited",
                                  "position": "Food Scientist", "monthly_salary_hkd": 29800.0, "hk_local_degree": False}


def boxes_label_left() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    y = 160
    for row in [[("Surname", "PEI"), ("Given names", "SHUYANG")], [("Chinese name", "裴书洋"), ("Sex", "M")],
                [("Date of birth", "28.12.1991"), ("Travel doc. no.", "EC9083147")], [("Employer", "Meadowgate Retail Group Limited")],
                [("Post", "E-commerce Manager"), ("Salary/month", "HK$48,600")], [("HK local degree?", "No")]]:
        x = 140
        width = 1380 // len(row)
        for label, value in row:
            s.d.rectangle([x, y, x + width - 20, y + 80], outline="black", width=2)
            s.text(x + 10, y + 28, label, 18, "sans", (80, 80, 80))
            s.text(x + 200, y + 22, value, 28, "mono" if value.isascii() else "sans_cjk")
            x += width
        y += 100
    return scanned_png(s, "boxleft"), {"surname": "PEI", "given_names": "SHUYANG", "name_zh": "裴书洋", "sex": "M", "date_of_birth": "1991-12-28",
                                 "travel_document_number": "EC9083147", "employer_name": "Meadowgate Retail Group Limited",
                                 "position": "E-commerce Manager", "monthly_salary_hkd": 48600.0, "hk_local_degree": False}


def dotted_by_hand_circled() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    y = 180
    for label, value in [("Surname", "ZHAI"), ("Given names", "YUNQI"), ("Sex", "F"), ("Date of birth (dd/mm/yyyy)", "17/05/1994"),
                         ("Travel document no.", "EF6630291"), ("Employer", "BLUEHAVEN TRAVEL TECHNOLOGY LIMITED"), ("Post", "PRODUCT MANAGER"),
                         ("Monthly salary (HK$)", "39,000")]:
        end = s.text(140, y, label, 24, "sans")
        s.text(end + 10, y + 4, "." * ((1500 - end) // 9), 24, "sans", (120, 120, 120))
        s.text(max(end + 40, 560), y - 8, value, 32, "hand", INK)
        y += 76
    end = s.text(140, y + 10, "Do you hold a local degree from a Hong Kong institution?     Yes  /  ", 24, "sans")
    s.text(end, y + 10, "No", 24, "sans")
    s.d.ellipse([end - 14, y - 2, end + 46, y + 48], outline=INK, width=4)
    return scanned_png(s, "dotted"), {"surname": "ZHAI", "given_names": "YUNQI", "sex": "F", "date_of_birth": "1994-05-17",
                                "travel_document_number": "EF6630291", "employer_name": "BLUEHAVEN TRAVEL TECHNOLOGY LIMITED",
                                "position": "PRODUCT MANAGER", "monthly_salary_hkd": 39000.0, "hk_local_degree": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-lettered.png", lettered_items, "applicant_form", "lettered-items"),
              ("id990a-hans-over-english.png", hans_over_english, "applicant_form", "hans-over-english"),
              ("id990a-boxes-label-left.png", boxes_label_left, "applicant_form", "boxes-label-left"),
              ("id990a-dotted-circled.png", dotted_by_hand_circled, "applicant_form", "dotted-by-hand-circled")]
    return write_drawn(folder, papers)
