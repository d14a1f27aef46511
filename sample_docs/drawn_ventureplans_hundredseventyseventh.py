"""A hundred-and-seventy-seventh drawn set: five business plans in layouts no set drew. A plan in simplified Chinese
whose capital is '注册资本港币100万元，已全部实缴' and whose hires are '香港本地员工'; a table of key figures by year
('Headcount in HK'); figure tiles, each a big figure over a small caption; a plan in prose with sums in millions and
'positions for Hong Kong permanent residents'; a staffing table whose column says where each role is based. Each is a
case of its own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredseventyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled


def plan_hans_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "澜庭室内设计有限公司", 40, "serif_cjk")
    s.text(640, 190, "业务计划", 38, "serif_cjk")
    _paragraph(s, 140, 300, "　　本公司注册资本港币100万元，已全部实缴。公司主要承接住宅及写字楼室内设计项目，预计首年营业额约港币320万元。"
                            "公司计划于首年聘请3名香港本地员工，分别担任设计助理及项目统筹。", 34, 28, 56)
    return scanned_png(s, "hansletter"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 3200000.0, "local_jobs": 3}


def plan_key_figures_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Tessellate Robotics Limited - Business Plan Summary", 30, "serif_bold")
    s.text(140, 190, "Key figures", 26, "serif_bold")
    _ruled(s, 140, 240, [["", "Year 1", "Year 2", "Year 3"], ["Paid-up capital (HK$)", "800,000", "", ""],
                         ["Sales (HK$)", "2,750,000", "3,900,000", "5,200,000"], ["Headcount in HK", "3", "5", "8"],
                         ["Headcount outside HK", "1", "1", "2"]], [480, 280, 280, 280], 64, 24)
    return scanned_png(s, "keyfigures"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 2750000.0, "local_jobs": 3}


def plan_figure_tiles() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Saltmarsh Seafood Trading Limited", 34, "sans_bold")
    s.text(140, 160, "Our first year at a glance", 26, "sans")
    for k, (figure, caption) in enumerate([("HK$600K", "capital paid in"), ("HK$2.1M", "first-year revenue"), ("6", "local hires")]):
        x = 140 + k * 470
        s.d.rectangle([x, 240, x + 420, 460], outline=(90, 90, 90), width=3)
        s.text(x + 40, 280, figure, 64, "sans_bold")
        s.text(x + 40, 390, caption, 24, "sans")
    return scanned_png(s, "tiles"), {"capital_hkd": 600000.0, "projected_turnover_hkd": 2100000.0, "local_jobs": 6}


def plan_prose_millions() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Ironbark Renewable Advisory Limited", 32, "serif_bold")
    s.wrapped(140, 190, "The shareholders have subscribed HK$1.5 million of share capital, fully paid. Management forecasts revenue "
              "of approximately HK$4.2 million in the first year, from energy audits and project advice. We plan to create seven "
              "positions for Hong Kong permanent residents in our first year.", 90, 24, "serif", leading=40)
    return scanned_png(s, "millions"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 4200000.0, "local_jobs": 7}


def plan_based_in_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Bluefin Payments Technology Limited", 32, "serif_bold")
    s.text(140, 170, "Capital: HK$2,000,000 (fully paid)      Revenue forecast (year 1): HK$6,800,000", 24, "serif")
    s.text(140, 250, "Staffing plan, first year", 26, "serif_bold")
    _ruled(s, 140, 300, [["Role", "Number", "Based in"], ["Software engineer", "2", "Hong Kong"], ["Compliance officer", "1", "Hong Kong"],
                         ["R&D lead", "1", "Shenzhen"]], [520, 240, 360], 64, 24)
    return scanned_png(s, "basedin"), {"capital_hkd": 2000000.0, "projected_turnover_hkd": 6800000.0, "local_jobs": 3}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-hans-letter.png", plan_hans_letter, "business_plan", "hans-letter"),
              ("plan-key-figures.png", plan_key_figures_table, "business_plan", "key-figures-table"),
              ("plan-tiles.png", plan_figure_tiles, "business_plan", "figure-tiles"),
              ("plan-prose-millions.png", plan_prose_millions, "business_plan", "prose-millions"),
              ("plan-based-in.png", plan_based_in_table, "business_plan", "based-in-table")]
    return write_drawn(folder, papers)
