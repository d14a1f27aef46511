"""A two-hundred-and-ninety-first drawn set, of business plans, in layouts and wording no earlier set drew: a forecast
ruled by half-years with the year's total in its last column ('Months 1–6 | Months 7–12 | Year 1 total'), its capital
among 'Company facts' above; a staffing table that sets Hong Kong staff apart from Mainland staff; a simplified
Chinese plan whose table's unit is stated once over it (单位：港元) and whose rows are bare figures; an English plan
whose figures follow dashes in a list of headings ('Money in — HK$…'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set twohundredninetyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def half_years() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Greenline Bicycle Repairs Limited", 30, "sans_bold")
    text_lines(s, 140, 170, ["Company facts", "Paid-up capital: HK$1,000,000", "Premises: Shop 3, Tai Wai Road"], 22, "sans", 40)
    s.text(140, 330, "Financial projections (HK$)", 24, "sans_bold")
    _ruled(s, 140, 390, [["Item", "Months 1–6", "Months 7–12", "Year 1 total"], ["Turnover", "900,000", "1,500,000", "2,400,000"],
                         ["Staff (HK residents)", "2", "3", "3"]], [360, 280, 280, 300], 64, 24)
    return scanned_png(s, "halfyears"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 2400000.0, "local_jobs": 3}


def staff_apart() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Silverreed Tea House Limited — Business Plan", 28, "serif_bold")
    text_lines(s, 140, 190, ["1. Funding.  The two shareholders have paid in HK$850,000 in cash.",
                             "2. Sales.  Our first year's takings are put at HK$3.3 million.", "3. Staffing in year one:"], 24, "serif", 52)
    _ruled(s, 180, 370, [["Hong Kong staff", "5"], ["Mainland staff", "1"]], [360, 160], 60, 24)
    return scanned_png(s, "staffapart"), {"capital_hkd": 850000.0, "projected_turnover_hkd": 3300000.0, "local_jobs": 5}


def unit_over_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "云帆智能仓储有限公司", 40, "serif_cjk")
    s.text(600, 170, "业务计划要点", 34, "serif_cjk")
    s.text(1160, 250, "单位：港元", 24, "serif_cjk")
    _ruled(s, 160, 300, [["注册资本", "1,200,000"], ["第一年营业额", "2,800,000"], ["本地雇员人数", "5"]], [420, 420], 70, 28)
    return scanned_png(s, "unitover"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 2800000.0, "local_jobs": 5}


def dashes_in_headings() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Halfmoon Print Studio Limited", 28, "sans_bold")
    text_lines(s, 140, 190, ["Money in — HK$420,000 from the founder", "Money expected — HK$1.75 million of sales in year one",
                             "People — two designers hired in Hong Kong", "Place — a 600 sq ft studio in Kwun Tong"], 24, "sans", 52)
    return scanned_png(s, "dashes"), {"capital_hkd": 420000.0, "projected_turnover_hkd": 1750000.0, "local_jobs": 2}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-half-years.png", half_years, "business_plan", "half-years"),
              ("plan-staff-apart.png", staff_apart, "business_plan", "staff-apart"),
              ("plan-unit-over-table.png", unit_over_table, "business_plan", "unit-over-table"),
              ("plan-dashes.png", dashes_in_headings, "business_plan", "dashes-in-headings")]
    return write_drawn(folder, papers)
