"""A three-hundred-and-first drawn set, of business plans, in wording no earlier set drew: figures in millions written
'mn' beside abbreviated labels ('Revenue (Y1): HK$ 3.5 mn', 'Local headcount (end of Y1): 5'); a simplified Chinese plan
whose capital is in financial numerals (港币壹佰贰拾万元) and its year's sales and hires in one sentence; a paragraph that
states capital, billings and a team in one sentence ('With start-up capital of …, we expect to … bill about … in our
first year, supported by a team of three Hong Kong-based consultants'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def mn_abbreviations() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Stonebridge Dental Lab Limited — plan on a page", 28, "sans_bold")
    text_lines(s, 140, 200, ["Capital: HK$ 1.2 mn (paid in by the two directors)", "Revenue (Y1): HK$ 3.5 mn",
                             "Local headcount (end of Y1): 5", "Break-even: month 14"], 24, "sans", 52)
    return scanned_png(s, "mn"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 3500000.0, "local_jobs": 5}


def financial_numerals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "青禾有机食品有限公司", 40, "serif_cjk")
    s.text(660, 170, "经营计划", 34, "serif_cjk")
    text_lines(s, 160, 270, ["一、资金安排：股东以现金出资港币壹佰贰拾万元。",
                             "二、首年目标：实现销售收入港币叁佰陆拾万元，聘用香港本地员工四名。"], 28, "serif_cjk", 64)
    return scanned_png(s, "numerals"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 3600000.0, "local_jobs": 4}


def one_sentence_team() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Brightwater Tax Advisory Limited", 28, "serif_bold")
    s.text(140, 160, "Outlook", 24, "serif_bold")
    text_lines(s, 140, 230, ["With start-up capital of HK$700,000, we expect to serve 40 clients and bill about HK$2.4 million in our",
                             "first year, supported by a team of three Hong Kong-based consultants."], 24, "serif", 44)
    return scanned_png(s, "team"), {"capital_hkd": 700000.0, "projected_turnover_hkd": 2400000.0, "local_jobs": 3}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-mn.png", mn_abbreviations, "business_plan", "mn-abbreviations"),
              ("plan-financial-numerals.png", financial_numerals, "business_plan", "financial-numerals"),
              ("plan-one-sentence-team.png", one_sentence_team, "business_plan", "one-sentence-team")]
    return write_drawn(folder, papers)
