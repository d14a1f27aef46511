"""A two-hundred-and-eighty-second drawn set, of work experience letters (read cold at 75 % this stop so far), in wording
no earlier set drew: an English letter whose stay is a one-row table (Period | Position | Department, months abbreviated
with a dash); a simplified Chinese letter of posts once held (曾任…、…) and a leaving date in brackets (离职日期：…); a man
'has worked at our Chengdu plant since … as …' and 'is still with us'; a traditional Chinese letter in numerals with 零
(由…起至…止受聘於本行，最後職位為…); employment that 'commenced on 15th March 2013 and terminated on …', the title 'At
termination she held the title …'. Each is a case of its own (`scripts/bench_drawn_forms.py --set twohundredeightysecond`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def one_row_english() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Dalian Harbour City Accounting Services Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 190, ["22 November 2026", "", "Ms. ZHAO Qing was employed by us as follows:"], 24, "serif", 44)
    _ruled(s, 140, 340, [["Period", "Position", "Department"], ["Jul 2012 – Dec 2018", "Senior Auditor", "Internal Audit"]], [420, 420, 420], 60, 24)
    s.text(140, 520, "Human Resources", 24, "serif")
    return scanned_png(s, "onerowenglish"), {"employer": "Dalian Harbour City Accounting Services Co., Ltd.", "position": "Senior Auditor",
                                             "start_date": "2012-07-01", "end_date": "2018-12-31"}


def once_held() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 110, "工作证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　该员工（龙思琪）于2016年3月加入本公司，曾任销售代表、区域经理，现已离职（离职日期：2022年8月15日）。", "",
                             "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 880, 520, ["长沙星沙工程机械销售有限公司", "2026年11月18日"], 28, "serif_cjk", 56)
    _chop(s, 1150, 520, "长沙星沙工程机械销售有限公司")
    return scanned_png(s, "onceheld"), {"employer": "长沙星沙工程机械销售有限公司", "position": "区域经理", "start_date": "2016-03-01",
                                        "end_date": "2022-08-15"}


def still_with_us() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Sichuan Tianfu Packaging Materials Co., Ltd.", 28, "sans_bold")
    text_lines(s, 140, 200, ["24 November 2026", "", "To whom it may concern:", "",
                             "Mr. HE Jun has worked at our Chengdu plant since 12 September 2017 as Maintenance Planner and is still with us.",
                             "", "Plant Administration"], 24, "sans", 44)
    return scanned_png(s, "stillwithus"), {"employer": "Sichuan Tianfu Packaging Materials Co., Ltd.", "position": "Maintenance Planner",
                                           "start_date": "2017-09-12"}


def traditional_ling() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "服務證明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　陳家樂先生由二零一二年八月一日起至二零二零年一月三十一日止受聘於本行，", "最後職位為客戶經理。", "", "　　特此證明。"],
               28, "serif_cjk", 60)
    text_lines(s, 880, 560, ["廈門鷺島商業銀行股份有限公司", "二零二六年十一月二十日"], 28, "serif_cjk", 56)
    _chop(s, 1150, 560, "廈門鷺島商業銀行股份有限公司")
    return scanned_png(s, "tradling"), {"employer": "廈門鷺島商業銀行股份有限公司", "position": "客戶經理", "start_date": "2012-08-01",
                                        "end_date": "2020-01-31"}


def commenced_terminated() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Hefei Lakeside Software Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["26 November 2026", "", "Dear Sir or Madam,", "",
                             "Ms. LIN Ke's employment with us commenced on 15th March 2013 and terminated on 31st October 2019.",
                             "At termination she held the title Product Owner.", "", "HR Manager"], 24, "serif", 44)
    return scanned_png(s, "terminated"), {"employer": "Hefei Lakeside Software Co., Ltd.", "position": "Product Owner",
                                          "start_date": "2013-03-15", "end_date": "2019-10-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-one-row-english.png", one_row_english, "work_experience_letter", "one-row-english"),
              ("experience-once-held.png", once_held, "work_experience_letter", "once-held"),
              ("experience-still-with-us.png", still_with_us, "work_experience_letter", "still-with-us"),
              ("experience-traditional-ling.png", traditional_ling, "work_experience_letter", "traditional-ling"),
              ("experience-commenced-terminated.png", commenced_terminated, "work_experience_letter", "commenced-terminated")]
    return write_drawn(folder, papers)
