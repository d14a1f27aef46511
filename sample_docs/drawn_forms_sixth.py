"""A sixth set of form layouts, drawn after the fifth (sample_docs/drawn_forms_fifth.py) was
mended and read once before any change for it: a PDF form filled with a PDF editor's text tool
(the values are free-text annotations, not form fields), answers ticked in a table's Yes and
No (or Male and Female) columns with no boxes and a date of birth with a two-digit year, and
values typed inside square brackets with the salary stated by the year. Every name and number is made up."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from . import drawn_forms
from .drawn_forms import QUESTION_HK, QUESTION_TALENT, Particulars, Sheet, _hkid, truth

PEOPLE = [
    Particulars("FANG", "ZIHAN", "方子涵", "F", date(1992, 8, 30), "E61740398", "S406192(%s)", "Beacon Hill Semiconductor Limited",
                "Process Integration Engineer", 49600, False, "69304817", True),
    Particulars("DU", "HAOYU", "杜浩宇", "M", date(1986, 2, 11), "EK3058261", "C739025(%s)", "Clearwater Bay Reinsurance Limited",
                "Catastrophe Modeller", 72500, True, "72045938", False),
]
INK = (20, 40, 130)


def _tick(s: Sheet, x: int, y: int) -> None:
    """A pen's tick in a cell: no box round it."""
    s.d.line([x, y + 14, x + 10, y + 26], fill=INK, width=5)
    s.d.line([x + 10, y + 26, x + 32, y - 4], fill=INK, width=5)


def _answer_table(s: Sheet, y: int, rows: list[tuple[str, bool]], heads: tuple[str, str] = ("Yes", "No")) -> int:
    """Questions in the first column, a tick in the first or the second answer's column."""
    s.d.rectangle([120, y, 1300, y + 60], outline="black", width=2)
    for x, head in ((1300, heads[0]), (1420, heads[1])):
        s.d.rectangle([x, y, x + 120, y + 60], outline="black", width=2)
        s.text(x + 14, y + 16, head, 24, "sans_bold")
    y += 60
    for question, first in rows:
        s.d.rectangle([120, y, 1300, y + 110], outline="black", width=2)
        s.wrapped(135, y + 14, question, 78, 24, leading=34)
        for x in (1300, 1420):
            s.d.rectangle([x, y, x + 120, y + 110], outline="black", width=2)
        _tick(s, (1300 if first else 1420) + 44, y + 40)
        y += 110
    return y


def applicant_ticked_table(p: Particulars) -> Sheet:
    s = Sheet()
    s.text(120, 90, "ID 990A  Applicant's particulars", 32, "sans_bold")
    dob = p.date_of_birth
    rows = [("Surname", p.surname), ("Given names", p.given_names), ("Name in Chinese", p.name_zh),
            ("Date of birth (DD/MM/YY)", f"{dob.day:02d}/{dob.month:02d}/{dob.year % 100:02d}"),
            ("Travel document no.", p.travel_document_number), ("HKID no.", _hkid(p.hkid_number)),
            ("Employer", p.employer_name), ("Post", p.position), ("Monthly salary (HK$)", f"{p.monthly_salary_hkd:,}")]
    y = 190
    for label, value in rows:
        s.text(120, y, label, 26)
        s.text(640, y - 4, value, 32, "hand" if value.isascii() else "hand_cjk", INK)
        y += 80
    y = _answer_table(s, y + 40, [("Sex", p.sex == "M")], ("Male", "Female"))
    _answer_table(s, y + 40, [(QUESTION_HK, p.hk_local_degree)])
    return s


def applicant_bracketed(p: Particulars) -> Sheet:
    s = Sheet()
    s.text(120, 90, "APPLICATION FORM ID 990A", 30, "mono")
    s.text(120, 140, "PART I - PARTICULARS OF APPLICANT", 30, "mono")
    rows = [("SURNAME", p.surname), ("GIVEN NAMES", p.given_names), ("CHINESE NAME", p.name_zh),
            ("SEX", "FEMALE" if p.sex == "F" else "MALE"), ("DATE OF BIRTH", p.date_of_birth.strftime("%d %b %Y").upper()),
            ("TRAVEL DOCUMENT NO", p.travel_document_number), ("HKID NO", _hkid(p.hkid_number)),
            ("EMPLOYER", p.employer_name.upper()), ("POST", p.position.upper()),
            ("SALARY", f"HK${p.monthly_salary_hkd * 12:,} PER ANNUM")]
    y = 230
    for label, value in rows:
        s.text(120, y, f"{label:<20}", 28, "mono")
        x = s.text(560, y, "[ ", 28, "mono")
        x = s.text(x, y, value, 28, "mono" if value.isascii() else "sans_cjk")
        s.text(max(x, 1400) + 10, y, "]", 28, "mono")
        y += 70
    s.wrapped(120, y + 30, QUESTION_HK.upper(), 70, 26, "mono", leading=36)
    s.text(120, y + 170, "ANSWER [ " + ("YES" if p.hk_local_degree else "NO") + " ]", 28, "mono")
    return s


def employer_ticked_table(p: Particulars) -> Sheet:
    s = Sheet()
    s.text(120, 90, "ID 990B  Particulars of the employer and the employment", 30, "sans_bold")
    rows = [("Name of employer", p.employer_name), ("Business registration no.", p.br_number),
            ("Name of employee", f"{p.surname} {p.given_names}"), ("Post", p.position),
            ("Monthly salary (HK$)", f"{p.monthly_salary_hkd:,}")]
    y = 190
    for label, value in rows:
        s.text(120, y, label, 26)
        s.text(640, y - 4, value, 32, "hand", INK)
        y += 80
    _answer_table(s, y + 40, [(QUESTION_TALENT, p.talent_list)])
    return s


def typed_over(p: Particulars, kind: str) -> bytes:
    """A PDF form with labels and blank lines, filled with a PDF editor's 'add text' tool: each
    value is a free-text annotation over its line, not a form field and not in the page's text."""
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.27, 841.89), invariant=1)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, 800, "Form ID 990A - Applicant" if kind == "applicant_form" else "Form ID 990B - Employer")
    t = truth(p, kind)
    if kind == "applicant_form":
        rows = [("Surname", t["surname"]), ("Given names", t["given_names"]), ("Sex (M/F)", t["sex"]),
                ("Date of birth (DD/MM/YYYY)", p.date_of_birth.strftime("%d/%m/%Y")), ("Travel document number", t["travel_document_number"]),
                ("HKID number", t["hkid_number"]), ("Employer", t["employer_name"]), ("Post", t["position"]),
                ("Monthly salary (HK$)", f"{p.monthly_salary_hkd:,}"),
                ("Degree from a full-time locally-accredited programme in Hong Kong? (Yes/No)", "Yes" if p.hk_local_degree else "No")]
    else:
        rows = [("Name of employer", t["employer_name"]), ("Business registration number", t["br_number"]),
                ("Name of employee", t["applicant_name"]), ("Post", t["position"]), ("Monthly salary (HK$)", f"{p.monthly_salary_hkd:,}"),
                ("Is the post under the Talent List? (Yes/No)", "Yes" if p.talent_list else "No")]
    y = 750
    c.setFont("Helvetica", 10)
    for label, value in rows:
        c.drawString(50, y, label)
        x = 50 + c.stringWidth(label, "Helvetica", 10) + 12 if len(label) > 40 else 230
        c.line(x, y - 3, 540, y - 3)
        c.freeTextAnnotation(value, "/Helv 10 Tf 0 0 1 rg", Rect=(x + 4, y - 2, x + 14 + 6 * len(value), y + 12))
        y -= 36
    c.showPage()
    c.save()
    return buf.getvalue()


APPLICANT_LAYOUTS = {"ticked-table": applicant_ticked_table, "bracketed": applicant_bracketed}
EMPLOYER_LAYOUTS = {"ticked-table": employer_ticked_table}


def write_all(folder: Path) -> list[dict]:
    """Every layout for every made-up person, a file each in `folder`; returns the truth."""
    return drawn_forms.write_all(folder, PEOPLE, APPLICANT_LAYOUTS, EMPLOYER_LAYOUTS, typed_over, "typed-over")
