"""A five-hundred-and-forty-fifth drawn set, of work experience letters in Chinese, drawn for stop 84's third round, to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: a record of work as a table with columns 起止时间 /
工作部门 / 职务, its rows a stay's posts; a certificate of service and income (为我公司正式员工，自…起在我公司工作，现任…职务，月收入…).
Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredfortyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def columns_of_posts() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 100, "工作证明", 44, "serif_cjk")
    y = text_lines(s, 160, 220, ["　　兹证明习书涵在我公司工作情况如下："], 30, "serif_cjk", 62)
    y = _ruled(s, 160, y + 20, [["起止时间", "工作部门", "职务"], ["2013.07-2016.06", "采购部", "采购专员"], ["2016.07-2020.12", "供应链管理部", "供应链经理"]],
               [420, 420, 420], 70, 26)
    text_lines(s, 860, y + 80, ["无锡太湖精工机械有限公司", "2026年11月19日"], 28, "serif_cjk", 56)
    _chop(s, 1330, y + 200, "无锡太湖精工机械有限公司")
    return scanned_png(s, "postcols"), {"employer": "无锡太湖精工机械有限公司", "position": "供应链经理", "start_date": "2013-07-01",
                                        "end_date": "2020-12-31"}


def service_and_income() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 120, "在职及收入证明", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　兹证明车婉婷为我公司正式员工，自2018年4月16日起在我公司工作，现任财务部副经理", "职务，月收入人民币贰万叁仟元整。", "　　特此证明。"],
                   30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["南京秦淮文旅发展有限公司", "2026年11月18日"], 28, "serif_cjk", 56)
    _chop(s, 1330, y + 60, "南京秦淮文旅发展有限公司")
    return scanned_png(s, "income"), {"employer": "南京秦淮文旅发展有限公司", "position": ("财务部副经理", "副经理"), "start_date": "2018-04-16",
                                      "end_date": "2026-11-18"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-columns-of-posts.png", columns_of_posts, "work_experience_letter", "columns-of-posts"),
              ("work-service-and-income.png", service_and_income, "work_experience_letter", "service-and-income")]
    return write_drawn(folder, papers)
