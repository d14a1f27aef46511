"""A hundred-and-ninety-first drawn set, a seventh test set of plans, drawn after the plans' readers were mended for the
hundred-and-eighty-seventh: five business plans in wording no set used. A plan whose capital is 'HK$ 250K injected' and
whose sales are a monthly figure times twelve stated as the year's; a plan in simplified Chinese table rows (注册资本 /
其中实缴 / 首年营收 / 本地岗位); a plan as a letter whose hires are 'recruit … from the local market'; a plan whose forecast
is a table of three years with the turnover row named 'Income'; a plan in traditional Chinese whose hires are '本地人手'.
Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredninetyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forecasts_hundredseventythird import _lines
from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled


def plan_injected_monthly() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Marbleleaf Patisserie Limited", 32, "sans_bold")
    _lines(s, 190, ["Funding: HK$ 250K injected by the two founders (fully paid shares)",
                    "Sales: about HK$95,000 a month, so HK$1,140,000 in the first year",
                    "People: 3 local bakers and 1 local shop assistant in year one"], 26, "sans", 60)
    return scanned_png(s, "injected"), {"capital_hkd": 250000.0, "projected_turnover_hkd": 1140000.0, "local_jobs": 4}


def plan_hans_table_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "鹭洲跨境电商服务有限公司", 38, "serif_cjk")
    s.text(700, 190, "经营计划", 38, "serif_cjk")
    _ruled(s, 140, 290, [["项目", "金额/人数"], ["注册资本", "港币2,000,000元"], ["其中实缴", "港币1,000,000元"], ["首年营收（预计）", "港币5,800,000元"],
                         ["本地岗位（首年）", "7"]], [600, 600], 72, 26)
    return scanned_png(s, "hanstable"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 5800000.0, "local_jobs": 7}


def plan_letter_local_market() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Kestrelgate Audio Post-Production Limited", 30, "serif_bold")
    _lines(s, 180, ["Dear Sir or Madam,", "",
                    "Our company was set up in August 2026 with a paid-up capital of HK$680,000. We expect to bill",
                    "HK$2,050,000 to film and advertising clients in our first year. We intend to recruit two sound editors",
                    "and one studio coordinator from the local market.", "", "Yours faithfully,", "", "Director"])
    return scanned_png(s, "localmarket"), {"capital_hkd": 680000.0, "projected_turnover_hkd": 2050000.0, "local_jobs": 3}


def plan_income_three_years() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Riverbend Physiotherapy Centre Limited", 32, "serif_bold")
    _lines(s, 170, ["Paid up capital HK$420,000", "Staffing: four local physiotherapy assistants from opening"])
    _ruled(s, 140, 300, [["(HK$)", "2027", "2028", "2029"], ["Income", "1,760,000", "2,240,000", "2,690,000"],
                         ["Expenses", "1,690,000", "1,980,000", "2,210,000"]], [320, 320, 320, 320], 64, 24)
    return scanned_png(s, "income"), {"capital_hkd": 420000.0, "projected_turnover_hkd": 1760000.0, "local_jobs": 4}


def plan_hant_manpower_words() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "藍灣冷鏈物流有限公司", 40, "serif_cjk")
    s.text(700, 190, "發展計劃", 38, "serif_cjk")
    _paragraph(s, 140, 300, "　　公司實收資本為港幣三百萬元。預期首年營業收入達港幣八百五十萬元。首年需要本地人手八名，負責倉務及運輸調度。", 34, 28, 56)
    return scanned_png(s, "hantwords"), {"capital_hkd": 3000000.0, "projected_turnover_hkd": 8500000.0, "local_jobs": 8}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-injected.png", plan_injected_monthly, "business_plan", "injected-monthly"),
              ("plan-hans-table.png", plan_hans_table_rows, "business_plan", "hans-table-rows"),
              ("plan-local-market.png", plan_letter_local_market, "business_plan", "letter-local-market"),
              ("plan-income.png", plan_income_three_years, "business_plan", "income-three-years"),
              ("plan-hant-words.png", plan_hant_manpower_words, "business_plan", "hant-manpower-words")]
    return write_drawn(folder, papers)
