"""A fourth set of form layouts, drawn after the third (sample_docs/drawn_forms_third.py) was
mended and read once before any change for it: two label-value pairs to a line across the page,
an applicant's form wholly in simplified Chinese with check marks, a faxed form (a 1-bit G4 TIFF)
with shaded label cells and other words for each label, an employer's form whose values sit on
the line under each numbered bilingual label with 'No' offered before 'Yes', and a fillable PDF
whose date of birth is three fields and whose answer is one check box left empty for 'no'.
Every name and number is made up."""
from __future__ import annotations

import io
import random
import zlib
from datetime import date
from pathlib import Path

from PIL import Image

from . import drawn_forms
from .drawn_forms import Particulars, Sheet, _hkid, truth

PEOPLE = [
    Particulars("LIANG", "HAORAN", "梁浩然", "M", date(1990, 7, 9), "E50381726", "M614208(%s)", "Greenbay Biologics Limited",
                "Clinical Data Scientist", 52800, False, "71042386", True),
    Particulars("SHEN", "YUTONG", "沈雨桐", "F", date(1995, 1, 27), "EA4739025", "Y093517(%s)",
                "Kowloon Bay Logistics Technology Limited", "Supply Chain Analyst", 36000, True, "64290831", False),
]
INK = (25, 35, 110)


def _check(s: Sheet, x: int, y: int, ticked: bool, size: int = 32) -> None:
    """A box with a check mark (a V), as some people mark a box instead of a cross."""
    s.d.rectangle([x, y, x + size, y + size], outline="black", width=2)
    if ticked:
        s.d.line([x + 5, y + size // 2, x + size // 2 - 2, y + size - 5], fill=INK, width=5)
        s.d.line([x + size // 2 - 2, y + size - 5, x + size + 6, y - 6], fill=INK, width=5)


def applicant_two_columns(p: Particulars) -> Sheet:
    """Two label-value pairs to a line, values typed; an extra row no field reads (nationality)."""
    s = Sheet()
    s.text(120, 90, "FORM ID 990A", 32, "serif_bold")
    s.text(120, 140, "Particulars of the person applying for entry for employment", 26, "serif")
    dob = p.date_of_birth
    pairs = [(("Surname", p.surname), ("Given name(s)", p.given_names)),
             (("Chinese name", p.name_zh), ("Sex (M/F)", p.sex)),
             (("Date of birth", f"{dob.day:02d}.{dob.month:02d}.{dob.year}"), ("Nationality", "CHINESE")),
             (("Travel doc. no.", p.travel_document_number), ("HKID no.", _hkid(p.hkid_number)))]
    y = 240
    for (left, lvalue), (right, rvalue) in pairs:
        s.text(120, y, left + ":", 26, "serif")
        s.text(430, y - 2, lvalue, 28, "mono" if lvalue.isascii() else "sans_cjk")
        s.text(880, y, right + ":", 26, "serif")
        s.text(1160, y - 2, rvalue, 28, "mono")
        y += 80
    for label, value in (("Employer in Hong Kong", p.employer_name), ("Post", p.position),
                         ("Monthly pay", f"HKD {p.monthly_salary_hkd:,}")):
        s.text(120, y, label + ":", 26, "serif")
        s.text(520, y - 2, value, 28, "mono")
        y += 80
    s.text(120, y + 30, "Full-time locally-accredited degree obtained in Hong Kong? (YES/NO):", 26, "serif")
    s.text(1300, y + 28, "YES" if p.hk_local_degree else "NO", 28, "mono")
    return s


def applicant_simplified(p: Particulars) -> Sheet:
    """Every label in simplified Chinese, values handwritten, sex and the answer check-marked."""
    s = Sheet()
    s.text(120, 90, "ID 990A  申请来港就业（专业人士）— 申请人资料", 34, "sans_cjk")
    dob = p.date_of_birth
    rows = [("英文姓氏", p.surname), ("英文名字", p.given_names), ("中文姓名", p.name_zh),
            ("出生日期", f"{dob.year}年{dob.month}月{dob.day}日"), ("旅行证件号码", p.travel_document_number),
            ("香港身份证号码", _hkid(p.hkid_number)), ("香港雇主名称", p.employer_name), ("拟任职位", p.position),
            ("每月薪金（港币）", f"{p.monthly_salary_hkd:,}")]
    y = 200
    for label, value in rows:
        x = s.text(120, y, label + "：", 30, "sans_cjk")
        s.text(max(x + 20, 480), y - 4, value, 32, "hand" if value.isascii() else "hand_cjk", INK)
        y += 86
    x = s.text(120, y, "性别：", 30, "sans_cjk")
    for word, ticked in (("男", p.sex == "M"), ("女", p.sex == "F")):
        _check(s, x + 30, y, ticked)
        x = s.text(x + 80, y, word, 30, "sans_cjk")
    y += 110
    s.text(120, y, "是否已在香港修读全日制经本地评审课程并取得学位或以上资历？", 28, "sans_cjk")
    x = 140
    for word, ticked in (("是", p.hk_local_degree), ("否", not p.hk_local_degree)):
        _check(s, x, y + 60, ticked)
        x = s.text(x + 50, y + 60, word, 30, "sans_cjk") + 80
    return s


def applicant_faxed(p: Particulars) -> Sheet:
    """A ruled grid whose label cells are shaded grey, labels in words of another form's maker."""
    s = Sheet()
    s.text(120, 90, "ID 990A  APPLICANT DETAILS", 32, "sans_bold")
    dob = p.date_of_birth
    rows = [("Family name", p.surname), ("Other names", p.given_names), ("Name in Chinese (if any)", p.name_zh),
            ("Gender", "Male" if p.sex == "M" else "Female"), ("D.O.B. (dd/mm/yyyy)", f"{dob.day:02d}/{dob.month:02d}/{dob.year}"),
            ("Passport / Travel Permit No.", p.travel_document_number), ("H.K.I.D. No.", _hkid(p.hkid_number)),
            ("Prospective employer", p.employer_name), ("Position offered", p.position),
            ("Monthly income (HK$)", f"{p.monthly_salary_hkd:,}"),
            ("Holds a degree from a full-time accredited local programme in HK", "Yes" if p.hk_local_degree else "No")]
    y = 190
    for label, value in rows:
        tall = 110 if len(label) > 40 else 80
        s.d.rectangle([120, y, 700, y + tall], fill=(205, 205, 205), outline="black", width=2)
        s.d.rectangle([700, y, 1530, y + tall], outline="black", width=2)
        lines = [label] if tall == 80 else [label[:38].rsplit(" ", 1)[0], label[len(label[:38].rsplit(" ", 1)[0]) + 1:]]
        for k, part in enumerate(lines):
            s.text(135, y + 22 + k * 34, part, 24, "sans")
        s.text(720, y + 20, value, 30, "sans" if value.isascii() else "sans_cjk")
        y += tall
    return s


def faxed(img: Image.Image, seed: int) -> Image.Image:
    """A fax: 204 x 196 dpi, one bit a pixel (grey dithered), a slight slant and specks where the
    line was noisy."""
    rng = random.Random(seed)
    img = img.convert("L").rotate(rng.uniform(-0.8, 0.8), resample=Image.Resampling.BICUBIC, fillcolor=255)
    img = img.resize((1728, round(img.height * 196 / 200)), Image.Resampling.BILINEAR)
    bits = img.convert("1")  # Floyd-Steinberg, as a fax machine sends grey
    px = bits.load()
    for _ in range(2500):
        px[rng.randrange(bits.width), rng.randrange(bits.height)] = 0
    return bits


def employer_numbered_under(p: Particulars) -> Sheet:
    """Numbered bilingual labels with each value on the line under its label; 'No' offered first."""
    s = Sheet()
    s.text(120, 90, "ID 990B  僱主資料 Employer's Particulars", 32, "sans_cjk")
    rows = [("(a)", "僱主名稱 Name of employer", p.employer_name), ("(b)", "商業登記號碼 Business registration no.", p.br_number),
            ("(c)", "獲聘人士姓名 Name of the person to be employed", f"{p.surname} {p.given_names}"),
            ("(d)", "職位 Job title", p.position), ("(e)", "每月薪酬（港元） Monthly remuneration (HK$)", f"{p.monthly_salary_hkd:,}")]
    y = 200
    for mark, label, value in rows:
        s.text(120, y, mark, 26)
        s.text(180, y, label, 26, "sans_cjk")
        s.text(200, y + 50, value, 30, "sans")
        y += 140
    s.text(120, y, "(f)", 26)
    s.text(180, y, "該職位是否屬人才清單所列專業？ Is the post a profession on the Talent List?", 26, "sans_cjk")
    x = 200
    for word, ticked in (("否 No", not p.talent_list), ("是 Yes", p.talent_list)):
        _check(s, x, y + 56, ticked)
        x = s.text(x + 50, y + 56, word, 26, "sans_cjk") + 90
    return s


def employer_shaded(p: Particulars) -> Sheet:
    s = Sheet()
    s.text(120, 90, "Form ID 990B - particulars of the employment", 30, "sans_bold")
    rows = [("Name of Company", p.employer_name), ("BR Certificate No.", p.br_number),
            ("Name of Proposed Employee", f"{p.surname}, {p.given_names}"), ("Position Title", p.position),
            ("Monthly Remuneration (HK$)", f"{p.monthly_salary_hkd:,}"),
            ("Talent List profession (Y/N)", "Y" if p.talent_list else "N")]
    y = 190
    for label, value in rows:
        s.d.rectangle([120, y, 700, y + 80], fill=(215, 215, 215), outline="black", width=2)
        s.d.rectangle([700, y, 1530, y + 80], outline="black", width=2)
        s.text(135, y + 22, label, 24, "sans")
        s.text(720, y + 20, value, 30, "hand", INK)
        y += 80
    return s


def fillable_split(p: Particulars, kind: str) -> bytes:
    """A fillable PDF with fields named by their maker: the date of birth as three fields under
    'Day', 'Month', 'Year'; sex two check boxes; the yes/no answer one check box, empty for 'no'."""
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.27, 841.89), invariant=1)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, 800, "ID 990A - Applicant" if kind == "applicant_form" else "ID 990B - Employer")
    t = truth(p, kind)
    c.setFont("Helvetica", 9)
    y = 750

    def field(label: str, name: str, value: str, width: int = 300) -> None:
        nonlocal y
        c.drawString(50, y + 6, label)
        c.acroForm.textfield(name=name, value=value, x=220, y=y, width=width, height=18, borderWidth=1, fontSize=10)
        y -= 34

    def box(label: str, name: str, ticked: bool, x: int) -> None:
        c.acroForm.checkbox(name=name, checked=ticked, x=x, y=y, size=12, buttonStyle="check")
        c.drawString(x + 16, y + 3, label)

    if kind == "applicant_form":
        field("Family name", "family_name", t["surname"])
        field("Given name", "given_name", t["given_names"])
        c.drawString(50, y + 6, "Date of birth")
        dob = p.date_of_birth
        for k, (label, value) in enumerate((("Day", f"{dob.day:02d}"), ("Month", f"{dob.month:02d}"), ("Year", str(dob.year)))):
            c.drawString(220 + k * 70, y + 22, label)
            c.acroForm.textfield(name=f"dob_{label.lower()}", value=value, x=220 + k * 70, y=y, width=50, height=18,
                                 borderWidth=1, fontSize=10)
        y -= 40
        c.drawString(50, y + 3, "Sex")
        box("Male", "sex_m", p.sex == "M", 220)
        box("Female", "sex_f", p.sex == "F", 300)
        y -= 34
        field("Travel document number", "travel_doc_no", t["travel_document_number"])
        field("HK identity card number", "hkid", t["hkid_number"])
        field("Employer", "employer", t["employer_name"])
        field("Post", "post", t["position"])
        field("Monthly salary (HK$)", "salary", str(p.monthly_salary_hkd))
        c.drawString(50, y + 3, "Tick if you hold a degree from a full-time locally-accredited programme in Hong Kong")
        y -= 22
        box("Yes", "hk_degree", p.hk_local_degree, 60)
    else:
        field("Employer", "employer", t["employer_name"])
        field("BR number", "br_no", t["br_number"])
        field("Employee's name", "employee", t["applicant_name"])
        field("Post", "post", t["position"])
        field("Monthly salary (HK$)", "salary", str(p.monthly_salary_hkd))
        c.drawString(50, y + 3, "Tick if the post is a profession on the Talent List")
        y -= 22
        box("Yes", "talent_list", p.talent_list, 60)
    c.showPage()
    c.save()
    return buf.getvalue()


APPLICANT_LAYOUTS = {"two-columns": applicant_two_columns, "simplified": applicant_simplified}
EMPLOYER_LAYOUTS = {"numbered-under": employer_numbered_under, "shaded": employer_shaded}


def write_all(folder: Path) -> list[dict]:
    """The set's files in `folder`: scanned layouts and fillable PDFs as the other sets write
    them, then each person's faxed form (a G4 TIFF)."""
    out = drawn_forms.write_all(folder, PEOPLE, APPLICANT_LAYOUTS, EMPLOYER_LAYOUTS, fillable_split)
    for i, p in enumerate(PEOPLE):
        file = f"applicant_form-faxed-{i + 1}.tif"
        faxed(applicant_faxed(p).img, zlib.crc32(file.encode())).save(folder / file, compression="group4", dpi=(204, 196))
        out.append({"file": file, "type": "applicant_form", "layout": "faxed", "fields": truth(p, "applicant_form")})
    return out
