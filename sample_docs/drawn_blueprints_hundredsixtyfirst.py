"""A hundred-and-sixty-first drawn set, a second test set of plans: five business plans in wording and layouts no set
used, drawn after the plans' readers were mended for the hundred-and-fifty-fifth. A plan in simplified Chinese with its
forecast in a table by year (营业额（港元） / 本地员工（人）) and its capital 已缴足; a financial summary that names the
shareholders' equity apart from a bank loan; a headcount plan written with an arrow ('2 (Year 1) → 5 (Year 2)'); a plan
that states a month's sales on the way to the year's; a plan as a one-page letter to the Director of Immigration. Each
is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredsixtyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled


def _lines(s: Sheet, y: int, lines: list[str], size: int = 24, leading: int = 44) -> int:
    for line in lines:
        s.text(140, y, line, size, "serif")
        y += leading
    return y


def plan_hans_table_by_year() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "香港汇川跨境物流有限公司", 40, "serif_cjk")
    s.text(700, 190, "投资及人员计划", 36, "serif_cjk")
    s.text(140, 290, "注册资本：港币100万元（已缴足）", 30, "serif_cjk")
    _ruled(s, 140, 370, [["项目", "第一年", "第二年"], ["营业额（港元）", "2,000,000", "3,200,000"], ["本地员工（人）", "3", "5"]],
           [520, 400, 400], 70, 28)
    return scanned_png(s, "hanstable"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 2000000.0, "local_jobs": 3}


def plan_equity_and_loan() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Kestrel Drone Surveys Limited", 32, "serif_bold")
    s.text(140, 160, "Financial summary", 28, "serif_bold")
    _lines(s, 230, ["Sources of funds", "  Equity from shareholders: HK$400,000", "  Bank loan (SME Financing Guarantee Scheme): HK$200,000", "",
                    "Expected turnover in the first year of operation: HK$1,750,000", "Local employees in the first year: 3 surveyors and 1 administrator (4)"])
    return scanned_png(s, "equityloan"), {"capital_hkd": 400000.0, "projected_turnover_hkd": 1750000.0, "local_jobs": 4}


def plan_headcount_arrow() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Amberwood Interior Studio Limited", 32, "serif_bold")
    _lines(s, 190, ["Paid-up capital: HK$650,000", "Revenue forecast: HK$1,900,000 (Year 1), HK$2,600,000 (Year 2)",
                    "Headcount plan (Hong Kong residents): 2 (Year 1) → 5 (Year 2)", "Premises: a studio in Wong Chuk Hang"], 26, 56)
    return scanned_png(s, "arrow"), {"capital_hkd": 650000.0, "projected_turnover_hkd": 1900000.0, "local_jobs": 2}


def plan_monthly_on_the_way() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Pebblebrook Pet Nutrition Limited", 32, "serif_bold")
    s.wrapped(140, 190, "The founders have subscribed HK$350,000 of share capital, fully paid. From the third month we expect sales "
              "of HK$150,000 a month, about HK$1,500,000 in the first year. We will hire two local sales staff in the first "
              "year and a third in the second.", 90, 24, "serif", leading=40)
    return scanned_png(s, "monthly"), {"capital_hkd": 350000.0, "projected_turnover_hkd": 1500000.0, "local_jobs": 2}


def plan_letter_to_director() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Harrowgate Legal Translation Limited", 30, "serif_bold")
    _lines(s, 180, ["1 December 2026", "", "The Director of Immigration", "Immigration Department", "", "Dear Sir,", "",
                    "Business plan of Harrowgate Legal Translation Limited", "",
                    "The company was incorporated in September 2026 with a paid-up capital of HK$300,000. It translates contracts",
                    "and court papers between Chinese and English. We project a turnover of HK$1,200,000 for the year to",
                    "August 2027, and the company will create three jobs for local residents in that year.", "",
                    "Yours faithfully,", "Director"])
    return scanned_png(s, "letter"), {"capital_hkd": 300000.0, "projected_turnover_hkd": 1200000.0, "local_jobs": 3}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-hans-table.png", plan_hans_table_by_year, "business_plan", "hans-table-by-year"),
              ("plan-equity-loan.png", plan_equity_and_loan, "business_plan", "equity-and-loan"),
              ("plan-headcount-arrow.png", plan_headcount_arrow, "business_plan", "headcount-arrow"),
              ("plan-monthly.png", plan_monthly_on_the_way, "business_plan", "monthly-on-the-way"),
              ("plan-letter.png", plan_letter_to_director, "business_plan", "letter-to-director")]
    return write_drawn(folder, papers)
