"""A three-hundred-and-twenty-second drawn set, of qualification reports and a graduation certificate, drawn in stop 75
after its last reader change and read cold, in wording and layouts no earlier set drew: an English report of a degree
whose rows say 'Holder', 'Degree Conferred', 'Discipline' and 'Degree Certificate No.'; an English report whose labels
run to their values along dot leaders ('Name ........ GU Yutong'); an English graduation certificate with its number at
the top right and American dates ('June 30, 2018'). Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredtwentysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def degree_report_holder_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(200, 100, "Online Verification Report of China Higher Education Degree", 30, "sans_bold")
    y = 220
    for label, value in [("Holder", "SHI Wenjie"), ("Gender", "Male"), ("Date of Birth", "5 August 1993"),
                         ("Awarding Institution", "Huaiyin Institute of Technology"), ("Degree Conferred", "Master of Engineering"),
                         ("Discipline", "Mechanical Engineering"), ("Date Conferred", "26 June 2019"),
                         ("Degree Certificate No.", "1942032019000254"), ("Online Verification Code", "Z7KP3WN9QX2RT6MH")]:
        s.text(200, y, label, 24, "sans", ink=(80, 80, 80))
        s.text(700, y, value, 24, "sans")
        y += 60
    return scanned_png(s, "holderrows"), {"holder_name": "SHI WENJIE", "sex": "M", "date_of_birth": "1993-08-05",
                                          "institution": "Huaiyin Institute of Technology", "major": "Mechanical Engineering",
                                          "certificate_number": "1942032019000254", "verification_code": "Z7KP3WN9QX2RT6MH"}


def dot_leaders() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 100, "Qualification Verification Report", 34, "serif_bold")
    rows = [("Name", "GU Yutong"), ("Sex", "Female"), ("Date of Birth", "19 May 1997"), ("Institution", "Ningde Normal University"),
            ("Level", "Undergraduate"), ("Major", "Chinese Language and Literature"), ("Date of Graduation", "1 July 2019"),
            ("Certificate No.", "194191201905000338"), ("Verification Code", "B6XW2KM9RT4ZQ8NP")]
    y = 220
    for label, value in rows:
        end = s.text(200, y, label, 24, "serif")
        for x in range(end + 12, 740, 11):
            s.text(x, y, ".", 24, "serif", ink=(110, 110, 110))
        s.text(760, y, value, 24, "serif")
        y += 56
    return scanned_png(s, "leaders"), {"holder_name": "GU YUTONG", "sex": "F", "date_of_birth": "1997-05-19",
                                       "institution": "Ningde Normal University", "level": ("undergraduate", "本科"),
                                       "major": "Chinese Language and Literature", "graduation_date": "2019-07-01",
                                       "certificate_number": "194191201905000338", "verification_code": "B6XW2KM9RT4ZQ8NP"}


def number_top_right_american() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1060, 80, "No.: 194181201805000472", 22, "serif")
    s.text(440, 150, "GRADUATION CERTIFICATE", 40, "serif_bold")
    text_lines(s, 160, 270, ["This is to certify that Ms. LAI Shiyun, born on November 8, 1995, studied in the Department of",
                             "Economics of this university, majoring in Finance, from September 2014 to June 2018. Having",
                             "completed all the required courses, she has been granted graduation.", "",
                             "Jinjiang University", "June 30, 2018"], 24, "serif", 46)
    # (no level: the certificate states none; the first drawing listed 'undergraduate', which the paper does not say)
    return scanned_png(s, "numtopright"), {"holder_name": "LAI SHIYUN", "institution": "Jinjiang University", "major": "Finance",
                                           "graduation_date": "2018-06-30",
                                           "certificate_number": "194181201805000472"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-degree-holder-rows.png", degree_report_holder_rows, "qualification_report", "degree-holder-rows"),
              ("report-dot-leaders.png", dot_leaders, "qualification_report", "dot-leaders"),
              ("graduation-number-top-right-american.png", number_top_right_american, "graduation_certificate", "number-top-right-american")]
    return write_drawn(folder, papers)
