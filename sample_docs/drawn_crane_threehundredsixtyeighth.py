"""A three-hundred-and-sixty-eighth drawn set, of English work letters, drawn after the stop's
second round of reader changes and read cold before any change for it, in wording and layouts no earlier set drew: a certificate whose rows are 'Name of staff',
'Designation held', 'Engaged from', 'Released on'; a letter that a person 'served on the staff of' a group named only in
its sentence; a letter of a person who 'has worked full-time for' a company 'since Sept. 1st, 2015' and 'currently holds
the title of' a post. Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredsixtyeighth`). Every
name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def engaged_and_released() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Silverbirch Environmental Technology (Hangzhou) Co., Ltd.", 28, "serif_bold")
    s.text(620, 190, "CERTIFICATE OF EMPLOYMENT", 30, "serif_bold")
    y = 300
    for label, value in [("Name of staff", "Mr. REN Haotian"), ("Designation held", "Water Treatment Process Engineer"),
                         ("Engaged from", "12 July 2015"), ("Released on", "28 February 2022")]:
        s.text(200, y, label, 26, "serif")
        s.text(640, y, value, 26, "serif")
        y += 64
    text_lines(s, 200, y + 60, ["Certified this 10th day of November 2026.", "", "Personnel Section"], 24, "serif", 44)
    return scanned_png(s, "engaged"), {"employer": "Silverbirch Environmental Technology (Hangzhou) Co., Ltd.",
                                       "position": "Water Treatment Process Engineer", "start_date": "2015-07-12",
                                       "end_date": "2022-02-28"}


def on_the_staff_of() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 160, 140, ["3 December 2026", "", "To the Immigration Department of Hong Kong,", "",
                             "This letter confirms that Ms. WEI Jia served on the staff of Tianfu Cultural Tourism Development",
                             "Group Co., Ltd. as Marketing Communications Lead between 2016 and 2021.", "",
                             "For any query please write to hr@example.com.", "", "Human Capital Office"], 24, "serif", 44)
    return scanned_png(s, "onstaff"), {"employer": "Tianfu Cultural Tourism Development Group Co., Ltd.",
                                       "position": "Marketing Communications Lead"}


def full_time_since() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "LUMEN OPTICS (CHENGDU) CO., LTD.", 28, "sans_bold")
    text_lines(s, 160, 190, ["Nov. 26, 2026", "", "Employment Letter", "",
                             "Mr. DAI Rui has worked full-time for Lumen Optics (Chengdu) Co., Ltd. since Sept. 1st, 2015, and",
                             "currently holds the title of Optical Test Engineer.", "",
                             "Respectfully,", "", "HR Business Partner"], 24, "sans", 44)
    return scanned_png(s, "fulltimesince"), {"employer": ("LUMEN OPTICS (CHENGDU) CO., LTD.", "Lumen Optics (Chengdu) Co., Ltd."),
                                             "position": "Optical Test Engineer", "start_date": "2015-09-01"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-engaged-and-released.png", engaged_and_released, "work_experience_letter", "engaged-and-released"),
              ("work-on-the-staff-of.png", on_the_staff_of, "work_experience_letter", "on-the-staff-of"),
              ("work-full-time-since.png", full_time_since, "work_experience_letter", "full-time-since")]
    return write_drawn(folder, papers)
