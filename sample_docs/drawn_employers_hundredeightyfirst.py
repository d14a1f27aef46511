"""A hundred-and-eighty-first drawn set: form ID 990B in four layouts no set drew. A table whose label cells hold the
Chinese label over the English; a web form's printout, each label over its input box; a form asking the person's
surname and given names apart, its BR number with the branch's three digits after it; a form whose Talent List answer
is yes with the profession named, its salary 'per month' after a slash. Each is a case of its own. Read once through the
product before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredeightyfirst`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn


def stacked_bilingual_cells() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 140, "僱主資料 Particulars of Employer", 30, "sans_cjk")
    y = 220
    for zh, en, value in [("僱主名稱", "Name of employer", "Stonebridge Facade Engineering Limited"), ("商業登記號碼", "Business registration no.", "62047193"),
                          ("受僱人姓名", "Name of the person to be employed", "HOU MINGXUAN"), ("職位", "Post", "Facade Design Engineer"),
                          ("每月薪金（港元）", "Monthly salary (HK$)", "41,800"), ("是否屬人才清單專業", "Under the Talent List?", "否 No")]:
        s.d.rectangle([140, y, 660, y + 100], fill=(235, 235, 235), outline="black", width=2)
        s.d.rectangle([660, y, 1520, y + 100], outline="black", width=2)
        s.text(156, y + 12, zh, 24, "sans_cjk")
        s.text(156, y + 56, en, 20, "sans")
        s.text(690, y + 34, value, 28, "mono" if value.isascii() else "sans_cjk")
        y += 100
    return scanned_png(s, "stacked"), {"employer_name": "Stonebridge Facade Engineering Limited", "br_number": "62047193",
                                 "applicant_name": "HOU MINGXUAN", "position": "Facade Design Engineer", "monthly_salary_hkd": 41800.0,
                                 "talent_list": False}


def web_form_printout() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 60, "https://forms.example.hk/990b/step-2", 18, "sans", (110, 110, 110))
    s.text(140, 120, "ID 990B - Employer's details", 32, "sans_bold")
    y = 210
    for label, value in [("Company name *", "Lanternway Family Office Limited"), ("BR number *", "39160528"),
                         ("Employee's full name (as in travel document) *", "SHAO YUTING"), ("Job title *", "Investment Associate"),
                         ("Monthly salary (HKD) *", "47000"), ("Is the post on the Talent List? *", "No")]:
        s.text(140, y, label, 22, "sans", (60, 60, 60))
        s.d.rectangle([140, y + 34, 1100, y + 94], outline=(150, 150, 150), width=2)
        s.text(160, y + 46, value, 28, "sans")
        y += 130
    return scanned_png(s, "webform"), {"employer_name": "Lanternway Family Office Limited", "br_number": "39160528", "applicant_name": "SHAO YUTING",
                                 "position": "Investment Associate", "monthly_salary_hkd": 47000.0, "talent_list": False}


def surname_apart_branch_digits() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "serif_bold")
    s.text(140, 140, "PART I  EMPLOYER", 28, "serif_bold")
    y = 210
    for label, value in [("Name of company", "Wavecrest Orthodontic Centre Limited"), ("BR No.", "71246385-001"),
                         ("PART II  PERSON TO BE EMPLOYED", ""), ("Surname", "MENG"), ("Given names", "ZIHAN"),
                         ("Post", "Dental Technologist"), ("Monthly salary", "HK$30,400"), ("Talent List profession?", "No")]:
        if not value:
            s.text(140, y + 20, label, 28, "serif_bold")
            y += 90
            continue
        s.text(160, y, label, 24, "serif")
        s.text(640, y, value, 26, "serif")
        y += 64
    return scanned_png(s, "apart"), {"employer_name": "Wavecrest Orthodontic Centre Limited", "br_number": "71246385", "applicant_name": "MENG ZIHAN",
                               "position": "Dental Technologist", "monthly_salary_hkd": 30400.0, "talent_list": False}


def talent_yes_profession() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    y = 170
    for label, value in [("Employer", "Kitefield Digital Assets Limited"), ("Business Registration Certificate No.", "55720814"),
                         ("Name of applicant", "YAN Shuhao"), ("Position", "Blockchain Security Engineer"), ("Salary", "HK$ 62,500 / month")]:
        s.text(140, y, f"{label}:", 24, "sans")
        s.text(760, y - 2, value, 26, "mono")
        y += 66
    s.text(140, y + 20, "Does the post fall under a profession in the Talent List?  Yes", 24, "sans")
    s.text(140, y + 80, "If yes, state the profession:  Fintech professionals", 24, "sans")
    return scanned_png(s, "talentyes"), {"employer_name": "Kitefield Digital Assets Limited", "br_number": "55720814", "applicant_name": "YAN Shuhao",
                                   "position": "Blockchain Security Engineer", "monthly_salary_hkd": 62500.0, "talent_list": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990b-stacked.png", stacked_bilingual_cells, "employer_form", "stacked-bilingual-cells"),
              ("id990b-webform.png", web_form_printout, "employer_form", "web-form-printout"),
              ("id990b-apart.png", surname_apart_branch_digits, "employer_form", "surname-apart-branch-digits"),
              ("id990b-talent-yes.png", talent_yes_profession, "employer_form", "talent-yes-profession")]
    return write_drawn(folder, papers)
