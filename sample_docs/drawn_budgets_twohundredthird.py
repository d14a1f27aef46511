"""A two-hundred-and-third drawn set, a tenth test set of plans, drawn after the plans' readers were mended for the
two-hundred-and-first (a count of local hires chosen among a clause's counts): five business plans in wording no set
used, read cold at the stop's end to see whether that reads new wording. A restaurant's plan ('Paid-in capital',
'Year-one takings are budgeted at', 'we will have taken on four Hong Kong hires'); a simplified Chinese plan
(已缴股本, 第一个经营年度收入, 在香港本地聘请员工三名); a two-year table ('Employees in HK'); questions and answers
('How many people will you employ in Hong Kong? Six'); a subsidiary's plan ('capitalised at HK$2,000,000, fully paid',
'will open with eight employees, all recruited in Hong Kong'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set twohundredthird`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled


def plan_restaurant() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Saltmarsh Kitchen Limited - Business Plan", 30, "serif_bold")
    s.wrapped(140, 190, "Saltmarsh Kitchen will serve Cantonese seafood in Sai Ying Pun from March 2027. Paid-in capital: "
              "HK$700,000. Year-one takings are budgeted at HK$2,400,000. By December 2027 we will have taken on four Hong "
              "Kong hires, two chefs and two waiters.", 90, 24, "serif", leading=40)
    return scanned_png(s, "restaurant"), {"capital_hkd": 700000.0, "projected_turnover_hkd": 2400000.0, "local_jobs": 4}


def plan_simplified_prose() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "青禾健康管理有限公司", 40, "serif_cjk")
    s.text(680, 190, "经营计划", 38, "serif_cjk")
    _paragraph(s, 140, 300, "　　公司已缴股本为港币50万元。预计第一个经营年度收入约港币180万元。计划在香港本地聘请员工三名，负责健康评估及客户服务。",
               34, 28, 56)
    return scanned_png(s, "simplified"), {"capital_hkd": 500000.0, "projected_turnover_hkd": 1800000.0, "local_jobs": 3}


def plan_two_year_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Brightwater Aquatics Limited", 30, "sans_bold")
    s.text(140, 160, "Issued capital (fully paid): HK$350,000", 24, "sans")
    _ruled(s, 140, 240, [["", "Year 1", "Year 2"], ["Revenue (HK$)", "1,600,000", "2,400,000"], ["Employees in HK", "3", "5"]],
           [520, 320, 320], 70, 24)
    return scanned_png(s, "twoyear"), {"capital_hkd": 350000.0, "projected_turnover_hkd": 1600000.0, "local_jobs": 3}


def plan_questions_answers() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Stonecrop Learning Centre Limited", 30, "serif_bold")
    text_lines(s, 140, 190, ["Q: What is the company's paid-up capital?", "A: HK$1,000,000.", "",
                             "Q: What revenue do you expect in the first year?", "A: About HK$5 million, from tutoring fees.", "",
                             "Q: How many people will you employ in Hong Kong?", "A: Six, from the first quarter."], 24, "serif", 44)
    return scanned_png(s, "questions"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 5000000.0, "local_jobs": 6}


def plan_subsidiary() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Cloudgate Payments (Hong Kong) Limited", 30, "sans_bold")
    s.wrapped(140, 190, "We are capitalised at HK$2,000,000, fully paid by our parent in Shanghai. First-year revenue should reach "
              "HK$8.4m from merchant fees. The Hong Kong office will open with eight employees, all recruited in Hong Kong.",
              90, 24, "sans", leading=40)
    return scanned_png(s, "subsidiary"), {"capital_hkd": 2000000.0, "projected_turnover_hkd": 8400000.0, "local_jobs": 8}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-restaurant.png", plan_restaurant, "business_plan", "restaurant"),
              ("plan-simplified.png", plan_simplified_prose, "business_plan", "simplified-prose"),
              ("plan-two-year.png", plan_two_year_table, "business_plan", "two-year-table"),
              ("plan-questions.png", plan_questions_answers, "business_plan", "questions-answers"),
              ("plan-subsidiary.png", plan_subsidiary, "business_plan", "subsidiary")]
    return write_drawn(folder, papers)
