"""A six-hundred-and-twenty-third drawn set, of an employer's accounts, plan and BR certificate, drawn in stop 86's sixth round to be
read cold before any reader changes for it, in wording and layouts no earlier set drew: a statement of comprehensive income whose
profit is 'Profit and total comprehensive income for the year', its equity stated twice ('Net assets', 'Total equity'); a plan in
English whose capital is told in a sentence ('The founders will inject HK$1.5 million as paid-up capital') over a Year 1 / Year 2 /
Year 3 table with 'Local employees (headcount)'; a BR certificate in the Inland Revenue's bilingual lines (Business Registration
Number 商業登記號碼:, Status 法律地位: CORP). Each is a case of its own (`scripts/bench_drawn_forms.py --set sixhundredtwentythird`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def comprehensive_income() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 90, "BAYFERN HEALTHCARE LIMITED", 32, "serif_bold")
    s.text(360, 150, "Statement of comprehensive income for the year ended 31 December 2025", 24, "serif")
    _rows(s, 230, [("", "2025", "2024"), ("", "HK$", "HK$")])
    y = _rows(s, 350, [("Turnover", "7,936,200", "6,804,500"), ("Cost of services", "(5,402,900)", "(4,711,300)"),
                       ("General and administrative expenses", "(1,644,100)", "(1,498,700)"), ("Profit before income tax", "889,200", "594,500"),
                       ("Income tax expense", "(146,700)", "(98,100)"), ("Profit and total comprehensive income for the year", "742,500", "496,400")])
    s.text(360, y + 50, "Statement of financial position at 31 December 2025", 24, "serif")
    _rows(s, y + 120, [("Net assets", "3,218,600", "2,476,100"), ("Share capital", "1,000,000", "1,000,000"), ("Retained earnings", "2,218,600", "1,476,100"),
                       ("Total equity", "3,218,600", "2,476,100")])
    return scanned_png(s, "comprehensive"), {"company_name": "BAYFERN HEALTHCARE LIMITED", "period_end": "2025-12-31", "revenue": 7936200.0,
                                             "profit": 742500.0, "total_equity": 3218600.0}


def plan_inject_capital() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Saltmarsh Robotics Limited — Business Plan", 32, "serif_bold")
    y = text_lines(s, 140, 190, ["1. The business", "We design inspection drones for Hong Kong's bridges, tunnels and slopes. The founders will inject",
                                 "HK$1.5 million as paid-up capital in March 2027, and we will lease a unit in Tsuen Wan.", "", "2. Targets"],
                   24, "serif", 46)
    _ruled(s, 140, y + 30, [["", "Year 1", "Year 2", "Year 3"], ["Turnover (HK$)", "2,800,000", "4,600,000", "6,900,000"],
                            ["Local employees (headcount)", "5", "8", "12"], ["Non-local employees", "1", "1", "2"]], [520, 280, 280, 280], 66, 24)
    return scanned_png(s, "inject"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 2800000.0, "local_jobs": 5}


def ird_bilingual_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 90, "Inland Revenue Department  稅務局", 28, "sans_cjk")
    s.text(300, 140, "Business Registration Certificate  商業登記證", 34, "sans_cjk")
    text_lines(s, 160, 260, ["Business Registration Number 商業登記號碼: 71836402-000-09-26-1", "Business Name 業務名稱: TIDELINE CRAFT BREWERY LIMITED",
                             "Business Address 業務地址: UNIT 12, 8/F, GOLDEN DRAGON INDUSTRIAL CENTRE, 152 TAI LIN PAI ROAD, KWAI CHUNG,",
                             "NEW TERRITORIES", "Nature of Business 業務性質: BREWERY", "Status 法律地位: CORP",
                             "Date of Commencement 開業日期: 14/09/2026", "Date of Expiry 屆滿日期: 13/09/2027"], 24, "sans_cjk", 52)
    return scanned_png(s, "irdlines"), {"business_name": "TIDELINE CRAFT BREWERY LIMITED", "br_number": "71836402",
                                        "address": "UNIT 12, 8/F, GOLDEN DRAGON INDUSTRIAL CENTRE, 152 TAI LIN PAI ROAD, KWAI CHUNG, NEW TERRITORIES",
                                        "nature_of_business": "BREWERY", "commencement_date": "2026-09-14", "expiry_date": "2027-09-13"}


def write_all(folder: Path) -> list[dict]:
    papers = [("statement-comprehensive.png", comprehensive_income, "financial_statement", "comprehensive"),
              ("plan-inject-capital.png", plan_inject_capital, "business_plan", "inject-capital"),
              ("br-ird-lines.png", ird_bilingual_lines, "br_certificate", "ird-lines")]
    return write_drawn(folder, papers)
