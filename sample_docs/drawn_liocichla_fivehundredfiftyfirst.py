"""A five-hundred-and-fifty-first drawn set, of work experience letters in Chinese, drawn for stop 84's fourth round, to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: a stay told as a period (于2012年8月至2018年3月期间在我单位工作，
担任…一职); a Hong Kong certificate of service in traditional characters with dates in Han numerals (由二〇一五年六月一日起至二〇二〇年九月三十日止
受僱於本公司，職位為…). Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredfiftyfirst`). Every name and number is
made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def period_one_post() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 120, "工作证明", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　兹证明熊梓轩同志于2012年8月至2018年3月期间在我单位工作，担任项目预算员", "一职。", "　　特此证明。"], 30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["贵阳黔城建设工程有限公司", "2026年11月17日"], 28, "serif_cjk", 56)
    _chop(s, 1330, y + 160, "贵阳黔城建设工程有限公司")
    return scanned_png(s, "periodone"), {"employer": "贵阳黔城建设工程有限公司", "position": "项目预算员", "start_date": "2012-08-01",
                                         "end_date": "2018-03-31"}


def hong_kong_han_numeral_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 120, "服務證明書", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　茲證明伍家樂先生由二〇一五年六月一日起至二〇二〇年九月三十日止受僱於本公司，", "職位為高級會計主任。", "　　特此證明。"],
                   30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["觀塘海濱貿易有限公司", "二〇二六年十一月十六日"], 28, "serif_cjk", 56)
    _chop(s, 1330, y + 160, "觀塘海濱貿易有限公司")
    return scanned_png(s, "hkhan"), {"employer": "觀塘海濱貿易有限公司", "position": "高級會計主任", "start_date": "2015-06-01",
                                     "end_date": "2020-09-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-period-one-post.png", period_one_post, "work_experience_letter", "period-one-post"),
              ("work-hong-kong-han-numeral-dates.png", hong_kong_han_numeral_dates, "work_experience_letter", "hong-kong-han-numeral-dates")]
    return write_drawn(folder, papers)
