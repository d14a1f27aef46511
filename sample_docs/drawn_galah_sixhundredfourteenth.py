"""A six-hundred-and-fourteenth drawn set, of an offer and a translated degree, drawn in stop 86's third round to be read cold before
any reader changes for it, in wording and layouts no earlier set drew: an offer whose pay is a yearly sum in twelve monthly parts
('HK$720,000 per annum, payable in twelve equal monthly instalments') for 'a fixed term of two years' commencing on a date; a
Japanese university's diploma in English translation ('The above person has completed the Master's Program … and is hereby awarded
the degree of Master of Economics'), its holder and birth date in labelled lines. Each is a case of its own
(`scripts/bench_drawn_forms.py --set sixhundredfourteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def offer_per_annum() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Lantau Reinsurance Brokers Limited", 32, "serif_bold")
    s.text(140, 150, "28/F, 1 Harbour View Street, Central, Hong Kong", 22, "serif")
    y = text_lines(s, 140, 250, ["20 November 2026", "", "Ms. YE Lan", "Flat 9C, 55 Meihua Road, Futian, Shenzhen", "", "Dear Ms. Ye,",
                                 "", "We are pleased to offer you the position of Senior Actuarial Analyst in our Treaty Pricing team.",
                                 "Your employment will commence on 3 May 2027 for a fixed term of two years. Your salary will be",
                                 "HK$720,000 per annum, payable in twelve equal monthly instalments, and you will be entitled to",
                                 "18 working days of annual leave.", "",
                                 "Please sign and return the duplicate of this letter to confirm your acceptance.", "", "Yours sincerely,"],
                   24, "serif", 44)
    text_lines(s, 140, y + 90, ["CHAN Wing Sze", "Head of People"], 24, "serif", 42)
    return scanned_png(s, "perannum"), {"employer_name": "Lantau Reinsurance Brokers Limited", "employee_name": ("YE Lan", "YE LAN"),
                                        "position": "Senior Actuarial Analyst", "start_date": "2027-05-03", "term_months": 24,
                                        "monthly_salary_hkd": 60000.0}


def japanese_diploma_translated() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 110, "DIPLOMA", 44, "serif_bold")
    s.text(640, 170, "(English Translation)", 24, "serif")
    text_lines(s, 220, 280, ["Name: SUN Haoyu", "Date of Birth: May 8, 1997", "",
                                 "The above person has completed the Master's Program in the Graduate School of Economics",
                                 "of this University and is hereby awarded the degree of Master of Economics.", "",
                                 "September 25, 2022", "", "President, Kansai Bay University", "", "Diploma No. Shu-Kei 412"],
                   26, "serif", 50)
    return scanned_png(s, "japanese"), {"holder_name": ("SUN Haoyu", "SUN HAOYU"), "institution": "Kansai Bay University",
                                        "degree": "Master of Economics", "date_awarded": "2022-09-25"}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-offer-per-annum.png", offer_per_annum, "employment_contract", "offer-per-annum"),
              ("degree-japanese-translated.png", japanese_diploma_translated, "degree_certificate", "japanese-translated")]
    return write_drawn(folder, papers)
