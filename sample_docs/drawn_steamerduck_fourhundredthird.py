"""A four-hundred-and-third drawn set, of work letters in both languages, in wording and layouts no earlier set drew: an
English letter whose particulars stand as labels and values ('Period of Employment' one date to another with a dash,
'Last Position Held'); a Chinese letter photographed with a phone, that a person 'entered the company in' a month and
'now does cashier's work in the finance department' (自…进入公司，现在财务部从事出纳工作); a Chinese letter whose
period is two months with a long dash (工作起止时间：2011.03—2018.08) and whose department and post share a row
(所在部门及职务：研发中心／硬件工程师). Each is a case of its own (`scripts/bench_drawn_forms.py --set
fourhundredthird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop
from .drawn_phones_ninetysecond import _phone


def period_and_last_position() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Harbourline Cold Chain (Qingdao) Co., Ltd.", 28, "serif_bold")
    s.text(160, 190, "EMPLOYMENT VERIFICATION", 28, "serif_bold")
    text_lines(s, 160, 260, ["We confirm the following particulars of our former employee:"], 24, "serif", 44)
    y = 330
    for label, value in [("Full Name", "Ms. FANG Yutong"), ("Period of Employment", "1 Aug 2013 – 31 Jan 2020"),
                         ("Last Position Held", "Regional Sales Manager"), ("Department", "Sales – North China")]:
        s.text(200, y, label, 24, "serif")
        s.text(640, y, value, 24, "serif")
        y += 52
    text_lines(s, 160, y + 50, ["Date: 26 November 2026", "", "For and on behalf of", "Harbourline Cold Chain (Qingdao) Co., Ltd."],
               24, "serif", 44)
    return scanned_png(s, "period"), {"employer": "Harbourline Cold Chain (Qingdao) Co., Ltd.", "position": "Regional Sales Manager",
                                      "start_date": "2013-08-01", "end_date": "2020-01-31"}


def cashier_photographed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 160, "工 作 证 明", 48, "serif_cjk")
    text_lines(s, 160, 300, ["　　兹有我公司职工孙晓梅，女，自2016年5月进入公司，现在财务部从事出纳工作。", "", "　　特此证明。"],
               26, "serif_cjk", 60)
    text_lines(s, 900, 540, ["郑州中原德润商贸有限公司", "2026年11月18日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 600, "郑州中原德润商贸有限公司")
    return _phone(s, "work-cashier"), {"employer": "郑州中原德润商贸有限公司", "position": "出纳", "start_date": "2016-05-01"}


def department_and_post() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "工作经历证明", 44, "serif_cjk")
    text_lines(s, 160, 230, ["姓　　名：盛志强", "工作起止时间：2011.03—2018.08", "所在部门及职务：研发中心／硬件工程师", "",
                             "　　以上情况属实，特此证明。"], 26, "serif_cjk", 62)
    text_lines(s, 900, 600, ["合肥科大讯联电子有限公司", "2026年11月23日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 660, "合肥科大讯联电子有限公司")
    return scanned_png(s, "deptpost"), {"employer": "合肥科大讯联电子有限公司", "position": "硬件工程师", "start_date": "2011-03-01",
                                        "end_date": "2018-08-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-period-and-last-position.png", period_and_last_position, "work_experience_letter", "period-and-last-position"),
              ("work-cashier-photographed.jpg", cashier_photographed, "work_experience_letter", "cashier-photographed"),
              ("work-department-and-post.png", department_and_post, "work_experience_letter", "department-and-post")]
    return write_drawn(folder, papers)
