"""A sixty-seventh drawn set, drawn after the sixty-sixth was mended: consents and forms in four layouts no set drew.
A consent sent by e-mail and printed, unsealed; a public institution's letter titled '关于同意…赴港工作的函', sealed;
form ID 990A whose items are numbered in sections ('1.1', '1.2', '2.1') with the values in a column of cells; form
ID 990A whose choices are marked with a typed check mark before the word chosen, no boxes ('Sex: ✔ Male  Female').
Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set sixtyseventh`). Every name and number is made up."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from .drawn_forms import QUESTION_HK, Particulars, Sheet, _hkid, truth, write_sheets
from .drawn_papers_eighth import _chop
from .generator.render import pil_font

PEOPLE = [
    Particulars("KANG", "YUXIN", "康雨欣", "F", date(1992, 12, 5), "EF6402317", "P583026(%s)", "Lindenmoor Bioanalytics Limited",
                "Mass Spectrometry Scientist", 50500, False, "73284105", False),
    Particulars("BAI", "CHENGZE", "白程泽", "M", date(1987, 6, 19), "E83105746", "W730481(%s)", "Coralstone Maritime Insurance Limited",
                "Marine Claims Manager", 62000, False, "68907312", False),
]


def consent_email() -> tuple[Sheet, dict]:
    s = Sheet()
    y = 120
    for label, value in (("From:", "Human Resources <hr@xinghe-semicon.example>"), ("To:", "Zhao Lei <zhao.lei@mail.example>"),
                         ("Date:", "Tue, 3 Nov 2026 16:05"), ("Subject:", "Consent for employment in Hong Kong")):
        s.text(120, y, label, 24, "sans_bold")
        s.text(260, y, value, 24)
        y += 40
    s.d.line([120, y + 10, 1540, y + 10], fill="black", width=1)
    paras = ["Dear Zhao Lei,",
             "Shanghai Xinghe Semiconductor Equipment Co., Ltd. hereby gives its consent for you, our process engineer "
             "Mr. ZHAO Lei (PRC passport No. EJ2047135), to take up employment in Hong Kong.",
             "We wish you every success.", "Best regards,", "Human Resources Department",
             "Shanghai Xinghe Semiconductor Equipment Co., Ltd."]
    y += 60
    for para in paras:
        s.wrapped(120, y, para, 88, 26, leading=38)
        y += 38 * (len(para) // 86 + 1) + 22
    return s, {"organisation": "Shanghai Xinghe Semiconductor Equipment Co., Ltd.", "applicant_name": "ZHAO LEI",
               "date": "2026-11-03", "seal_present": False}


def consent_institution_letter() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(420, 200, "关于同意龚晓岚同志赴香港工作的函", 44, "serif_cjk")
    s.text(150, 340, "香港特别行政区入境事务处：", 34, "serif_cjk")
    text = ("我所龚晓岚同志（女，护照号码EG5193027）现任我所副研究员。经研究，我所同意龚晓岚同志赴香港特别行政区工作，"
            "并按规定为其办理相关手续。")
    y = 430
    for k in range(0, len(text), 24):
        s.text(150 if k else 220, y, text[k:k + 24], 34, "serif_cjk")
        y += 70
    s.text(220, y + 20, "特此函告。", 34, "serif_cjk")
    s.text(880, y + 220, "江南海洋环境研究所", 36, "serif_cjk")
    s.text(880, y + 290, "二〇二六年十一月五日", 34, "serif_cjk")
    _chop(s, 1060, y + 250, "江南海洋环境研究所")
    return s, {"organisation": "江南海洋环境研究所", "applicant_name": "龚晓岚", "date": "2026-11-05", "seal_present": True}


def applicant_sections() -> tuple[Sheet, dict]:
    p = PEOPLE[0]
    s = Sheet()
    s.text(1330, 70, "ID 990A", 34, "sans_bold")
    s.text(120, 150, "APPLICATION FORM - PARTICULARS OF APPLICANT", 34, "sans_bold")
    sections = [("1", "Personal particulars", [("1.1", "Surname", p.surname), ("1.2", "Given names", p.given_names),
                                               ("1.3", "Name in Chinese", p.name_zh), ("1.4", "Sex", "Female" if p.sex == "F" else "Male"),
                                               ("1.5", "Date of birth", p.date_of_birth.strftime("%d-%m-%Y")),
                                               ("1.6", "Travel document number", p.travel_document_number),
                                               ("1.7", "HKID card number", _hkid(p.hkid_number))]),
                ("2", "Employment", [("2.1", "Employer", p.employer_name), ("2.2", "Post", p.position),
                                     ("2.3", "Monthly salary (HK$)", f"{p.monthly_salary_hkd:,}")])]
    y = 240
    for number, title, items in sections:
        s.text(120, y, f"{number}  {title}", 30, "sans_bold")
        y += 60
        for item, label, value in items:
            s.d.rectangle([120, y, 760, y + 64], outline=(140, 140, 140), width=1)
            s.d.rectangle([760, y, 1540, y + 64], outline=(140, 140, 140), width=1)
            s.text(135, y + 18, item, 24)
            s.text(215, y + 18, label, 24)
            s.text(780, y + 14, value, 30 if value.isascii() else 30, "sans" if value.isascii() else "sans_cjk")
            y += 64
        y += 40
    s.text(120, y, "3  Hong Kong qualification", 30, "sans_bold")
    s.wrapped(135, y + 60, "3.1 " + QUESTION_HK, 90, 24, leading=32)
    s.text(780, y + 140, "No" if not p.hk_local_degree else "Yes", 30)
    return s, truth(p, "applicant_form")


def applicant_checkmarks() -> tuple[Sheet, dict]:
    p = PEOPLE[1]
    s = Sheet()
    s.text(1330, 70, "ID 990A", 34, "sans_bold")
    s.text(120, 150, "Particulars of the applicant", 34, "sans_bold")
    rows = [("Surname:", p.surname), ("Given names:", p.given_names), ("Chinese name:", p.name_zh),
            ("Date of birth:", p.date_of_birth.strftime("%d %B %Y")), ("Travel document no.:", p.travel_document_number),
            ("Hong Kong identity card no.:", _hkid(p.hkid_number)), ("Employer:", p.employer_name), ("Post:", p.position),
            ("Monthly salary:", f"HK${p.monthly_salary_hkd:,}")]
    y = 250
    for label, value in rows:
        s.text(120, y, label, 26)
        s.text(640, y - 2, value, 30, "sans" if value.isascii() else "sans_cjk")
        y += 70
    check = pil_font("dejavu", 30)  # the check mark is not in the text face
    s.text(120, y, "Sex:", 26)
    for x, word, chosen in ((640, "Male", p.sex == "M"), (860, "Female", p.sex == "F")):
        if chosen:
            s.d.text((x - 40, y - 2), "✔", font=check, fill="black")
        s.text(x, y, word, 26)
    y += 90
    s.wrapped(120, y, QUESTION_HK, 90, 24, leading=32)
    y += 90
    for x, word, chosen in ((640, "Yes", p.hk_local_degree), (860, "No", not p.hk_local_degree)):
        if chosen:
            s.d.text((x - 40, y - 2), "✔", font=check, fill="black")
        s.text(x, y, word, 26)
    return s, truth(p, "applicant_form")


LAYOUTS = {("consent_letter", "email"): consent_email, ("consent_letter", "institution-letter"): consent_institution_letter,
           ("applicant_form", "sections"): applicant_sections, ("applicant_form", "check-marks"): applicant_checkmarks}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS)
