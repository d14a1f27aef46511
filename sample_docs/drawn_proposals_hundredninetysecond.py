"""A hundred-and-ninety-second drawn set, an eighth test set of plans, drawn after the plans' readers were mended for
the hundred-and-ninety-first: five business plans in wording no set used. A plan whose capital is 'HK$1.2m of share
capital has been fully subscribed and paid' and whose hires are 'six roles, all to be filled by Hong Kong residents'; a
plan in simplified Chinese prose with amounts in 万元 and hires as '招聘香港本地人员5人'; a plan whose figures stand in
a sidebar box ('At a glance'); a plan whose turnover is 'fee income of around HK$1.3 million'; a plan written as
numbered paragraphs whose hires are 'three (3) Hong Kong permanent residents'. Each is a case of its own. Read once
through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredninetysecond`). Every
name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph


def _lines(s: Sheet, y: int, lines: list[str], size: int = 24, font: str = "serif", leading: int = 46, x: int = 140) -> int:
    for line in lines:
        s.text(x, y, line, size, font)
        y += leading
    return y


def plan_subscribed_roles() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Copperbeech Energy Storage Limited", 32, "serif_bold")
    s.wrapped(140, 190, "HK$1.2m of share capital has been fully subscribed and paid. In the first year we forecast revenue of "
              "HK$4,100,000 from battery installations. The plan creates six roles, all to be filled by Hong Kong residents.",
              90, 24, "serif", leading=40)
    return scanned_png(s, "subscribed"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 4100000.0, "local_jobs": 6}


def plan_hans_wanyuan() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "星河动漫制作有限公司", 40, "serif_cjk")
    s.text(680, 190, "业务计划书", 38, "serif_cjk")
    _paragraph(s, 140, 300, "　　公司实收资本港币80万元。预计首年营业额港币260万元。首年计划招聘香港本地人员5人，从事动画制作及项目管理。", 34, 28, 56)
    return scanned_png(s, "wanyuan"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 2600000.0, "local_jobs": 5}


def plan_sidebar_box() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Fairwind Sailing Academy Limited", 32, "sans_bold")
    s.wrapped(140, 190, "We teach dinghy and keelboat sailing to children and adults from our base in Sai Kung, and run team "
              "events for companies.", 52, 24, "sans", leading=40)
    s.d.rectangle([1060, 180, 1540, 560], fill=(230, 238, 246), outline=(120, 140, 170), width=2)
    _lines(s, 210, ["At a glance", "Capital paid in: HK$540,000", "Revenue (year 1): HK$1,680,000", "Local instructors: 4"], 22, "sans", 70, 1090)
    return scanned_png(s, "sidebar"), {"capital_hkd": 540000.0, "projected_turnover_hkd": 1680000.0, "local_jobs": 4}


def plan_fee_income() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Hollybrook Tax Advisory Limited", 32, "serif_bold")
    s.wrapped(140, 190, "The company's paid-up capital is HK$300,000. We expect fee income of around HK$1.3 million in our first "
              "year, from tax filings and advisory work for small firms. Two local tax assistants will be hired.", 90, 24, "serif",
              leading=40)
    return scanned_png(s, "feeincome"), {"capital_hkd": 300000.0, "projected_turnover_hkd": 1300000.0, "local_jobs": 2}


def plan_numbered_paragraphs() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Ivybridge Veterinary Diagnostics Limited - Business Plan", 30, "serif_bold")
    _lines(s, 180, ["1. The company was incorporated in July 2026 with a paid-up capital of HK$900,000.",
                    "2. Turnover in the first twelve months is projected at HK$2,700,000.",
                    "3. We shall employ three (3) Hong Kong permanent residents as laboratory technicians.",
                    "4. The laboratory will open in Kwai Chung in March 2027."])
    return scanned_png(s, "numbered"), {"capital_hkd": 900000.0, "projected_turnover_hkd": 2700000.0, "local_jobs": 3}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-subscribed.png", plan_subscribed_roles, "business_plan", "subscribed-roles"),
              ("plan-wanyuan.png", plan_hans_wanyuan, "business_plan", "hans-wanyuan"),
              ("plan-sidebar.png", plan_sidebar_box, "business_plan", "sidebar-box"),
              ("plan-fee-income.png", plan_fee_income, "business_plan", "fee-income"),
              ("plan-numbered.png", plan_numbered_paragraphs, "business_plan", "numbered-paragraphs")]
    return write_drawn(folder, papers)
