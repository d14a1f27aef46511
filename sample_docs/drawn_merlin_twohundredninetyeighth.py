"""A two-hundred-and-ninety-eighth drawn set, of work experience letters, in wording and layouts no earlier set drew: a
letter with no letterhead whose firm is named only in its sentence ('has worked for … since … and remains with us as
…'); a simplified Chinese letter whose stay is in months written with points (2010.07—2015.12) inside a sentence; a
letter whose post stands in capitals on a line of its own between 'in the position of' and the date of leaving; a
traditional Chinese letter of rows whose period is in Chinese numerals with 零, to the month (二零一二年九月至二零一九年六月).
Each is a case of its own (`scripts/bench_drawn_forms.py --set twohundredninetyeighth`). Every name and number is made
up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def remains_with_us() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 140, 120, ["21 November 2026", "", "Dear Sir or Madam,", "",
                             "Ms. HU Jing has worked for Guilin Lijiang Tourism Co., Ltd. since 1 April 2017 and remains with us as",
                             "Tour Operations Manager.", "", "Yours sincerely,", "", "LIANG Wei", "General Manager"], 24, "serif", 44)
    return scanned_png(s, "remains"), {"employer": "Guilin Lijiang Tourism Co., Ltd.", "position": "Tour Operations Manager",
                                       "start_date": "2017-04-01"}


def dotted_months() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹有许志刚同志于2010.07—2015.12在我单位质检部担任质检工程师。", "", "　　特此证明。"], 28, "serif_cjk", 60)
    text_lines(s, 860, 480, ["温州瓯江阀门制造有限公司", "2026年11月19日"], 28, "serif_cjk", 56)
    _chop(s, 1440, 460, "温州瓯江阀门制造有限公司")
    return scanned_png(s, "dotted"), {"employer": "温州瓯江阀门制造有限公司", "position": "质检工程师", "start_date": "2010-07-01",
                                      "end_date": "2015-12-31"}


def post_on_its_own_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Xiamen Egret Island Trading Co., Ltd.", 28, "sans_bold")
    text_lines(s, 140, 200, ["27 November 2026", "", "To whom it may concern", "",
                             "This is to confirm that Mr. LAI Zhenhao joined us on 8 January 2018 in the position of"], 24, "sans", 44)
    s.text(140, 440, "REGIONAL SALES MANAGER (SOUTH CHINA)", 26, "sans_bold")
    text_lines(s, 140, 500, ["and left on 31 July 2023.", "", "Human Resources"], 24, "sans", 44)
    return scanned_png(s, "ownline"), {"employer": "Xiamen Egret Island Trading Co., Ltd.",
                                       "position": ("REGIONAL SALES MANAGER (SOUTH CHINA)", "REGIONAL SALES MANAGER"),
                                       "start_date": "2018-01-08", "end_date": "2023-07-31"}


def traditional_ling_months() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作證明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["姓名：馮家豪", "任職期間：二零一二年九月至二零一九年六月", "職位：物流主任", "", "　　特此證明。"], 28, "serif_cjk", 60)
    text_lines(s, 860, 620, ["東莞長安國際貨運代理有限公司", "2026年11月18日"], 28, "serif_cjk", 56)
    _chop(s, 1480, 600, "東莞長安國際貨運代理有限公司")
    return scanned_png(s, "ling"), {"employer": "東莞長安國際貨運代理有限公司", "position": "物流主任", "start_date": "2012-09-01",
                                    "end_date": "2019-06-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-remains-with-us.png", remains_with_us, "work_experience_letter", "remains-with-us"),
              ("experience-dotted-months.png", dotted_months, "work_experience_letter", "dotted-months"),
              ("experience-post-on-its-own-line.png", post_on_its_own_line, "work_experience_letter", "post-on-its-own-line"),
              ("experience-traditional-ling-months.png", traditional_ling_months, "work_experience_letter", "traditional-ling-months")]
    return write_drawn(folder, papers)
