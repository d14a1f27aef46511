"""A three-hundred-and-tenth drawn set, of business plans, in wording and layouts no earlier set drew: figures in a
paragraph written with a capital M ('HK$1.8M'); a traditional Chinese table of items and sums (項目 | 金額) with the
first year's hires as a row; a plan in plain sentences ('The shareholders have injected …', 'we forecast revenue of … for
the first financial year', 'we will hire four local staff'); a plan of milestones by month whose headcount is summed in
brackets at the end of the year. Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredtenth`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def capital_m() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "Northcape Robotics Integration Limited", 30, "sans_bold")
    text_lines(s, 160, 190, ["Funding and outlook", "",
                             "The two founders have paid in HK$1.8M between them. We are aiming for sales of HK$5.6M in the first",
                             "year and expect to employ 6 people locally by its end."], 24, "sans", 46)
    return scanned_png(s, "capm"), {"capital_hkd": 1800000.0, "projected_turnover_hkd": 5600000.0, "local_jobs": 6}


def items_and_sums() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "業務計劃重點數據", 40, "serif_cjk")
    _ruled(s, 160, 220, [["項目", "金額／人數"], ["股本", "港幣 2,000,000"], ["首年營業額（預測）", "港幣 6,800,000"],
                         ["首年本地聘用人數", "8"], ["次年營業額（預測）", "港幣 9,500,000"]], [620, 520], 62, 28)
    return scanned_png(s, "items"), {"capital_hkd": 2000000.0, "projected_turnover_hkd": 6800000.0, "local_jobs": 8}


def plain_sentences() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "Westmoor Clinical Research Services Limited", 28, "serif_bold")
    text_lines(s, 160, 190, ["The shareholders have injected HK$900,000 in cash. On the contracts now under negotiation we forecast",
                             "revenue of HK$3,300,000 for the first financial year, and we will hire four local staff (two study",
                             "coordinators, a data manager and an administrator) during that year."], 24, "serif", 46)
    return scanned_png(s, "plain"), {"capital_hkd": 900000.0, "projected_turnover_hkd": 3300000.0, "local_jobs": 4}


def milestones_by_month() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "Lumenhill Packaging Design Limited - first-year milestones", 28, "sans_bold")
    text_lines(s, 160, 190, ["Paid-in capital: HK$1,000,000", "Year 1 revenue target: HK$2,750,000", "",
                             "Month 2:  lease studio in San Po Kong", "Month 3:  hire 2 local designers",
                             "Month 9:  hire 2 more (4 local staff by the end of year one)", "Month 12:  first export client"],
               24, "sans", 46)
    return scanned_png(s, "months"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 2750000.0, "local_jobs": 4}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-capital-m.png", capital_m, "business_plan", "capital-m"),
              ("plan-items-and-sums.png", items_and_sums, "business_plan", "items-and-sums"),
              ("plan-plain-sentences.png", plain_sentences, "business_plan", "plain-sentences"),
              ("plan-milestones-by-month.png", milestones_by_month, "business_plan", "milestones-by-month")]
    return write_drawn(folder, papers)
