"""A two-hundred-and-seventy-third drawn set, of plans and work letters (the papers read least well cold), in wording no
earlier set drew: a plan as a slide of three big figures over their captions ('founder capital', 'year-one revenue', 'local
hires'); a simplified Chinese plan table (注册资本（港元）, 第一年预计营业额, 第一年本地雇员人数); a plan of short lines
('Financing: HK$900k from the founders' savings', 'Staffing: 5 full-time local employees'); a letter 'Re: Confirmation
of service' whose period is months written month first with a dash (11/2013 – 05/2020), the post 'in the position of';
a simplified Chinese letter of work done in turn (先后从事…、…工作); a letter telling a stay of six years 'from …' and
'left on … as our …'. Each is a case of its own (`scripts/bench_drawn_forms.py --set twohundredseventythird`). Every name
and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def slide_figures() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 120, "Saltmarsh Kitchen Co. Limited — at a glance", 36, "sans_bold")
    for k, (figure, caption) in enumerate([("HK$1M", "founder capital"), ("HK$4.5M", "year-one revenue"), ("7", "local hires")]):
        x = 160 + k * 480
        s.d.rectangle([x, 260, x + 420, 560], outline=(60, 60, 60), width=3)
        s.text(x + 40, 320, figure, 80, "sans_bold")
        s.text(x + 40, 470, caption, 28, "sans")
    return scanned_png(s, "slide"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 4500000.0, "local_jobs": 7}


def simplified_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "明川冷链物流（香港）有限公司", 36, "serif_cjk")
    _ruled(s, 160, 220, [["注册资本（港元）", "2,000,000"], ["第一年预计营业额（港元）", "6,800,000"], ["第一年本地雇员人数", "9"]], [620, 480], 70, 26)
    return scanned_png(s, "simplifiedtable"), {"capital_hkd": 2000000.0, "projected_turnover_hkd": 6800000.0, "local_jobs": 9}


def short_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Foxglove Florists Limited", 30, "serif_bold")
    text_lines(s, 160, 190, ["Financing:  HK$900k from the founders' savings", "Turnover (first 12 months):  HK$3.1M",
                             "Staffing:  5 full-time local employees", "Premises:  a shop in Sai Ying Pun"], 24, "serif", 50)
    return scanned_png(s, "shortlines"), {"capital_hkd": 900000.0, "projected_turnover_hkd": 3100000.0, "local_jobs": 5}


def months_month_first() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Gansu Qilian Geological Survey Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["18 November 2026", "", "Re: Confirmation of service — Mr. QIN Lei", "",
                             "Mr. QIN served the Company in the position of Hydrogeologist during the period 11/2013 – 05/2020.", "",
                             "General Office"], 24, "serif", 44)
    return scanned_png(s, "monthfirst"), {"employer": "Gansu Qilian Geological Survey Co., Ltd.", "position": "Hydrogeologist",
                                          "start_date": "2013-11-01", "end_date": "2020-05-31"}


def work_in_turn() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作证明", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　兹证明邹凯同志于2010年9月至2016年12月在我公司工作，先后从事施工员、项目工程师工作。特此证明。", 30, 30, 60)
    text_lines(s, 880, y + 100, ["贵州黔中路桥建设有限公司", "2026年11月19日"], 28, "serif_cjk", 56)
    _chop(s, 1120, y + 100, "贵州黔中路桥建设有限公司")
    return scanned_png(s, "workinturn"), {"employer": "贵州黔中路桥建设有限公司", "position": "项目工程师", "start_date": "2010-09-01",
                                          "end_date": "2016-12-31"}


def six_years() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Foshan Pearl River Lighting Co., Ltd.", 28, "sans_bold")
    text_lines(s, 140, 200, ["29 November 2026", "", "To whom it may concern,", "",
                             "Mr. DU Peng worked for us for six years, from 1 August 2013, and left on 31 July 2019 as our Regional",
                             "Sales Manager.", "", "Personnel Manager"], 24, "sans", 44)
    return scanned_png(s, "sixyears"), {"employer": "Foshan Pearl River Lighting Co., Ltd.", "position": "Regional Sales Manager",
                                        "start_date": "2013-08-01", "end_date": "2019-07-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-slide.png", slide_figures, "business_plan", "slide-figures"),
              ("plan-simplified-table.png", simplified_table, "business_plan", "simplified-table"),
              ("plan-short-lines.png", short_lines, "business_plan", "short-lines"),
              ("experience-month-first.png", months_month_first, "work_experience_letter", "months-month-first"),
              ("experience-work-in-turn.png", work_in_turn, "work_experience_letter", "work-in-turn"),
              ("experience-six-years.png", six_years, "work_experience_letter", "six-years")]
    return write_drawn(folder, papers)
