"""A five-hundred-and-ninetieth drawn set, of degrees in English, stop 85's fourth round, to be read cold before any reader changes for
it, in wording and layouts no earlier set drew: an Irish parchment ('was conferred with the degree of', 'at the Conferring Ceremony held
on …', its honours class on a line of its own); an American diploma with the subject after a label inside its sentences ('Major:
Statistics', 'has accordingly been admitted to that Degree'), dated 'on the fifteenth day of May in the year two thousand and twenty'.
Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredninetieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def conferred_with() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 110, "National University of Westport", 40, "serif_bold")
    text_lines(s, 300, 250, ["This is to certify that", "", "ZENG Yuxuan", "", "was conferred with the degree of", "",
                             "Bachelor of Business Studies (Honours)", "First Class Honours", "",
                             "at the Conferring Ceremony held on 4 November 2021"], 27, "serif", 52)
    text_lines(s, 300, 880, ["President", "", "Parchment No. 21-BBS-07731"], 22, "serif", 40)
    return scanned_png(s, "conferredwith"), {"holder_name": "ZENG Yuxuan", "institution": "National University of Westport",
                                             "degree": ("Bachelor of Business Studies (Honours)", "Bachelor of Business Studies"),
                                             "date_awarded": "2021-11-04", "certificate_number": "21-BBS-07731"}


def major_label_inline() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "Lakehurst College", 44, "serif_bold")
    text_lines(s, 240, 250, ["The Trustees of Lakehurst College, on the recommendation of the Faculty, certify that", "", "Kang Yutong", "",
                             "having completed the studies and satisfied the requirements for the Degree of", "", "Bachelor of Science", "",
                             "Major: Statistics", "", "has accordingly been admitted to that Degree with all the honors, rights and privileges",
                             "belonging thereto. Given at Lakehurst, Ohio, on the fifteenth day of May in the year two thousand and twenty."],
               24, "serif", 48)
    text_lines(s, 240, 950, ["President of the College                              Secretary of the Board"], 22, "serif", 40)
    return scanned_png(s, "majorinline"), {"holder_name": "Kang Yutong", "institution": "Lakehurst College", "degree": ("Bachelor of Science",),
                                           "major": "Statistics", "date_awarded": "2020-05-15"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-conferred-with.png", conferred_with, "degree_certificate", "conferred-with"),
              ("degree-major-label-inline.png", major_label_inline, "degree_certificate", "major-label-inline")]
    return write_drawn(folder, papers)
