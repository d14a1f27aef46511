"""A two-hundred-and-thirteenth drawn set, a thirteenth test set of business plans, drawn after the plans' readers were
mended for the two-hundred-and-eighth: five plans in wording no set used. A pitch slide of big figures over their small
captions ('HK$3M' over 'first-year revenue'); a traditional Chinese table (實收資本, 首年預計收入, 本地僱員 3名); a letter whose
shareholders 'have injected HK$1,000,000 into the company' and which 'will recruit five staff locally'; a simplified
Chinese plan with sums written 150万港元; bullets under new labels ('Capitalisation', 'Revenue target (Y1)', 'Hong Kong
headcount (end Y1)'). Each is a case of its own, read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set twohundredthirteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def pitch_tiles() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Glasswing Mobility Limited", 34, "sans_bold")
    s.text(140, 160, "Our first year in numbers", 26, "sans")
    for x, figure, caption in [(140, "HK$3M", "first-year revenue"), (640, "4", "Hong Kong hires"), (1140, "HK$500K", "paid-in capital")]:
        s.d.rectangle([x, 260, x + 440, 520], outline=(40, 90, 160), width=3)
        s.text(x + 40, 300, figure, 64, "sans_bold", (40, 90, 160))
        s.text(x + 40, 430, caption, 24, "sans")
    return scanned_png(s, "tiles"), {"capital_hkd": 500000.0, "projected_turnover_hkd": 3000000.0, "local_jobs": 4}


def traditional_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "栢林寵物美容有限公司", 40, "serif_cjk")
    s.text(660, 190, "業務計劃摘要", 36, "serif_cjk")
    _ruled(s, 240, 300, [["項目", "金額／人數"], ["實收資本", "港幣600,000"], ["首年預計收入", "港幣2,100,000"], ["本地僱員", "3名"]],
           [520, 520], 70, 28)
    return scanned_png(s, "hanttable"), {"capital_hkd": 600000.0, "projected_turnover_hkd": 2100000.0, "local_jobs": 3}


def injected_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Verdant Roofs Limited", 30, "serif_bold")
    s.wrapped(140, 180, "Dear Sirs, Verdant Roofs designs and installs green roofs for commercial buildings. The shareholders have "
              "injected HK$1,000,000 into the company. In its first financial year the company expects turnover of about HK$3.5 "
              "million, and it will recruit five staff locally.", 90, 22, "serif", leading=40)
    return scanned_png(s, "injected"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 3500000.0, "local_jobs": 5}


def simplified_wan_after() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "鹏程智慧仓储有限公司", 40, "serif_cjk")
    s.text(680, 190, "商业计划书", 38, "serif_cjk")
    text_lines(s, 140, 300, ["公司注册资本及实缴资本均为150万港元。", "预计首年营业收入500万港元。", "计划招聘香港本地员工4名。"], 30, "serif_cjk", 60)
    return scanned_png(s, "wanafter"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 5000000.0, "local_jobs": 4}


def bullets_new_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Northlight Dental Imaging Limited", 30, "sans_bold")
    s.text(140, 150, "Plan highlights", 24, "sans")
    text_lines(s, 140, 230, ["• Capitalisation: HK$900,000 (fully paid)", "• Revenue target (Y1): HK$2.8 million",
                             "• Hong Kong headcount (end Y1): 5", "• Site: Tsim Sha Tsui"], 24, "sans", 52)
    return scanned_png(s, "bullets"), {"capital_hkd": 900000.0, "projected_turnover_hkd": 2800000.0, "local_jobs": 5}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-tiles.png", pitch_tiles, "business_plan", "pitch-tiles"),
              ("plan-hant-table.png", traditional_table, "business_plan", "traditional-table"),
              ("plan-injected.png", injected_letter, "business_plan", "injected-letter"),
              ("plan-wan-after.png", simplified_wan_after, "business_plan", "simplified-wan-after"),
              ("plan-bullets.png", bullets_new_labels, "business_plan", "bullets-new-labels")]
    return write_drawn(folder, papers)
