"""A five-hundred-and-seventy-sixth drawn set, of degrees in English, stop 85's second round, to be read cold before any reader changes
for it, in wording and layouts no earlier set drew: a Senate's parchment whose subject stands on its own line under the degree (no 'in'),
'with Distinction', 'Dated at Halifax, Nova Scotia, this 30th day of May, 2018'; an award certificate of labels ('Name of Candidate',
'Award', 'Subject', 'Classification', 'Date of Award', 'Awarding Body'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredseventysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def senate_subject_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 110, "NORTHFIELD UNIVERSITY", 42, "serif_bold")
    text_lines(s, 300, 250, ["The Senate, on the recommendation of the Faculty of Engineering,", "has conferred upon", "", "LIU JIAHAO", "",
                             "the degree of", "Bachelor of Applied Science", "Mechanical Engineering", "with Distinction", "",
                             "Dated at Halifax, Nova Scotia, this 30th day of May, 2018."], 27, "serif", 52)
    text_lines(s, 300, 950, ["Chair of Senate                                    Registrar", "", "No. NU-2018-BASC-3390"], 22, "serif", 40)
    return scanned_png(s, "senatesubject"), {"holder_name": "LIU Jiahao", "institution": "NORTHFIELD UNIVERSITY", "degree": ("Bachelor of Applied Science",),
                                             "major": "Mechanical Engineering", "date_awarded": "2018-05-30", "certificate_number": "NU-2018-BASC-3390"}


def award_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "AWARD CERTIFICATE", 40, "serif_bold")
    rows = [("Name of Candidate", "CAO Yifan"), ("Award", "Master of Research"), ("Subject", "Marine Biology"), ("Classification", "Distinction"),
            ("Date of Award", "30 November 2021"), ("Awarding Body", "University of Southcliff"), ("Certificate No", "SC21-117842")]
    for n, (label, value) in enumerate(rows):
        s.text(220, 260 + 68 * n, label, 26, "serif_bold")
        s.text(720, 260 + 68 * n, value, 26, "serif")
    s.text(220, 820, "Academic Registrar", 22, "serif")
    return scanned_png(s, "awardlabels"), {"holder_name": "CAO Yifan", "institution": "University of Southcliff", "degree": ("Master of Research",),
                                           "major": "Marine Biology", "date_awarded": "2021-11-30", "certificate_number": "SC21-117842"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-senate-subject-line.png", senate_subject_line, "degree_certificate", "senate-subject-line"),
              ("degree-award-labels.png", award_labels, "degree_certificate", "award-labels")]
    return write_drawn(folder, papers)
