"""A five-hundred-and-forty-first drawn set, of degrees in English, drawn for stop 84's third round, to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: a statement of award confirming a degree by its initials in brackets
('completed the requirements of the Bachelor of Laws (LLB) programme and the degree was conferred on …', an award reference); a
parchment whose holder is named over the degree and then called 'the above-named'. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredfortyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def statement_of_award() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Harbourgate University", 30, "serif_bold")
    s.text(160, 140, "Office of the Registrar", 22, "serif")
    s.text(600, 230, "STATEMENT OF AWARD", 30, "serif_bold")
    text_lines(s, 160, 330, ["This is to confirm that Mr. WEI Chenxi (Student ID 2016048817) completed the requirements of the Bachelor of",
                             "Laws (LLB) programme and the degree was conferred on 12 December 2020.", "",
                             "Award reference: HGU-LLB-20-2291", "", "Issued on 19 November 2026", "", "Deputy Registrar"], 23, "serif", 46)
    return scanned_png(s, "stmtaward"), {"holder_name": "WEI Chenxi", "institution": "Harbourgate University", "degree": ("Bachelor of Laws",),
                                         "date_awarded": "2020-12-12", "certificate_number": "HGU-LLB-20-2291"}


def above_named() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "Riverton Institute of Technology", 38, "serif_bold")
    s.text(620, 240, "JIANG Ruolan", 36, "serif_bold")
    s.text(430, 330, "Master of Business Administration", 36, "serif_bold")
    text_lines(s, 200, 450, ["The above-named was awarded this degree at a meeting of the Academic Board held on 30 November 2022,",
                             "having followed the programme in Strategic Management.", "", "", "Director", "", "Reg. No. RIT/MBA/22/0619"],
               23, "serif", 46)
    return scanned_png(s, "abovenamed"), {"holder_name": "JIANG Ruolan", "institution": "Riverton Institute of Technology",
                                          "degree": ("Master of Business Administration",), "major": "Strategic Management",
                                          "date_awarded": "2022-11-30", "certificate_number": "RIT/MBA/22/0619"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-statement-of-award.png", statement_of_award, "degree_certificate", "statement-of-award"),
              ("degree-above-named.png", above_named, "degree_certificate", "above-named")]
    return write_drawn(folder, papers)
