"""A hundred-and-thirty-fifth drawn set: four business plans in wording no set used. A projected income statement by
year, its local headcount only in a sentence under it ('grow from 3 local staff in 2027 to 8 in 2029'); capital stated
as a sum 'of which' a part 'has been paid'; a founder's plan in simplified Chinese in the first person (本人将投入港币
五十万元作为启动资金); bullets whose local hires are counted by year in words ('two in 2027, three more in 2028'). Each is
a case of its own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredthirtyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled


def plan_projected_income_statement() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Lumina Dental Lab Limited", 34, "serif_bold")
    s.text(140, 160, "Projected income statement (HK$)", 26, "serif")
    y = _ruled(s, 140, 230, [["", "2027", "2028", "2029"], ["Sales", "2,640,000", "3,480,000", "4,150,000"],
                             ["Staff costs", "(1,310,000)", "(1,820,000)", "(2,240,000)"], ["Other costs", "(840,000)", "(990,000)", "(1,120,000)"],
                             ["Profit before tax", "490,000", "670,000", "790,000"]], [420, 300, 300, 300], 62, 24)
    s.text(140, y + 40, "The company's paid-up capital is HK$700,000. Headcount will grow from 3 local staff in 2027 to 8 in 2029,", 24, "serif")
    s.text(140, y + 82, "besides the dental technologist from Guangzhou for whom this application is made.", 24, "serif")
    return scanned_png(s, "projected"), {"capital_hkd": 700000.0, "projected_turnover_hkd": 2640000.0, "local_jobs": 3}


def plan_of_which_paid() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Sunridge Solar Maintenance Limited", 34, "serif_bold")
    lines = ["1. Capital", "The company's issued capital is HK$2,000,000, of which HK$1,200,000 has been paid.", "",
             "2. Turnover", "We forecast turnover of HK$4,300,000 in the first year of operation.", "",
             "3. Jobs", "Four local technicians will be hired in the first year."]
    y = 190
    for line in lines:
        s.text(140, y, line, 24, "serif_bold" if line[:2] in ("1.", "2.", "3.") else "serif")
        y += 42
    return scanned_png(s, "ofwhich"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 4300000.0, "local_jobs": 4}


def plan_founder_first_person() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "创业计划书", 44, "serif_cjk")
    y = _paragraph(s, 140, 220, "　　本人于2026年10月在香港成立晨曦烘焙工坊有限公司，经营烘焙课程及定制糕点。本人将投入港币五十万元作为"
                   "启动资金，已全数存入公司账户。", 36, 26, 50)
    y = _paragraph(s, 140, y + 20, "　　预计第一年营业额约港币一百二十万元，第二年约港币一百八十万元。", 36, 26, 50)
    _paragraph(s, 140, y + 20, "　　公司计划聘请两名本地员工担任烘焙助理及前台，并由本申请之烘焙导师负责课程。", 36, 26, 50)
    return scanned_png(s, "founder"), {"capital_hkd": 500000.0, "projected_turnover_hkd": 1200000.0, "local_jobs": 2}


def plan_hires_by_year_in_words() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Kitefield Drone Surveys Limited", 34, "serif_bold")
    s.text(140, 160, "Plan summary", 26, "serif")
    for k, line in enumerate(["•  Capital paid up: HK$380,000", "•  Turnover forecast, 2027: HK$1,560,000",
                              "•  Turnover forecast, 2028: HK$2,240,000", "•  Local hires: two in 2027, three more in 2028",
                              "•  Applicant: survey pilot and photogrammetry specialist"]):
        s.text(140, 240 + 46 * k, line, 24, "serif")
    return scanned_png(s, "byyear"), {"capital_hkd": 380000.0, "projected_turnover_hkd": 1560000.0, "local_jobs": 2}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-projected.png", plan_projected_income_statement, "business_plan", "projected-income-statement"),
              ("plan-of-which.png", plan_of_which_paid, "business_plan", "of-which-paid"),
              ("plan-founder.png", plan_founder_first_person, "business_plan", "founder-first-person"),
              ("plan-hires-by-year.png", plan_hires_by_year_in_words, "business_plan", "hires-by-year-in-words")]
    return write_drawn(folder, papers)
