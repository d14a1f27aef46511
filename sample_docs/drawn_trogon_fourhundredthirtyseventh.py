"""A four-hundred-and-thirty-seventh drawn set, of Chinese work letters, in wording and layouts no earlier set drew: a
leaving certificate (兹有我司员工…（工号：…），于…入职，任…，于…办理离职手续); a traditional letter in Han months
(由…起受聘於本公司，出任…一職，直至…離任); particulars on lines whose labels are spaced out and set apart from their values
by space, no colon (姓　　名, 任职单位, 任职岗位, 任职期间). Each is a case of its own (`scripts/bench_drawn_forms.py --set
fourhundredthirtyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def leaving_formalities() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "天津港联物流有限公司", 36, "serif_cjk")
    s.text(700, 200, "离职证明", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　兹有我司员工马晓峰（工号：A1023），于2013年6月17日入职，任物流调度员，于2018年12月28日办理离职手续。", 29, 30, 60)
    text_lines(s, 900, y + 100, ["天津港联物流有限公司", "2026年11月26日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "天津港联物流有限公司")
    return scanned_png(s, "leaving"), {"employer": "天津港联物流有限公司", "position": "物流调度员", "start_date": "2013-06-17",
                                       "end_date": "2018-12-28"}


def traditional_left_office() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "廣州珠江會計諮詢有限公司", 36, "serif_cjk")
    s.text(660, 200, "服務證明書", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　陳志明先生由二〇一二年三月起受聘於本公司，出任財務分析員一職，直至二〇一七年八月離任。", 30, 30, 60)
    text_lines(s, 900, y + 100, ["廣州珠江會計諮詢有限公司", "二〇二六年十一月二十四日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "廣州珠江會計諮詢有限公司")
    return scanned_png(s, "leftoffice"), {"employer": "廣州珠江會計諮詢有限公司", "position": "財務分析員", "start_date": "2012-03-01",
                                          "end_date": "2017-08-31"}


def spaced_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 110, "工作证明", 40, "serif_cjk")
    text_lines(s, 200, 240, ["姓　　名　　　林晓雯", "任职单位　　　杭州西溪电子商务有限公司", "任职岗位　　　运营专员",
                             "任职期间　　　2016年7月1日至2020年9月30日", "", "　　特此证明。", "",
                             "杭州西溪电子商务有限公司", "2026年11月13日"], 28, "serif_cjk", 60)
    _chop(s, 1150, 720, "杭州西溪电子商务有限公司")
    return scanned_png(s, "spaced"), {"employer": "杭州西溪电子商务有限公司", "position": "运营专员", "start_date": "2016-07-01",
                                      "end_date": "2020-09-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-leaving-formalities.png", leaving_formalities, "work_experience_letter", "leaving-formalities"),
              ("work-traditional-left-office.png", traditional_left_office, "work_experience_letter", "traditional-left-office"),
              ("work-spaced-labels.png", spaced_labels, "work_experience_letter", "spaced-labels")]
    return write_drawn(folder, papers)
