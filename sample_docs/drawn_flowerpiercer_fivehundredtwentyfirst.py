"""A five-hundred-and-twenty-first drawn set, of work experience letters, drawn after stop 83's last reader change, to be read cold
and left unmended, in wording and layouts no earlier set drew: a bank's letter 'in the employ of this Bank since …' that 'at present
holds the post of … in our … Branch'; a leaving certificate whose particulars run two and three to a line apart by wide spaces
(姓名：…　职务：… / 入职日期：2016-07-11　离职日期：2023-02-28); 'Period of employment: 01/2015 – 06/2020; Position: …'. Each is a case
of its own (`scripts/bench_drawn_forms.py --set fivehundredtwentyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def in_the_employ_of_the_bank() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Huaihe Commercial Bank", 30, "serif_bold")
    text_lines(s, 160, 190, ["Ref: HR/2026/1183", "3 December 2026", "", "To whom it may concern", "",
                             "We hereby certify that Mr. TAO Ran has been in the employ of this Bank since 1 September 2014 and at present",
                             "holds the post of Senior Credit Analyst in our Hefei Branch.", "", "For Huaihe Commercial Bank", "", "Human Resources Department"],
               24, "serif", 44)
    return scanned_png(s, "employbank"), {"employer": "Huaihe Commercial Bank", "position": "Senior Credit Analyst", "start_date": "2014-09-01",
                                          "end_date": "2026-12-03"}


def pairs_on_a_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 110, "离职证明", 44, "serif_cjk")
    y = text_lines(s, 160, 240, ["姓名：伍嘉俊　　　　职务：软件测试工程师", "入职日期：2016-07-11　　　　离职日期：2023-02-28", "",
                                 "　　该员工已办理完毕离职手续，特此证明。"], 28, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["南昌赣江软件服务有限公司", "2026年11月26日"], 28, "serif_cjk", 56)
    _chop(s, 1340, y + 60, "南昌赣江软件服务有限公司")
    return scanned_png(s, "pairsline"), {"employer": "南昌赣江软件服务有限公司", "position": "软件测试工程师", "start_date": "2016-07-11",
                                         "end_date": "2023-02-28"}


def numeric_months() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Zhengzhou Central Plains Tax Advisory Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["28 November 2026", "", "EMPLOYMENT CONFIRMATION", "", "Employee: Ms. FU Jing",
                             "Period of employment: 01/2015 – 06/2020; Position: Tax Consultant", "",
                             "This confirmation is issued at the employee's request.", "", "Managing Partner"], 24, "serif", 44)
    return scanned_png(s, "nummonths"), {"employer": "Zhengzhou Central Plains Tax Advisory Co., Ltd.", "position": "Tax Consultant",
                                         "start_date": "2015-01-01", "end_date": "2020-06-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-in-the-employ-of-the-bank.png", in_the_employ_of_the_bank, "work_experience_letter", "in-the-employ-of-the-bank"),
              ("work-pairs-on-a-line.png", pairs_on_a_line, "work_experience_letter", "pairs-on-a-line"),
              ("work-numeric-months.png", numeric_months, "work_experience_letter", "numeric-months")]
    return write_drawn(folder, papers)
