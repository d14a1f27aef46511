"""A three-hundred-and-twenty-third drawn set, of the department's forms, drawn at the end of stop 75 after its last
reader change and read cold, in layouts no earlier set drew: an ID 990A whose every answer sits in a box of its own with
its label small at the box's top left, the birth date in three boxes (DD / MM / YYYY) and the sex ticked; an ID 990B
whose labels stand in a grey column at the left and whose Talent List answer is ticked in a row of its own. Each is a
case of its own (`scripts/bench_drawn_forms.py --set threehundredtwentythird`). Every name and number is made up."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from .drawn_forms import QUESTION_HK, QUESTION_TALENT, Particulars, Sheet, _hkid, _ticks, scanned_png, truth, write_drawn

APPLICANT = Particulars("FENG", "YUTONG", "冯雨桐", "F", date(1995, 9, 14), "EB5830197", "Z618402(%s)", "Kestrel Bay Robotics Limited",
                        "Robotics Engineer", 47200, False, "68813570", False)
EMPLOYER = Particulars("SHAO", "MINGHAO", "邵明浩", "M", date(1990, 2, 6), "E94417063", "Y402771(%s)", "Lumen Harbour Biotech Limited",
                       "Senior Bioinformatician", 61500, False, "69920481", True)
GREY = (225, 225, 225)


def _boxed(s: Sheet, x: int, y: int, w: int, label: str, value: str) -> None:
    """An answer's own box, its label small at the top left, the value typed under it."""
    s.d.rectangle([x, y, x + w, y + 92], outline="black", width=2)
    s.text(x + 10, y + 6, label, 18, "sans", ink=(80, 80, 80))
    s.text(x + 14, y + 42, value, 30, "mono")


def applicant_label_in_box() -> tuple[bytes, dict]:
    p, s = APPLICANT, Sheet()
    s.text(120, 90, "ID 990A", 34, "sans_bold")
    s.text(120, 140, "Application for Entry for Employment as Professionals in Hong Kong", 28, "sans_bold")
    s.text(120, 200, "Part 1  Personal particulars of the applicant", 26, "sans_bold")
    _boxed(s, 120, 250, 700, "1.1  Surname (as in travel document)", p.surname)
    _boxed(s, 820, 250, 700, "1.2  Given names (as in travel document)", p.given_names)
    _boxed(s, 120, 342, 700, "1.3  Name in Chinese", p.name_zh)
    s.d.rectangle([820, 342, 1520, 434], outline="black", width=2)
    s.text(830, 348, "1.4  Sex", 18, "sans", ink=(80, 80, 80))
    _ticks(s, 850, 385, [("Male", p.sex == "M"), ("Female", p.sex == "F")])
    s.d.rectangle([120, 434, 820, 526], outline="black", width=2)
    s.text(130, 440, "1.5  Date of birth (DD / MM / YYYY)", 18, "sans", ink=(80, 80, 80))
    d = p.date_of_birth
    for k, (part, x) in enumerate(((f"{d.day:02d}", 150), (f"{d.month:02d}", 300), (f"{d.year}", 450))):
        s.d.rectangle([x, 472, x + (90 if k < 2 else 150), 516], outline="black", width=2)
        s.text(x + 12, 476, part, 30, "mono")
    _boxed(s, 820, 434, 700, "1.6  Travel document number", p.travel_document_number)
    _boxed(s, 120, 526, 700, "1.7  Hong Kong Identity Card number (if any)", _hkid(p.hkid_number))
    s.text(120, 660, "Part 2  Proposed employment", 26, "sans_bold")
    _boxed(s, 120, 710, 1400, "2.1  Name of employer", p.employer_name)
    _boxed(s, 120, 802, 700, "2.2  Post", p.position)
    _boxed(s, 820, 802, 700, "2.3  Monthly salary (HK$)", f"{p.monthly_salary_hkd:,}")
    s.wrapped(120, 940, "Part 3  " + QUESTION_HK, 86, 22, leading=32, indent=40)
    _ticks(s, 160, 1040, [("Yes", p.hk_local_degree), ("No", not p.hk_local_degree)])
    return scanned_png(s, "labelinbox"), truth(p, "applicant_form")


def employer_grey_labels() -> tuple[bytes, dict]:
    p, s = EMPLOYER, Sheet()
    s.text(120, 90, "ID 990B", 34, "sans_bold")
    s.text(120, 140, "Employer's Supporting Particulars (Employment as Professionals)", 28, "sans_bold")
    y = 230
    for label, value in (("Name of the employer", p.employer_name), ("Business registration certificate no.", p.br_number),
                         ("Name of the employee (English)", f"{p.surname} {p.given_names}"), ("Post to be filled", p.position),
                         ("Salary offered (HK$ per month)", f"{p.monthly_salary_hkd:,}")):
        s.d.rectangle([120, y, 640, y + 80], fill=GREY, outline="black", width=2)
        s.d.rectangle([640, y, 1520, y + 80], outline="black", width=2)
        s.text(136, y + 26, label, 22, "sans")
        s.text(660, y + 22, value, 30, "mono")
        y += 80
    s.d.rectangle([120, y, 640, y + 110], fill=GREY, outline="black", width=2)
    s.d.rectangle([640, y, 1520, y + 110], outline="black", width=2)
    s.wrapped(136, y + 12, QUESTION_TALENT, 34, 20, leading=28)
    _ticks(s, 680, y + 38, [("Yes", p.talent_list), ("No", not p.talent_list)])
    return scanned_png(s, "greylabels"), truth(p, "employer_form")


def write_all(folder: Path) -> list[dict]:
    papers = [("form-applicant-label-in-box.png", applicant_label_in_box, "applicant_form", "label-in-box"),
              ("form-employer-grey-labels.png", employer_grey_labels, "employer_form", "grey-labels")]
    return write_drawn(folder, papers)
