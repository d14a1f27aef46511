"""A four-hundred-and-thirty-fifth drawn set, of work letters in English and Chinese, in wording and layouts no earlier
set drew: a short letter that a person 'served as our' post 'for the period' of months written with a slash
(3/2014 to 11/2019); a ruled Chinese table whose period is one cell (工作起止时间 2011年9月—2016年4月) beside the unit's
name and the post; a Chinese letter of work at a firm's branch (在我公司北京分公司任职，职务为). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredthirtyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def served_for_the_period() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Qingdao Northstar Cold Chain Logistics Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["Ref: HR/2026/118", "21 November 2026", "", "To whom it may concern,", "",
                             "Mr. ZHOU Yichen served as our Logistics Coordinator for the period 3/2014 to 11/2019. He left us",
                             "of his own accord.", "", "Sincerely,", "", "SUN Jie", "General Manager"], 24, "serif", 44)
    return scanned_png(s, "slashmonths"), {"employer": "Qingdao Northstar Cold Chain Logistics Co., Ltd.", "position": "Logistics Coordinator",
                                           "start_date": "2014-03-01", "end_date": "2019-11-30"}


def period_in_one_cell() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作经历证明", 40, "serif_cjk")
    y = _ruled(s, 160, 220, [["姓名", "贾晨曦"], ["单位名称", "福州闽海船舶设计有限公司"], ["工作起止时间", "2011年9月—2016年4月"],
                             ["职务", "轮机设计工程师"]], [320, 900], 84, 26)
    text_lines(s, 160, y + 60, ["特此证明。", "", "福州闽海船舶设计有限公司", "2026年11月17日"], 26, "serif_cjk", 50)
    _chop(s, 1150, y + 190, "福州闽海船舶设计有限公司")
    return scanned_png(s, "onecell"), {"employer": "福州闽海船舶设计有限公司", "position": "轮机设计工程师", "start_date": "2011-09-01",
                                       "end_date": "2016-04-30"}


def at_the_branch() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(580, 110, "华信保险经纪有限公司", 36, "serif_cjk")
    s.text(700, 200, "在职证明", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　兹证明刘子涵女士于2017年3月6日至2022年8月19日在我公司北京分公司任职，职务为高级客户经理。特此证明。", 30, 30, 60)
    text_lines(s, 900, y + 100, ["华信保险经纪有限公司", "2026年11月22日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "华信保险经纪有限公司")
    return scanned_png(s, "branch"), {"employer": ("华信保险经纪有限公司", "华信保险经纪有限公司北京分公司"), "position": "高级客户经理",
                                      "start_date": "2017-03-06", "end_date": "2022-08-19"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-served-for-the-period.png", served_for_the_period, "work_experience_letter", "served-for-the-period"),
              ("work-period-in-one-cell.png", period_in_one_cell, "work_experience_letter", "period-in-one-cell"),
              ("work-at-the-branch.png", at_the_branch, "work_experience_letter", "at-the-branch")]
    return write_drawn(folder, papers)
