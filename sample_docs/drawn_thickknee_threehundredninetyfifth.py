"""A three-hundred-and-ninety-fifth drawn set, of English work letters, drawn after the stop's last reader change, to be
read cold and left unmended, in wording and layouts no earlier set drew: a letter that a person 'has been under our
employment as' a post 'since' a date; a ruled table of 'Employee Name', 'Designation', 'Date of Joining', 'Date of
Relieving' with dates as '05-Jan-2016'; a letter that opens with the period ('From … until … Mr. … was employed at our …
branch office; his final position was …'). Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredninetyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def under_our_employment() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Wuyi Tea Industry Group Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 200, ["21 November 2026", "", "TO WHOM IT MAY CONCERN", "",
                             "This is to certify that Ms. DENG Qian has been under our employment as an Internal Auditor since",
                             "1 July 2019 and continues to serve in that role.", "", "Administration and Personnel"], 24, "serif", 44)
    return scanned_png(s, "underemployment"), {"employer": "Wuyi Tea Industry Group Co., Ltd.", "position": "Internal Auditor",
                                               "start_date": "2019-07-01"}


def joining_and_relieving() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Sanjiang Electronics Manufacturing (Wuxi) Co., Ltd.", 28, "sans_bold")
    s.text(600, 180, "RELIEVING LETTER", 30, "sans_bold")
    _ruled(s, 200, 280, [["Employee Name", "Mr. LIANG Chen"], ["Designation", "Embedded Systems Engineer"],
                         ["Date of Joining", "05-Jan-2016"], ["Date of Relieving", "31-Jul-2022"]], [420, 620], 64, size=24)
    text_lines(s, 200, 600, ["He has handed over all his duties. We wish him well.", "", "HR Manager"], 24, "sans", 44)
    return scanned_png(s, "relieving"), {"employer": "Sanjiang Electronics Manufacturing (Wuxi) Co., Ltd.",
                                         "position": "Embedded Systems Engineer", "start_date": "2016-01-05", "end_date": "2022-07-31"}


def period_first() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "JINLING COMMERCIAL LEASING CO., LTD.", 28, "serif_bold")
    text_lines(s, 160, 190, ["30 November 2026", "", "Dear Sir or Madam,", "",
                             "From 1 April 2013 until 31 October 2019 Mr. GAO Feng was employed at our Nanjing branch office;",
                             "his final position was Branch Operations Manager.", "", "Yours faithfully,", "", "Corporate Office"],
               24, "serif", 44)
    return scanned_png(s, "periodfirst"), {"employer": "JINLING COMMERCIAL LEASING CO., LTD.", "position": "Branch Operations Manager",
                                           "start_date": "2013-04-01", "end_date": "2019-10-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-under-our-employment.png", under_our_employment, "work_experience_letter", "under-our-employment"),
              ("work-joining-and-relieving.png", joining_and_relieving, "work_experience_letter", "joining-and-relieving"),
              ("work-period-first.png", period_first, "work_experience_letter", "period-first")]
    return write_drawn(folder, papers)
