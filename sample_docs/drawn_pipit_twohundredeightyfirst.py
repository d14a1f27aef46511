"""A two-hundred-and-eighty-first drawn set, of business plans (read cold at 69 % this stop so far), in wording no
earlier set drew: a plan written as a letter to a bank ('with a paid-in capital of …', 'projected to reach HK$1.8
million', 'intend to recruit three local staff'); a traditional Chinese two-column table of items (股本, 第一年預算收入,
計劃聘用本地員工 … 名); a spreadsheet of fiscal years (FY2027, FY2028) in HK$ stated in its title, a year-end local
headcount; a simplified Chinese paragraph (注册资本及实缴资本均为…, 第一个完整财政年度, 聘用本地员工十名); a one-pager of a
startup budget from the owners' contributions, a year-1 target and local jobs counted in words. Each is a case of its
own (`scripts/bench_drawn_forms.py --set twohundredeightyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def letter_to_bank() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Peak Tram Tours Limited", 30, "serif_bold")
    text_lines(s, 140, 190, ["25 November 2026", "", "The Manager, Business Banking", "", "Dear Sir,", "",
                             "Our company, with a paid-in capital of HK$500,000, will run guided heritage walks from Central. Revenue",
                             "for our first year of operation is projected to reach HK$1.8 million, and we intend to recruit three local",
                             "staff.", "", "Yours faithfully,", "Director"], 24, "serif", 44)
    return scanned_png(s, "bank"), {"capital_hkd": 500000.0, "projected_turnover_hkd": 1800000.0, "local_jobs": 3}


def traditional_items() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "翠峰山茶飲有限公司", 36, "serif_cjk")
    _ruled(s, 160, 220, [["項目", "金額／人數"], ["股本", "港幣800,000"], ["第一年預算收入", "港幣2,400,000"], ["計劃聘用本地員工", "4名"]], [560, 480], 68, 26)
    return scanned_png(s, "tradtable"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 2400000.0, "local_jobs": 4}


def fiscal_years() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Granite Bay Climbing Gym Limited — projections (HK$)", 30, "sans_bold")
    _ruled(s, 140, 190, [["Item", "FY2027", "FY2028"], ["Paid-up share capital", "1,000,000", "–"], ["Projected revenue", "3,500,000", "5,200,000"],
                         ["Local headcount (year-end)", "5", "8"]], [520, 320, 320], 62, 24)
    return scanned_png(s, "fiscal"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 3500000.0, "local_jobs": 5}


def simplified_paragraph() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 110, "云帆跨境电商（香港）有限公司", 36, "serif_cjk")
    text_lines(s, 160, 220, ["　　本公司由两位股东共同出资设立，注册资本及实缴资本均为港币300万元。预计第一个完整财政年度",
                             "实现营业收入约港币1,200万元，届时将在香港聘用本地员工十名。"], 28, "serif_cjk", 60)
    return scanned_png(s, "simplifiedparagraph"), {"capital_hkd": 3000000.0, "projected_turnover_hkd": 12000000.0, "local_jobs": 10}


def one_pager() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Little Lantern Bookshop Limited", 30, "sans_bold")
    text_lines(s, 160, 190, ["Startup budget:  HK$450,000 (owners' contributions)", "Year 1 target:  HK$1,500,000 in sales",
                             "Local jobs:  three (two full-time, one part-time)"], 24, "sans", 50)
    return scanned_png(s, "onepager"), {"capital_hkd": 450000.0, "projected_turnover_hkd": 1500000.0, "local_jobs": 3}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-letter-to-bank.png", letter_to_bank, "business_plan", "letter-to-bank"),
              ("plan-traditional-items.png", traditional_items, "business_plan", "traditional-items"),
              ("plan-fiscal-years.png", fiscal_years, "business_plan", "fiscal-years"),
              ("plan-simplified-paragraph.png", simplified_paragraph, "business_plan", "simplified-paragraph"),
              ("plan-one-pager.png", one_pager, "business_plan", "one-pager")]
    return write_drawn(folder, papers)
