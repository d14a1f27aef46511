"""A five-hundred-and-eighty-third drawn set, of degrees in English, stop 85's third round, to be read cold before any reader changes
for it, in wording and layouts no earlier set drew: a Hong Kong parchment ('having satisfied the requirements for the award of', the
degree and subject on one line, 'was awarded the degree on' over the date); a Scottish parchment ('We, the Principal and Senatus, hereby
certify that', 'has this day been admitted to the degree of', 'in' on a line of its own between the degree and its subject, 'Given under
the Seal of the University'). Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredeightythird`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def award_of() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(360, 110, "THE HARBOUR POLYTECHNIC UNIVERSITY", 38, "serif_bold")
    text_lines(s, 300, 250, ["It is hereby certified that", "", "XU Mengting", "", "having satisfied the requirements for the award of",
                             "Master of Science in Fashion and Textiles", "", "was awarded the degree on", "30 October 2020"], 27, "serif", 54)
    text_lines(s, 300, 850, ["President", "", "Registration No. HPU/2020/MSC/5521"], 22, "serif", 40)
    return scanned_png(s, "awardof"), {"holder_name": "XU Mengting", "institution": "THE HARBOUR POLYTECHNIC UNIVERSITY", "degree": ("Master of Science",),
                                       "major": "Fashion and Textiles", "date_awarded": "2020-10-30", "certificate_number": "HPU/2020/MSC/5521"}


def senatus() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 110, "University of Glenmoray", 42, "serif_bold")
    text_lines(s, 300, 250, ["We, the Principal and Senatus, hereby certify that", "", "Yang Siyu", "",
                             "having completed the prescribed course, has this day been admitted to the degree of", "", "MASTER OF LETTERS",
                             "in", "CREATIVE WRITING", "", "Given under the Seal of the University, 24 June 2022"], 26, "serif", 52)
    text_lines(s, 300, 950, ["Principal                                        Secretary of Senatus"], 22, "serif", 40)
    return scanned_png(s, "senatus"), {"holder_name": "Yang Siyu", "institution": "University of Glenmoray", "degree": ("MASTER OF LETTERS",),
                                       "major": "CREATIVE WRITING", "date_awarded": "2022-06-24"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-award-of.png", award_of, "degree_certificate", "award-of"),
              ("degree-senatus.png", senatus, "degree_certificate", "senatus")]
    return write_drawn(folder, papers)
