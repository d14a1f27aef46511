"""A two-hundred-and-seventy-fourth drawn set, of work experience letters (the papers read least well cold), in wording no
earlier set drew: a state firm's English certificate of a comrade working with it since a month, 'He is now our …'; a
traditional Chinese letter of labelled rows (任職期間 in months, 職銜); a letter whose firm is named only in its closing
('For and on behalf of …'), the holder 'a member of our staff since …' who 'currently holds the post of …'; a simplified
Chinese leaving certificate (原系…员工，担任…职务，于…入职，…因个人原因离职); a letter of lines with dates as dd.mm.yyyy
and 'Job:'. Each is a case of its own (`scripts/bench_drawn_forms.py --set twohundredseventyfourth`). Every name and number
is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def comrade_since() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "China Northwest Nonferrous Metals Smelting Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["CERTIFICATE", "", "Comrade LIU Jun (male) has been working in our company since July 2011.",
                             "He is now our Chief Process Engineer.", "", "Party and Personnel Office", "24 November 2026"], 24, "serif", 46)
    return scanned_png(s, "comrade"), {"employer": "China Northwest Nonferrous Metals Smelting Co., Ltd.", "position": "Chief Process Engineer",
                                       "start_date": "2011-07-01"}


def traditional_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作證明", 44, "serif_cjk")
    text_lines(s, 160, 230, ["姓名：馮曉琳", "任職部門：產品設計部", "職銜：資深設計師", "任職期間：2013年5月至2019年10月", "",
                             "特此證明。"], 30, "serif_cjk", 62)
    text_lines(s, 900, 700, ["廣州天河星圖設計有限公司", "2026年11月18日"], 28, "serif_cjk", 56)
    _chop(s, 1150, 700, "廣州天河星圖設計有限公司")
    return scanned_png(s, "tradrows"), {"employer": "廣州天河星圖設計有限公司", "position": "資深設計師", "start_date": "2013-05-01",
                                        "end_date": "2019-10-31"}


def named_in_closing() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 140, 140, ["27 November 2026", "", "Dear Sir or Madam,", "",
                             "Ms. BAI Lu has been a member of our staff since 15 March 2016 and currently holds the post of",
                             "Export Coordinator.", "", "For and on behalf of", "Kunming Highland Flowers Co., Ltd.", "", "Zhao Min, Office Manager"],
               24, "serif", 44)
    return scanned_png(s, "closing"), {"employer": "Kunming Highland Flowers Co., Ltd.", "position": "Export Coordinator",
                                       "start_date": "2016-03-15"}


def leaving_certificate() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 110, "离职证明", 44, "serif_cjk")
    y = text_lines(s, 160, 240, ["　　戴雨桐，原系我公司市场部员工，担任市场专员职务，于2015年4月1日入职，", "2020年11月30日因个人原因离职。特此证明。"],
                   30, "serif_cjk", 60)
    text_lines(s, 880, y + 100, ["杭州钱塘丝绸文化有限公司", "2026年11月21日"], 28, "serif_cjk", 56)
    _chop(s, 1120, y + 100, "杭州钱塘丝绸文化有限公司")
    return scanned_png(s, "leaving"), {"employer": "杭州钱塘丝绸文化有限公司", "position": "市场专员", "start_date": "2015-04-01",
                                       "end_date": "2020-11-30"}


def dotted_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Beijing Linguistic Bridge Translation Co., Ltd.", 28, "sans_bold")
    text_lines(s, 140, 200, ["Confirmation", "", "Name:  Ms. CHENG Yue", "Job:  Senior Translator", "Department:  Language Services",
                             "Dates:  01.09.2012 – 31.08.2018", "", "HR, 26.11.2026"], 24, "sans", 48)
    return scanned_png(s, "dotted"), {"employer": "Beijing Linguistic Bridge Translation Co., Ltd.", "position": "Senior Translator",
                                      "start_date": "2012-09-01", "end_date": "2018-08-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-comrade.png", comrade_since, "work_experience_letter", "comrade-since"),
              ("experience-traditional-rows.png", traditional_rows, "work_experience_letter", "traditional-rows"),
              ("experience-named-in-closing.png", named_in_closing, "work_experience_letter", "named-in-closing"),
              ("experience-leaving.png", leaving_certificate, "work_experience_letter", "leaving-certificate"),
              ("experience-dotted-dates.png", dotted_dates, "work_experience_letter", "dotted-dates")]
    return write_drawn(folder, papers)
