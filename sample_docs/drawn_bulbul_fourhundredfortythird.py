"""A four-hundred-and-forty-third drawn set, of English work letters, in wording and layouts no earlier set drew: a
verification form of labelled rows in American order (Hire Date 03/15/2016, Separation Date 07/31/2021, 'Eligible for
rehire'); a letter that a person's 'tenure with the bank ran from' one date to another, 'his final grade and title were';
a letter that a person 'worked with us as our' post 'from … until'. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredfortythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def verification_form() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "EMPLOYMENT VERIFICATION", 32, "sans_bold")
    text_lines(s, 200, 220, ["Employee Name:        Mr. JIN Haoyu", "Employer:             Dalian Seaview Software Co., Ltd.",
                             "Job Title:            Senior Test Automation Engineer", "Hire Date:            03/15/2016",
                             "Separation Date:      07/31/2021", "Eligible for rehire:  Yes", "", "Verified by: Human Resources, 11/20/2026"],
               24, "mono", 52)
    return scanned_png(s, "verification"), {"employer": "Dalian Seaview Software Co., Ltd.", "position": "Senior Test Automation Engineer",
                                            "start_date": "2016-03-15", "end_date": "2021-07-31"}


def tenure_ran() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Jinzhou Coastal Commercial Bank Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["19 November 2026", "", "Service Reference", "",
                             "Mr. GU Haotian's tenure with the bank ran from 5 January 2011 to 20 October 2017; his final grade and",
                             "title were Grade M3, Assistant Vice President.", "", "Human Resources Division"], 24, "serif", 44)
    return scanned_png(s, "tenure"), {"employer": "Jinzhou Coastal Commercial Bank Co., Ltd.", "position": "Assistant Vice President",
                                      "start_date": "2011-01-05", "end_date": "2017-10-20"}


def worked_with_us_as_our() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Foshan Kiln Ceramics Group Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["22 November 2026", "", "To whom it may concern,", "",
                             "Ms. SHI Yun worked with us as our Head of Procurement from 1 July 2014 until 31 December 2020.", "",
                             "Yours faithfully,", "", "Group Administration"], 24, "sans", 44)
    return scanned_png(s, "asour"), {"employer": "Foshan Kiln Ceramics Group Co., Ltd.", "position": "Head of Procurement",
                                     "start_date": "2014-07-01", "end_date": "2020-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-verification-form.png", verification_form, "work_experience_letter", "verification-form"),
              ("work-tenure-ran.png", tenure_ran, "work_experience_letter", "tenure-ran"),
              ("work-worked-with-us-as-our.png", worked_with_us_as_our, "work_experience_letter", "worked-with-us-as-our")]
    return write_drawn(folder, papers)
