"""A three-hundred-and-seventy-second drawn set, drawn after the stop's
second round of reader changes and read cold before any change for it, in wording and layouts no earlier set drew: a graduation certificate's English translation (the student
'studied in the major of … (four-year undergraduate program)' and 'is hereby permitted to graduate'); an English consent
by which a group 'hereby agrees that its employee … may take up employment'; a manager's own letter that a person
'worked under me as' a post, the company named after his title. Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredseventysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def graduation_translation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "GRADUATION CERTIFICATE", 36, "serif_bold")
    s.text(700, 160, "(Translation)", 24, "serif")
    text_lines(s, 180, 280, ["Student ZHU Yiran, female, born on 3 March 1998, studied in the major of Logistics Management",
                             "(four-year undergraduate program) at our university from September 2016 to June 2020, completed",
                             "all the courses required by the teaching plan with satisfactory results, and is hereby permitted",
                             "to graduate.", "",
                             "University: Jinling Institute of Commerce", "President: SONG Weiguo",
                             "Certificate No.: 193661202006001422", "Date: June 28, 2020"], 24, "serif", 46)
    return scanned_png(s, "gradtranslation"), {"holder_name": "ZHU YIRAN", "institution": "Jinling Institute of Commerce",
                                               "major": "Logistics Management", "level": ("undergraduate", "bachelor", "本科"),
                                               "graduation_date": "2020-06-28", "certificate_number": "193661202006001422"}


def group_hereby_agrees() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "China Eastport Shipping Group", 30, "serif_bold")
    s.text(680, 190, "LETTER OF CONSENT", 30, "serif_bold")
    text_lines(s, 160, 290, ["Date: 20 November 2026", "",
                             "China Eastport Shipping Group hereby agrees that its employee Mr. LUO Hang (Passport No.",
                             "EK3904417) may take up employment with Bayside Marine Surveyors Limited in Hong Kong.", "",
                             "(Company chop)", "China Eastport Shipping Group"], 24, "serif", 44)
    return scanned_png(s, "herebyagrees"), {"organisation": "China Eastport Shipping Group", "applicant_name": "LUO HANG",
                                            "date": "2026-11-20"}


def worked_under_me() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 160, 140, ["28 November 2026", "",
                             "I, CHEN Hua, General Manager of Greenleaf Agritech (Hefei) Co., Ltd., confirm that Ms. QIAO Na",
                             "worked under me as Agronomy Specialist from 5 May 2017 to 20 December 2022.", "",
                             "CHEN Hua", "General Manager"], 24, "serif", 44)
    return scanned_png(s, "underme"), {"employer": "Greenleaf Agritech (Hefei) Co., Ltd.", "position": "Agronomy Specialist",
                                       "start_date": "2017-05-05", "end_date": "2022-12-20"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-translation.png", graduation_translation, "graduation_certificate", "translation"),
              ("consent-group-hereby-agrees.png", group_hereby_agrees, "consent_letter", "group-hereby-agrees"),
              ("work-worked-under-me.png", worked_under_me, "work_experience_letter", "worked-under-me")]
    return write_drawn(folder, papers)
