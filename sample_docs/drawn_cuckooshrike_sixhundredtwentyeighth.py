"""A six-hundred-and-twenty-eighth drawn set, of applicants' forms and a plan, drawn after stop 86's last reader change to be read cold, in
wording and layouts no earlier set drew: an ID 990A typed with captions under its labels ('(as in travel document)'), the sex a letter,
the date of birth in ISO form and the Hong Kong degree a 'Y/N' box holding N; an ID 990A filled in by hand in a ruled table whose name
is one field, surname first ('Name in English (surname first)'); a plan in English whose figures are labelled lines ('Paid-up capital:',
'Projected turnover for the first year of operation:', 'Number of local staff to be employed:'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set sixhundredtwentyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def captions_under_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 120, "PART A  APPLICANT", 30, "sans_bold")
    y = 210
    for label, caption, value in [("Surname", "(as in travel document)", "GUO"), ("Given names", "(as in travel document)", "SIQI"),
                                  ("Chinese name", "", "郭思琪"), ("Sex (M/F)", "", "F"), ("Date of birth", "(YYYY-MM-DD)", "1993-07-05"),
                                  ("Travel document no.", "", "EH5581204"), ("Employer in Hong Kong", "", "Palmstone Analytics Limited"),
                                  ("Post", "", "Quantitative Researcher"), ("Monthly salary", "(HK$)", "58,000")]:
        s.text(140, y, label, 24, "sans")
        if caption:
            s.text(140, y + 30, caption, 18, "sans")
        s.text(620, y, value, 26, "sans" if value.isascii() else "sans_cjk")
        y += 78
    s.text(140, y + 10, "Holder of a degree from a Hong Kong university? (Y/N)", 24, "sans")
    s.d.rectangle([860, y + 4, 900, y + 44], outline="black", width=2)
    s.text(870, y + 8, "N", 28, "hand", (20, 30, 120))
    return scanned_png(s, "captions"), {"surname": "GUO", "given_names": "SIQI", "name_zh": "郭思琪", "sex": "F", "date_of_birth": "1993-07-05",
                                        "travel_document_number": "EH5581204", "employer_name": "Palmstone Analytics Limited",
                                        "position": "Quantitative Researcher", "monthly_salary_hkd": 58000.0, "hk_local_degree": False}


def surname_first_by_hand() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(140, 120, "Particulars of the applicant", 30, "sans_bold")
    rows = [("Name in English (surname first)", "WEN HAORAN"), ("Name in Chinese", ""), ("Date of birth (dd/mm/yyyy)", "09/01/1992"),
            ("Travel document number", "EG3306718"), ("Name of employer", "Quayline Marine Survey Limited"), ("Post", "Marine Surveyor"),
            ("Monthly salary (HK$)", "36,500")]
    _ruled(s, 140, 200, [[label, ""] for label, _ in rows], [560, 800], 76, 24)
    for k, (_, value) in enumerate(rows):
        if value:
            s.text(720, 200 + 76 * k + 20, value, 32, "hand", (20, 30, 120))
    s.text(720, 200 + 76 + 18, "温浩然", 32, "sans_cjk", (20, 30, 120))
    return scanned_png(s, "surnamefirst"), {"surname": "WEN", "given_names": "HAORAN", "name_zh": "温浩然", "date_of_birth": "1992-01-09",
                                            "travel_document_number": "EG3306718", "employer_name": "Quayline Marine Survey Limited",
                                            "position": "Marine Surveyor", "monthly_salary_hkd": 36500.0}


def plan_labelled_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Kitefield Learning Limited", 32, "serif_bold")
    s.text(140, 150, "Business plan summary", 26, "serif")
    text_lines(s, 140, 240, ["Business: after-school coding courses for primary pupils in Sha Tin and Tai Po.",
                             "Paid-up capital: HK$800,000", "Projected turnover for the first year of operation: HK$3.2 million",
                             "Projected turnover for the second year: HK$4.5 million",
                             "Number of local staff to be employed: 4 (first year), 7 (second year)",
                             "Premises: a 1,200 sq ft unit in Sha Tin, lease signed from January 2027."], 24, "serif", 50)
    return scanned_png(s, "planlines"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 3200000.0, "local_jobs": 4}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-captions.png", captions_under_labels, "applicant_form", "captions"),
              ("id990a-surname-first.png", surname_first_by_hand, "applicant_form", "surname-first"),
              ("plan-labelled-lines.png", plan_labelled_lines, "business_plan", "labelled-lines")]
    return write_drawn(folder, papers)
