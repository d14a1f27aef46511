"""A four-hundred-and-eighty-ninth drawn set, of work letters, drawn after stop 82's last reader change, to be read cold,
in wording and layouts no earlier set drew: a member of staff at an office 'since' a day whose 'current designation is';
a Chinese letter of a two-row table headed 时间 | 职务 in dotted months; a stay in a department 'between March 2014 and
May 2019' as its post. Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredeightyninth`). Every
name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def current_designation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Guangzhou Pearl Bay Securities Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["25 November 2026", "", "To whom it may concern", "",
                             "Ms. HUO Jingyi has been a member of staff at our Guangzhou office since 16 August 2017. Her current",
                             "designation is Regional Compliance Officer.", "", "Yours faithfully,", "", "Human Resources Department"], 24, "serif", 44)
    return scanned_png(s, "designation"), {"employer": "Guangzhou Pearl Bay Securities Co., Ltd.", "position": "Regional Compliance Officer",
                                           "start_date": "2017-08-16", "end_date": "2026-11-25"}


def time_post_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 120, "工作证明", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　兹证明尤嘉禾同志在我公司工作期间任职情况如下：", 30, 30, 62)
    y = _ruled(s, 160, y + 30, [["时间", "职务"], ["2011.09-2015.12", "助理工程师"], ["2016.01-2020.06", "工程师"]], [520, 520], 70, 26)
    text_lines(s, 860, y + 100, ["株洲湘江轨道装备有限公司", "2026年11月27日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 150, "株洲湘江轨道装备有限公司")
    return scanned_png(s, "timepost"), {"employer": "株洲湘江轨道装备有限公司", "position": "工程师", "start_date": "2011-09-01",
                                        "end_date": "2020-06-30"}


def between_months_as() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Kunshan Lakeside Electronics Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["1 December 2026", "", "To whom it may concern", "",
                             "Mr. GU Haoming worked in our Finance Department as Treasury Analyst between March 2014 and May 2019.", "",
                             "Yours faithfully,", "", "Finance Director"], 24, "sans", 44)
    return scanned_png(s, "betweenmonths"), {"employer": "Kunshan Lakeside Electronics Co., Ltd.", "position": "Treasury Analyst",
                                             "start_date": "2014-03-01", "end_date": "2019-05-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-current-designation.png", current_designation, "work_experience_letter", "current-designation"),
              ("work-time-post-table.png", time_post_table, "work_experience_letter", "time-post-table"),
              ("work-between-months-as.png", between_months_as, "work_experience_letter", "between-months-as")]
    return write_drawn(folder, papers)
