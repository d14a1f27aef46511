"""A third set of form layouts, drawn after the second (sample_docs/drawn_forms_second.py) was
mended and read once before any change for it: labels as a table's column headings with the
values in the row under them, a form photographed by a phone (turned, lit unevenly, a JPEG),
a form on two scanned pages of a PDF with the name written 'SURNAME, Given names', sex and
answers as tick boxes one under the other, an employer's form in traditional Chinese with the
answer ticked on the question's line, and a fillable PDF whose labels sit over their fields with
sex as a drop-down list and the answer as radio buttons. Every name and number is made up."""
from __future__ import annotations

import io
import random
import zlib
from datetime import date
from pathlib import Path

from PIL import Image, ImageFilter

from . import drawn_forms
from .drawn_forms import QUESTION_HK, QUESTION_TALENT, Particulars, Sheet, _hkid, truth

PEOPLE = [
    Particulars("WEI", "JIAQI", "魏佳琪", "F", date(1993, 10, 14), "EB5720916", "Z318406(%s)", "Tidewater Fintech Limited",
                "Risk Modelling Manager", 54500, False, "62819047", True),
    Particulars("KONG", "DEMING", "孔德明", "M", date(1987, 3, 2), "E92604137", "G427915(%s)", "Lantau Precision Optics Limited",
                "Optical Engineer", 47200, False, "59310682", False),
]
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _header_table(s: Sheet, y: int, columns: list[tuple[str, str]], x: int = 120, width: int = 1410) -> int:
    """A ruled table of one heading row and one value row; returns the y under it."""
    step = width // len(columns)
    for k, (heading, value) in enumerate(columns):
        left = x + k * step
        s.d.rectangle([left, y, left + step, y + 60], outline="black", width=2)
        s.d.rectangle([left, y + 60, left + step, y + 140], outline="black", width=2)
        s.text(left + 10, y + 16, heading, 20, "sans_bold")
        s.text(left + 12, y + 80, value, 30, "hand" if value.isascii() else "hand_cjk", (20, 30, 120))
    return y + 140


def _ticks_down(s: Sheet, x: int, y: int, options: list[tuple[str, bool]], size: int = 30) -> int:
    """Tick boxes one under the other, each option's words right of its box."""
    for label, ticked in options:
        s.tick(x, y, ticked)
        s.text(x + 50, y, label, size)
        y += 56
    return y


def applicant_headings(p: Particulars) -> Sheet:
    s = Sheet()
    s.text(120, 90, "Form ID 990A", 30, "sans_bold")
    s.text(120, 140, "Part 1  Personal particulars of the applicant", 30, "sans_bold")
    y = _header_table(s, 220, [("SURNAME", p.surname), ("GIVEN NAMES", p.given_names), ("CHINESE NAME", p.name_zh),
                               ("SEX", p.sex)])
    y = _header_table(s, y + 40, [("DATE OF BIRTH", p.date_of_birth.strftime("%d/%m/%Y")),
                                  ("TRAVEL DOCUMENT NO.", p.travel_document_number), ("HK IDENTITY CARD NO.", _hkid(p.hkid_number))])
    s.text(120, y + 60, "Part 2  Employment in Hong Kong", 30, "sans_bold")
    y = _header_table(s, y + 120, [("EMPLOYER", p.employer_name), ("POST", p.position)])
    y = _header_table(s, y + 40, [("MONTHLY SALARY (HK$)", f"{p.monthly_salary_hkd:,}"), ("", "")])
    s.wrapped(120, y + 60, QUESTION_HK, 80, 24, leading=34)
    _ticks_down(s, 140, y + 150, [("Yes", p.hk_local_degree), ("No", not p.hk_local_degree)])
    return s


def applicant_photographed(p: Particulars) -> Sheet:
    """Labels left, values after a colon; sex ticked; a date with the month in words. Drawn to be
    photographed (`photographed`)."""
    s = Sheet()
    s.text(120, 100, "ID 990A - APPLICATION FORM (PARTICULARS OF APPLICANT)", 30, "serif_bold")
    rows = [("Surname", p.surname), ("Given names", p.given_names), ("Name in Chinese characters", p.name_zh),
            ("Date of birth", f"{p.date_of_birth.day} {MONTHS[p.date_of_birth.month - 1]} {p.date_of_birth.year}"),
            ("Travel document number", p.travel_document_number), ("Hong Kong identity card number", _hkid(p.hkid_number)),
            ("Name of employer in Hong Kong", p.employer_name), ("Post to be taken up", p.position),
            ("Monthly salary", f"HK$ {p.monthly_salary_hkd:,}.00")]
    y = 200
    for label, value in rows:
        s.text(120, y, label, 28, "serif")
        s.text(700, y, ":", 28, "serif")
        s.text(740, y - 2, value, 30, "serif" if value.isascii() else "sans_cjk")
        y += 80
    x = s.text(120, y, "Sex", 28, "serif")
    for word, ticked in (("Male", p.sex == "M"), ("Female", p.sex == "F")):
        s.tick(x + 60, y - 2, ticked)
        x = s.text(x + 110, y, word, 28, "serif")
    y += 100
    s.wrapped(120, y, QUESTION_HK, 80, 26, "serif", leading=36)
    y += 110
    for word, ticked in (("Yes", p.hk_local_degree), ("No", not p.hk_local_degree)):
        s.tick(140, y, ticked)
        s.text(190, y, word, 28, "serif")
        y += 60
    return s


def photographed(img: Image.Image, seed: int) -> Image.Image:
    """A phone's photo of a page on a desk: turned a little, lit from one side, smaller, soft."""
    rng = random.Random(seed)
    img = img.rotate(rng.uniform(1.5, 3.0) * rng.choice((-1, 1)), resample=Image.Resampling.BICUBIC, expand=True,
                     fillcolor=(120, 110, 100))
    light = Image.linear_gradient("L").rotate(90).resize(img.size)
    img = Image.composite(img, Image.eval(img, lambda v: int(v * 0.78)), light)
    img = img.resize((1240, round(img.height * 1240 / img.width)), Image.Resampling.LANCZOS)
    return img.filter(ImageFilter.GaussianBlur(0.7))


def applicant_two_pages(p: Particulars) -> list[Sheet]:
    """Two pages: the name as 'SURNAME, Given names' and the particulars; then the question."""
    first, second = Sheet(), Sheet()
    first.text(120, 90, "ID 990A", 30, "sans_bold")
    first.text(120, 140, "Application for entry for employment - applicant's particulars (page 1 of 2)", 26)
    rows = [("Name in English (surname first)", f"{p.surname}, {p.given_names.title()}"), ("Name in Chinese", p.name_zh),
            ("Sex", "Male" if p.sex == "M" else "Female"), ("Date of birth", p.date_of_birth.isoformat()),
            ("Travel document no.", p.travel_document_number), ("HKID card no. (if any)", _hkid(p.hkid_number))]
    y = 230
    for label, value in rows:
        first.text(120, y, label, 26)
        first.d.line([700, y + 40, 1530, y + 40], fill="black", width=1)
        first.text(720, y - 2, value, 30, "hand" if value.isascii() else "hand_cjk", (20, 30, 120))
        y += 90
    second.text(120, 90, "ID 990A (page 2 of 2)", 26)
    y = 180
    for label, value in (("Employer", p.employer_name), ("Post", p.position), ("Salary per month (HK$)", f"{p.monthly_salary_hkd:,}")):
        second.text(120, y, label, 26)
        second.d.line([700, y + 40, 1530, y + 40], fill="black", width=1)
        second.text(720, y - 2, value, 30, "hand", (20, 30, 120))
        y += 90
    second.wrapped(120, y + 40, QUESTION_HK, 80, 24, leading=34)
    _ticks_down(second, 140, y + 130, [("Yes", p.hk_local_degree), ("No", not p.hk_local_degree)])
    return [first, second]


def employer_traditional(p: Particulars) -> Sheet:
    s = Sheet()
    s.text(120, 90, "ID 990B  聘用專業人士資料（僱主填寫）", 34, "sans_cjk")
    rows = [("僱主名稱", p.employer_name), ("商業登記證號碼", p.br_number), ("受僱人姓名", f"{p.surname} {p.given_names}"),
            ("職位名稱", p.position), ("月薪", f"港幣 {p.monthly_salary_hkd:,} 元")]
    y = 200
    for label, value in rows:
        x = s.text(120, y, label + "：", 30, "sans_cjk")
        s.text(max(x + 20, 460), y, value, 30, "sans" if value.isascii() else "sans_cjk")
        y += 90
    x = s.text(120, y + 30, "該職位是否屬人才清單內的專業？", 30, "sans_cjk")
    for word, ticked in (("是", p.talent_list), ("否", not p.talent_list)):
        s.tick(x + 40, y + 30, ticked)
        x = s.text(x + 90, y + 30, word, 30, "sans_cjk")
    return s


def employer_headings(p: Particulars) -> Sheet:
    s = Sheet()
    s.text(120, 90, "ID 990B", 30, "sans_bold")
    s.text(120, 140, "Employer's particulars and the employment offered", 30, "sans_bold")
    y = _header_table(s, 220, [("COMPANY NAME", p.employer_name), ("BR NO.", p.br_number)])
    y = _header_table(s, y + 40, [("EMPLOYEE (SURNAME, GIVEN NAMES)", f"{p.surname}, {p.given_names}"), ("POST", p.position)])
    y = _header_table(s, y + 40, [("MONTHLY SALARY (HK$)", f"{p.monthly_salary_hkd:,}"),
                                  ("TALENT LIST PROFESSION (YES/NO)", "YES" if p.talent_list else "NO")])
    s.text(120, y + 60, QUESTION_TALENT.replace("Is the post", "State whether the post is") + " Answer in the table above.", 22)
    return s


def fillable_labels_over(p: Particulars, kind: str) -> bytes:
    """A fillable PDF: a small label over each text field (named untitled1, untitled2...), sex a
    drop-down list, the yes/no answer two radio buttons of one group."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, 800, "Form ID 990A" if kind == "applicant_form" else "Form ID 990B")
    t = truth(p, kind)
    if kind == "applicant_form":
        rows = [("Surname", t["surname"]), ("Given names", t["given_names"]), ("Date of birth (YYYY-MM-DD)", t["date_of_birth"]),
                ("Travel document number", t["travel_document_number"]), ("Hong Kong identity card number", t["hkid_number"]),
                ("Employer", t["employer_name"]), ("Post", t["position"]), ("Monthly salary (HK$)", f"{p.monthly_salary_hkd:,}")]
        question, answer = "Degree from a full-time locally-accredited programme in Hong Kong?", p.hk_local_degree
    else:
        rows = [("Name of employer", t["employer_name"]), ("Business registration number", t["br_number"]),
                ("Name of employee", t["applicant_name"]), ("Post", t["position"]), ("Monthly salary (HK$)", f"{p.monthly_salary_hkd:,}")]
        question, answer = "Is the post under the Talent List?", p.talent_list
    y = 750
    c.setFont("Helvetica", 8)
    for n, (label, value) in enumerate(rows, 1):
        c.drawString(50, y + 24, label)
        c.acroForm.textfield(name=f"untitled{n}", value=value, x=50, y=y, width=320, height=20, borderWidth=1, fontSize=10)
        y -= 46
    if kind == "applicant_form":
        c.drawString(50, y + 24, "Sex")
        c.acroForm.choice(name="untitled_sex", value=t["sex"], options=["M", "F"], x=50, y=y, width=60, height=20,
                          fontSize=10)
        y -= 46
    c.setFont("Helvetica", 10)
    c.drawString(50, y, question)
    for k, word in enumerate(("Yes", "No")):
        c.acroForm.radio(name="answer", value=word, selected=(word == "Yes") == answer, x=60 + k * 90, y=y - 30, size=14)
        c.drawString(80 + k * 90, y - 26, word)
    c.showPage()
    c.save()
    return buf.getvalue()


APPLICANT_LAYOUTS = {"headings": applicant_headings}
EMPLOYER_LAYOUTS = {"traditional": employer_traditional, "headings": employer_headings}


def write_all(folder: Path) -> list[dict]:
    """The set's files in `folder`: the scanned layouts and fillable PDFs as the other sets write
    them, then each person's photographed form (a JPEG) and two-page form (a PDF of scans)."""
    out = drawn_forms.write_all(folder, PEOPLE, APPLICANT_LAYOUTS, EMPLOYER_LAYOUTS, fillable_labels_over)
    for i, p in enumerate(PEOPLE):
        file = f"applicant_form-photographed-{i + 1}.jpg"
        photographed(applicant_photographed(p).img, zlib.crc32(file.encode())).save(folder / file, quality=72)
        out.append({"file": file, "type": "applicant_form", "layout": "photographed", "fields": truth(p, "applicant_form")})
        file = f"applicant_form-two-pages-{i + 1}.pdf"
        pages = [sheet.scanned(zlib.crc32(f"{file}{k}".encode())).convert("L") for k, sheet in enumerate(applicant_two_pages(p))]
        pages[0].save(folder / file, "PDF", resolution=200, save_all=True, append_images=pages[1:])
        out.append({"file": file, "type": "applicant_form", "layout": "two-pages", "fields": truth(p, "applicant_form")})
    return out
