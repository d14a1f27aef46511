"""A hundred-and-seventy-ninth drawn set, a fifth test set of plans, drawn after the plans' readers were mended for the
hundred-and-seventy-seventh: five business plans in wording no set used. A plan in traditional Chinese whose figures
stand in a table by year (營業額預測, 本地聘用人數) and whose capital is '已發行股本港幣80萬元，全數繳足'; an investor's
one-page summary ('Funding secured', 'Team in Hong Kong by end of year one'); a memo whose capital is shares issued at
HK$100 each and whose hires are 'two posts in Hong Kong'; milestones each hiring a few local staff in the first year; a
plan whose capital is in renminbi with its Hong Kong dollar sum in brackets. Each is a case of its own. Read once through
the product before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredseventyninth`). Every name
and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forecasts_hundredseventythird import _lines
from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled


def plan_hant_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "晴川茶飲連鎖有限公司", 40, "serif_cjk")
    s.text(700, 190, "業務計劃書", 38, "serif_cjk")
    s.text(140, 290, "公司已發行股本港幣80萬元，全數繳足。", 28, "serif_cjk")
    _ruled(s, 140, 370, [["項目", "第一年", "第二年"], ["營業額預測（港元）", "2,300,000", "3,100,000"], ["本地聘用人數", "5", "8"]],
           [520, 320, 320], 70, 26)
    return scanned_png(s, "hanttable"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 2300000.0, "local_jobs": 5}


def plan_investor_summary() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Quillfeather Learning Limited", 34, "sans_bold")
    s.text(140, 160, "Investor summary", 26, "sans")
    _lines(s, 250, ["Funding secured: HK$750,000 (founders' equity, fully paid)",
                    "Revenue target, year one: HK$1.9m", "Team in Hong Kong by end of year one: 4 (all local hires)",
                    "Product: after-school coding courses for primary pupils"], 26, "sans", 60)
    return scanned_png(s, "investor"), {"capital_hkd": 750000.0, "projected_turnover_hkd": 1900000.0, "local_jobs": 4}


def plan_memo_shares() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "MEMO: business plan of Greystone Physiotherapy Limited", 28, "serif_bold")
    s.wrapped(140, 180, "Capital. The company was incorporated with 10,000 shares of HK$100 each, all issued and paid. Sales. Our "
              "first-year sales budget is HK$2,600,000. Staff. We will fill two posts in Hong Kong with local staff, a clinic "
              "manager and a receptionist; the two physiotherapists are the founders.", 90, 24, "serif", leading=40)
    return scanned_png(s, "memoshares"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 2600000.0, "local_jobs": 2}


def plan_milestone_hires() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Amberlight Solar Installations Limited", 32, "serif_bold")
    _lines(s, 180, ["Paid-up capital: HK$500,000", "Year-one revenue: HK$1,450,000", "", "Milestones in the first year"])
    _lines(s, 380, ["Month 3  - open the Tsuen Wan workshop; hire 1 local technician",
                    "Month 6  - first commercial rooftop; hire 2 local sales staff",
                    "Month 9  - hire 1 local accountant", "Month 12 - 40 installations completed"])
    return scanned_png(s, "milestones"), {"capital_hkd": 500000.0, "projected_turnover_hkd": 1450000.0, "local_jobs": 4}


def plan_renminbi_capital() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Jadebridge Trade Finance Advisory Limited", 32, "serif_bold")
    s.wrapped(140, 180, "Our parent has paid in registered capital of RMB 1,000,000 (about HK$1,080,000), fully paid. We project "
              "HK$3.5 million in sales during our first full year of trading, and the business will need three local hires: an "
              "analyst, an officer for client onboarding and an office manager.", 90, 24, "serif", leading=40)
    return scanned_png(s, "renminbi"), {"capital_hkd": 1080000.0, "projected_turnover_hkd": 3500000.0, "local_jobs": 3}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-hant-table.png", plan_hant_table, "business_plan", "hant-table"),
              ("plan-investor-summary.png", plan_investor_summary, "business_plan", "investor-summary"),
              ("plan-memo-shares.png", plan_memo_shares, "business_plan", "memo-shares"),
              ("plan-milestone-hires.png", plan_milestone_hires, "business_plan", "milestone-hires"),
              ("plan-renminbi.png", plan_renminbi_capital, "business_plan", "renminbi-capital")]
    return write_drawn(folder, papers)
