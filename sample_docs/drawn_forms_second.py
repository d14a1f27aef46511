"""A second set of form layouts, drawn after the readers were mended on the first
(sample_docs/drawn_forms.py) and read once before any change for them: labels over their value
boxes two to a row, a traditional Chinese table with the English under each label, values written
on underlines with the answer circled, an employer's form in letter boxes, simplified labels with
ticks, and a fillable PDF whose answers are check boxes. Every name and number is made up."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from . import drawn_forms
from .drawn_forms import QUESTION_HK, QUESTION_TALENT, Particulars, Sheet, _hkid, _ticks, truth

PEOPLE = [
    Particulars("FENG", "YUTONG", "冯雨桐", "F", date(1996, 2, 9), "E41827360", "M518203(%s)", "Cedarbay Logistics Limited",
                "Supply Chain Analyst", 36800, False, "58102937", False),
    Particulars("LU", "HAORAN", "陆浩然", "M", date(1990, 8, 27), "EA3067125", "P902731(%s)", "Kowloon Peak Biotech Limited",
                "Research Scientist", 62000, False, "61728405", True),
]


def _boxed(s: Sheet, x: int, y: int, w: int, label: str, value: str, font: str = "sans") -> None:
    """A small label over the box the value is typed in."""
    s.text(x, y, label, 22)
    s.d.rectangle([x, y + 32, x + w, y + 96], outline="black", width=2)
    s.text(x + 14, y + 46, value, 30, font)


def applicant_above(p: Particulars) -> Sheet:
    s = Sheet()
    s.text(120, 90, "ID 990A", 30, "sans_bold")
    s.text(120, 140, "Application for Entry for Employment as Professionals in Hong Kong", 32, "sans_bold")
    s.text(120, 200, "SECTION A: PARTICULARS OF APPLICANT", 28, "sans_bold")
    rows = [[("Surname", p.surname), ("Given name(s)", p.given_names)],
            [("Chinese name", p.name_zh), ("Gender", "Female" if p.sex == "F" else "Male")],
            [("Date of birth (DD-MM-YYYY)", p.date_of_birth.strftime("%d-%m-%Y")), ("Travel document no.", p.travel_document_number)],
            [("Hong Kong Identity Card no.", _hkid(p.hkid_number)), ("", "")],
            [("Name of employer", p.employer_name), ("", "")],
            [("Post", p.position), ("Monthly salary (HK$)", f"{p.monthly_salary_hkd:,}")]]
    y = 270
    for row in rows:
        wide = not row[1][0]
        for k, (label, value) in enumerate(row):
            if label:
                _boxed(s, 120 + k * 720, y, 1400 if wide else 660, label, value, "sans" if value.isascii() else "sans_cjk")
        y += 140
    s.text(120, y + 20, "SECTION B", 28, "sans_bold")
    s.wrapped(120, y + 70, QUESTION_HK, 80, 24, leading=34)
    _ticks(s, 140, y + 150, [("Yes", p.hk_local_degree), ("No", not p.hk_local_degree)])
    return s


def applicant_traditional_table(p: Particulars) -> Sheet:
    """Traditional Chinese labels with the English in small print under them, in a ruled table."""
    s = Sheet()
    s.text(120, 90, "ID 990A  以專業人士身份來港就業申請表", 34, "sans_cjk")
    rows = [("英文姓氏", "Surname in English", p.surname), ("英文名字", "Given names in English", p.given_names),
            ("中文姓名", "Name in Chinese", p.name_zh), ("性別", "Sex", "女" if p.sex == "F" else "男"),
            ("出生日期", "Date of birth", f"{p.date_of_birth.year} 年 {p.date_of_birth.month} 月 {p.date_of_birth.day} 日"),
            ("旅行證件號碼", "Travel document number", p.travel_document_number),
            ("香港身份證號碼", "HKID card number", _hkid(p.hkid_number)),
            ("僱主名稱", "Name of employer", p.employer_name), ("職位", "Post", p.position),
            ("每月薪金（港元）", "Monthly salary (HK$)", f"{p.monthly_salary_hkd:,}")]
    y = 170
    for zh, en, value in rows:
        s.d.rectangle([120, y, 620, y + 100], outline="black", width=2)
        s.d.rectangle([620, y, 1530, y + 100], outline="black", width=2)
        s.text(136, y + 12, zh, 30, "sans_cjk")
        s.text(136, y + 60, en, 20)
        s.text(640, y + 30, value, 32, "sans" if value.isascii() else "sans_cjk")
        y += 100
    s.text(120, y + 50, "申請人是否曾在香港修讀全日制本地評審課程並取得學位或以上資歷？", 28, "sans_cjk")
    _ticks(s, 140, y + 110, [("是", p.hk_local_degree), ("否", not p.hk_local_degree)])
    return s


def applicant_underlined(p: Particulars) -> Sheet:
    """Values handwritten on underlines; the yes/no answer circled, not ticked."""
    s = Sheet()
    s.text(120, 90, "ID 990A", 30, "serif_bold")
    s.text(120, 140, "APPLICANT'S PARTICULARS", 32, "serif_bold")
    rows = [("Family name", p.surname), ("Other names", p.given_names), ("Name in Chinese", p.name_zh),
            ("Sex", "F" if p.sex == "F" else "M"), ("Date of birth", p.date_of_birth.strftime("%d.%m.%Y")),
            ("Travel document number", p.travel_document_number), ("HKID number", _hkid(p.hkid_number)),
            ("Employer", p.employer_name), ("Position offered", p.position), ("Salary per month", f"HK${p.monthly_salary_hkd:,}")]
    y = 230
    for label, value in rows:
        x = s.text(120, y, label, 30, "serif")
        s.d.line([x + 20, y + 38, 1520, y + 38], fill="black", width=2)
        s.text(x + 50, y - 4, value, 34, "hand" if value.isascii() else "hand_cjk", (20, 30, 120))
        y += 95
    s.wrapped(120, y + 30, QUESTION_HK + " (please circle)", 80, 26, "serif", leading=36)
    y += 30 + 36 * 2 + 40
    x_yes = s.text(200, y, "Yes", 32, "serif") + 60
    x_no = s.text(x_yes, y, "No", 32, "serif")
    circled = (200, x_yes - 60) if p.hk_local_degree else (x_yes, x_no)
    s.d.ellipse([circled[0] - 18, y - 12, circled[1] + 18, y + 46], outline=(20, 30, 120), width=4)
    return s


def employer_boxes(p: Particulars) -> Sheet:
    s = Sheet()
    s.text(120, 90, "ID 990B", 30, "sans_bold")
    s.text(120, 140, "PARTICULARS OF THE EMPLOYER / 僱主資料", 30, "sans_cjk")
    y = 240
    s.text(120, y, "Name of the company", 26)
    s.d.rectangle([620, y - 12, 1530, y + 48], outline="black", width=2)
    s.text(640, y, p.employer_name, 30, "hand", (20, 30, 120))
    y += 110
    s.text(120, y, "Business Registration number", 26)
    s.boxes(620, y - 8, p.br_number, 8)
    y += 110
    s.text(120, y, "PARTICULARS OF THE PERSON TO BE EMPLOYED", 28, "sans_bold")
    y += 80
    s.text(120, y, "Surname", 26)
    s.boxes(620, y - 8, p.surname, 14)
    y += 90
    s.text(120, y, "Given names", 26)
    s.boxes(620, y - 8, p.given_names, 14)
    y += 110
    for label, value in (("Title of post", p.position), ("Monthly remuneration (HK$)", f"{p.monthly_salary_hkd:,}")):
        s.text(120, y, label, 26)
        s.d.rectangle([620, y - 12, 1530, y + 48], outline="black", width=2)
        s.text(640, y, value, 30, "hand", (20, 30, 120))
        y += 110
    s.text(120, y, QUESTION_TALENT, 26)
    _ticks(s, 140, y + 60, [("Yes", p.talent_list), ("No", not p.talent_list)])
    return s


def employer_simplified(p: Particulars) -> Sheet:
    s = Sheet()
    s.text(120, 90, "ID 990B 雇主填写", 34, "sans_cjk")
    rows = [("雇主名称", p.employer_name), ("商业登记号码", p.br_number), ("受聘人姓名（英文）", f"{p.surname} {p.given_names}"),
            ("受聘职位", p.position), ("每月薪酬", f"HK$ {p.monthly_salary_hkd:,}")]
    y = 200
    for label, value in rows:
        x = s.text(120, y, label + "：", 30, "sans_cjk")
        s.text(x + 30, y, value, 30, "sans")
        y += 90
    s.text(120, y + 20, "该职位是否属于香港人才清单所列专业？", 30, "sans_cjk")
    _ticks(s, 140, y + 90, [("是", p.talent_list), ("否", not p.talent_list)])
    return s


def fillable_with_boxes(p: Particulars, kind: str) -> bytes:
    """A fillable PDF: text fields named Field_1, Field_2..., the yes/no answer two check boxes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, 800, "ID 990A  Applicant" if kind == "applicant_form" else "ID 990B  Employer")
    c.setFont("Helvetica", 10)
    t = truth(p, kind)
    if kind == "applicant_form":
        rows = [("Surname", t["surname"]), ("Given names", t["given_names"]), ("Sex (M/F)", t["sex"]),
                ("Date of birth", p.date_of_birth.strftime("%d/%m/%Y")), ("Travel document no.", t["travel_document_number"]),
                ("HKID no.", t["hkid_number"]), ("Employer", t["employer_name"]), ("Post", t["position"]),
                ("Monthly salary (HK$)", str(p.monthly_salary_hkd))]
        question, answer = "Degree from a full-time locally-accredited programme in Hong Kong?", p.hk_local_degree
    else:
        rows = [("Company name", t["employer_name"]), ("BR no.", t["br_number"]), ("Applicant's name", t["applicant_name"]),
                ("Post offered", t["position"]), ("Monthly salary (HK$)", str(p.monthly_salary_hkd))]
        question, answer = "Is the post on the Talent List?", p.talent_list
    y = 750
    for n, (label, value) in enumerate(rows, 1):
        c.drawString(50, y + 6, label)
        c.acroForm.textfield(name=f"Field_{n}", value=value, x=250, y=y, width=300, height=20, borderWidth=1, fontSize=10)
        y -= 36
    c.drawString(50, y, question)
    for k, (word, ticked) in enumerate((("Yes", answer), ("No", not answer))):
        c.acroForm.checkbox(name=f"Check Box{k + 1}", x=60 + k * 90, y=y - 30, size=14, checked=ticked, buttonStyle="check")
        c.drawString(80 + k * 90, y - 26, word)
    c.showPage()
    c.save()
    return buf.getvalue()


APPLICANT_LAYOUTS = {"above": applicant_above, "traditional-table": applicant_traditional_table, "underlined": applicant_underlined}
EMPLOYER_LAYOUTS = {"boxes": employer_boxes, "simplified": employer_simplified}


def write_all(folder: Path) -> list[dict]:
    return drawn_forms.write_all(folder, PEOPLE, APPLICANT_LAYOUTS, EMPLOYER_LAYOUTS, fillable_with_boxes)
