"""A two-hundred-and-tenth drawn set, a test set of two forms ID 990A and two forms ID 990B in layouts no set drew,
drawn after this stop's mends (the forms' readers were last mended for the hundred-and-ninety-seventh). An ID 990A whose
rows hold two fields each ('Surname: SHI    Given names: RUOLAN'); an ID 990A in a ruled two-column table under
traditional Chinese labels with their English (姓氏 Surname, 性別 Sex, 旅行證件號碼 …); an ID 990B whose answers sit on
underlines after numbered labels ('(3) Name of the person to be employed'), its Talent List answer a crossed box; an ID
990B whose labels are in capitals over their values ('PROPOSED POST', 'PROPOSED MONTHLY SALARY'). Each is a case of its
own, read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
twohundredtenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled


def two_fields_a_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 130, "Part 1  Particulars of applicant", 26, "sans_bold")
    y = 210
    for left, right in [(("Surname", "SHI"), ("Given names", "RUOLAN")), (("Sex", "F"), ("Date of birth", "21-07-1993")),
                        (("Chinese name", "石若兰"), ("Travel document no.", "EC3381920")),
                        (("Employer", "Bluecrest Clinical Trials Limited"), None), (("Post", "Clinical Data Manager"), None),
                        (("Monthly salary", "HK$46,300"), ("HK degree holder", "N"))]:
        for x, pair in ((140, left), (860, right)):
            if pair:
                s.text(x, y, pair[0] + ":", 22, "sans")
                s.text(x + 250, y, pair[1], 24, "mono" if pair[1].isascii() else "sans_cjk")
        y += 70
    return scanned_png(s, "tworow"), {"surname": "SHI", "given_names": "RUOLAN", "name_zh": "石若兰", "sex": "F", "date_of_birth": "1993-07-21",
                                "travel_document_number": "EC3381920", "employer_name": "Bluecrest Clinical Trials Limited",
                                "position": "Clinical Data Manager", "monthly_salary_hkd": 46300.0, "hk_local_degree": False}


def traditional_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "serif_bold")
    _ruled(s, 140, 150, [["姓氏 Surname", "LAI"], ["名字 Given names", "ZHIHENG"], ["中文姓名 Chinese name", "賴志恒"], ["性別 Sex", "男 M"],
                         ["出生日期 Date of birth", "1990年4月12日"], ["旅行證件號碼 Travel document no.", "EG6620471"],
                         ["僱主名稱 Employer", "Northgate Rail Signalling Limited"], ["職位 Post", "Signalling Design Engineer"],
                         ["每月薪金 Monthly salary", "港幣 55,000"], ["是否持有香港學位 HK degree", "否 No"]], [560, 760], 66, 22)
    return scanned_png(s, "hanttable"), {"surname": "LAI", "given_names": "ZHIHENG", "name_zh": "賴志恒", "sex": "M", "date_of_birth": "1990-04-12",
                                   "travel_document_number": "EG6620471", "employer_name": "Northgate Rail Signalling Limited",
                                   "position": "Signalling Design Engineer", "monthly_salary_hkd": 55000.0, "hk_local_degree": False}


def underlined_answers() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "serif_bold")
    y = 180
    for k, (label, value) in enumerate([("Name of company", "Amberfield Cold Storage Limited"), ("Business registration number", "60427185"),
                                        ("Name of the person to be employed", "ZENG HAORAN"), ("Proposed post", "Refrigeration Engineer"),
                                        ("Monthly salary offered", "HK$33,700")], start=1):
        s.text(140, y, f"({k}) {label}", 22, "serif")
        s.text(720, y - 6, value, 26, "serif")
        s.d.line([710, y + 26, 1500, y + 26], fill="black", width=2)
        y += 72
    s.text(140, y, "(6) Is the post under the Talent List?", 22, "serif")
    s.text(760, y, "Yes", 22, "serif")
    s.tick(820, y - 4, False)
    s.text(900, y, "No", 22, "serif")
    s.tick(950, y - 4, True)
    return scanned_png(s, "underlined"), {"employer_name": "Amberfield Cold Storage Limited", "br_number": "60427185",
                                    "applicant_name": "ZENG HAORAN", "position": "Refrigeration Engineer", "monthly_salary_hkd": 33700.0,
                                    "talent_list": False}


def capital_labels_over_values() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    y = 170
    for label, value in [("NAME OF EMPLOYER", "Riverton Sports Medicine Centre Limited"), ("BR NO.", "73150946"),
                         ("NAME OF EMPLOYEE", "KANG YUTING"), ("PROPOSED POST", "Sports Physiotherapist"),
                         ("PROPOSED MONTHLY SALARY", "HKD 30,400"), ("TALENT LIST PROFESSION", "NO")]:
        s.text(140, y, label, 18, "sans_bold", (60, 60, 60))
        s.text(140, y + 30, value, 26, "sans")
        y += 100
    return scanned_png(s, "capitals"), {"employer_name": "Riverton Sports Medicine Centre Limited", "br_number": "73150946",
                                  "applicant_name": "KANG YUTING", "position": "Sports Physiotherapist", "monthly_salary_hkd": 30400.0,
                                  "talent_list": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-two-a-row.png", two_fields_a_row, "applicant_form", "two-fields-a-row"),
              ("id990a-hant-table.png", traditional_table, "applicant_form", "traditional-table"),
              ("id990b-underlined.png", underlined_answers, "employer_form", "underlined-answers"),
              ("id990b-capitals.png", capital_labels_over_values, "employer_form", "capital-labels-over-values")]
    return write_drawn(folder, papers)
