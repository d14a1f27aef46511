"""A five-hundred-and-forty-eighth drawn set, of degrees in English, drawn for stop 84's fourth round, to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: a testamur whose specialisation stands in brackets on the line under the
degree ('Master of Information Technology' / '(Cyber Security)'); a registrar's record whose degree is given by its initials with the
subject after 'in' ('Degree Awarded: B.S. in Mechanical Engineering', 'Date: May 15, 2021'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredfortyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def testamur_bracketed_specialisation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "Southern Cross University of Sydney West", 34, "serif_bold")
    s.text(700, 170, "TESTAMUR", 28, "serif")
    y = text_lines(s, 600, 260, ["This is to certify that"], 24, "serif", 48)
    s.text(640, y + 20, "HAO Mingyue", 36, "serif_bold")
    y = text_lines(s, 420, y + 100, ["having fulfilled the requirements, was admitted to the degree of"], 24, "serif", 48)
    s.text(440, y + 20, "Master of Information Technology", 34, "serif_bold")
    s.text(620, y + 80, "(Cyber Security)", 28, "serif")
    text_lines(s, 200, y + 170, ["on 15 December 2022.", "", "", "Chancellor                         Vice-Chancellor", "",
                                 "Testamur No: SCUSW-2022-118406"], 23, "serif", 46)
    return scanned_png(s, "testbrack"), {"holder_name": "HAO Mingyue", "institution": "Southern Cross University of Sydney West",
                                         "degree": ("Master of Information Technology",), "major": "Cyber Security",
                                         "date_awarded": "2022-12-15", "certificate_number": "SCUSW-2022-118406"}


def registrar_record_initials() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Lakemont State University", 30, "serif_bold")
    s.text(160, 140, "Office of the University Registrar", 22, "serif")
    s.text(560, 230, "DEGREE VERIFICATION", 30, "serif_bold")
    y = 320
    for label, value in [("Student", "LU Kai"), ("Degree Awarded", "B.S. in Mechanical Engineering"), ("Date", "May 15, 2021"),
                         ("Honors", "Cum Laude"), ("Record Number", "LSU-21-BS-77120")]:
        s.text(180, y, label + ":", 24, "serif")
        s.text(560, y, value, 24, "serif")
        y += 56
    return scanned_png(s, "regrecord"), {"holder_name": "LU Kai", "institution": "Lakemont State University",
                                         "degree": ("B.S.", "Bachelor of Science", "BS"), "major": "Mechanical Engineering",
                                         "date_awarded": "2021-05-15", "certificate_number": "LSU-21-BS-77120"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-testamur-bracketed-specialisation.png", testamur_bracketed_specialisation, "degree_certificate",
               "testamur-bracketed-specialisation"),
              ("degree-registrar-record-initials.png", registrar_record_initials, "degree_certificate", "registrar-record-initials")]
    return write_drawn(folder, papers)
