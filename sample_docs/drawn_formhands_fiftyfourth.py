"""A fifty-fourth drawn set, drawn after the fifty-third was mended: forms ID 990A and ID 990B in four layouts no set
drew. Form ID 990A as boxes with their labels small in each box's top corner and the value written large below
it; form ID 990A answered question by question ('Q3 ... A: ...'); form ID 990B as a Chinese declaration whose values
are written on blanks with their labels in brackets after them; form ID 990B with its answers ticked (a pen's ✓,
not a cross). Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set fiftyfourth`). Every name and number is made up."""
from __future__ import annotations

import zlib
from datetime import date
from pathlib import Path

from .drawn_forms import QUESTION_HK, QUESTION_TALENT, Particulars, Sheet, _hkid, png_bytes, truth

PEOPLE = [
    Particulars("GU", "YIFAN", "顾一帆", "M", date(1992, 1, 26), "EC7305126", "Y318264(%s)", "Saltmarsh Robotics Limited",
                "Robotics Engineer", 46500, False, "71329058", False),
    Particulars("XIANG", "MEIQI", "项美琪", "F", date(1996, 8, 9), "EF2916043", "T540927(%s)", "Cloudharbour Fintech Limited",
                "Blockchain Developer", 55000, False, "73806214", True),
]
INK = (20, 30, 120)


def applicant_corner_boxes(p: Particulars) -> Sheet:
    """Each value written large in a box whose label sits small in its top-left corner."""
    s = Sheet()
    s.text(1330, 70, "ID 990A", 34, "sans_bold")
    s.text(120, 140, "Mainland Talents and Professionals - Particulars of Applicant", 34, "sans_bold")
    s.text(120, 195, "輸入內地人才計劃 - 申請人資料", 30)
    boxes = [((120, 280, 820, 420), "Surname 姓", p.surname), ((840, 280, 1540, 420), "Given names 名", p.given_names),
             ((120, 440, 820, 580), "Name in Chinese 中文姓名", p.name_zh), ((840, 440, 1100, 580), "Sex 性別", p.sex),
             ((1120, 440, 1540, 580), "Date of birth 出生日期", p.date_of_birth.strftime("%d/%m/%Y")),
             ((120, 600, 820, 740), "Travel document No. 旅行證件號碼", p.travel_document_number),
             ((840, 600, 1540, 740), "HKID No. (if any) 香港身份證號碼", _hkid(p.hkid_number)),
             ((120, 900, 1540, 1040), "Name of employer 僱主名稱", p.employer_name),
             ((120, 1060, 980, 1200), "Post 職位", p.position),
             ((1000, 1060, 1540, 1200), "Monthly salary (HK$) 月薪", f"{p.monthly_salary_hkd:,}")]
    for (x0, y0, x1, y1), label, value in boxes:
        s.d.rectangle([x0, y0, x1, y1], outline="black", width=2)
        s.text(x0 + 12, y0 + 8, label, 20)
        s.text(x0 + 30, y0 + 58, value, 40, "hand_cjk" if not value.isascii() else "hand", INK)
    s.text(120, 840, "受聘資料  Employment in Hong Kong", 28, "sans_bold")
    s.d.rectangle([120, 1240, 1540, 1440], outline="black", width=2)
    s.wrapped(132, 1250, QUESTION_HK, 90, 22, leading=30)
    for x, label, ticked in ((200, "Yes 是", p.hk_local_degree), (500, "No 否", not p.hk_local_degree)):
        s.tick(x, 1360, ticked)
        s.text(x + 50, 1360, label, 26)
    return s


def applicant_questions(p: Particulars) -> Sheet:
    """Questions numbered Q1, Q2, each answered on the line under it after 'A:'."""
    s = Sheet()
    s.text(1330, 70, "ID 990A", 34, "sans_bold")
    s.text(120, 140, "Applicant's questionnaire", 36, "sans_bold")
    qa = [("Q1. What is your surname as shown in your travel document?", p.surname),
          ("Q2. What are your given names as shown in your travel document?", p.given_names),
          ("Q3. What is your name in Chinese characters?", p.name_zh),
          ("Q4. What is your sex (M/F)?", p.sex),
          ("Q5. What is your date of birth?", f"{p.date_of_birth.day} {p.date_of_birth.strftime('%B')} {p.date_of_birth.year}"),
          ("Q6. What is the number of your travel document?", p.travel_document_number),
          ("Q7. " + QUESTION_HK, "No" if not p.hk_local_degree else "Yes"),
          ("Q8. Who is your prospective employer in Hong Kong?", p.employer_name),
          ("Q9. What post will you take up?", p.position),
          ("Q10. What is the monthly salary offered (HK$)?", f"{p.monthly_salary_hkd:,}")]
    y = 240
    for question, answer in qa:
        s.wrapped(120, y, question, 88, 24, leading=32)
        y += 32 * (len(question) // 86 + 1) + 6
        s.text(160, y, "A:", 26, "sans_bold")
        s.text(220, y - 6, answer, 34, "hand_cjk" if not answer.isascii() else "hand", INK)
        y += 90
    return s


def _blank_zh(s: Sheet, x: int, y: int, value: str, width: int, label: str) -> int:
    """A value on a blank inside a Chinese sentence, its label in brackets after it; returns where the sentence goes on."""
    s.d.line([x, y + 44, x + width, y + 44], fill="black", width=2)
    s.text(x + 14, y - 4, value, 36, "hand_cjk" if not value.isascii() else "hand", INK)
    return s.text(x + width + 8, y, f"（{label}）", 30)


def employer_chinese_blanks(p: Particulars) -> Sheet:
    s = Sheet()
    s.text(1330, 70, "ID 990B", 34, "sans_bold")
    s.text(500, 150, "僱主聲明書", 52)
    s.text(120, 240, "Employer's Declaration (to be completed in Chinese or English)", 24)
    x = s.text(120, 340, "本公司", 30)
    _blank_zh(s, x + 10, 340, p.employer_name, 760, "僱主名稱")
    x = s.text(120, 440, "商業登記號碼", 30)
    x = _blank_zh(s, x + 10, 440, p.br_number, 300, "商業登記號碼")
    s.text(x + 10, 440, "，", 30)
    x = s.text(120, 540, "擬聘請", 30)
    _blank_zh(s, x + 10, 540, f"{p.surname} {p.given_names}", 520, "申請人姓名")
    x = s.text(120, 640, "擔任", 30)
    x = _blank_zh(s, x + 10, 640, p.position, 560, "職位")
    s.text(x + 10, 640, "，", 30)
    x = s.text(120, 740, "月薪港幣", 30)
    x = _blank_zh(s, x + 10, 740, f"{p.monthly_salary_hkd:,}", 280, "每月薪金")
    s.text(x + 10, 740, "元。", 30)
    s.text(120, 860, "該職位是否屬於人才清單內的職業？", 30)
    for x, label, ticked in ((200, "是", p.talent_list), (400, "否", not p.talent_list)):
        s.tick(x, 930, ticked)
        s.text(x + 50, 930, label, 30)
    s.text(120, 1080, "僱主簽署及公司印章：______________    日期：2026年5月8日", 28)
    return s


def _check(s: Sheet, x: int, y: int, ticked: bool, size: int = 34) -> None:
    """A box a pen ticks with a check mark, not a cross."""
    s.d.rectangle([x, y, x + size, y + size], outline="black", width=3)
    if ticked:
        s.d.line([x + 4, y + size // 2, x + size // 2 - 2, y + size - 4], fill=INK, width=5)
        s.d.line([x + size // 2 - 2, y + size - 4, x + size + 10, y - 12], fill=INK, width=5)


def employer_checked(p: Particulars) -> Sheet:
    s = Sheet()
    s.text(1330, 70, "ID 990B", 34, "sans_bold")
    s.text(120, 140, "Part 3  Employment offered  職位資料", 34, "sans_bold")
    rows = [("Company name 公司名稱", p.employer_name), ("BR Number 商業登記號碼", p.br_number),
            ("Name of the person to be employed 受聘人姓名", f"{p.surname}, {p.given_names.title()}"),
            ("Position offered 職位", p.position), ("Basic monthly salary 每月基本薪金", f"HK$ {p.monthly_salary_hkd:,}")]
    y = 240
    for label, value in rows:
        s.text(120, y, label + ":", 26)
        s.text(860, y - 6, value, 34, "hand", INK)
        s.d.line([850, y + 36, 1540, y + 36], fill=(120, 120, 120), width=1)
        y += 90
    s.text(120, y + 40, QUESTION_TALENT + "  該職位是否屬人才清單?", 26)
    for x, label, ticked in ((200, "Yes 是", p.talent_list), (480, "No 否", not p.talent_list)):
        _check(s, x, y + 110, ticked)
        s.text(x + 56, y + 110, label, 28)
    return s


LAYOUTS = {"applicant_form": {"corner-boxes": applicant_corner_boxes, "questions": applicant_questions},
           "employer_form": {"chinese-blanks": employer_chinese_blanks, "checked": employer_checked}}


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for kind, layouts in LAYOUTS.items():
        for layout, draw in layouts.items():
            for n, person in enumerate(PEOPLE, start=1):
                file = f"{kind}-{layout}-{n}.png"
                (folder / file).write_bytes(png_bytes(draw(person).scanned(zlib.crc32(file.encode()))))
                fields = truth(person, kind)
                if kind == "applicant_form" and layout == "questions":
                    fields.pop("hkid_number")  # not asked
                if kind == "employer_form" and layout == "checked":
                    fields["applicant_name"] = (f"{person.surname}, {person.given_names.title()}",
                                                f"{person.surname} {person.given_names}")
                out.append({"file": file, "type": kind, "layout": layout, "fields": fields})
    return out
