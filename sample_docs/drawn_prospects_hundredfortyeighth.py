"""A hundred-and-forty-eighth drawn set: five business plans in wording and layouts no set used. A plan in simplified
Chinese prose whose sums are in 万 (港币80万元); a plan whose projections stand in a three-year table with a local
headcount row; a plan as slide bullets ('Funding', 'Revenue target (FY2027)', 'Hiring' with 'HK$1.2 million' and
'HK$3.5M'); a plan as questions and answers; a plan in traditional Chinese with its capital in financial capitals
(港幣壹佰萬元) and its hires as 五人. Each is a case of its own. Read once through the product before any reader
changes for it (`scripts/bench_drawn_forms.py --set hundredfortyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled


def _lines(s: Sheet, x: int, y: int, lines: list[str], size: int = 24, leading: int = 44) -> int:
    for line in lines:
        s.text(x, y, line, size, "serif")
        y += leading
    return y


def plan_wan_prose() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "香港启明跨境电商有限公司", 40, "serif_cjk")
    s.text(720, 190, "经营计划", 38, "serif_cjk")
    _paragraph(s, 140, 300, "　　本公司注册资本港币80万元，已由两名股东全部缴足。公司主营跨境电商代运营服务，预计第一年营业收入约为港币260万元，"
               "第二年约为港币410万元。公司计划在香港招聘4名本地员工，负责客户服务及物流协调。", 36, 30, 60)
    return scanned_png(s, "wanprose"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 2600000.0, "local_jobs": 4}


def plan_three_year_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Quayside Marine Survey Limited", 32, "serif_bold")
    s.text(140, 160, "Business plan: financial projections", 26, "serif")
    _lines(s, 140, 230, ["Capital invested by the shareholders: HK$750,000 (fully paid)."])
    _ruled(s, 140, 320, [["HK$", "Year 1", "Year 2", "Year 3"], ["Revenue", "1,800,000", "2,700,000", "3,900,000"],
                         ["Staff costs", "960,000", "1,380,000", "1,900,000"], ["Net profit", "(120,000)", "240,000", "610,000"],
                         ["Headcount - local", "3", "5", "8"]], [420, 330, 330, 330], 64, 26)
    return scanned_png(s, "threeyears"), {"capital_hkd": 750000.0, "projected_turnover_hkd": 1800000.0, "local_jobs": 3}


def plan_slide_bullets() -> tuple[bytes, dict]:
    s = Sheet()
    s.d.rectangle([0, 0, 1654, 150], fill=(30, 60, 110))
    s.text(140, 50, "Lumenfield Learning Ltd  |  The plan in brief", 36, "sans_bold", (255, 255, 255))
    _lines(s, 160, 260, ["•  Funding: HK$1.2 million from the two founders, paid up as share capital",
                         "•  Revenue target (FY2027): HK$3.5M from school licences",
                         "•  Hiring: 6 Hong Kong permanent residents by the end of 2027",
                         "•  Office: a co-working space in Cyberport"], 30, 70)
    return scanned_png(s, "bullets"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 3500000.0, "local_jobs": 6}


def plan_questions_and_answers() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Tidemark Coffee Roasters Limited - our plan in questions", 30, "serif_bold")
    y = 200
    for question, answer in [("How much money goes into the business?", "HK$600,000 of paid-up capital, from the two shareholders."),
                             ("What turnover do you expect in the first year?", "About HK$1,400,000 from wholesale and the café."),
                             ("How many local people will you employ?", "Three, all Hong Kong permanent residents."),
                             ("When will the business break even?", "In its second year.")]:
        s.text(140, y, "Q: " + question, 24, "serif_bold")
        s.text(140, y + 44, "A: " + answer, 24, "serif")
        y += 120
    return scanned_png(s, "qanda"), {"capital_hkd": 600000.0, "projected_turnover_hkd": 1400000.0, "local_jobs": 3}


def plan_hant_capitals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "鴻圖精密儀器（香港）有限公司", 40, "serif_cjk")
    s.text(720, 190, "業務計劃書", 38, "serif_cjk")
    y = 300
    for line in ["一、實收資本：港幣壹佰萬元整", "二、首年預計收入：港幣三百五十萬元", "三、聘用本地僱員：五人", "四、辦公地點：觀塘"]:
        s.text(160, y, line, 32, "serif_cjk")
        y += 70
    return scanned_png(s, "hantcapitals"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 3500000.0, "local_jobs": 5}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-wan-prose.png", plan_wan_prose, "business_plan", "wan-prose"),
              ("plan-three-years.png", plan_three_year_table, "business_plan", "three-year-table"),
              ("plan-bullets.png", plan_slide_bullets, "business_plan", "slide-bullets"),
              ("plan-q-and-a.png", plan_questions_and_answers, "business_plan", "questions-and-answers"),
              ("plan-hant-capitals.png", plan_hant_capitals, "business_plan", "hant-capitals")]
    return write_drawn(folder, papers)
