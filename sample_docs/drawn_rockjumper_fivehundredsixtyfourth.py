"""A five-hundred-and-sixty-fourth drawn set, of work experience letters in English, drawn after stop 84's last reader change, to be
read cold and left unmended, in wording and layouts no earlier set drew: a stay told in separate sentences ('joined the Bank on …',
'His last working day was …', 'During his tenure he served as …'); a reference form with its own captions ('Job title(s):', 'From
(dd/mm/yyyy):', 'To (dd/mm/yyyy):'). Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredsixtyfourth`). Every name
and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def separate_sentences() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 160, 90, ["Yangtze Delta Commercial Bank", "Hangzhou Branch"], 24, "serif_bold", 40)
    text_lines(s, 160, 230, ["14 November 2026", "", "To whom it may concern", "",
                             "Mr. LIN Haoran joined the Bank on 3 January 2011. His last working day was 14 February 2020. During his",
                             "tenure he served as Branch Operations Manager.", "", "Yours faithfully,", "", "", "Human Resources"],
               23, "serif", 46)
    return scanned_png(s, "sentences"), {"employer": ("Yangtze Delta Commercial Bank", "Yangtze Delta Commercial Bank Hangzhou Branch",
                                                      "Yangtze Delta Commercial Bank, Hangzhou Branch"),
                                         "position": "Branch Operations Manager", "start_date": "2011-01-03", "end_date": "2020-02-14"}


def reference_form_captions() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 90, "EMPLOYMENT REFERENCE FORM", 30, "serif_bold")
    y = 200
    for label, value in [("Employer:", "Nanchang Poyang Lake Pharmaceuticals Co., Ltd."), ("Employee:", "Ms. YU Shiqi"),
                         ("Job title(s):", "Regulatory Affairs Specialist"), ("From (dd/mm/yyyy):", "01/07/2014"), ("To (dd/mm/yyyy):", "31/12/2019"),
                         ("Would you re-employ?", "Yes")]:
        s.text(180, y, label, 24, "sans")
        s.text(640, y, value, 24, "sans")
        y += 60
    text_lines(s, 180, y + 40, ["Completed by: HR Officer, 13 November 2026"], 22, "sans", 44)
    return scanned_png(s, "refform"), {"employer": "Nanchang Poyang Lake Pharmaceuticals Co., Ltd.", "position": "Regulatory Affairs Specialist",
                                       "start_date": "2014-07-01", "end_date": "2019-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-separate-sentences.png", separate_sentences, "work_experience_letter", "separate-sentences"),
              ("work-reference-form-captions.png", reference_form_captions, "work_experience_letter", "reference-form-captions")]
    return write_drawn(folder, papers)
