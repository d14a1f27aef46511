"""A three-hundred-and-ninety-eighth drawn set, of English work letters, drawn after the stop's last reader change, to be
read cold and left unmended, in wording and layouts no earlier set drew: a letter that a person 'was a valued member of
our engineering department from … to …' and 'At the time of his departure, he held the position of' a post; a boxed
confirmation of rows 'Joined', 'Current designation', 'Status: Active'; a hospital's letter that a doctor 'served this
hospital as' a post 'from July 2012 to August 2020'. Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredninetyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def valued_member() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Riverbend Fine Chemicals (Changzhou) Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 200, ["25 November 2026", "", "To whom it may concern,", "",
                             "Mr. REN Jie was a valued member of our engineering department from 2 November 2015 to 14 April 2023.",
                             "At the time of his departure, he held the position of Senior Process Engineer.", "",
                             "Sincerely,", "", "HR Operations"], 24, "serif", 44)
    return scanned_png(s, "valued"), {"employer": "Riverbend Fine Chemicals (Changzhou) Co., Ltd.", "position": "Senior Process Engineer",
                                      "start_date": "2015-11-02", "end_date": "2023-04-14"}


def boxed_confirmation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Starlake Game Studio (Hangzhou) Co., Ltd.", 28, "sans_bold")
    s.text(560, 180, "Employment Confirmation", 30, "sans_bold")
    s.d.rectangle([180, 260, 1300, 540], outline="black", width=2)
    y = 290
    for label, value in [("Name", "Ms. LI Wanqing"), ("Joined", "12-Sep-2017"), ("Current designation", "Product Manager"),
                         ("Status", "Active")]:
        s.text(220, y, label, 24, "sans")
        s.text(640, y, value, 24, "sans")
        y += 60
    text_lines(s, 180, 600, ["Issued 27 Nov 2026 by People Team"], 24, "sans", 44)
    return scanned_png(s, "boxed"), {"employer": "Starlake Game Studio (Hangzhou) Co., Ltd.", "position": "Product Manager",
                                     "start_date": "2017-09-12"}


def served_this_hospital() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Fuzhou Minjiang People's Hospital", 30, "serif_bold")
    text_lines(s, 160, 200, ["Date: 18 November 2026", "", "CERTIFICATE OF SERVICE", "",
                             "Dr. SUN Yi served this hospital as Attending Physician in the Department of Cardiology from July",
                             "2012 to August 2020.", "", "Medical Affairs Office"], 24, "serif", 44)
    return scanned_png(s, "hospital"), {"employer": "Fuzhou Minjiang People's Hospital", "position": "Attending Physician",
                                        "start_date": "2012-07-01", "end_date": "2020-08-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-valued-member.png", valued_member, "work_experience_letter", "valued-member"),
              ("work-boxed-confirmation.png", boxed_confirmation, "work_experience_letter", "boxed-confirmation"),
              ("work-served-this-hospital.png", served_this_hospital, "work_experience_letter", "served-this-hospital")]
    return write_drawn(folder, papers)
