"""A five-hundred-and-twenty-ninth drawn set, of work experience letters in English, drawn for stop 84's first round, to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: a stay that goes on to the letter's date told as 'in the
capacity of … since …, and remains in our employment as at the date of this letter'; a reference whose service is a two-row table of
periods and posts (the later post the last held). Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredtwentyninth`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def remains_in_employment() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 160, 90, ["Xiamen Harbour Logistics Group Co., Ltd.", "No. 18 Haicang Avenue, Xiamen"], 24, "serif_bold", 40)
    text_lines(s, 160, 230, ["30 November 2026", "", "TO WHOM IT MAY CONCERN"], 24, "serif", 46)
    text_lines(s, 160, 420, ["We hereby confirm that Ms. CAI Yuqing has been employed by this company in the capacity of Customs Compliance",
                             "Manager since 3 September 2018, and remains in our employment as at the date of this letter.", "",
                             "Yours faithfully,", "", "", "Head of Human Resources"], 23, "serif", 46)
    return scanned_png(s, "remains"), {"employer": "Xiamen Harbour Logistics Group Co., Ltd.", "position": "Customs Compliance Manager",
                                       "start_date": "2018-09-03", "end_date": "2026-11-30"}


def service_table_two_posts() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Hefei Lakeside Pharmaceutical Co., Ltd.", 28, "serif_bold")
    s.text(640, 180, "REFERENCE", 32, "serif_bold")
    y = text_lines(s, 160, 260, ["Mr. TAO Zhenyu served this company as set out below:"], 23, "serif", 46)
    y = _ruled(s, 160, y + 20, [["Period of service", "Post held"], ["1 Aug 2012 - 31 Dec 2016", "Quality Control Analyst"],
                                ["1 Jan 2017 - 15 May 2022", "Quality Assurance Supervisor"]], [460, 640], 64, 23)
    text_lines(s, 160, y + 50, ["He left of his own accord. We wish him well.", "", "Issued 25 November 2026", "", "Personnel Office"],
               23, "serif", 46)
    return scanned_png(s, "svctable"), {"employer": "Hefei Lakeside Pharmaceutical Co., Ltd.", "position": "Quality Assurance Supervisor",
                                        "start_date": "2012-08-01", "end_date": "2022-05-15"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-remains-in-employment.png", remains_in_employment, "work_experience_letter", "remains-in-employment"),
              ("work-service-table-two-posts.png", service_table_two_posts, "work_experience_letter", "service-table-two-posts")]
    return write_drawn(folder, papers)
