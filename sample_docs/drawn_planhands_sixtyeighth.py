"""A sixty-eighth drawn set, drawn after the sixty-seventh was mended: business plans in three layouts no set drew. A
plan in simplified Chinese whose forecast stands in columns for the first, second and third years and whose capital is
in 万元; a plan in English prose ('We expect turnover of HK$2.8 million in the first year of operation'); a plan's
key figures as a list of bullets. Each is a case of its own. Read once through the product before any reader changes
for it (`scripts/bench_drawn_forms.py --set sixtyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, write_sheets


def plan_hans_years() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(150, 140, "启帆跨境电商（香港）有限公司", 40, "serif_cjk")
    s.text(150, 210, "商业计划书（摘要）", 36, "serif_cjk")
    s.text(150, 320, "一、公司注册资本：港币200万元，已全数缴足。", 32, "serif_cjk")
    s.text(150, 400, "二、三年财务及人手预测：", 32, "serif_cjk")
    heads = ["项目", "第一年", "第二年", "第三年"]
    rows = [("营业额（港元）", "3,600,000", "5,400,000", "7,900,000"), ("本地员工人数", "3", "5", "8")]
    xs = [150, 620, 920, 1220]
    y = 480
    for x, h in zip(xs, heads):
        s.text(x, y, h, 30, "serif_cjk")
    for row in rows:
        y += 70
        for x, v in zip(xs, row):
            s.text(x, y, v, 30, "serif_cjk" if not v.replace(",", "").isdigit() else "serif")
    s.text(150, y + 120, "三、业务：为内地品牌提供香港仓储及跨境物流。", 32, "serif_cjk")
    return s, {"capital_hkd": 2000000.0, "projected_turnover_hkd": 3600000.0, "local_jobs": 3}


def plan_english_prose() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(150, 140, "Tidewell Marine Robotics Limited - Business Plan", 36, "sans_bold")
    paras = ["1. The business. We design and sell underwater inspection robots to port operators in Hong Kong and the Greater Bay Area.",
             "2. Funding. The founders will inject HK$1.5 million of paid-up capital before operations begin.",
             "3. Forecast. We expect turnover of HK$2.8 million in the first year of operation, rising to HK$4.1 million in the "
             "second year.",
             "4. People. We plan to hire four local staff in year one and another three in year two."]
    y = 260
    for para in paras:
        s.wrapped(150, y, para, 86, 26, leading=38, indent=36)
        y += 38 * (len(para) // 84 + 1) + 30
    return s, {"capital_hkd": 1500000.0, "projected_turnover_hkd": 2800000.0, "local_jobs": 4}


def plan_bullets() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(150, 140, "NORTHSHORE TEA ATELIER LIMITED", 36, "sans_bold")
    s.text(150, 200, "Business plan: key figures", 30)
    items = ["Capital contributed by shareholders: HK$800,000", "First-year revenue (forecast): HK$1,950,000",
             "Second-year revenue (forecast): HK$2,600,000", "Local hires in the first 12 months: 2",
             "Premises: Shop 5, G/F, 22 Hollywood Road, Central"]
    y = 300
    for item in items:
        s.d.ellipse([160, y + 10, 172, y + 22], fill="black")
        s.text(200, y, item, 28)
        y += 70
    return s, {"capital_hkd": 800000.0, "projected_turnover_hkd": 1950000.0, "local_jobs": 2}


LAYOUTS = {("business_plan", "hans-years"): plan_hans_years, ("business_plan", "english-prose"): plan_english_prose,
           ("business_plan", "bullets"): plan_bullets}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS)
