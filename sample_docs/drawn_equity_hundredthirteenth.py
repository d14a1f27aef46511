"""A hundred-and-thirteenth drawn set: papers in four layouts no set drew. A tax representative's profits tax computation,
the year's profit 'per accounts' above the assessable profits; an income statement with a statement of changes in equity
under it, the equity only in that table's total column; a partnership's accounts whose partners' capital accounts stand
side by side with their total; a business plan whose years are headed by their months ('Apr 2027 - Mar 2028'). Each is a
case of its own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredthirteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled


def _rows(s: Sheet, y: int, rows: list[tuple[str, ...]], xs: tuple[int, ...], size: int = 24) -> int:
    for row in rows:
        s.text(160, y, row[0], size, "serif_bold" if row[0].isupper() else "serif")
        for x, value in zip(xs, row[1:]):
            s.text(x - 13 * len(value), y, value, size, "serif")
        y += 50
    return y


def tax_computation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 100, "BAYVIEW DENTAL LAB LIMITED", 32, "serif_bold")
    s.text(420, 150, "PROFITS TAX COMPUTATION - YEAR OF ASSESSMENT 2025/26", 24, "serif_bold")
    s.text(420, 190, "Basis period: 1 April 2025 to 31 March 2026", 24, "serif")
    s.text(1300, 250, "HK$", 24, "serif_bold")
    y = _rows(s, 310, [("Profit per accounts", "842,600"), ("Add: Depreciation", "96,400"), ("       Entertainment not deductible", "12,800"),
                       ("Less: Depreciation allowances", "(118,900)"), ("Assessable profits", "832,900"), ("", ""),
                       ("Profits tax at 8.25% on the first HK$2,000,000", "68,714")], (1360,))
    s.text(160, y + 40, "Prepared by: Lee & Partners CPA Limited, tax representative", 22, "serif")
    return scanned_png(s, "tax"), {"company_name": "BAYVIEW DENTAL LAB LIMITED", "period_end": "2026-03-31", "currency": "HKD", "profit": 842600.0}


def income_with_changes_in_equity() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 90, "TERRACE GARDEN CATERING LIMITED", 30, "serif_bold")
    s.text(380, 140, "INCOME STATEMENT FOR THE YEAR ENDED 31 DECEMBER 2025", 24, "serif_bold")
    s.text(1320, 200, "HK$", 22, "serif_bold")
    y = _rows(s, 250, [("Turnover", "9,315,700"), ("Cost of food and staff", "(7,486,200)"), ("Other operating expenses", "(1,122,400)"),
                       ("Profit before taxation", "707,100"), ("Taxation", "(116,700)"), ("Profit for the year", "590,400")], (1380,))
    s.text(300, y + 40, "STATEMENT OF CHANGES IN EQUITY FOR THE YEAR ENDED 31 DECEMBER 2025", 22, "serif_bold")
    _ruled(s, 140, y + 100, [["HK$", "Share capital", "Retained profits", "Total"], ["At 1 January 2025", "500,000", "1,204,600", "1,704,600"],
                             ["Profit for the year", "-", "590,400", "590,400"], ["Dividend paid", "-", "(300,000)", "(300,000)"],
                             ["At 31 December 2025", "500,000", "1,495,000", "1,995,000"]],
           [440, 300, 320, 300], 62, 22)
    return scanned_png(s, "soce"), {"company_name": "TERRACE GARDEN CATERING LIMITED", "period_end": "2025-12-31", "currency": "HKD",
                              "revenue": 9315700.0, "profit": 590400.0, "total_equity": 1995000.0}


def partnership_capital_accounts() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 90, "HARBOUR & HILL ARCHITECTS", 32, "serif_bold")
    s.text(620, 140, "(a partnership)", 24, "serif")
    s.text(360, 190, "PROFIT AND LOSS ACCOUNT FOR THE YEAR ENDED 31 MARCH 2026", 24, "serif_bold")
    s.text(1320, 250, "HK$", 22, "serif_bold")
    y = _rows(s, 300, [("Fees", "6,842,000"), ("Salaries and office costs", "(5,104,300)"), ("Net profit for the year", "1,737,700")], (1380,))
    s.text(160, y + 40, "PARTNERS' CAPITAL ACCOUNTS", 24, "serif_bold")
    _ruled(s, 140, y + 100, [["HK$", "Mr LAU", "Ms CHEUNG", "Total"], ["Balance at 1 April 2025", "640,000", "610,000", "1,250,000"],
                             ["Share of profit", "868,850", "868,850", "1,737,700"], ["Drawings", "(720,000)", "(700,000)", "(1,420,000)"],
                             ["Balance at 31 March 2026", "788,850", "778,850", "1,567,700"]],
           [440, 300, 300, 300], 62, 22)
    return scanned_png(s, "partners"), {"company_name": "HARBOUR & HILL ARCHITECTS", "period_end": "2026-03-31", "currency": "HKD",
                                  "revenue": 6842000.0, "profit": 1737700.0, "total_equity": 1567700.0}


def plan_month_range_years() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Tidepool Aquaculture Technology Limited", 34, "serif_bold")
    s.text(140, 175, "Business plan", 28, "serif")
    s.wrapped(140, 260, "The company's issued and fully paid share capital is HK$2,200,000. It will sell water-quality sensors "
              "to fish farms in Hong Kong and Guangdong.", 90, 24, "serif", leading=42)
    _ruled(s, 140, 400, [["", "Apr 2027 - Mar 2028", "Apr 2028 - Mar 2029", "Apr 2029 - Mar 2030"],
                         ["Sales", "1,940,000", "3,260,000", "4,870,000"], ["Staff based in Hong Kong", "4", "6", "9"]],
           [380, 370, 370, 370], 68, 22)
    return scanned_png(s, "monthyears"), {"capital_hkd": 2200000.0, "projected_turnover_hkd": 1940000.0, "local_jobs": 4}


def write_all(folder: Path) -> list[dict]:
    papers = [("tax-computation.png", tax_computation, "financial_statement", "tax-computation"),
              ("income-soce.png", income_with_changes_in_equity, "financial_statement", "changes-in-equity"),
              ("partnership.png", partnership_capital_accounts, "financial_statement", "partners-capital"),
              ("plan-month-years.png", plan_month_range_years, "business_plan", "month-range-years")]
    return write_drawn(folder, papers)
