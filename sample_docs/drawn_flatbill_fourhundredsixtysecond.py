"""A four-hundred-and-sixty-second drawn set, of work letters, drawn after stop 82's first reader change, to be read cold,
in wording and layouts no earlier set drew: a Chinese letter whose stay is a ruled table of two rows under 工作时间 | 工作部门 |
职务 (a promotion); an English letter of 'Period of service: 04/2012 – 11/2018' and 'Designation at exit'; a
traditional-script letter of a person still employed (受僱於本公司，現任…一職，至今仍在職). Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredsixtysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def promotion_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 120, "工作证明", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　兹证明汤晓峰同志在我公司工作，其工作经历如下：", 30, 30, 62)
    y = _ruled(s, 160, y + 30, [["工作时间", "工作部门", "职务"], ["2014.03—2017.06", "物流部", "仓储专员"], ["2017.07—2022.10", "物流部", "物流经理"]],
               [420, 360, 420], 70, 26)
    text_lines(s, 160, y + 50, ["特此证明。"], 28, "serif_cjk", 56)
    text_lines(s, 860, y + 160, ["成都天府冷链物流有限公司", "2026年11月19日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 210, "成都天府冷链物流有限公司")
    return scanned_png(s, "promotable"), {"employer": "成都天府冷链物流有限公司", "position": "物流经理", "start_date": "2014-03-01",
                                          "end_date": "2022-10-31"}


def period_of_service_months() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Anshan Steelworks Engineering Services Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["12 November 2026", "", "SERVICE CERTIFICATE", "",
                             "Name: Mr. SHEN Kaiwen",
                             "Period of service: 04/2012 – 11/2018",
                             "Designation at exit: Plant Controller", "",
                             "His conduct during the period was satisfactory.", "", "Administration Department"], 24, "serif", 44)
    return scanned_png(s, "servicemonths"), {"employer": "Anshan Steelworks Engineering Services Co., Ltd.", "position": "Plant Controller",
                                             "start_date": "2012-04-01", "end_date": "2018-11-30"}


def still_employed_traditional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 120, "在職證明", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　陳柏霖先生自2017年9月1日起受僱於本公司，現任財務總監一職，至今仍在職。特此證明。", 32, 30, 62)
    text_lines(s, 860, y + 100, ["澳門濠江會計服務有限公司", "2026年11月27日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 150, "澳門濠江會計服務有限公司")
    return scanned_png(s, "stilltrad"), {"employer": "澳門濠江會計服務有限公司", "position": "財務總監", "start_date": "2017-09-01",
                                         "end_date": "2026-11-27"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-promotion-table.png", promotion_table, "work_experience_letter", "promotion-table"),
              ("work-period-of-service-months.png", period_of_service_months, "work_experience_letter", "period-of-service-months"),
              ("work-still-employed-traditional.png", still_employed_traditional, "work_experience_letter", "still-employed-traditional")]
    return write_drawn(folder, papers)
