"""A four-hundred-and-eighty-sixth drawn set, of work letters, drawn after stop 82's last reader change, to be read cold,
in wording and layouts no earlier set drew: a Chinese letter of a stay in Han-numeral months through departments in turn
(经查，…于二〇一四年七月入职我公司，先后在…工作，二〇二〇年十月离职，离职前任…); a former employee's particulars after labels in
sentences ('Employment: … – …. Position at departure: …'); a service record as a one-row table (Name | Post | From | To).
Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredeightysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def han_months_departments() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 120, "证明", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　经查，邓雅婷同志于二〇一四年七月入职我公司，先后在市场部、销售部工作，二〇二〇年十月离职，"
                                "离职前任销售部副经理。特此证明。", 32, 30, 62)
    text_lines(s, 860, y + 100, ["泉州刺桐鞋业有限公司", "二〇二六年十一月九日"], 28, "serif_cjk", 56)
    _chop(s, 1060, y + 150, "泉州刺桐鞋业有限公司")
    return scanned_png(s, "hanmonths"), {"employer": "泉州刺桐鞋业有限公司", "position": "销售部副经理", "start_date": "2014-07-01",
                                         "end_date": "2020-10-31"}


def position_at_departure() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Hangzhou Qiantang Tax Advisory Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["5 November 2026", "", "To whom it may concern", "",
                             "Mr. QIU Bo is a former employee of our firm. Employment: 7 January 2013 – 18 December 2020.",
                             "Position at departure: Senior Tax Consultant.", "", "Yours faithfully,", "", "Office Manager"], 24, "serif", 44)
    return scanned_png(s, "departure"), {"employer": "Hangzhou Qiantang Tax Advisory Co., Ltd.", "position": "Senior Tax Consultant",
                                         "start_date": "2013-01-07", "end_date": "2020-12-18"}


def service_record_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Nantong Yangtze Shipbuilding Services Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 180, ["10 November 2026", "", "SERVICE RECORD"], 24, "sans", 44)
    y = _ruled(s, 160, 330, [["Name", "Post", "From", "To"], ["WEI Guoliang", "Hull Structure Inspector", "02 Mar 2012", "29 Jul 2017"]],
               [300, 420, 230, 230], 64, 24)
    text_lines(s, 160, y + 60, ["Issued on request.", "", "Human Resources Department"], 24, "sans", 44)
    return scanned_png(s, "recordrow"), {"employer": "Nantong Yangtze Shipbuilding Services Co., Ltd.", "position": "Hull Structure Inspector",
                                         "start_date": "2012-03-02", "end_date": "2017-07-29"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-han-months-departments.png", han_months_departments, "work_experience_letter", "han-months-departments"),
              ("work-position-at-departure.png", position_at_departure, "work_experience_letter", "position-at-departure"),
              ("work-service-record-row.png", service_record_row, "work_experience_letter", "service-record-row")]
    return write_drawn(folder, papers)
