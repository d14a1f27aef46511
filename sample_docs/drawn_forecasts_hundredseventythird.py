"""A hundred-and-seventy-third drawn set, a fourth test set of plans, read cold at the stop's end and not mended: five
business plans in wording no set used. A plan whose capital is 'put in by the two partners' and whose forecast is
'sales in year one'; a plan in traditional Chinese whose figures are listed with bullets (• 資本：…); a plan with a
cash-flow table whose first column is the year's total; a plan as an e-mail to the accountant; a plan whose headcount is
a list of roles with '(HK)' after each. Each is a case of its own. Read once through the product
(`scripts/bench_drawn_forms.py --set hundredseventythird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled


def _lines(s: Sheet, y: int, lines: list[str], size: int = 24, font: str = "serif", leading: int = 46) -> int:
    for line in lines:
        s.text(140, y, line, size, font)
        y += leading
    return y


def plan_partners_year_one() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Larkspur Yoga Studios Limited", 32, "serif_bold")
    s.wrapped(140, 190, "The two partners have put in HK$450,000 as the company's paid-up capital. We expect sales in year one of "
              "HK$1,280,000 from classes and retreats, and we will employ four Hong Kong residents as instructors and front-desk "
              "staff.", 90, 24, "serif", leading=40)
    return scanned_png(s, "partners"), {"capital_hkd": 450000.0, "projected_turnover_hkd": 1280000.0, "local_jobs": 4}


def plan_hant_bullets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "朗星數碼印刷有限公司", 40, "serif_cjk")
    s.text(700, 190, "營運計劃", 38, "serif_cjk")
    _lines(s, 300, ["• 資本：港幣600,000元（已全數繳足）", "• 第一年營業額預測：港幣2,100,000元", "• 第一年聘請本地員工：3人",
                    "• 地點：葵涌工業大廈"], 30, "serif_cjk", 70)
    return scanned_png(s, "hantbullets"), {"capital_hkd": 600000.0, "projected_turnover_hkd": 2100000.0, "local_jobs": 3}


def plan_cash_flow_total_first() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Marigold Catering Equipment Limited", 32, "serif_bold")
    _lines(s, 170, ["Share capital paid up: HK$700,000", "Staff: 3 local, 1 from the Mainland"])
    s.text(140, 300, "Cash flow forecast, first year (HK$)", 26, "serif_bold")
    _ruled(s, 140, 350, [["", "Year", "Q1", "Q2", "Q3", "Q4"], ["Sales receipts", "2,640,000", "420,000", "610,000", "760,000", "850,000"],
                         ["Payments", "(2,410,000)", "(560,000)", "(590,000)", "(620,000)", "(640,000)"]], [300, 240, 200, 200, 200, 200], 60, 22)
    return scanned_png(s, "cashflow"), {"capital_hkd": 700000.0, "projected_turnover_hkd": 2640000.0, "local_jobs": 3}


def plan_email_to_accountant() -> tuple[bytes, dict]:
    s = Sheet()
    y = 100
    for line in ["From: Wong Ka Yan", "To: Tsang & Co. Certified Public Accountants", "Subject: figures for our business plan"]:
        s.text(140, y, line, 22, "sans", (70, 70, 70))
        y += 36
    s.d.line([140, y + 10, 1500, y + 10], fill=(150, 150, 150), width=2)
    _lines(s, y + 60, ["Dear Mr Tsang,", "", "For the plan of Silvertide Pet Clinic Limited, please use these figures:",
                       "- capital paid in so far: HK$900,000", "- our first year's income, as we expect it: HK$2,350,000",
                       "- vets and nurses we will hire locally in the first year: 5", "", "Regards,", "Ka Yan"], 24, "sans")
    return scanned_png(s, "email"), {"capital_hkd": 900000.0, "projected_turnover_hkd": 2350000.0, "local_jobs": 5}


def plan_roles_marked_hk() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Northgate Cyber Defence Limited", 32, "serif_bold")
    _lines(s, 180, ["Paid-up capital: HK$1,600,000", "Projected revenue, first year: HK$5,200,000", "", "First-year team:",
                    "  Head of security operations (Mainland)", "  Security analyst (HK)", "  Security analyst (HK)", "  Sales manager (HK)",
                    "  Office administrator (HK)"], 26, "serif", 52)
    return scanned_png(s, "rolesmarked"), {"capital_hkd": 1600000.0, "projected_turnover_hkd": 5200000.0, "local_jobs": 4}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-partners.png", plan_partners_year_one, "business_plan", "partners-year-one"),
              ("plan-hant-bullets.png", plan_hant_bullets, "business_plan", "hant-bullets"),
              ("plan-cash-flow.png", plan_cash_flow_total_first, "business_plan", "cash-flow-total-first"),
              ("plan-email.png", plan_email_to_accountant, "business_plan", "email-to-accountant"),
              ("plan-roles-marked.png", plan_roles_marked_hk, "business_plan", "roles-marked-hk")]
    return write_drawn(folder, papers)
