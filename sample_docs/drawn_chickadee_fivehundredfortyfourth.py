"""A five-hundred-and-forty-fourth drawn set, of work experience letters in English, drawn for stop 84's third round, to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: a stay in dates written month first ('from 03/15/2016 to
11/30/2021', a note that dates are month/day/year); a last post quoted and named 'her last designation'. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredfortyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def month_first_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Suzhou Industrial Park Semiconductor Test Co., Ltd.", 26, "serif_bold")
    s.text(560, 190, "TO WHOM IT MAY CONCERN", 30, "serif_bold")
    text_lines(s, 160, 290, ["Mr. QIAO Junjie was employed by our company as a Test Engineering Supervisor from 03/15/2016 to 11/30/2021.",
                             "(All dates in this letter are given as month/day/year.)", "", "Date: 11/25/2026", "", "", "Human Resources"],
               23, "serif", 46)
    return scanned_png(s, "mdy"), {"employer": "Suzhou Industrial Park Semiconductor Test Co., Ltd.", "position": "Test Engineering Supervisor",
                                   "start_date": "2016-03-15", "end_date": "2021-11-30"}


def last_designation_quoted() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 160, 90, ["Bank of Lingnan Coast (Guangzhou Branch)", "Human Resources Division"], 24, "serif_bold", 40)
    text_lines(s, 160, 230, ["24 November 2026", "", "Dear Sir / Madam,", "", "Re: Ms. KANG Yuxuan", "",
                             "We confirm that Ms. KANG Yuxuan worked with the Bank from 2 July 2012 to 31 March 2023. Her last designation",
                             "was \"Assistant Vice President, Credit Risk\".", "", "Yours faithfully,", "", "", "Head, Human Resources"],
               23, "serif", 46)
    return scanned_png(s, "designation"), {"employer": "Bank of Lingnan Coast (Guangzhou Branch)",
                                           "position": ("Assistant Vice President, Credit Risk", "Assistant Vice President"),
                                           "start_date": "2012-07-02", "end_date": "2023-03-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-month-first-dates.png", month_first_dates, "work_experience_letter", "month-first-dates"),
              ("work-last-designation-quoted.png", last_designation_quoted, "work_experience_letter", "last-designation-quoted")]
    return write_drawn(folder, papers)
