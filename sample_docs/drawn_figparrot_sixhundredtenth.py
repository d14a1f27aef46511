"""A six-hundred-and-tenth drawn set, of work letters and a graduation certificate, drawn in stop 86's second round to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: a letter whose stay runs 'during the period 1st August
2015 through 30th September 2021 in the capacity of Senior Auditor'; a 工作经历证明 whose posts are rows of a table (起止日期 | 部门 |
职务), the last post the one held at leaving; an English graduation certificate translated from the Chinese with American dates
('March 3, 2000') and the programme as '4-year undergraduate program'. Each is a case of its own (`scripts/bench_drawn_forms.py --set
sixhundredtenth`). Every name and number is made up; 19193 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def capacity_through() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Zhuhai Pearlgate Certified Public Accountants LLP", 30, "serif_bold")
    s.text(140, 150, "Room 1203, Jida Business Tower, Zhuhai, Guangdong", 22, "serif")
    text_lines(s, 140, 260, ["3 December 2026", "", "TO WHOM IT MAY CONCERN", "",
                                 "This is to confirm that Mr. HUANG Jiale was with our firm during the period 1st August 2015 through",
                                 "30th September 2021 in the capacity of Senior Auditor in the Assurance Department. During his time",
                                 "with us he led audits of manufacturing and logistics clients.", "", "Yours faithfully,", "", "",
                                 "Partner, Human Resources"], 24, "serif", 44)
    return scanned_png(s, "capacity"), {"employer": "Zhuhai Pearlgate Certified Public Accountants LLP", "position": "Senior Auditor",
                                        "start_date": "2015-08-01", "end_date": "2021-09-30"}


def posts_in_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "工作经历证明", 46, "serif_cjk")
    text_lines(s, 160, 230, ["兹证明宋嘉禾（身份证号：略）在我公司工作，具体经历如下："], 28, "serif_cjk", 56)
    y = _ruled(s, 160, 320, [["起止日期", "部门", "职务"], ["2016.07.04—2019.12.31", "移动开发部", "软件工程师"],
                             ["2020.01.01—2024.05.31", "移动开发部", "技术经理"]], [520, 360, 420], 76, 26)
    y = text_lines(s, 160, y + 40, ["该同志已于2024年5月31日离职。", "特此证明。"], 28, "serif_cjk", 56)
    text_lines(s, 950, y + 80, ["成都锦程移动互联科技有限公司", "2026年11月25日"], 28, "serif_cjk", 56)
    _chop(s, 560, y + 180, "成都锦程移动互联科技有限公司")
    return scanned_png(s, "poststable"), {"employer": "成都锦程移动互联科技有限公司", "position": "技术经理", "start_date": "2016-07-04",
                                          "end_date": "2024-05-31"}


def translated_american_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "GRADUATION CERTIFICATE", 36, "serif_bold")
    s.text(600, 150, "(Translation)", 24, "serif")
    text_lines(s, 160, 260, ["Student LIU Mingxuan, male, born on March 3, 2000, studied Environmental Engineering in the",
                             "4-year undergraduate program of our university from September 2018 to June 2022, completed",
                             "all the courses required by the teaching plan with satisfactory results, and is allowed to graduate.",
                             "", "University: Eastlake University of Technology", "President: ZHAO Guoqing",
                             "Certificate No.: 191931202206001876", "Date: June 30, 2022", "", "",
                             "I certify that this is a true translation of the original.  Translator: PENG Lu"], 24, "serif", 48)
    return scanned_png(s, "americandates"), {"holder_name": ("LIU Mingxuan", "LIU MINGXUAN"), "institution": "Eastlake University of Technology",
                                             "major": "Environmental Engineering", "level": ("undergraduate", "本科"), "graduation_date": "2022-06-30",
                                             "certificate_number": "191931202206001876"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-capacity-through.png", capacity_through, "work_experience_letter", "capacity-through"),
              ("work-posts-in-table.png", posts_in_table, "work_experience_letter", "posts-in-table"),
              ("graduation-american-dates.png", translated_american_dates, "graduation_certificate", "american-dates")]
    return write_drawn(folder, papers)
