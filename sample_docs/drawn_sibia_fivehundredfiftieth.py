"""A five-hundred-and-fiftieth drawn set, of work experience letters in English, drawn for stop 84's fourth round, to be read cold before
any reader changes for it, in wording and layouts no earlier set drew: a service certificate as labelled rows ('Designation', 'Date of
Joining', 'Date of Relieving'); a verification of current employment ('commenced employment on …' and 'currently holds the position
of …', counted to the letter's date). Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredfiftieth`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def relieving_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Chengdu Western Software Outsourcing Co., Ltd.", 26, "serif_bold")
    s.text(580, 180, "SERVICE CERTIFICATE", 32, "serif_bold")
    y = 280
    for label, value in [("Name", "Mr. RAO Jiaming"), ("Designation", "Technical Lead"), ("Department", "Delivery Centre II"),
                         ("Date of Joining", "09 Jan 2015"), ("Date of Relieving", "22 Oct 2021")]:
        s.text(180, y, label, 24, "serif")
        s.text(560, y, ": " + value, 24, "serif")
        y += 56
    text_lines(s, 180, y + 60, ["His conduct during his service was good.", "", "Date: 20 Nov 2026", "", "Authorised Signatory"],
               23, "serif", 46)
    return scanned_png(s, "relieving"), {"employer": "Chengdu Western Software Outsourcing Co., Ltd.", "position": "Technical Lead",
                                         "start_date": "2015-01-09", "end_date": "2021-10-22"}


def currently_holds() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 160, 90, ["Zhengzhou Central Plains Agritech Co., Ltd.", "People's Road 66, Zhengzhou"], 24, "serif_bold", 40)
    text_lines(s, 160, 230, ["21 November 2026", "", "To whom it may concern,", "",
                             "This letter serves to verify that Ms. BAI Xinyu is currently employed by Zhengzhou Central Plains Agritech",
                             "Co., Ltd. She commenced employment on 1 April 2019 and currently holds the position of Senior Buyer.", "",
                             "Sincerely,", "", "", "HR Manager"], 23, "serif", 46)
    return scanned_png(s, "currholds"), {"employer": "Zhengzhou Central Plains Agritech Co., Ltd.", "position": "Senior Buyer",
                                         "start_date": "2019-04-01", "end_date": "2026-11-21"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-relieving-rows.png", relieving_rows, "work_experience_letter", "relieving-rows"),
              ("work-currently-holds.png", currently_holds, "work_experience_letter", "currently-holds")]
    return write_drawn(folder, papers)
