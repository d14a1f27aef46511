"""A two-hundred-and-fifth drawn set, an eleventh test set of business plans, drawn after the plans' readers were
mended for the two-hundred-and-third: five plans in wording no set used. Founders who 'subscribed and paid for
600,000 shares at HK$1 each'; a traditional Chinese plan of headed lines (資本：股東已注資港幣80萬元, 預期首年營業收入,
人手：開業時聘用本港員工4名); a ruled table of key figures ('Owners' equity', 'Year-one gross revenue', 'Jobs for HK residents');
a letter that anticipates 'generating HK$3.6 million in the first twelve months' and fills 'all six positions with Hong
Kong residents'; a simplified Chinese plan in numbered points (注册资本…已由股东全额缴付, 营业额目标, 本地雇员人数). Each is a case
of its own, read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
twohundredfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def shares_at_one_dollar() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Tidepool Robotics Limited", 30, "sans_bold")
    s.text(140, 150, "Business Plan 2027", 24, "sans")
    text_lines(s, 140, 240, ["1. The company", "The two founders subscribed and paid for 600,000 shares at HK$1 each in October 2026.",
                             "", "2. Sales", "We forecast sales of HK$2,200,000 in our first year of operation.", "",
                             "3. People", "Three Hong Kong engineers will join us in the first six months."], 22, "sans", 42)
    return scanned_png(s, "shares"), {"capital_hkd": 600000.0, "projected_turnover_hkd": 2200000.0, "local_jobs": 3}


def traditional_headed_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "晴川文化傳播有限公司", 40, "serif_cjk")
    s.text(680, 190, "營運計劃", 38, "serif_cjk")
    text_lines(s, 140, 300, ["資本：股東已注資港幣80萬元", "預期首年營業收入：港幣260萬元", "人手：開業時聘用本港員工4名",
                             "業務：文化活動策劃及推廣"], 30, "serif_cjk", 60)
    return scanned_png(s, "headed"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 2600000.0, "local_jobs": 4}


def key_figures_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Copperleaf Interiors Limited", 30, "serif_bold")
    s.text(140, 160, "Key figures", 26, "serif_bold")
    _ruled(s, 140, 220, [["Owners' equity", "HK$1,200,000"], ["Year-one gross revenue", "HK$4,500,000"],
                         ["Jobs for HK residents", "5"]], [560, 400], 64, 24)
    return scanned_png(s, "keyfigures"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 4500000.0, "local_jobs": 5}


def anticipating_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Mistral Wellness Limited", 30, "serif_bold")
    s.wrapped(140, 180, "Dear Sir or Madam, Mistral Wellness will run two yoga studios in Kowloon. We anticipate generating "
              "HK$3.6 million in the first twelve months. We intend to fill all six positions with Hong Kong residents. The "
              "company's equity of HK$1.5 million has been fully paid up by the two directors.", 90, 22, "serif", leading=40)
    return scanned_png(s, "anticipating"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 3600000.0, "local_jobs": 6}


def simplified_numbered() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "启明跨境电商有限公司", 40, "serif_cjk")
    s.text(660, 190, "业务计划书", 38, "serif_cjk")
    text_lines(s, 140, 300, ["一、注册资本港币200万元，已由股东全额缴付。", "二、第一年营业额目标为港币950万元。",
                             "三、本地雇员人数：开业首年7人。"], 30, "serif_cjk", 60)
    return scanned_png(s, "numbered"), {"capital_hkd": 2000000.0, "projected_turnover_hkd": 9500000.0, "local_jobs": 7}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-shares.png", shares_at_one_dollar, "business_plan", "shares-at-one-dollar"),
              ("plan-headed.png", traditional_headed_lines, "business_plan", "traditional-headed-lines"),
              ("plan-key-figures.png", key_figures_table, "business_plan", "key-figures-table"),
              ("plan-anticipating.png", anticipating_letter, "business_plan", "anticipating-letter"),
              ("plan-numbered.png", simplified_numbered, "business_plan", "simplified-numbered")]
    return write_drawn(folder, papers)
