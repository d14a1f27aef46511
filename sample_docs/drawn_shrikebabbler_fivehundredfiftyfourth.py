"""A five-hundred-and-fifty-fourth drawn set, of degrees in English, drawn for stop 84's fourth round, to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: a certificate signed 'For and on behalf of the University of …' (the school
named only there), its number a 'Serial'; a translation whose holder's name is given name first ('Xinyu ZHAO') and whose major is a
labelled line under the sentence. Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredfiftyfourth`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def on_behalf_of_the_university() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "CERTIFICATE", 38, "serif_bold")
    text_lines(s, 160, 220, ["It is hereby certified that Ms. XUE Ningning has been granted the degree of Doctor of Philosophy in",
                             "Marine Ecology with effect from 17 March 2023.", "", "", "For and on behalf of the University of Northshire", "",
                             "", "Secretary to the Senate", "", "Serial: NS/2023/PHD/0071"], 23, "serif", 46)
    return scanned_png(s, "onbehalf"), {"holder_name": "XUE Ningning", "institution": "University of Northshire", "degree": ("Doctor of Philosophy",),
                                        "major": "Marine Ecology", "date_awarded": "2023-03-17", "certificate_number": "NS/2023/PHD/0071"}


def given_name_first_major_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "Bachelor's Degree Certificate", 36, "serif_bold")
    s.text(690, 160, "(Translation)", 22, "serif")
    text_lines(s, 160, 250, ["Xinyu ZHAO, female, born on 21 July 1998, has completed the undergraduate studies at Liaoxi University of",
                             "Finance and Economics and has been awarded the degree of Bachelor of Economics.", "",
                             "Major: International Economics and Trade", "", "Liaoxi University of Finance and Economics", "June 24, 2020", "",
                             "Certificate No.: 1924242020000635"], 23, "serif", 46)
    return scanned_png(s, "givenfirst"), {"holder_name": ("ZHAO Xinyu", "Xinyu ZHAO"), "institution": "Liaoxi University of Finance and Economics",
                                          "degree": ("Bachelor of Economics",), "major": "International Economics and Trade",
                                          "date_awarded": "2020-06-24", "certificate_number": "1924242020000635"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-on-behalf-of-the-university.png", on_behalf_of_the_university, "degree_certificate", "on-behalf-of-the-university"),
              ("degree-given-name-first-major-line.png", given_name_first_major_line, "degree_certificate", "given-name-first-major-line")]
    return write_drawn(folder, papers)
