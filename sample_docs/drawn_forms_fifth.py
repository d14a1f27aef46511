"""A fifth set of form layouts, drawn after the fourth (sample_docs/drawn_forms_fourth.py) was
mended and read once before any change for it: values written on a line with the label printed
small under it, the English name as 'SURNAME Given' in one field and the date with the month
first; a traditional Chinese form scanned sideways with its date in Chinese numerals; boxes
filled solid and the travel document's kind and number in one field; an employer's form in
traditional Chinese with the salary in the numerals of a cheque; an employer's form with its
labels under the lines; and a fillable PDF in traditional Chinese whose sex and answer are
drop-down lists. Every name and number is made up."""
from __future__ import annotations

import io
import zlib
from datetime import date
from pathlib import Path

from PIL import Image

from . import drawn_forms
from .drawn_forms import QUESTION_HK, QUESTION_TALENT, Particulars, Sheet, _hkid, truth

PEOPLE = [
    Particulars("ZHOU", "MINGXUAN", "周明轩", "M", date(1989, 12, 3), "E38195207", "P285041(%s)", "Silverstrand Energy Systems Limited",
                "Power Electronics Engineer", 61300, False, "68015273", True),
    Particulars("HE", "SIQI", "何思琪", "F", date(1996, 6, 18), "EG7402183", "W517630(%s)", "Tsing Yi Maritime Data Limited",
                "Actuarial Analyst", 44900, False, "73526109", False),
]
INK = (30, 30, 120)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DIGITS_ZH = "〇一二三四五六七八九"
CHEQUE = "零壹貳參肆伍陸柒捌玖"


def _year_zh(d: date) -> str:
    """'一九八九年十二月三日': a year digit by digit, month and day as counted."""
    def count(n: int) -> str:
        tens, ones = divmod(n, 10)
        return (("" if tens == 1 else DIGITS_ZH[tens]) + "十" if tens else "") + (DIGITS_ZH[ones] if ones else "")
    return "".join(DIGITS_ZH[int(c)] for c in str(d.year)) + f"年{count(d.month)}月{count(d.day)}日"


def _cheque(amount: int) -> str:
    """'陸萬壹仟參佰元正' as a cheque writes 61,300 dollars."""
    out, units = "", (("萬", 10000), ("仟", 1000), ("佰", 100), ("拾", 10), ("", 1))
    zero = False
    for unit, size in units:
        digit, amount = divmod(amount, size)
        if digit:
            out += ("零" if zero and out else "") + CHEQUE[digit] + unit
            zero = False
        else:
            zero = True
    return out + "元正"


def _on_line(s: Sheet, x: int, y: int, width: int, label: str, value: str, font: str = "hand") -> None:
    """A value written on a rule, its label printed small under the rule."""
    s.text(x + 10, y, value, 32, font if value.isascii() else "hand_cjk", INK)
    s.d.line([x, y + 48, x + width, y + 48], fill="black", width=2)
    s.text(x, y + 56, label, 20, "sans")


def _rows_on_lines(s: Sheet, rows: list[list[tuple[str, str, int]]], y: int = 240) -> int:
    """Rows of (value, label, width) on lines side by side; returns the y under them."""
    for row in rows:
        x = 120
        for value, label, width in row:
            _on_line(s, x, y, width, label, value)
            x += width + 60
        y += 150
    return y


def applicant_under_lines(p: Particulars) -> Sheet:
    s = Sheet()
    s.text(120, 90, "ID 990A", 30, "sans_bold")
    s.text(120, 140, "Particulars of applicant (please write on the lines)", 28, "sans")
    dob = p.date_of_birth
    rows = [[(f"{p.surname} {p.given_names.title()}", "Name in English (SURNAME first, as in travel document)", 900),
             (p.name_zh, "Name in Chinese", 400)],
            [(f"{MONTHS[dob.month - 1]} {dob.day}, {dob.year}", "Date of birth", 500), (p.sex, "Sex (M/F)", 200),
             (_hkid(p.hkid_number), "HKID No. (if any)", 500)],
            [(p.travel_document_number, "Travel document number", 600)],
            [(p.employer_name, "Employer in Hong Kong", 1300)],
            [(p.position, "Post", 700), (f"HK$ {p.monthly_salary_hkd:,} p.m.", "Monthly salary", 600)]]
    y = _rows_on_lines(s, rows)
    s.wrapped(120, y, QUESTION_HK, 80, 24, leading=34)
    _on_line(s, 120, y + 90, 300, "Yes / No", "Yes" if p.hk_local_degree else "No")
    return s


def applicant_sideways(p: Particulars) -> Sheet:
    """Traditional Chinese labels, the date in Chinese numerals; `sideways` turns the scan."""
    s = Sheet()
    s.text(120, 90, "ID 990A  申請來港就業（專業人士）申請人資料", 34, "sans_cjk")
    rows = [("英文姓氏", p.surname), ("英文名字", p.given_names), ("中文姓名", p.name_zh),
            ("性別", "男" if p.sex == "M" else "女"), ("出生日期", _year_zh(p.date_of_birth)),
            ("旅行證件號碼", p.travel_document_number), ("香港身份證號碼", _hkid(p.hkid_number).replace("(", " (")),
            ("香港僱主名稱", p.employer_name), ("職位", p.position), ("每月薪金（港幣）", f"{p.monthly_salary_hkd:,}")]
    y = 200
    for label, value in rows:
        s.d.rectangle([120, y, 600, y + 80], outline="black", width=2)
        s.d.rectangle([600, y, 1530, y + 80], outline="black", width=2)
        s.text(140, y + 22, label, 28, "sans_cjk")
        s.text(620, y + 18, value, 32, "sans" if value.isascii() else "sans_cjk")
        y += 80
    s.text(120, y + 50, "曾否在香港修讀全日制經本地評審的學位課程？  " + ("曾" if p.hk_local_degree else "否"), 28, "sans_cjk")
    return s


def sideways(img: Image.Image) -> Image.Image:
    """The page fed into the scanner on its side: the image turned a quarter."""
    return img.transpose(Image.Transpose.ROTATE_90)


def applicant_solid(p: Particulars) -> Sheet:
    """Boxes filled solid for the answers; the travel document's kind and number in one field."""
    s = Sheet()
    s.text(120, 90, "FORM ID 990A   PERSONAL PARTICULARS", 30, "sans_bold")
    dob = p.date_of_birth
    rows = [("Surname", p.surname), ("Given names", p.given_names), ("Chinese name", p.name_zh),
            ("Date of birth (DD-MM-YYYY)", f"{dob.day:02d}-{dob.month:02d}-{dob.year}"),
            ("Travel document (type and number)", f"Passport {p.travel_document_number}"),
            ("Hong Kong Identity Card number", _hkid(p.hkid_number)), ("Employer", p.employer_name),
            ("Post", p.position), ("Monthly salary", f"HKD {p.monthly_salary_hkd:,}")]
    y = 190
    for label, value in rows:
        s.text(120, y, label, 26)
        s.text(720, y - 2, value, 30, "mono" if value.isascii() else "sans_cjk")
        y += 76
    y += 20
    s.text(120, y, "Sex", 26)
    for word, filled in (("Male", p.sex == "M"), ("Female", p.sex == "F")):
        s.d.rectangle([720 if word == "Male" else 920, y, (720 if word == "Male" else 920) + 32, y + 32], outline="black",
                      width=2, fill=(20, 20, 20) if filled else None)
        s.text((720 if word == "Male" else 920) + 46, y, word, 26)
    y += 90
    s.wrapped(120, y, QUESTION_HK, 80, 24, leading=34)
    for k, (word, filled) in enumerate((("Yes", p.hk_local_degree), ("No", not p.hk_local_degree))):
        s.d.rectangle([140 + k * 200, y + 90, 172 + k * 200, y + 122], outline="black", width=2,
                      fill=(20, 20, 20) if filled else None)
        s.text(186 + k * 200, y + 90, word, 26)
    return s


def employer_cheque(p: Particulars) -> Sheet:
    s = Sheet()
    s.text(120, 90, "ID 990B  僱主聘用資料", 34, "sans_cjk")
    rows = [("公司名稱", p.employer_name), ("商業登記證號碼", p.br_number), ("受聘人英文姓名", f"{p.surname} {p.given_names}"),
            ("擬聘職位", p.position), ("每月薪酬", f"港幣{_cheque(p.monthly_salary_hkd)}")]
    y = 200
    for label, value in rows:
        s.text(120, y, label, 30, "sans_cjk")
        s.text(520, y, "：", 30, "sans_cjk")
        s.text(580, y - 4, value, 32, "hand" if value.isascii() else "hand_cjk", INK)
        y += 100
    s.text(120, y + 20, "該職位是否屬於人才清單所列的專業：" + ("是" if p.talent_list else "否"), 30, "sans_cjk")
    return s


def employer_under_lines(p: Particulars) -> Sheet:
    s = Sheet()
    s.text(120, 90, "ID 990B", 30, "sans_bold")
    s.text(120, 140, "To be completed by the employer", 28, "sans")
    rows = [[(p.employer_name, "Name of employer", 1300)], [(p.br_number, "Business registration number", 500),
                                                           (p.position, "Post offered", 700)],
            [(f"{p.surname} {p.given_names}", "Name of employee (as in travel document)", 800),
             (f"{p.monthly_salary_hkd:,}", "Monthly salary (HK$)", 440)]]
    y = _rows_on_lines(s, rows)
    s.text(120, y, QUESTION_TALENT, 26)
    _on_line(s, 120, y + 60, 300, "Yes / No", "Yes" if p.talent_list else "No")
    return s


def fillable_chinese(p: Particulars, kind: str) -> bytes:
    """A fillable PDF with traditional Chinese labels (drawn as text in a CJK font), fields
    named field1, field2...; sex and the yes/no answer drop-down lists ('Female', 'No')."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("MSung-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.27, 841.89), invariant=1)
    c.setFont("MSung-Light", 14)
    c.drawString(50, 800, "ID 990A 申請人資料" if kind == "applicant_form" else "ID 990B 僱主資料")
    t = truth(p, kind)
    if kind == "applicant_form":
        rows = [("英文姓氏", t["surname"]), ("英文名字", t["given_names"]), ("出生日期（日/月/年）", p.date_of_birth.strftime("%d/%m/%Y")),
                ("旅行證件號碼", t["travel_document_number"]), ("香港身份證號碼", t["hkid_number"]), ("僱主名稱", t["employer_name"]),
                ("職位", t["position"]), ("每月薪金（港幣）", f"{p.monthly_salary_hkd:,}")]
    else:
        rows = [("僱主名稱", t["employer_name"]), ("商業登記號碼", t["br_number"]), ("僱員姓名", t["applicant_name"]),
                ("職位", t["position"]), ("每月薪金（港幣）", f"{p.monthly_salary_hkd:,}")]
    y = 750
    c.setFont("MSung-Light", 10)
    for n, (label, value) in enumerate(rows, 1):
        c.drawString(50, y + 5, label)
        c.acroForm.textfield(name=f"field{n}", value=value, x=200, y=y, width=320, height=18, borderWidth=1, fontSize=10)
        y -= 34
    if kind == "applicant_form":
        c.drawString(50, y + 5, "性別")
        c.acroForm.choice(name=f"field{len(rows) + 1}", value="Male" if p.sex == "M" else "Female", options=["Male", "Female"],
                          x=200, y=y, width=70, height=18, fontSize=10)
        y -= 34
        question, answer = "是否持有香港全日制經本地評審課程的學位？", p.hk_local_degree
    else:
        question, answer = "職位是否屬人才清單所列專業？", p.talent_list
    c.drawString(50, y + 5, question)
    c.acroForm.choice(name="answer", value="Yes" if answer else "No", options=["Yes", "No"], x=350, y=y, width=50, height=18,
                      fontSize=10)
    c.showPage()
    c.save()
    return buf.getvalue()


APPLICANT_LAYOUTS = {"under-lines": applicant_under_lines, "solid": applicant_solid}
EMPLOYER_LAYOUTS = {"cheque": employer_cheque, "under-lines": employer_under_lines}


def write_all(folder: Path) -> list[dict]:
    """The set's files in `folder`: scanned layouts and fillable PDFs as the other sets write
    them, then each person's form scanned sideways."""
    out = drawn_forms.write_all(folder, PEOPLE, APPLICANT_LAYOUTS, EMPLOYER_LAYOUTS, fillable_chinese)
    for i, p in enumerate(PEOPLE):
        file = f"applicant_form-sideways-{i + 1}.png"
        sideways(applicant_sideways(p).scanned(zlib.crc32(file.encode()))).save(folder / file, dpi=(200, 200))
        out.append({"file": file, "type": "applicant_form", "layout": "sideways", "fields": truth(p, "applicant_form")})
    return out
