"""A three-hundred-and-fifty-third drawn set, of work letters and a degree, drawn at the end of stop 77 after its last
reader change, to be read cold and left unmended, in wording and layouts no earlier set drew: an English letter of a
person who 'has been part of our team … from … to …' and 'held the title of …'; an English verification addressed to
the Immigration Department with its particulars on short labelled lines ('Start date', 'End date', 'Last designation');
a Hong Kong university's degree 'conferred' on a Mainland holder, its school named in both languages. Each is a case
of its own (`scripts/bench_drawn_forms.py --set threehundredfiftythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def part_of_our_team() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Silverline Biotech (Shenzhen) Co., Ltd.", 30, "serif_bold")
    text_lines(s, 160, 200, ["12 October 2023", "", "To whom it may concern", "",
                             "Ms. OU Yating has been part of our team at Silverline Biotech (Shenzhen) Co., Ltd. from 6 June 2016",
                             "to 30 September 2023. She held the title of Clinical Data Manager.", "", "Kind regards,", "", "Jason KE",
                             "People Operations"], 24, "serif", 44)
    return scanned_png(s, "team"), {"employer": "Silverline Biotech (Shenzhen) Co., Ltd.", "position": "Clinical Data Manager",
                                    "start_date": "2016-06-06", "end_date": "2023-09-30"}


def addressed_to_immigration() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Nanhai Robotics (Foshan) Co., Ltd.", 30, "serif_bold")
    text_lines(s, 160, 200, ["2 November 2020", "", "To: Immigration Department, HKSAR", "",
                             "We hereby verify the employment of Mr. LEI Zhen with Nanhai Robotics (Foshan) Co., Ltd.", "",
                             "Start date: 01/11/2014", "End date: 31/10/2020", "Last designation: Automation Engineer", "",
                             "Authorised signatory"], 24, "serif", 44)
    return scanned_png(s, "immigration"), {"employer": "Nanhai Robotics (Foshan) Co., Ltd.", "position": "Automation Engineer",
                                           "start_date": "2014-11-01", "end_date": "2020-10-31"}


def hong_kong_conferred() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 110, "THE UNIVERSITY OF VICTORIA HARBOUR", 38, "serif_bold")
    s.text(720, 170, "維港大學", 36, "serif_cjk")
    y = 300
    for line, size in [("It is hereby certified that", 26), ("ZHAO Qianqian", 42), ("having satisfied the requirements", 26),
                       ("was conferred the degree of", 26), ("Master of Social Sciences in Media Management", 34),
                       ("on 12 November 2020", 26)]:
        s.text(300, y, line, size, "serif")
        y += 84
    return scanned_png(s, "hkconferred"), {"holder_name": "ZHAO QIANQIAN", "degree": ("Master of Social Sciences",
                                                                                     "Master of Social Sciences in Media Management"),
                                           "major": "Media Management",
                                           "institution": ("The University of Victoria Harbour", "University of Victoria Harbour", "維港大學"),
                                           "date_awarded": "2020-11-12"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-part-of-our-team.png", part_of_our_team, "work_experience_letter", "part-of-our-team"),
              ("work-addressed-to-immigration.png", addressed_to_immigration, "work_experience_letter", "addressed-to-immigration"),
              ("degree-hong-kong-conferred.png", hong_kong_conferred, "degree_certificate", "hong-kong-conferred")]
    return write_drawn(folder, papers)
