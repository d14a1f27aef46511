"""A three-hundred-and-eighty-third drawn set, of English work letters, read cold before any reader change for it, in
wording and layouts no earlier set drew: an institute's letter that a person 'is a member of our research staff',
'joined the Institute on' a date and 'holds the position of' a post; a company's history of a person's posts in a ruled
table headed 'From', 'To', 'Position'; a letter that a person 'served as our' post 'during the period' between two dates
with ordinal days ('15th March 2014 – 31st January 2020'). Each is a case of its own (`scripts/bench_drawn_forms.py
--set threehundredeightythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def research_staff() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Lingnan Institute of Marine Biology", 30, "serif_bold")
    text_lines(s, 160, 200, ["24 November 2026", "", "TO WHOM IT MAY CONCERN", "",
                             "We hereby confirm that Dr. XIA Lan is a member of our research staff. She joined the Institute",
                             "on 1 September 2016 and holds the position of Associate Research Fellow in the Coastal Ecology Group.", "",
                             "Office of Personnel"], 24, "serif", 44)
    return scanned_png(s, "researchstaff"), {"employer": "Lingnan Institute of Marine Biology", "position": "Associate Research Fellow",
                                             "start_date": "2016-09-01"}


def history_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Harbin Northstar Machinery Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["20 November 2026", "", "Employment History", "",
                             "The positions held with our company by Mr. DONG Kai are as follows:"], 24, "sans", 44)
    _ruled(s, 160, 420, [["From", "To", "Position"], ["2012-07-16", "2015-03-31", "Assembly Technician"],
                         ["2015-04-01", "2021-12-31", "Production Line Supervisor"]], [260, 260, 520], 64, size=24)
    text_lines(s, 160, 660, ["Human Resources Department"], 24, "sans", 44)
    return scanned_png(s, "historytable"), {"employer": "Harbin Northstar Machinery Co., Ltd.", "position": "Production Line Supervisor",
                                            "start_date": "2012-07-16", "end_date": "2021-12-31"}


def ordinal_days() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "JINGHUA FRESH PRODUCE DISTRIBUTION CO., LTD.", 28, "serif_bold")
    text_lines(s, 160, 190, ["2nd December 2026", "", "Sir / Madam,", "",
                             "This is to confirm that Mr. HAN Qi (ID no. withheld) served as our Chief Accountant during the period",
                             "15th March 2014 – 31st January 2020.", "",
                             "Yours faithfully,", "", "General Manager's Office"], 24, "serif", 44)
    return scanned_png(s, "ordinals"), {"employer": "JINGHUA FRESH PRODUCE DISTRIBUTION CO., LTD.", "position": "Chief Accountant",
                                        "start_date": "2014-03-15", "end_date": "2020-01-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-research-staff.png", research_staff, "work_experience_letter", "research-staff"),
              ("work-history-table.png", history_table, "work_experience_letter", "history-table"),
              ("work-ordinal-days.png", ordinal_days, "work_experience_letter", "ordinal-days")]
    return write_drawn(folder, papers)
