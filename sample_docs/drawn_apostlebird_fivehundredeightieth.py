"""A five-hundred-and-eightieth drawn set, stop 85's second round, to be read cold before any reader changes for it, in wording and
layouts no earlier set drew: a Mainland bachelor's degree in its official English version ('has been conferred the Bachelor's Degree of
Management in accordance with the Regulations Concerning Academic Degrees of the People's Republic of China'); a college's 'DIPLOMA' in
English for a three-year programme, a graduation certificate whose title is a diploma's. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredeightieth`). Every name and number is made up; 19221 and 19220 are no real
institution's codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def official_english() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 110, "BACHELOR'S DEGREE CERTIFICATE", 38, "serif_bold")
    y = text_lines(s, 180, 240, ["This is to certify that Ms. Zhang Ruoxuan, born on August 14, 1999, having completed the four-year",
                                 "undergraduate program in Accounting at Jingzhou Normal University, has been conferred the Bachelor's",
                                 "Degree of Management in accordance with the Regulations Concerning Academic Degrees of the People's",
                                 "Republic of China."], 24, "serif", 48)
    text_lines(s, 800, y + 100, ["Chairman of the Academic Degree", "Evaluation Committee", "", "June 25, 2021"], 24, "serif", 44)
    s.text(180, y + 380, "Certificate No.: 1922142021000466", 22, "serif")
    _chop(s, 420, y + 200, "荆州师范大学")
    return scanned_png(s, "officialenglish"), {"holder_name": "Zhang Ruoxuan", "institution": "Jingzhou Normal University",
                                               "degree": ("Bachelor of Management", "Bachelor's Degree of Management"), "major": "Accounting",
                                               "date_awarded": "2021-06-25", "certificate_number": "1922142021000466"}


def college_diploma() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 110, "DIPLOMA", 48, "serif_bold")
    y = text_lines(s, 180, 240, ["Student Lu Haoran, male, born in May 2000, has studied Electrical Automation Technology in the",
                                 "three-year programme at our college from September 2018 to June 2021, completed all the required",
                                 "courses with satisfactory results, and is permitted to graduate."], 24, "serif", 48)
    text_lines(s, 180, y + 80, ["Shangrao Polytechnic College", "Diploma No.: 192201202106000519", "June 28, 2021"], 24, "serif", 50)
    return scanned_png(s, "collegediploma"), {"holder_name": "Lu Haoran", "institution": "Shangrao Polytechnic College",
                                              "major": "Electrical Automation Technology",
                                              "level": ("three-year programme", "three-year", "专科", "college", "three-year college"),
                                              "graduation_date": "2021-06-28", "certificate_number": "192201202106000519"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-official-english.png", official_english, "degree_certificate", "official-english"),
              ("graduation-college-diploma.png", college_diploma, "graduation_certificate", "college-diploma")]
    return write_drawn(folder, papers)
