"""A hundred-and-ninety-fifth drawn set, a tenth test set of plans, drawn after the plans' readers were mended for the
hundred-and-ninety-third: five business plans in wording no set used. A plan whose capital is 'start-up funds of
HK$450,000 from the directors' and whose staff line reads 'Hong Kong staff in year one - 3'; a plan in traditional
Chinese bullets with 預計收益 and 聘用港人; a plan whose figures are in a sentence of 'K' sums ('HK$820K', 'HK$2,300K'); a
plan whose revenue is named 'Net sales (year 1)'; a plan whose jobs are 'positions to be created for local people: 2'. Each
is a case of its own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredninetyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_proposals_hundredninetysecond import _lines


def plan_startup_funds() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Westerly Kite Surf School Limited", 32, "serif_bold")
    _lines(s, 180, ["Start-up funds of HK$450,000 from the directors, fully paid into the company.",
                    "Expected sales in the first year: HK$1,220,000", "Hong Kong staff in year one - 3"])
    return scanned_png(s, "startup"), {"capital_hkd": 450000.0, "projected_turnover_hkd": 1220000.0, "local_jobs": 3}


def plan_hant_bullets_gangren() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "麗晶眼科診所有限公司", 40, "serif_cjk")
    s.text(700, 190, "營運計劃書", 38, "serif_cjk")
    _lines(s, 300, ["● 已繳足資本：港幣1,500,000元", "● 首年預計收益：港幣4,200,000元", "● 首年聘用港人：4名（護士及文員）"], 30, "serif_cjk", 70)
    return scanned_png(s, "gangren"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 4200000.0, "local_jobs": 4}


def plan_k_sums() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Glowworm Lighting Design Limited", 32, "sans_bold")
    s.wrapped(140, 190, "Paid-up capital stands at HK$820K. For year one we project revenue of HK$2,300K, and we will employ two local "
              "lighting designers.", 80, 26, "sans", leading=44)
    return scanned_png(s, "ksums"), {"capital_hkd": 820000.0, "projected_turnover_hkd": 2300000.0, "local_jobs": 2}


def plan_net_sales() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Hearthstone Kitchenware Trading Limited", 32, "serif_bold")
    _lines(s, 180, ["Issued and paid-up capital ......... HK$1,000,000", "Net sales (year 1) ......... HK$3,650,000",
                    "Local employees (year 1) ......... 4"])
    return scanned_png(s, "netsales"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 3650000.0, "local_jobs": 4}


def plan_positions_for_local_people() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Moonrise Pet Grooming Limited", 32, "serif_bold")
    _lines(s, 180, ["Capital (paid): HK$280,000", "Turnover forecast, first 12 months: HK$960,000",
                    "Positions to be created for local people: 2"])
    return scanned_png(s, "localpeople"), {"capital_hkd": 280000.0, "projected_turnover_hkd": 960000.0, "local_jobs": 2}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-startup.png", plan_startup_funds, "business_plan", "startup-funds"),
              ("plan-gangren.png", plan_hant_bullets_gangren, "business_plan", "hant-bullets-gangren"),
              ("plan-k-sums.png", plan_k_sums, "business_plan", "k-sums"),
              ("plan-net-sales.png", plan_net_sales, "business_plan", "net-sales"),
              ("plan-local-people.png", plan_positions_for_local_people, "business_plan", "positions-for-local-people")]
    return write_drawn(folder, papers)
