"""A hundred-and-ninetieth drawn set, a second test set of work experience letters, drawn after those letters' readers
were mended for the hundred-and-eightieth: four letters in wording no set used. A letter whose period is
'from 2 May 2016 through 29 February 2020' and whose post is 'in the role of'; a Chinese letter with the dates in Chinese
numerals (二〇一七年三月一日至二〇二一年八月三十一日); a letter as a table of its particulars read down one column
(Employee, Title, Joined, Left); a letter signed by a hospital's personnel department, its post '主治医师'. Each is a case
of its own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredninetieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def through_in_the_role() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Hefei Starlake Semiconductor Co., Ltd.", 30, "serif_bold")
    y = 200
    for line in ["20 November 2026", "", "To whom it may concern:", "",
                 "Mr. CAI Zhenyu worked with us in the role of Process Integration Engineer from 2 May 2016 through",
                 "29 February 2020. He left on his own wish, and we were sorry to see him go.", "", "", "Personnel Department"]:
        s.text(140, y, line, 24, "serif")
        y += 44
    return scanned_png(s, "through"), {"employer": "Hefei Starlake Semiconductor Co., Ltd.", "position": "Process Integration Engineer",
                                 "start_date": "2016-05-02", "end_date": "2020-02-29"}


def chinese_numeral_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 140, "工作证明", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　兹证明喻晓彤女士于二〇一七年三月一日至二〇二一年八月三十一日在我公司担任品牌经理。特此证明。", 34, 28, 56)
    s.text(880, y + 140, "福州闽江日化用品有限公司", 28, "serif_cjk")
    s.text(980, y + 200, "二〇二六年十一月十八日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "福州闽江日化用品有限公司")
    return scanned_png(s, "numerals"), {"employer": "福州闽江日化用品有限公司", "position": "品牌经理", "start_date": "2017-03-01",
                                  "end_date": "2021-08-31"}


def particulars_down_a_column() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Taiyuan Fenhe Coal Chemical Engineering Co., Ltd.", 30, "serif_bold")
    s.text(560, 190, "EMPLOYMENT RECORD", 32, "serif_bold")
    _ruled(s, 240, 280, [["Employee", "Mr SHI Yongkang"], ["Title", "Senior Process Safety Engineer"], ["Joined", "9 July 2013"],
                         ["Left", "30 September 2019"]], [300, 800], 70, 24)
    s.text(240, 620, "Issued at the employee's request on 16 November 2026.", 24, "serif")
    return scanned_png(s, "column"), {"employer": "Taiyuan Fenhe Coal Chemical Engineering Co., Ltd.", "position": "Senior Process Safety Engineer",
                                "start_date": "2013-07-09", "end_date": "2019-09-30"}


def hospital_personnel() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 140, "工作经历证明", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　兹有俞嘉禾同志，身份证号430104198811071218，于2012年8月6日至2020年12月31日在我院心内科工作，"
                             "离职前任主治医师。特此证明。", 34, 28, 56)
    s.text(860, y + 140, "长沙湘雅东区医院人事处", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月20日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "长沙湘雅东区医院")
    return scanned_png(s, "hospital"), {"employer": ("长沙湘雅东区医院", "长沙湘雅东区医院人事处"), "position": "主治医师", "start_date": "2012-08-06",
                                  "end_date": "2020-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-through.png", through_in_the_role, "work_experience_letter", "through-in-the-role"),
              ("experience-numerals.png", chinese_numeral_dates, "work_experience_letter", "chinese-numeral-dates"),
              ("experience-column.png", particulars_down_a_column, "work_experience_letter", "particulars-down-a-column"),
              ("experience-hospital.png", hospital_personnel, "work_experience_letter", "hospital-personnel")]
    return write_drawn(folder, papers)
