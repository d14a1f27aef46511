"""A five-hundred-and-twenty-seventh drawn set, of degrees in English, drawn for stop 84's first round, to be read cold before any
reader changes for it, in wording and layouts no earlier set drew: a diploma set for display whose date is written in words ('this
twenty-fifth day of June, Two Thousand and Twenty-One'), the subject after 'in' on a line of its own; an award record whose labels
are an awarding body's ('Award Title', 'Area of Specialisation', 'Date of Award', 'Parchment Serial'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredtwentyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def display_date_in_words() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(430, 110, "Pearl Delta Polytechnic University", 40, "serif_bold")
    y = text_lines(s, 560, 230, ["The Senate hereby confers upon"], 24, "serif", 48)
    s.text(620, y + 20, "LUO Xinyi", 38, "serif_bold")
    y = text_lines(s, 640, y + 110, ["the degree of"], 24, "serif", 48)
    s.text(500, y + 10, "Master of Engineering", 36, "serif_bold")
    y = text_lines(s, 720, y + 80, ["in"], 24, "serif", 48)
    s.text(520, y + 10, "Structural Engineering", 34, "serif_bold")
    text_lines(s, 200, y + 110, ["Given under the seal of the University this twenty-fifth day of June,", "Two Thousand and Twenty-One.", "",
                                 "", "President", "", "No. PDPU-ME-2021-0447"], 23, "serif", 46)
    return scanned_png(s, "dispwords"), {"holder_name": "LUO Xinyi", "institution": "Pearl Delta Polytechnic University",
                                         "degree": ("Master of Engineering",), "major": "Structural Engineering", "date_awarded": "2021-06-25",
                                         "certificate_number": "PDPU-ME-2021-0447"}


def award_record_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "Westbay College of Business", 38, "serif_bold")
    s.text(600, 170, "AWARD RECORD", 30, "sans_bold")
    y = 270
    for label, value in [("Recipient", "Ms DU Wanqing"), ("Award Title", "Bachelor of Business Administration"),
                         ("Area of Specialisation", "Supply Chain Management"), ("Classification", "Second Class Honours (Upper Division)"),
                         ("Date of Award", "08/07/2020"), ("Parchment Serial", "WCB/BBA/20/01163")]:
        s.text(180, y, label, 24, "sans")
        s.text(620, y, value, 24, "sans")
        y += 64
    text_lines(s, 180, y + 80, ["Dates are given as day/month/year.", "", "Academic Registrar"], 22, "serif", 44)
    return scanned_png(s, "awardrec"), {"holder_name": "DU Wanqing", "institution": "Westbay College of Business",
                                        "degree": ("Bachelor of Business Administration",), "major": "Supply Chain Management",
                                        "date_awarded": "2020-07-08", "certificate_number": "WCB/BBA/20/01163"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-display-date-in-words.png", display_date_in_words, "degree_certificate", "display-date-in-words"),
              ("degree-award-record-labels.png", award_record_labels, "degree_certificate", "award-record-labels")]
    return write_drawn(folder, papers)
