"""A hundred-and-forty-first drawn set: three business plans in wording no set used. A plan that will 'create 4 new jobs
in Hong Kong' with capital 'contributed by the shareholders' held in the bank; a plan in simplified Chinese that
forecasts its first year's sales income (预计首年实现销售收入港币260万元) and counts its local posts after them
(创造本地就业岗位5个); a plan whose figures stand in a two-column box of questions the Immigration Department's guide
asks, its answers in another hand. Each is a case of its own. Read once through the product before any reader changes
for it (`scripts/bench_drawn_forms.py --set hundredfortyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled

PEN = (20, 30, 120)


def plan_new_jobs_in_hong_kong() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Bluefin Aquaculture Technology Limited", 32, "serif_bold")
    s.text(140, 160, "Business plan", 26, "serif")
    s.wrapped(140, 240, "The company's bank account holds HK$820,000 of capital contributed by the shareholders in October 2026. "
              "We expect turnover of HK$1,940,000 in the first year from water-quality monitoring contracts with fish farms. "
              "We will create 4 new jobs in Hong Kong in the first year: two field technicians, a data analyst and an "
              "office manager.", 92, 24, "serif", leading=40)
    return scanned_png(s, "newjobs"), {"capital_hkd": 820000.0, "projected_turnover_hkd": 1940000.0, "local_jobs": 4}


def plan_hans_sales_income() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "经营计划", 44, "serif_cjk")
    s.text(140, 180, "云岭咖啡贸易（香港）有限公司", 30, "serif_cjk")
    y = _paragraph(s, 140, 260, "　　公司于2026年9月成立，股东实缴资本港币120万元。", 36, 26, 50)
    y = _paragraph(s, 140, y + 20, "　　公司预计首年实现销售收入港币260万元，第二年港币380万元。", 36, 26, 50)
    _paragraph(s, 140, y + 20, "　　公司首年将创造本地就业岗位5个，包括门店经理、咖啡师及物流人员。", 36, 26, 50)
    return scanned_png(s, "salesincome"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 2600000.0, "local_jobs": 5}


def plan_guide_questions_box() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Coralgate Language Centre Limited", 32, "serif_bold")
    s.text(140, 160, "Business plan: the guide's points", 26, "serif")
    _ruled(s, 140, 240, [["Amount of capital invested", ""], ["Turnover expected in the first year", ""],
                             ["Number of local employees to be hired", ""]], [760, 560], 80, 24)
    for k, answer in enumerate(["HK$ 650,000", "HK$ 1,380,000", "3"]):
        s.text(940, 256 + 80 * k, answer, 32, "hand", PEN)
    return scanned_png(s, "guidebox"), {"capital_hkd": 650000.0, "projected_turnover_hkd": 1380000.0, "local_jobs": 3}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-new-jobs.png", plan_new_jobs_in_hong_kong, "business_plan", "new-jobs-in-hong-kong"),
              ("plan-sales-income.png", plan_hans_sales_income, "business_plan", "hans-sales-income"),
              ("plan-guide-box.png", plan_guide_questions_box, "business_plan", "guide-questions-box")]
    return write_drawn(folder, papers)
