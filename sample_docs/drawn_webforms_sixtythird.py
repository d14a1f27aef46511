"""A sixty-third drawn set, drawn after the sixty-second was mended: forms ID 990A and ID 990B in four layouts no set
drew. Form ID 990A printed from a web page, each label in bold over its input box and the choices as radio buttons
(a filled dot for the one chosen); form ID 990B printed from the same kind of page; form ID 990A that asks the
English name in one field, surname first ('ZHANG Weiming'); form ID 990B with its labels in simplified Chinese, the
employer's name written in traditional characters and the salary in words with its figure. Each is a case of its
own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
sixtythird`). Every name and number is made up."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from .drawn_forms import QUESTION_HK, QUESTION_TALENT, Particulars, Sheet, _hkid, truth, write_sheets

PEOPLE = [
    Particulars("ZHANG", "WEIMING", "张伟明", "M", date(1989, 9, 30), "EG7026413", "M205318(%s)", "Orchardline Payments Limited",
                "Risk Modelling Manager", 68000, False, "71459302", True),
    Particulars("RUAN", "SIQI", "阮思琪", "F", date(1995, 3, 12), "E41857092", "Y612047(%s)", "Stonebridge Acoustics Limited",
                "Acoustic Engineer", 39800, False, "66270185", False),
]
GREY = (120, 120, 120)


def _input(s: Sheet, x: int, y: int, width: int, label: str, value: str) -> None:
    """A web form's field: its label in bold over a rounded input box holding the value."""
    s.text(x, y, label, 24, "sans_bold")
    s.d.rounded_rectangle([x, y + 36, x + width, y + 96], radius=10, outline=GREY, width=2, fill=(252, 252, 252))
    s.text(x + 16, y + 50, value, 28, "sans" if value.isascii() else "sans_cjk")


def _radios(s: Sheet, x: int, y: int, options: list[tuple[str, bool]]) -> None:
    for label, chosen in options:
        s.d.ellipse([x, y + 4, x + 28, y + 32], outline=GREY, width=2)
        if chosen:
            s.d.ellipse([x + 7, y + 11, x + 21, y + 25], fill=(30, 90, 200))
        x = s.text(x + 40, y, label, 26) + 60


def applicant_web() -> tuple[Sheet, dict]:
    p = PEOPLE[0]
    s = Sheet()
    s.d.rectangle([0, 0, 1654, 90], fill=(30, 60, 110))
    s.text(60, 24, "Online application  |  Form ID 990A", 30, "sans_bold", (255, 255, 255))
    s.text(60, 150, "Step 2 of 4: Applicant's particulars", 32, "sans_bold")
    fields = [((60, 230, 700), "Surname (as in travel document)", p.surname), ((820, 230, 700), "Given names", p.given_names),
              ((60, 370, 700), "Chinese name", p.name_zh), ((820, 370, 700), "Date of birth (DD/MM/YYYY)", p.date_of_birth.strftime("%d/%m/%Y")),
              ((60, 510, 700), "Travel document number", p.travel_document_number), ((820, 510, 700), "HKID number (if any)", _hkid(p.hkid_number)),
              ((60, 650, 1460), "Prospective employer", p.employer_name),
              ((60, 790, 700), "Post", p.position), ((820, 790, 700), "Monthly salary (HK$)", f"{p.monthly_salary_hkd:,}")]
    for (x, y, w), label, value in fields:
        _input(s, x, y, w, label, value)
    s.text(60, 940, "Sex", 24, "sans_bold")
    _radios(s, 60, 980, [("Male", p.sex == "M"), ("Female", p.sex == "F")])
    s.wrapped(60, 1060, QUESTION_HK, 100, 24, "sans_bold", leading=32)
    _radios(s, 60, 1140, [("Yes", p.hk_local_degree), ("No", not p.hk_local_degree)])
    s.text(60, 2240, "https://example.invalid/asmtp/apply/step2        Printed 14/11/2026 10:42", 18)
    return s, truth(p, "applicant_form")


def employer_web() -> tuple[Sheet, dict]:
    p = PEOPLE[1]
    s = Sheet()
    s.d.rectangle([0, 0, 1654, 90], fill=(30, 60, 110))
    s.text(60, 24, "Online application  |  Form ID 990B", 30, "sans_bold", (255, 255, 255))
    s.text(60, 150, "Step 3 of 4: Employer and employment", 32, "sans_bold")
    fields = [((60, 230, 1460), "Name of employer", p.employer_name), ((60, 370, 700), "Business registration number", p.br_number),
              ((820, 370, 700), "Name of applicant", f"{p.surname} {p.given_names}"),
              ((60, 510, 700), "Post offered", p.position), ((820, 510, 700), "Monthly salary (HK$)", f"{p.monthly_salary_hkd:,}")]
    for (x, y, w), label, value in fields:
        _input(s, x, y, w, label, value)
    s.text(60, 660, QUESTION_TALENT, 24, "sans_bold")
    _radios(s, 60, 700, [("Yes", p.talent_list), ("No", not p.talent_list)])
    s.text(60, 2240, "https://example.invalid/asmtp/apply/step3        Printed 14/11/2026 10:44", 18)
    return s, truth(p, "employer_form")


def applicant_name_in_one() -> tuple[Sheet, dict]:
    p = PEOPLE[1]
    s = Sheet()
    s.text(1330, 70, "ID 990A", 34, "sans_bold")
    s.text(120, 150, "Particulars of Applicant", 36, "sans_bold")
    rows = [("Name in English (surname first, surname in capitals)", f"{p.surname} {p.given_names.title()}"),
            ("Name in Chinese", p.name_zh), ("Sex (M/F)", p.sex), ("Date of birth (YYYY-MM-DD)", p.date_of_birth.isoformat()),
            ("Travel document no.", p.travel_document_number), ("HK identity card no.", _hkid(p.hkid_number)),
            ("Employer", p.employer_name), ("Post", p.position), ("Monthly salary", f"HK$ {p.monthly_salary_hkd:,}")]
    y = 260
    for label, value in rows:
        s.text(120, y, label, 24)
        s.text(120, y + 36, value, 32, "sans" if value.isascii() else "sans_cjk")
        s.d.line([120, y + 80, 1540, y + 80], fill=GREY, width=1)
        y += 120
    s.wrapped(120, y + 20, QUESTION_HK + " (Yes/No)", 90, 24, leading=32)
    s.text(120, y + 110, "No" if not p.hk_local_degree else "Yes", 32)
    return s, truth(p, "applicant_form")


def employer_hans_labels() -> tuple[Sheet, dict]:
    p = PEOPLE[0]
    s = Sheet()
    s.text(1330, 70, "ID 990B", 34, "sans_bold")
    s.text(560, 150, "雇主资料", 52, "serif_cjk")
    rows = [("雇主名称", "澄園支付科技有限公司"), ("商业登记号码", p.br_number), ("申请人姓名", f"{p.surname} {p.given_names}"),
            ("职位", "風險模型經理"), ("每月薪金", f"港币陆万捌仟元整（HK${p.monthly_salary_hkd:,}）")]
    y = 300
    for label, value in rows:
        s.text(150, y, label + "：", 32, "serif_cjk")
        s.text(520, y - 2, value, 34, "sans_cjk" if not value.isascii() else "sans")
        y += 100
    s.text(150, y + 40, "该职位是否属于人才清单？", 32, "serif_cjk")
    s.text(560, y + 40, "是", 34, "sans_cjk")
    return s, {"employer_name": "澄園支付科技有限公司", "br_number": p.br_number, "applicant_name": f"{p.surname} {p.given_names}",
               "position": "風險模型經理", "monthly_salary_hkd": float(p.monthly_salary_hkd), "talent_list": p.talent_list}


LAYOUTS = {("applicant_form", "web"): applicant_web, ("employer_form", "web"): employer_web,
           ("applicant_form", "name-in-one"): applicant_name_in_one, ("employer_form", "hans-labels"): employer_hans_labels}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS)
