"""A five-hundred-and-seventh drawn set, of work experience letters, drawn before stop 83's reader changes for it, in wording and
layouts no earlier set drew: a unit's letter that tells the posts by month within the stay (…至…任会计，…至…任财务经理) and the leaving
in a sentence of its own (已于…离职); a service certificate whose labels run to their values along dotted leaders (DATE OF JOINING
...... , DATE OF RELIEVING ......); a printed e-mail whose headers come before the confirmation ('between … and …'). Each is a
case of its own (`scripts/bench_drawn_forms.py --set fivehundredseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def posts_by_month_then_left() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 120, "工作证明", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　我单位职工孔令辉，自2011年8月起在我单位财务部工作，2011年8月至", "2016年12月任会计，2017年1月至2022年5月任财务经理。",
                                 "　　该同志已于2022年5月31日离职。", "　　特此证明。"], 30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["太原汾河能源集团有限公司", "2026年11月26日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 150, "太原汾河能源集团有限公司")
    return scanned_png(s, "postsbymonth"), {"employer": "太原汾河能源集团有限公司", "position": "财务经理", "start_date": "2011-08-01",
                                            "end_date": "2022-05-31"}


def dotted_leaders() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Wuxi Taihu Chemical Fibre Co., Ltd.", 28, "serif_bold")
    s.text(600, 190, "SERVICE CERTIFICATE", 32, "serif_bold")
    text_lines(s, 200, 300, ["NAME ..................................... Mr. PAN Xiaolong",
                             "DESIGNATION .......................... Process Engineer",
                             "DATE OF JOINING .................... 14 March 2016",
                             "DATE OF RELIEVING ................. 30 September 2022", "",
                             "Issued at his request on 30 November 2026.", "", "", "Manager, Human Resources"], 24, "serif", 52)
    return scanned_png(s, "dotted"), {"employer": "Wuxi Taihu Chemical Fibre Co., Ltd.", "position": "Process Engineer",
                                      "start_date": "2016-03-14", "end_date": "2022-09-30"}


def printed_email() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 160, 100, ["From:    HR Services <hr.services@jinjilake-bio.example>", "To:      visa.team@harbourhire.example",
                             "Date:    26 Nov 2026 10:42", "Subject: Employment confirmation - Ms. SHI Yue"], 22, "mono", 40)
    s.d.line((160, 280, 1500, 280), fill=(0, 0, 0), width=2)
    text_lines(s, 160, 330, ["Dear colleagues,", "",
                             "As requested, we confirm that Ms. SHI Yue was employed at Suzhou Jinji Lake Biotech Co., Ltd. as",
                             "Laboratory Manager between 6 June 2017 and 15 August 2023.", "",
                             "Kind regards,", "HR Services, Suzhou Jinji Lake Biotech Co., Ltd."], 24, "serif", 44)
    return scanned_png(s, "email"), {"employer": "Suzhou Jinji Lake Biotech Co., Ltd.", "position": "Laboratory Manager",
                                     "start_date": "2017-06-06", "end_date": "2023-08-15"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-posts-by-month-then-left.png", posts_by_month_then_left, "work_experience_letter", "posts-by-month-then-left"),
              ("work-dotted-leaders.png", dotted_leaders, "work_experience_letter", "dotted-leaders"),
              ("work-printed-email.png", printed_email, "work_experience_letter", "printed-email")]
    return write_drawn(folder, papers)
