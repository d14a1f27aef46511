"""A five-hundred-and-ninety-second drawn set, of degrees in English from Asian universities, stop 85's fourth round, to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: a Senate that 'hereby confers upon' its graduate a degree in
capitals with the subject in brackets ('BACHELOR OF ENGINEERING (MECHANICAL ENGINEERING)'), 'with Honours (Distinction)'; a diploma of
labels titled 'DIPLOMA' ('Degree: Master of Arts in International Studies', 'Date of Conferment', 'Diploma No.'), dates month first. Each
is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredninetysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def confers_upon() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(400, 110, "STRAITS TECHNOLOGICAL UNIVERSITY", 40, "serif_bold")
    text_lines(s, 280, 250, ["The Senate of Straits Technological University hereby confers upon", "", "LEE JIAHUI", "", "the degree of", "",
                             "BACHELOR OF ENGINEERING (MECHANICAL ENGINEERING)", "with Honours (Distinction)", "", "14 July 2022"], 26, "serif", 52)
    text_lines(s, 280, 880, ["President", "", "Certificate No: STU/B/22/118204"], 22, "serif", 40)
    return scanned_png(s, "confersupon"), {"holder_name": "LEE Jiahui", "institution": "STRAITS TECHNOLOGICAL UNIVERSITY",
                                           "degree": ("BACHELOR OF ENGINEERING",), "major": "MECHANICAL ENGINEERING", "date_awarded": "2022-07-14",
                                           "certificate_number": "STU/B/22/118204"}


def diploma_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(470, 100, "KORYO NATIONAL UNIVERSITY", 40, "serif_bold")
    s.text(720, 170, "DIPLOMA", 36, "serif_bold")
    y = text_lines(s, 260, 280, ["Name: ZHAO Xinyue", "Date of Birth: March 5, 1996", "Degree: Master of Arts in International Studies",
                                 "Date of Conferment: August 26, 2021", "Diploma No.: KNU-2021-M-0437"], 26, "sans", 58)
    text_lines(s, 260, y + 50, ["This is to certify that the above person has completed the Master's program of the Graduate School",
                                "and is awarded the degree stated above."], 23, "serif", 44)
    text_lines(s, 260, y + 260, ["President, Koryo National University"], 22, "serif", 40)
    return scanned_png(s, "diplomalabels"), {"holder_name": "ZHAO Xinyue", "institution": "KORYO NATIONAL UNIVERSITY", "degree": ("Master of Arts",),
                                             "major": "International Studies", "date_awarded": "2021-08-26", "certificate_number": "KNU-2021-M-0437"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-confers-upon.png", confers_upon, "degree_certificate", "confers-upon"),
              ("degree-diploma-labels.png", diploma_labels, "degree_certificate", "diploma-labels")]
    return write_drawn(folder, papers)
