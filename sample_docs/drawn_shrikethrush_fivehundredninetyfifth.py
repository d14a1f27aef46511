"""A five-hundred-and-ninety-fifth drawn set, of Mainland degrees in their official English, stop 85's fifth round, to be read cold before
any reader changes for it, in wording and layouts no earlier set drew: a bachelor's degree 'hereby granted the Bachelor of Engineering
Degree' after 'the four-year undergraduate program in … at …'; a master's degree 'majoring in …' before the programme, 'is awarded the
Master's Degree in Management', the school named only by its president's signature. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredninetyfifth`). Every name and number is made up; 19206 and 19205 are no real
institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def granted_degree() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "DEGREE CERTIFICATE", 40, "serif_bold")
    y = text_lines(s, 180, 240, ["This is to certify that Mr. Ye Junjie, born on 9 September 1997, has completed the four-year undergraduate",
                                 "program in Software Engineering at Hexi University of Technology and is hereby granted the Bachelor of",
                                 "Engineering Degree."], 24, "serif", 48)
    text_lines(s, 760, y + 100, ["Chairman, Academic Degree Committee", "of Hexi University of Technology", "", "Date: June 30, 2020"], 23, "serif", 44)
    s.text(180, y + 360, "Certificate No.: 1920642020000315", 22, "serif")
    _chop(s, 420, y + 200, "河西理工大学")
    return scanned_png(s, "granted"), {"holder_name": "Ye Junjie", "institution": "Hexi University of Technology",
                                       "degree": ("Bachelor of Engineering", "Bachelor of Engineering Degree"), "major": "Software Engineering",
                                       "date_awarded": "2020-06-30", "certificate_number": "1920642020000315"}


def majoring_in_first() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 110, "MASTER'S DEGREE CERTIFICATE", 38, "serif_bold")
    y = text_lines(s, 180, 240, ["It is hereby certified that Ms. Bai Xue, female, born on April 1, 1994, majoring in Business Administration,",
                                 "has completed the graduate program and passed the examinations and thesis defence. In accordance with",
                                 "the Regulations on Academic Degrees of the People's Republic of China, she is awarded the Master's",
                                 "Degree in Management."], 24, "serif", 48)
    text_lines(s, 760, y + 100, ["President of Yunling University", "", "July 2, 2019"], 23, "serif", 44)
    s.text(180, y + 320, "No. 1920532019001147", 22, "serif")
    return scanned_png(s, "majoringfirst"), {"holder_name": "Bai Xue", "institution": "Yunling University",
                                             "degree": ("Master of Management", "Master's Degree in Management"), "major": "Business Administration",
                                             "date_awarded": "2019-07-02", "certificate_number": "1920532019001147"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-granted.png", granted_degree, "degree_certificate", "granted"),
              ("degree-majoring-in-first.png", majoring_in_first, "degree_certificate", "majoring-in-first")]
    return write_drawn(folder, papers)
