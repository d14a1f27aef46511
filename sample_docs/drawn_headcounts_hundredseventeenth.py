"""A hundred-and-seventeenth drawn set: papers in four layouts no set drew. A business plan stating its capital with
the part paid up in brackets ('HK$1,000,000 (of which HK$600,000 paid up)') and its headcount as '2 local, 1 non-local';
a plan projecting its first year month by month with the year's total in the last column; a plan that will hire
'three Hong Kong permanent residents' among its figures in prose; abridged accounts in traditional Chinese (摘要財務報表)
stating the income after tax and the net assets. Each is a case of its own. Read once through the product before any
reader changes for it (`scripts/bench_drawn_forms.py --set hundredseventeenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled


def plan_paid_in_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Saltmarsh Ecotours Limited - business plan", 34, "serif_bold")
    for k, line in enumerate(["Capital: HK$1,000,000 (of which HK$600,000 paid up)",
                              "Expected turnover in the first year: HK$1,450,000",
                              "Headcount plan, year 1: 2 local, 1 non-local", "Headcount plan, year 2: 4 local, 1 non-local",
                              "", "We run guided wetland tours in Tai O and Mai Po for schools and overseas visitors."]):
        s.text(140, 220 + 56 * k, line, 26, "serif")
    return scanned_png(s, "brackets"), {"capital_hkd": 600000.0, "projected_turnover_hkd": 1450000.0, "local_jobs": 2}


def plan_months_total() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Bluefin Tea House Limited", 34, "serif_bold")
    s.text(140, 170, "First-year forecast (HK$'000)   Paid-up capital: HK$900,000", 26, "serif")
    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
    sales = [80, 95, 105, 110, 120, 125, 130, 140, 160, 170, 150, 165]
    _ruled(s, 60, 260, [[""] + months + ["Total"], ["Sales"] + [str(v) for v in sales] + [f"{sum(sales):,}"],
                        ["Local staff"] + ["4"] * 6 + ["5"] * 6 + ["5"]], [150] + [98] * 12 + [150], 60, 20)
    s.text(60, 500, "Figures in thousands of Hong Kong dollars; staff at each month's end.", 22, "serif")
    return scanned_png(s, "months"), {"capital_hkd": 900000.0, "projected_turnover_hkd": 1550000.0, "local_jobs": 5}


def plan_permanent_residents() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Northshore Acoustic Labs Limited", 34, "serif_bold")
    s.text(140, 170, "Plan of business", 28, "serif")
    text = ("Northshore tests the sound insulation of new buildings. Its shareholders have injected HK$1,300,000 of paid-up share "
            "capital. In the first year we expect fees of HK$2,080,000 from eight developers. We will hire three Hong Kong "
            "permanent residents as test engineers in that year, and two more in the second.")
    words, line, y = text.split(), "", 260
    for word in words:
        if len(line) + len(word) + 1 > 88:
            s.text(140, y, line, 26, "serif")
            y, line = y + 46, word
        else:
            line = f"{line} {word}".strip()
    s.text(140, y, line, 26, "serif")
    return scanned_png(s, "residents"), {"capital_hkd": 1300000.0, "projected_turnover_hkd": 2080000.0, "local_jobs": 3}


def abridged_hant() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 110, "翠嶺物業管理有限公司", 40, "serif_cjk")
    s.text(560, 180, "摘要財務報表", 40, "serif_cjk")
    s.text(520, 250, "截至二零二六年六月三十日止年度", 28, "serif_cjk")
    _ruled(s, 200, 330, [["項目", "港元"], ["收入", "12,406,800"], ["除稅前溢利", "1,118,300"], ["除稅後溢利", "933,780"],
                         ["資產淨值", "5,212,400"]], [500, 400], 74, 28)
    s.text(200, 760, "以上數字摘錄自經審核之財務報表。", 26, "serif_cjk")
    return scanned_png(s, "abridged"), {"company_name": "翠嶺物業管理有限公司", "period_end": "2026-06-30", "currency": "HKD",
                                  "revenue": 12406800.0, "profit": 933780.0, "total_equity": 5212400.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-paid-brackets.png", plan_paid_in_brackets, "business_plan", "paid-in-brackets"),
              ("plan-months-total.png", plan_months_total, "business_plan", "months-total"),
              ("plan-permanent-residents.png", plan_permanent_residents, "business_plan", "permanent-residents"),
              ("accounts-abridged.png", abridged_hant, "financial_statement", "abridged-hant")]
    return write_drawn(folder, papers)
