"""A five-hundred-and-seventy-ninth drawn set, of work experience letters, stop 85's second round, to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: an English letter whose particulars stand in a ruled table of labels with
no colons ('Employment commenced', 'Employment ceased'), dates as 11-Jan-2018; a Taiwan service certificate (服務證明書) as a table, its
dates in the Republic's years in Han numerals ('民國一〇四年八月三日'), '右列人員確在本公司服務'. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fivehundredseventyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def details_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(180, 100, "Bluewater Analytics (Hangzhou) Co., Ltd.", 32, "sans_bold")
    s.text(180, 200, "Date: 25 November 2026", 24, "serif")
    s.text(180, 260, "Re: Confirmation of Employment", 26, "serif_bold")
    s.text(180, 330, "We confirm the following particulars of our former employee:", 24, "serif")
    y = _ruled(s, 180, 390, [["Employee", "GUO Mingxuan"], ["Designation", "Data Analyst"], ["Employment commenced", "11-Jan-2018"],
                             ["Employment ceased", "30-Jun-2022"], ["Reason for leaving", "Resignation"]], [440, 700], 64, 24)
    text_lines(s, 180, y + 60, ["Yours faithfully,", "", "", "HR Manager"], 24, "serif", 44)
    return scanned_png(s, "detailstable"), {"employer": "Bluewater Analytics (Hangzhou) Co., Ltd.", "position": "Data Analyst",
                                            "start_date": "2018-01-11", "end_date": "2022-06-30"}


def taiwan_service() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "服務證明書", 48, "serif_cjk")
    y = _ruled(s, 200, 240, [["姓名", "簡志豪"], ["出生年月日", "民國七十九年三月五日"], ["服務單位", "資訊部"], ["職稱", "資深工程師"],
                             ["到職日期", "民國一〇四年八月三日"], ["離職日期", "民國一〇九年十二月三十一日"]], [360, 820], 70, 28)
    text_lines(s, 200, y + 50, ["右列人員確在本公司服務，特此證明。"], 28, "serif_cjk", 50)
    text_lines(s, 200, y + 170, ["立證明書人：新竹晶瑞科技股份有限公司", "負責人：", "", "中華民國一一五年十一月二十日"], 28, "serif_cjk", 54)
    _chop(s, 1250, y + 220, "新竹晶瑞科技股份有限公司")
    return scanned_png(s, "twservice"), {"employer": "新竹晶瑞科技股份有限公司", "position": "資深工程師", "start_date": "2015-08-03",
                                         "end_date": "2020-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-details-table.png", details_table, "work_experience_letter", "details-table"),
              ("work-taiwan-service-certificate.png", taiwan_service, "work_experience_letter", "taiwan-service-certificate")]
    return write_drawn(folder, papers)
