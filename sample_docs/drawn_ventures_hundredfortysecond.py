"""A hundred-and-forty-second drawn set: five business plans in wording no set used, drawn to see whether the readers
mended for the plans before them read new ones. A plan as a memo to the board ('Subject: Hong Kong office - plan for
the first year'); a plan whose funding and hiring are a numbered list of milestones; a plan in traditional Chinese with
its figures in a table headed 項目 / 金額（港元）; a plan that states its headcount as 'staff (HK residents): 5'; a plan
whose turnover is given for 'the first 12 months of trading'. Each is a case of its own. Read once through the product
before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredfortysecond`). Every name and number is made
up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled


def _lines(s: Sheet, y: int, lines: list[str], size: int = 24) -> int:
    for line in lines:
        s.text(140, y, line, size, "serif")
        y += 42
    return y


def plan_board_memo() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "MEMORANDUM", 34, "serif_bold")
    _lines(s, 180, ["To: The Board of Directors, Fernhill Analytics Limited", "From: Managing Director", "Date: 28 November 2026",
                    "Subject: Hong Kong office - plan for the first year", "",
                    "The shareholders have paid up HK$1,100,000 of share capital, which funds the office until it breaks even.",
                    "We project revenue of HK$2,450,000 for the first year from retail analytics subscriptions.",
                    "The office will employ five local staff (two sales, two engineers, one administrator) and the data",
                    "scientist whose visa we are applying for."])
    return scanned_png(s, "memo"), {"capital_hkd": 1100000.0, "projected_turnover_hkd": 2450000.0, "local_jobs": 5}


def plan_milestones() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Redpine Medical Devices (HK) Limited", 32, "serif_bold")
    s.text(140, 160, "Milestones", 28, "serif_bold")
    _lines(s, 230, ["1. October 2026: company incorporated; HK$2,000,000 of share capital paid up.",
                    "2. January 2027: lease signed for a showroom in Wong Chuk Hang.",
                    "3. March 2027: three local sales engineers and one local service technician hired.",
                    "4. December 2027: sales of HK$5,600,000 reached for the first year.",
                    "5. 2028: a second office in Sha Tin."])
    return scanned_png(s, "milestones"), {"capital_hkd": 2000000.0, "projected_turnover_hkd": 5600000.0, "local_jobs": 4}


def plan_hant_amount_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 100, "翠峰園藝設計有限公司", 40, "serif_cjk")
    s.text(620, 170, "業務計劃摘要", 36, "serif_cjk")
    _ruled(s, 140, 260, [["項目", "金額（港元）／人數"], ["繳足股本", "500,000"], ["首年預計營業額", "1,600,000"],
                         ["次年預計營業額", "2,300,000"], ["首年聘用本地員工", "2"]], [640, 560], 70, 28)
    return scanned_png(s, "hanttable"), {"capital_hkd": 500000.0, "projected_turnover_hkd": 1600000.0, "local_jobs": 2}


def plan_staff_residents_label() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Silverleaf Tea Imports Limited", 32, "serif_bold")
    s.text(140, 160, "Plan - key figures", 26, "serif")
    _lines(s, 240, ["Share capital (paid): HK$300,000", "Sales, first year: HK$1,150,000", "Staff (HK residents): 5",
                    "Staff (from the Mainland): 1"])
    return scanned_png(s, "residents"), {"capital_hkd": 300000.0, "projected_turnover_hkd": 1150000.0, "local_jobs": 5}


def plan_first_twelve_months_of_trading() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Ashgrove Bicycle Tours Limited", 32, "serif_bold")
    s.wrapped(140, 190, "Ashgrove runs guided cycling tours in the New Territories for visitors. Its two founders have put in "
              "HK$420,000 as paid-up capital. For the first 12 months of trading we expect a turnover of HK$980,000, and we "
              "will take on three local guides for the season.", 90, 24, "serif", leading=40)
    return scanned_png(s, "trading"), {"capital_hkd": 420000.0, "projected_turnover_hkd": 980000.0, "local_jobs": 3}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-board-memo.png", plan_board_memo, "business_plan", "board-memo"),
              ("plan-milestones.png", plan_milestones, "business_plan", "milestones"),
              ("plan-hant-table.png", plan_hant_amount_table, "business_plan", "hant-amount-table"),
              ("plan-residents.png", plan_staff_residents_label, "business_plan", "staff-residents-label"),
              ("plan-trading.png", plan_first_twelve_months_of_trading, "business_plan", "first-twelve-months-trading")]
    return write_drawn(folder, papers)
