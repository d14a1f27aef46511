"""A three-hundred-and-sixty-sixth drawn set, of work letters, in wording and layouts no earlier set drew: a research
institute's letter that a person 'has been a research fellow at this Institute since' a month (no end); a one-row table
whose headings are bilingual (Position 职位, Period 任职期间) and whose period is months with dots; a letter whose stay
is in brackets after the post in slashed year-first dates, signed at the foot only. Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredsixtysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def research_fellow_since() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Institute of Marine Geology, Qingdao", 30, "serif_bold")
    text_lines(s, 160, 200, ["1 December 2026", "", "To whom it may concern:", "",
                             "Dr. ZHOU Ling has been a Research Fellow at this Institute since September 2017, working on",
                             "sediment dynamics of the continental shelf.", "",
                             "Office of Personnel"], 24, "serif", 44)
    return scanned_png(s, "fellowsince"), {"employer": "Institute of Marine Geology, Qingdao", "position": "Research Fellow",
                                           "start_date": "2017-09-01"}


def bilingual_headings_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Brightwave Consumer Electronics (Dongguan) Co., Ltd.", 28, "sans_bold")
    s.text(160, 150, "Employment Record 任职记录", 30, "sans_cjk")
    _ruled(s, 160, 240, [["Name 姓名", "Position 职位", "Department 部门", "Period 任职期间"],
                         ["LIU Yang 刘洋", "Product Manager 产品经理", "Audio Products", "2016.03 - 2021.07"]],
           [300, 420, 340, 340], 76, size=22)
    text_lines(s, 160, 480, ["We confirm the above record.", "Human Resources, 5 November 2026"], 22, "sans", 44)
    return scanned_png(s, "bilingualrow"), {"employer": "Brightwave Consumer Electronics (Dongguan) Co., Ltd.",
                                            "position": ("Product Manager", "产品经理", "Product Manager 产品经理"),
                                            "start_date": "2016-03-01", "end_date": "2021-07-31"}


def stay_in_brackets_slashed() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 160, 160, ["24 November 2026", "", "Dear Sir/Madam,", "",
                             "Ms. SHI Jia worked as an Interior Designer at our Suzhou studio (2014/9/1 - 2019/8/31). She led",
                             "residential projects and supervised two junior designers.", "", "Sincerely,", "",
                             "Suzhou Lakeside Interiors Co., Ltd."], 24, "serif", 44)
    return scanned_png(s, "slashed"), {"employer": "Suzhou Lakeside Interiors Co., Ltd.", "position": "Interior Designer",
                                       "start_date": "2014-09-01", "end_date": "2019-08-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-research-fellow-since.png", research_fellow_since, "work_experience_letter", "research-fellow-since"),
              ("work-bilingual-headings-row.png", bilingual_headings_row, "work_experience_letter", "bilingual-headings-row"),
              ("work-stay-in-brackets-slashed.png", stay_in_brackets_slashed, "work_experience_letter", "stay-in-brackets-slashed")]
    return write_drawn(folder, papers)
