"""A four-hundred-and-seventy-ninth drawn set, of work letters, drawn after stop 82's fourth reader change, to be read
cold, in wording and layouts no earlier set drew: a certificate 'issued at the request of' the person, employed 'during
the period' of two dates joined by a dash; a Chinese letter that proves 'as follows' a stay to the month in a unit's
office (该同志于…至…在我单位财务处任出纳); an employment reference in labelled lines of an Indian-English form ('Designation',
'Joining Date', 'Relieving Date'). Each is a case of its own (`scripts/bench_drawn_forms.py --set
fourhundredseventyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def at_the_request_of() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Foshan Nanhai Home Appliances Logistics Co., Ltd.", 26, "serif_bold")
    text_lines(s, 160, 190, ["22 November 2026", "", "CERTIFICATE", "",
                             "This certificate is issued at the request of Mr. TANG Yiming, who was employed with us as Warehouse",
                             "Supervisor during the period 12 March 2014 – 9 September 2019.", "", "Human Resources Section"], 24, "serif", 44)
    return scanned_png(s, "request"), {"employer": "Foshan Nanhai Home Appliances Logistics Co., Ltd.", "position": "Warehouse Supervisor",
                                       "start_date": "2014-03-12", "end_date": "2019-09-09"}


def as_follows_office() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 120, "证 明", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　现将俞梦瑶同志工作情况证明如下：该同志于2013年9月至2018年2月在我单位财务处任出纳。特此证明。", 29, 30, 62)
    text_lines(s, 860, y + 100, ["湖州市自来水有限公司", "2026年11月10日"], 28, "serif_cjk", 56)
    _chop(s, 1060, y + 150, "湖州市自来水有限公司")
    return scanned_png(s, "asfollows"), {"employer": "湖州市自来水有限公司", "position": "出纳", "start_date": "2013-09-01", "end_date": "2018-02-28"}


def relieving_date() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Xi'an Qujiang Software Services Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["Date: 14 November 2026", "", "EMPLOYMENT REFERENCE", "",
                             "Employee: Mr. LEI Zhenyu", "Designation: Test Automation Lead", "Joining Date: 06-Jul-2015",
                             "Relieving Date: 28-Feb-2022", "", "We wish him success in his future endeavours.", "", "HR Manager"], 24, "sans", 46)
    return scanned_png(s, "relieving"), {"employer": "Xi'an Qujiang Software Services Co., Ltd.", "position": "Test Automation Lead",
                                         "start_date": "2015-07-06", "end_date": "2022-02-28"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-at-the-request-of.png", at_the_request_of, "work_experience_letter", "at-the-request-of"),
              ("work-as-follows-office.png", as_follows_office, "work_experience_letter", "as-follows-office"),
              ("work-relieving-date.png", relieving_date, "work_experience_letter", "relieving-date")]
    return write_drawn(folder, papers)
