"""A four-hundred-and-fifty-eighth drawn set, of work letters, drawn after stop 82's first reader change, to be read cold,
in wording and layouts no earlier set drew: a Chinese letter of a worker in a unit's department (兹有我单位职工…，自…入职，在…部
从事…工作，职务为…，于…离职), to the month; an English letter with its particulars under labels in a box ('Employment Start
Date', 'Employment End Date', 'Job Title'); a career told from joining to leaving ('joined … on … as a … and left us on …
as …'). Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredfiftyeighth`). Every name and number is
made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def unit_worker_to_month() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 120, "证 明", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　兹有我单位职工翁嘉禾（身份证号：略），自2015年9月入职，在市场营销部从事品牌推广工作，职务为品牌主管，"
                                "于2021年2月离职。", 32, 30, 62)
    text_lines(s, 860, y + 100, ["绍兴鉴湖酿酒有限公司", "2026年11月26日"], 28, "serif_cjk", 56)
    _chop(s, 1060, y + 150, "绍兴鉴湖酿酒有限公司")
    return scanned_png(s, "unitworker"), {"employer": "绍兴鉴湖酿酒有限公司", "position": "品牌主管", "start_date": "2015-09-01",
                                          "end_date": "2021-02-28"}


def boxed_particulars() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Taiyuan Fenhe Precision Castings Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 180, ["24 November 2026", "", "EMPLOYMENT VERIFICATION"], 24, "sans", 44)
    s.d.rectangle([150, 330, 1300, 600], outline=(0, 0, 0), width=2)
    rows = [("Employee Name", "Mr. PAN Zhiyuan"), ("Job Title", "Foundry Process Engineer"),
            ("Employment Start Date", "03/05/2012"), ("Employment End Date", "30/09/2019")]
    y = 350
    for label, value in rows:
        s.text(180, y, label, 24, "sans")
        s.text(640, y, value, 24, "sans")
        y += 60
    text_lines(s, 160, 660, ["Dates are given as day/month/year.", "", "Human Resources"], 22, "sans", 40)
    return scanned_png(s, "boxedparts"), {"employer": "Taiyuan Fenhe Precision Castings Co., Ltd.", "position": "Foundry Process Engineer",
                                          "start_date": "2012-05-03", "end_date": "2019-09-30"}


def joined_and_left() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Hangzhou Westlake Content Studio Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["20 November 2026", "", "To whom it may concern", "",
                             "Ms. GAO Ling joined Hangzhou Westlake Content Studio Co., Ltd. on 6 June 2016 as a Junior Copywriter",
                             "and left us on 15 January 2022 as Content Director.", "",
                             "Yours faithfully,", "", "Studio Manager"], 24, "serif", 44)
    return scanned_png(s, "joinedleft"), {"employer": "Hangzhou Westlake Content Studio Co., Ltd.", "position": "Content Director",
                                          "start_date": "2016-06-06", "end_date": "2022-01-15"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-unit-worker-to-month.png", unit_worker_to_month, "work_experience_letter", "unit-worker-to-month"),
              ("work-boxed-particulars.png", boxed_particulars, "work_experience_letter", "boxed-particulars"),
              ("work-joined-and-left.png", joined_and_left, "work_experience_letter", "joined-and-left")]
    return write_drawn(folder, papers)
