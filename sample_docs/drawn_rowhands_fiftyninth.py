"""A fifty-ninth drawn set, drawn after the fifty-eighth was mended: forms and contracts in six layouts no set drew.
Form ID 990A typed on a typewriter with its labels set flush right against the values and the date of birth in
three boxes captioned Day, Month and Year; form ID 990A as a list of bullets whose labels end in a dash; form ID
990B as a letter to the Director of Immigration that lists its particulars and answers the Talent List question
in a sentence; form ID 990B with two label-value pairs a row and its answers marked '[X]'; a contract whose
particulars stand in a numbered schedule at its end; an offer of employment printed from an e-mail. Each is a case
of its own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
fiftyninth`). Every name and number is made up."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from .drawn_forms import QUESTION_HK, Particulars, Sheet, _hkid, truth, write_sheets
from .generator.render import pil_font

PEOPLE = [
    Particulars("LU", "JINGXUAN", "陆静萱", "F", date(1993, 7, 14), "EB6028135", "S481302(%s)", "Quartzline Semiconductor Limited",
                "Yield Engineer", 47200, False, "72684301", True),
    Particulars("HE", "ZHIYUAN", "何志远", "M", date(1990, 2, 3), "E59384721", "Z127845(%s)", "Bluefinch Clinical Research Limited",
                "Biostatistician", 52800, False, "69013527", False),
]
INK = (20, 30, 120)


def applicant_typewriter() -> tuple[Sheet, dict]:
    """Labels set flush right against a column of typed values; the date of birth in three captioned boxes."""
    p = PEOPLE[0]
    s = Sheet()
    s.text(1330, 70, "ID 990A", 34, "sans_bold")
    s.text(120, 150, "PARTICULARS OF THE APPLICANT", 36, "sans_bold")
    rows = [("Surname", p.surname), ("Given names", p.given_names), ("Chinese name", p.name_zh), ("Sex", p.sex),
            ("Date of birth", None), ("Travel document number", p.travel_document_number),
            ("Hong Kong identity card number", _hkid(p.hkid_number)), ("Prospective employer", p.employer_name),
            ("Post", p.position), ("Monthly salary (HK$)", f"{p.monthly_salary_hkd:,}")]
    y = 280
    for label, value in rows:
        width = s.d.textlength(label + ":", font=pil_font("sans", 26))
        s.text(int(760 - width), y, label + ":", 26)
        if value is None:  # three boxes, each captioned above
            for x, caption, part in ((790, "Day", f"{p.date_of_birth.day:02d}"), (920, "Month", f"{p.date_of_birth.month:02d}"),
                                     (1050, "Year", str(p.date_of_birth.year))):
                s.text(x + 4, y - 34, caption, 18)
                s.d.rectangle([x, y - 8, x + (110 if caption != "Year" else 150), y + 40], outline="black", width=2)
                s.text(x + 14, y - 2, part, 32, "mono")
        else:
            s.text(790, y - 2, value, 32, "mono" if value.isascii() else "sans_cjk")
        y += 96
    s.wrapped(120, y + 20, QUESTION_HK, 84, 26, leading=36)
    s.text(790, y + 120, "NO" if not p.hk_local_degree else "YES", 32, "mono")
    s.text(120, y + 124, "Answer (YES/NO):", 26)
    return s, truth(p, "applicant_form")


def applicant_bullets() -> tuple[Sheet, dict]:
    """Each particular a bullet whose label ends in a dash: '• Surname – HE'."""
    p = PEOPLE[1]
    s = Sheet()
    s.text(1330, 70, "ID 990A", 34, "sans_bold")
    s.text(120, 150, "Applicant's particulars (please complete every item)", 32, "sans_bold")
    items = [("Surname", p.surname), ("Given names", p.given_names), ("Name in Chinese characters", p.name_zh),
             ("Sex", "Male" if p.sex == "M" else "Female"), ("Date of birth", p.date_of_birth.strftime("%d %b %Y")),
             ("Number of travel document", p.travel_document_number), ("HK identity card no. (if any)", _hkid(p.hkid_number)),
             ("Employer in Hong Kong", p.employer_name), ("Post to be taken up", p.position),
             ("Monthly salary offered", f"HK${p.monthly_salary_hkd:,}")]
    y = 260
    for label, value in items:
        s.d.ellipse([130, y + 10, 142, y + 22], fill="black")
        x = s.text(170, y, label + " –", 28)
        s.text(x + 24, y - 4, value, 34, "hand_cjk" if not value.isascii() else "hand", INK)
        y += 80
    s.wrapped(170, y + 30, QUESTION_HK, 80, 26, leading=36)
    s.text(170, y + 140, "Reply –", 28)
    s.text(290, y + 134, "No" if not p.hk_local_degree else "Yes", 34, "hand", INK)
    return s, truth(p, "applicant_form")


def employer_letter() -> tuple[Sheet, dict]:
    """A letter listing its particulars; the Talent List answered in a sentence."""
    p = PEOPLE[0]
    s = Sheet()
    s.text(1330, 70, "ID 990B", 34, "sans_bold")
    s.text(120, 150, p.employer_name.upper(), 34, "sans_bold")
    s.text(120, 200, "18/F, Westlands Centre, 20 Westlands Road, Quarry Bay, Hong Kong", 22)
    s.text(120, 300, "The Director of Immigration", 26)
    s.text(120, 340, "Immigration Department, Hong Kong", 26)
    s.text(120, 420, "Dear Sir/Madam,", 26)
    s.text(120, 480, "Employer's supplement: application under the ASMTP", 28, "sans_bold")
    s.wrapped(120, 550, "We confirm that we wish to employ the person below, on the terms set out, and that the "
              "post cannot readily be filled by local workers.", 90, 26, leading=36)
    items = [("Name of applicant", f"{p.surname} {p.given_names.title()}"), ("Post offered", p.position),
             ("Monthly salary", f"HK${p.monthly_salary_hkd:,}"), ("Business Registration No.", p.br_number)]
    y = 680
    for label, value in items:
        s.text(160, y, f"({chr(97 + items.index((label, value)))})", 26)
        s.text(220, y, label, 26)
        s.text(700, y, value, 28)
        y += 60
    s.wrapped(120, y + 40, "The post is " + ("" if p.talent_list else "not ") + "one of the professions on the Talent List "
              "of Hong Kong.", 90, 26, leading=36)
    s.text(120, y + 180, "Yours faithfully,", 26)
    s.text(120, y + 320, "Cheung Ka Wai, Director", 26)
    s.text(120, y + 360, "for and on behalf of " + p.employer_name, 26)
    return s, truth(p, "employer_form")


def employer_pairs() -> tuple[Sheet, dict]:
    """Two label-value pairs a row; answers marked '[X]' in brackets typed on the line."""
    p = PEOPLE[1]
    s = Sheet()
    s.text(1330, 70, "ID 990B", 34, "sans_bold")
    s.text(120, 150, "Part B  Particulars of employer and the employment", 32, "sans_bold")
    rows = [(("Employer", p.employer_name), None),
            (("BR No.", p.br_number), ("Post", p.position)),
            (("Applicant", f"{p.surname} {p.given_names}"), ("Salary/month", f"HK${p.monthly_salary_hkd:,}"))]
    y = 260
    for left, right in rows:
        for x, pair in ((120, left), (900, right)):
            if pair:
                x = s.text(x, y, pair[0] + ":", 26)
                s.text(x + 20, y - 2, pair[1], 28, "mono")
        y += 90
    s.text(120, y + 40, "Is the post under the Talent List of Hong Kong?", 26)
    marks = ("[X] Yes   [ ] No" if p.talent_list else "[ ] Yes   [X] No")
    s.text(900, y + 40, marks, 28, "mono")
    return s, truth(p, "employer_form")


def contract_schedule() -> tuple[Sheet, dict]:
    """General clauses that point to a numbered schedule of particulars at the contract's end."""
    s = Sheet()
    s.text(520, 120, "CONTRACT OF EMPLOYMENT", 40, "serif_bold")
    paras = ["1. The Company named in Item 1 of the Schedule employs the person named in Item 2 of the Schedule in the "
             "position set out in Item 3, on the terms of this contract.",
             "2. Employment begins on the date in Item 4 and continues for the term in Item 5, unless ended earlier under "
             "clause 6.",
             "3. The Company pays the salary in Item 6 monthly in arrears by bank transfer.",
             "4. Annual leave, medical benefits and the Mandatory Provident Fund are as the staff handbook provides."]
    y = 220
    for para in paras:
        s.wrapped(120, y, para, 88, 26, "serif", leading=36, indent=30)
        y += 36 * (len(para) // 86 + 1) + 26
    s.text(650, y + 40, "SCHEDULE", 34, "serif_bold")
    items = [("Item 1", "Company", "Tidewater Genomics Limited"), ("Item 2", "Employee", "YAO Ruoxi (姚若溪)"),
             ("Item 3", "Position", "Senior Bioinformatician"), ("Item 4", "Commencement", "3 May 2027"),
             ("Item 5", "Term", "Thirty-six (36) months"), ("Item 6", "Salary", "HK$61,500 per month")]
    y += 120
    for item, label, value in items:
        s.d.rectangle([120, y, 1540, y + 70], outline="black", width=1)
        s.text(140, y + 20, item, 26, "serif")
        s.text(330, y + 20, label, 26, "serif")
        s.text(700, y + 20, value, 26, "serif")
        y += 70
    s.text(120, y + 100, "Signed for the Company: ____________      Signed by the Employee: ____________", 24, "serif")
    return s, {"employer_name": "Tidewater Genomics Limited", "employee_name": ("YAO RUOXI", "姚若溪"),
               "position": "Senior Bioinformatician", "start_date": "2027-05-03", "term_months": 36,
               "monthly_salary_hkd": 61500.0}


def contract_email() -> tuple[Sheet, dict]:
    """An offer sent by e-mail and printed, with its header lines."""
    s = Sheet()
    y = 120
    for label, value in (("From:", "Talent Acquisition <careers@amberlane-robotics.example>"),
                         ("To:", "Wen Haoran <haoran.wen@mail.example>"), ("Date:", "Tue, 10 Nov 2026 09:12"),
                         ("Subject:", "Offer of employment - Motion Control Engineer")):
        s.text(120, y, label, 24, "sans_bold")
        s.text(260, y, value, 24)
        y += 40
    s.d.line([120, y + 10, 1540, y + 10], fill="black", width=1)
    paras = ["Dear Haoran,",
             "Following your interviews, Amberlane Robotics Limited is delighted to offer you the role of Motion Control "
             "Engineer in our Sha Tin office.",
             "Your first day will be Monday, 1 February 2027. This is a two-year fixed-term appointment.",
             "You will be paid a gross salary of HK$49,600 a month, together with a discretionary bonus.",
             "Please reply to this e-mail to accept the offer by 20 November 2026.",
             "Best regards,", "Grace Lam", "Head of People, Amberlane Robotics Limited"]
    y += 60
    for para in paras:
        s.wrapped(120, y, para, 90, 26, leading=36)
        y += 36 * (len(para) // 88 + 1) + 22
    return s, {"employer_name": "Amberlane Robotics Limited", "employee_name": "WEN HAORAN", "position": "Motion Control Engineer",
               "start_date": "2027-02-01", "term_months": 24, "monthly_salary_hkd": 49600.0}


LAYOUTS = {("applicant_form", "typewriter"): applicant_typewriter, ("applicant_form", "bullets"): applicant_bullets,
           ("employer_form", "letter"): employer_letter, ("employer_form", "pairs"): employer_pairs,
           ("employment_contract", "schedule"): contract_schedule, ("employment_contract", "email"): contract_email}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS)
