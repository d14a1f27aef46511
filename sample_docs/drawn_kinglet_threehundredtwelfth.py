"""A three-hundred-and-twelfth drawn set, of work experience letters, in wording and layouts no earlier set drew: an
English letter to the Immigration Department whose stay is told as 'for the period from … until …' 'in the role of …';
a letter with ordinal dates ('March 3rd, 2014', 'August 29th, 2021'); a simplified Chinese letter whose post follows
'任' after a department ('在我公司质量管理部任质量工程师'); a traditional Chinese letter whose particulars are rows with
full-width colons and dates written with dots (入職日期：2012.10.08). Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredtwelfth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def to_immigration() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Kunming Plateau Tea Trading Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 190, ["21 November 2026", "", "To: Immigration Department, Hong Kong SAR",
                             "Re: Employment verification - Ms. DUAN Xueqin", "",
                             "Ms. DUAN Xueqin worked with us in the role of Export Documentation Officer for the period from",
                             "5 January 2016 until 30 April 2023.", "", "Administration Manager"], 24, "serif", 44)
    return scanned_png(s, "immigration"), {"employer": "Kunming Plateau Tea Trading Co., Ltd.", "position": "Export Documentation Officer",
                                           "start_date": "2016-01-05", "end_date": "2023-04-30"}


def ordinal_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Zhuhai Lingding Yacht Services Co., Ltd.", 28, "sans_bold")
    text_lines(s, 140, 190, ["November 26th, 2026", "", "To whom it may concern:", "",
                             "Mr. FAN Junjie served as Marine Electrical Technician from March 3rd, 2014 to August 29th, 2021.",
                             "", "HR Department"], 24, "sans", 44)
    return scanned_png(s, "ordinal"), {"employer": "Zhuhai Lingding Yacht Services Co., Ltd.", "position": "Marine Electrical Technician",
                                       "start_date": "2014-03-03", "end_date": "2021-08-29"}


def post_after_department() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明尹博文，于2015年4月7日至2022年9月30日在我公司质量管理部任质量工程师。", "", "　　特此证明。"],
               28, "serif_cjk", 60)
    text_lines(s, 860, 480, ["台州椒江汽车零部件有限公司", "2026年11月18日"], 28, "serif_cjk", 56)
    _chop(s, 1460, 460, "台州椒江汽车零部件有限公司")
    return scanned_png(s, "dept"), {"employer": "台州椒江汽车零部件有限公司", "position": "质量工程师", "start_date": "2015-04-07",
                                    "end_date": "2022-09-30"}


def traditional_rows_dots() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "在職證明", 44, "serif_cjk")
    text_lines(s, 200, 240, ["員工姓名：程嘉欣", "所屬部門：品牌推廣部", "職　　位：品牌經理", "入職日期：2012.10.08", "離職日期：2020.03.31",
                             "", "　　特此證明。"], 28, "serif_cjk", 58)
    text_lines(s, 860, 700, ["汕頭潮商文化傳播有限公司", "2026年11月20日"], 28, "serif_cjk", 56)
    _chop(s, 1460, 680, "汕頭潮商文化傳播有限公司")
    return scanned_png(s, "dots"), {"employer": "汕頭潮商文化傳播有限公司", "position": "品牌經理", "start_date": "2012-10-08",
                                    "end_date": "2020-03-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-to-immigration.png", to_immigration, "work_experience_letter", "to-immigration"),
              ("experience-ordinal-dates.png", ordinal_dates, "work_experience_letter", "ordinal-dates"),
              ("experience-post-after-department.png", post_after_department, "work_experience_letter", "post-after-department"),
              ("experience-traditional-rows-dots.png", traditional_rows_dots, "work_experience_letter", "traditional-rows-dots")]
    return write_drawn(folder, papers)
