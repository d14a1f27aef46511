"""A two-hundred-and-second drawn set, a fifth test set of work experience letters, drawn after the work letters'
readers were last mended (the hundred-and-ninety-sixth): four letters in wording no set used. An English letter
whose employee 'has been on our payroll since 1 March 2014, most recently as …, until her departure on 15 August
2022'; a Chinese institute's letter ('自2012年7月16日入职我院，在信息中心承担系统架构师工作，2020年12月31日离职'); a service
record of labelled lines ('Engaged from', 'Engaged until', 'Last position held') with ISO dates; a letter whose dates
are written 'the 2nd of May, 2015'. Each is a case of its own. Read once through the product before any reader
changes for it (`scripts/bench_drawn_forms.py --set twohundredsecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def payroll_since() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Qingdao Harbourline Logistics Co., Ltd.", 30, "serif_bold")
    text_lines(s, 140, 200, ["27 November 2026", "", "To whom it may concern", "",
                             "Ms. LIAO Shuyi has been on our payroll since 1 March 2014, most recently as Regional Logistics",
                             "Planner, until her departure on 15 August 2022. We found her reliable and thorough.", "", "",
                             "Wang Lixin", "Head of People Operations"], 22, "serif", 42)
    return scanned_png(s, "payroll"), {"employer": "Qingdao Harbourline Logistics Co., Ltd.", "position": "Regional Logistics Planner",
                                 "start_date": "2014-03-01", "end_date": "2022-08-15"}


def institute_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 140, "工作证明", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　汪志远同志，自2012年7月16日入职我院，在信息中心承担系统架构师工作，2020年12月31日离职。"
                   "该同志在职期间表现良好。特此证明。", 34, 28, 56)
    s.text(900, y + 140, "杭州西溪信息技术研究院", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月27日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "杭州西溪信息技术研究院")
    return scanned_png(s, "institute"), {"employer": "杭州西溪信息技术研究院", "position": "系统架构师", "start_date": "2012-07-16",
                                   "end_date": "2020-12-31"}


def service_record_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Suzhou Lakeside Data Services Co., Ltd.", 30, "sans_bold")
    s.text(140, 150, "SERVICE RECORD", 28, "sans_bold")
    y = 230
    for label, value in [("Employee", "HUANG Zexi"), ("Engaged from", "2016-05-03"), ("Engaged until", "2023-01-20"),
                         ("Last position held", "Data Centre Operations Lead"), ("Issued", "2026-11-26")]:
        s.text(140, y, label, 24, "sans")
        s.text(560, y, value, 24, "sans")
        y += 56
    return scanned_png(s, "servicerecord"), {"employer": "Suzhou Lakeside Data Services Co., Ltd.",
                                       "position": "Data Centre Operations Lead", "start_date": "2016-05-03",
                                       "end_date": "2023-01-20"}


def ordinal_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Foshan Lingnan Home Textiles Co., Ltd.", 30, "serif_bold")
    s.text(140, 140, "佛山岭南家纺有限公司", 26, "serif_cjk")
    text_lines(s, 140, 240, ["25 November 2026", "", "Dear Sir or Madam,", "",
                             "We certify that Mr. DENG Haoran served our company as Assistant Buyer from the 2nd of May, 2015",
                             "to the 28th of February, 2019.", "", "Yours faithfully,", "", "Personnel Section"], 22, "serif", 42)
    return scanned_png(s, "ordinals"), {"employer": ("Foshan Lingnan Home Textiles Co., Ltd.", "佛山岭南家纺有限公司"),
                                  "position": "Assistant Buyer", "start_date": "2015-05-02", "end_date": "2019-02-28"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-payroll.png", payroll_since, "work_experience_letter", "payroll-since"),
              ("experience-institute.png", institute_letter, "work_experience_letter", "institute-letter"),
              ("experience-service-record.png", service_record_lines, "work_experience_letter", "service-record-lines"),
              ("experience-ordinals.png", ordinal_dates, "work_experience_letter", "ordinal-dates")]
    return write_drawn(folder, papers)
