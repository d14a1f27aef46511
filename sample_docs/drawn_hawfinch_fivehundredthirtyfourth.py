"""A five-hundred-and-thirty-fourth drawn set, of degrees in English, drawn for stop 84's second round, to be read cold before any
reader changes for it, in wording and layouts no earlier set drew: 'was admitted to the award of' with the class on a line of its
own and the subject after 'in', 'at a congregation held on'; a degree conferred by a board of trustees 'on the recommendation of the
Faculty', the holder in mixed case with the given name last, the date in words with the year in words ('the twentieth day of May, in
the year two thousand twenty-three'). Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredthirtyfourth`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def admitted_to_the_award() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 100, "University of Eastmoor", 40, "serif_bold")
    y = text_lines(s, 560, 220, ["This is to certify that"], 24, "serif", 48)
    s.text(610, y + 20, "ZHONG Yiming", 36, "serif_bold")
    y = text_lines(s, 380, y + 100, ["having completed an approved programme of study and satisfied the examiners",
                                     "was admitted to the award of"], 24, "serif", 48)
    s.text(440, y + 20, "Bachelor of Engineering with Honours", 34, "serif_bold")
    y = text_lines(s, 650, y + 90, ["First Class", "in"], 24, "serif", 48)
    s.text(500, y + 10, "Mechanical Engineering", 34, "serif_bold")
    text_lines(s, 200, y + 110, ["at a congregation held on 14 July 2022.", "", "", "Vice-Chancellor", "", "Certificate number: UE/22/BEng/40917"],
               23, "serif", 46)
    return scanned_png(s, "awardof"), {"holder_name": "ZHONG Yiming", "institution": "University of Eastmoor",
                                       "degree": ("Bachelor of Engineering", "Bachelor of Engineering with Honours"),
                                       "major": "Mechanical Engineering", "date_awarded": "2022-07-14",
                                       "certificate_number": "UE/22/BEng/40917"}


def trustees_year_in_words() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "Bayshore University", 42, "serif_bold")
    text_lines(s, 200, 230, ["The Trustees of Bayshore University, on the recommendation of the Faculty, have conferred upon",
                             "Chen Siyu", "the degree of Master of Science in Biostatistics, with all the rights and privileges thereto pertaining.",
                             "", "Given at Bayshore on the twentieth day of May, in the year two thousand twenty-three.", "", "",
                             "President                                   Secretary of the Trustees", "", "Diploma 23-MS-0713"],
               24, "serif", 50)
    return scanned_png(s, "trustees"), {"holder_name": ("CHEN Siyu", "Chen Siyu"), "institution": "Bayshore University",
                                        "degree": ("Master of Science",), "major": "Biostatistics", "date_awarded": "2023-05-20",
                                        "certificate_number": "23-MS-0713"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-admitted-to-the-award.png", admitted_to_the_award, "degree_certificate", "admitted-to-the-award"),
              ("degree-trustees-year-in-words.png", trustees_year_in_words, "degree_certificate", "trustees-year-in-words")]
    return write_drawn(folder, papers)
