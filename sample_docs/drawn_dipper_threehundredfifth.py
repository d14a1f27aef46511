"""A three-hundred-and-fifth drawn set, of business plans, in wording and layouts no earlier set drew: a simplified
Chinese plan whose sums are in 万 in one paragraph (注册资本港币300万元，已全部到位…预计首年营业收入港币850万元); a plan of
bullets with sums in 'k' and 'm' ('Seed funding from founders', 'First-year fee revenue target', 'Hong Kong hires in year
one'); a plan of questions and answers on lines of their own; a plan's key figures ruled as a table by year, its capital
in a sentence above ('The company's paid-up capital stands at …'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def wan_paragraph() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "业务计划摘要", 40, "serif_cjk")
    text_lines(s, 160, 220, ["　　澜湾供应链管理（香港）有限公司于2026年6月在香港注册成立，主营跨境冷链物流咨询。",
                             "本公司注册资本港币300万元，已全部到位。预计首年营业收入港币850万元，届时在港聘请本地员工6名，",
                             "第二年营业收入预计达港币1,400万元。"], 28, "serif_cjk", 60)
    return scanned_png(s, "wan"), {"capital_hkd": 3000000.0, "projected_turnover_hkd": 8500000.0, "local_jobs": 6}


def bullets_k_m() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "Kestrelbay Analytics Limited - the first year", 30, "sans_bold")
    text_lines(s, 160, 200, ["- Seed funding from founders: HK$650k", "- First-year fee revenue target: HK$2.1m",
                             "- Hong Kong hires in year one: 3 (two analysts, one office manager)", "- Office: co-working space in Kwun Tong"],
               26, "sans", 52)
    return scanned_png(s, "bullets"), {"capital_hkd": 650000.0, "projected_turnover_hkd": 2100000.0, "local_jobs": 3}


def questions_answers() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "Amberline Dental Supplies Limited: questions on the plan", 28, "serif_bold")
    text_lines(s, 160, 200, ["How much has been invested in the company so far?", "HK$1,000,000, all from the parent company in Ningbo.", "",
                             "What turnover do you forecast for the first twelve months?", "About HK$4.2 million.", "",
                             "How many local staff will be on the payroll by the end of that period?", "Seven."], 24, "serif", 46)
    return scanned_png(s, "qanda"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 4200000.0, "local_jobs": 7}


def figures_by_year() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "Greywharf Marine Surveys Limited", 30, "serif_bold")
    text_lines(s, 160, 180, ["The company's paid-up capital stands at HK$800,000, subscribed by its two founders.",
                             "Key figures for the first three years are set out below."], 24, "serif", 44)
    _ruled(s, 160, 300, [["", "Year 1", "Year 2", "Year 3"], ["Turnover (HK$)", "2,600,000", "3,900,000", "5,200,000"],
                         ["Local employees", "4", "6", "9"], ["Net profit (HK$)", "(150,000)", "240,000", "610,000"]],
           [360, 260, 260, 260], 58, 24)
    return scanned_png(s, "byyear"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 2600000.0, "local_jobs": 4}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-wan-paragraph.png", wan_paragraph, "business_plan", "wan-paragraph"),
              ("plan-bullets-k-m.png", bullets_k_m, "business_plan", "bullets-k-m"),
              ("plan-questions-answers.png", questions_answers, "business_plan", "questions-answers"),
              ("plan-figures-by-year.png", figures_by_year, "business_plan", "figures-by-year")]
    return write_drawn(folder, papers)
