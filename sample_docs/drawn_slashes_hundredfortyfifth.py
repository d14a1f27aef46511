"""A hundred-and-forty-fifth drawn set: forms ID 990A and ID 990B in four layouts no set drew, to see whether the forms'
readers read new ones. Form ID 990A naming surname and given names in one row split by a slash, label and value alike
('Surname / Given names: LIN / SHUYI'); form ID 990A in simplified Chinese only, its birth date with points
(1995.08.21); form ID 990B as a grid of cells, each label small over its value; form ID 990B whose answers stand before
their labels, each value on a line with its label in brackets after it. Each is a case of its own. Read once through
the product before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredfortyfifth`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn

PEN = (20, 30, 120)


def applicant_slash_names() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    y = 180
    for label, value in [("Surname / Given names", "LIN / SHUYI"), ("Name in Chinese", "林舒怡"), ("Sex", "F"), ("Date of birth", "04/02/1997"),
                         ("Travel document no.", "E51936827"), ("Employer", "Pinecrest Biotech Limited"), ("Post", "Research Associate"),
                         ("Monthly salary", "HK$30,000"), ("Hong Kong local degree (Y/N)", "N")]:
        s.text(140, y, label + ":", 26, "sans")
        s.text(720, y - 4, value, 30, "mono" if value.isascii() else "sans_cjk")
        y += 78
    return scanned_png(s, "slash"), {"surname": "LIN", "given_names": "SHUYI", "name_zh": "林舒怡", "sex": "F", "date_of_birth": "1997-02-04",
                               "travel_document_number": "E51936827", "employer_name": "Pinecrest Biotech Limited",
                               "position": "Research Associate", "monthly_salary_hkd": 30000.0, "hk_local_degree": False}


def applicant_hans_only() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    s.text(140, 130, "申请人资料", 34, "sans_cjk")
    y = 220
    for label, value in [("英文姓", "MENG"), ("英文名", "JIAHAO"), ("中文姓名", "孟嘉豪"), ("性别", "男"), ("出生日期", "1995.08.21"),
                         ("旅行证件号码", "C70481253"), ("香港雇主", "Lakeshore Robotics Limited"), ("职位", "Robotics Engineer"),
                         ("月薪（港元）", "46,000"), ("是否持有香港本地学位", "否")]:
        s.text(140, y, label, 28, "sans_cjk")
        s.text(700, y - 4, value, 30, "mono" if value.isascii() else "sans_cjk")
        y += 78
    return scanned_png(s, "hansonly"), {"surname": "MENG", "given_names": "JIAHAO", "name_zh": "孟嘉豪", "sex": "M", "date_of_birth": "1995-08-21",
                                  "travel_document_number": "C70481253", "employer_name": "Lakeshore Robotics Limited",
                                  "position": "Robotics Engineer", "monthly_salary_hkd": 46000.0, "hk_local_degree": False}


def employer_grid_cells() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    cells = [("僱主名稱 Name of employer", "Tallpine Engineering Consultants Limited"), ("商業登記號碼 BR no.", "62093184"),
             ("申請人姓名 Name of applicant", "KANG RUOXUAN"), ("職位 Post", "Geotechnical Engineer"), ("每月薪金 Monthly salary (HK$)", "44,500"),
             ("人才清單 Talent List", "No")]
    for k, (label, value) in enumerate(cells):
        x, y = 140 + 700 * (k % 2), 180 + 150 * (k // 2)
        s.d.rectangle([x, y, x + 680, y + 140], outline=(80, 80, 80), width=2)
        s.text(x + 16, y + 12, label, 20, "sans_cjk")
        s.text(x + 16, y + 60, value, 30, "mono")
    return scanned_png(s, "grid"), {"employer_name": "Tallpine Engineering Consultants Limited", "br_number": "62093184",
                              "applicant_name": "KANG RUOXUAN", "position": "Geotechnical Engineer", "monthly_salary_hkd": 44500.0,
                              "talent_list": False}


def employer_values_first() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 130, "Part B (values first, each described in brackets)", 26, "sans_bold")
    y = 220
    for value, label in [("Oxbow Fine Foods Limited", "name of employer"), ("30628471", "business registration number"),
                         ("HE WENJING", "name of applicant"), ("Food Technologist", "post"), ("HK$35,200", "monthly salary"),
                         ("No", "post on the Talent List?")]:
        end = s.text(160, y, value, 30, "hand", PEN)
        s.text(end + 30, y + 6, f"({label})", 22, "sans")
        y += 80
    return scanned_png(s, "valuesfirst"), {"employer_name": "Oxbow Fine Foods Limited", "br_number": "30628471", "applicant_name": "HE WENJING",
                                     "position": "Food Technologist", "monthly_salary_hkd": 35200.0, "talent_list": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-slash.png", applicant_slash_names, "applicant_form", "slash-names"),
              ("id990a-hans-only.png", applicant_hans_only, "applicant_form", "hans-only"),
              ("id990b-grid.png", employer_grid_cells, "employer_form", "grid-cells"),
              ("id990b-values-first.png", employer_values_first, "employer_form", "values-first")]
    return write_drawn(folder, papers)
