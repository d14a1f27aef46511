"""A three-hundred-and-fifty-seventh drawn set, of English work letters, in wording and layouts no earlier set drew: a
referee's form of numbered questions and answers ('How long was the applicant employed by you?', 'In what capacity?');
a law firm's letter that a person 'practised with this firm as' a lawyer; an HR system's printout of one employee's
row under column headings (Hire Date, Termination Date). Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredfiftyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def referee_questions() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 90, "EMPLOYMENT REFERENCE", 34, "sans_bold")
    text_lines(s, 160, 180, ["Referee organisation: Brightsea Apparel Trading (Ningbo) Co., Ltd.",
                             "Referee: Ms. Helen Zhao, HR Manager", "Applicant: Mr. CAO Yifan", ""], 24, "sans", 46)
    y = 400
    for q, a in [("1. How long was the applicant employed by you?", "From August 2015 to May 2021"),
                 ("2. In what capacity?", "Senior Sales Executive"),
                 ("3. Reason for leaving", "Resigned to pursue other opportunities"),
                 ("4. Would you re-employ the applicant?", "Yes")]:
        s.text(160, y, q, 24, "sans")
        s.text(220, y + 44, a, 24, "sans_bold")
        y += 120
    s.text(160, y + 40, "Date: 3 November 2026", 24, "sans")
    return scanned_png(s, "referee"), {"employer": "Brightsea Apparel Trading (Ningbo) Co., Ltd.", "position": "Senior Sales Executive",
                                       "start_date": "2015-08-01", "end_date": "2021-05-31"}


def practised_with_the_firm() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Jiang & Partners Law Firm (Shenzhen)", 30, "serif_bold")
    s.text(160, 140, "Level 21, Qianhai Financial Centre, Shenzhen", 20, "serif")
    text_lines(s, 160, 240, ["5 October 2026", "", "To the Immigration Department,", "",
                             "We write to confirm that Ms. QIN Lu practised with this firm as an Associate Lawyer from",
                             "2 September 2014 until 15 July 2020, when she left to join another practice. Her work was",
                             "chiefly in cross-border commercial disputes.", "", "Yours faithfully,", "",
                             "Jiang Wei", "Managing Partner"], 24, "serif", 44)
    return scanned_png(s, "practised"), {"employer": "Jiang & Partners Law Firm (Shenzhen)", "position": "Associate Lawyer",
                                         "start_date": "2014-09-02", "end_date": "2020-07-15"}


def system_printout() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(120, 90, "Employee Information Printout", 30, "sans_bold")
    s.text(120, 150, "Company: Greatwall Cold Chain Logistics (Tianjin) Co., Ltd.", 22, "sans")
    s.text(120, 190, "Printed: 2026-11-12 10:42   User: hr_admin02", 20, "sans")
    _ruled(s, 120, 260, [["Employee ID", "Name", "Department", "Job Title", "Hire Date", "Termination Date"],
                         ["GW-20417", "SUN Kaiwen", "Operations", "Warehouse Manager", "2017-04-10", "2022-09-30"]],
           [190, 220, 230, 300, 240, 270], 70, size=22)
    s.text(120, 500, "Certified true extract of the personnel records.", 22, "sans")
    s.text(120, 560, "Human Resources Department", 22, "sans")
    return scanned_png(s, "printout"), {"employer": "Greatwall Cold Chain Logistics (Tianjin) Co., Ltd.", "position": "Warehouse Manager",
                                        "start_date": "2017-04-10", "end_date": "2022-09-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-referee-questions.png", referee_questions, "work_experience_letter", "referee-questions"),
              ("work-practised-with-the-firm.png", practised_with_the_firm, "work_experience_letter", "practised-with-the-firm"),
              ("work-system-printout.png", system_printout, "work_experience_letter", "system-printout")]
    return write_drawn(folder, papers)
