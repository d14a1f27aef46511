"""A two-hundred-and-sixteenth drawn set, a test set of three business plans and three work experience letters in
wording no set used, drawn after this stop's mends. A plan as a filled-in template ('Amount of capital already paid in:
HK$', 'Sales expected in year 1: HK$', 'No. of local employees planned:'); a plan in sentences whose first year is 'the
first 12 months of trading'; a simplified Chinese plan of labelled lines (实缴注册资本, 第一年预计营业额, 计划聘用本港居民);
a letter whose person 'has been employed … from … up to and including …'; a traditional Chinese letter (自2011年3月1日起受僱
於本公司…，至2017年12月31日約滿離職); a reference that gives the post in a sentence's end ('… left us on … as our Senior
Buyer'). Each is a case of its own, read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set twohundredsixteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def template_plan() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Business plan form", 30, "sans_bold")
    s.text(140, 160, "Company: Bramblewood Catering Limited", 24, "sans")
    y = 240
    for label, value in [("Amount of capital already paid in: HK$", "380,000"), ("Sales expected in year 1: HK$", "1,450,000"),
                         ("No. of local employees planned:", "4")]:
        end = s.text(140, y, label, 24, "sans")
        s.text(end + 20, y, value, 26, "mono")
        s.d.line([end + 10, y + 32, end + 320, y + 32], fill="black", width=2)
        y += 70
    return scanned_png(s, "template"), {"capital_hkd": 380000.0, "projected_turnover_hkd": 1450000.0, "local_jobs": 4}


def trading_months_plan() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Harbourlight Framing Limited", 30, "serif_bold")
    s.wrapped(140, 180, "Harbourlight will frame art and photographs for galleries in Central. Our two directors have paid up "
              "HK$420,000 of share capital. For the first 12 months of trading we forecast sales of HK$1,300,000, and we will "
              "take on three framers from Hong Kong.", 90, 22, "serif", leading=40)
    return scanned_png(s, "trading"), {"capital_hkd": 420000.0, "projected_turnover_hkd": 1300000.0, "local_jobs": 3}


def simplified_labelled() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "瑞丰检测认证有限公司", 40, "serif_cjk")
    s.text(680, 190, "业务计划", 38, "serif_cjk")
    text_lines(s, 140, 300, ["实缴注册资本：港币1,200,000元", "第一年预计营业额：港币3,600,000元", "计划聘用本港居民：5人"], 30, "serif_cjk", 60)
    return scanned_png(s, "labelled"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 3600000.0, "local_jobs": 5}


def up_to_and_including() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Jinan Spring City Water Technology Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["14 November 2026", "", "To whom it may concern", "",
                             "Mr. BAI Runze has been employed by this company as Water Treatment Engineer from 6 January 2014",
                             "up to and including 31 October 2021.", "", "", "Administration Department"], 22, "serif", 42)
    return scanned_png(s, "including"), {"employer": "Jinan Spring City Water Technology Co., Ltd.", "position": "Water Treatment Engineer",
                                   "start_date": "2014-01-06", "end_date": "2021-10-31"}


def traditional_contract_ended() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 140, "服務證明", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　葉穎琳小姐自2011年3月1日起受僱於本公司，擔任高級會計主任，至2017年12月31日約滿離職。特此證明。", 34, 28, 56)
    s.text(900, y + 140, "佛山南海製衣有限公司", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月13日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "佛山南海製衣有限公司")
    return scanned_png(s, "ended"), {"employer": "佛山南海製衣有限公司", "position": "高級會計主任", "start_date": "2011-03-01",
                               "end_date": "2017-12-31"}


def post_at_sentence_end() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Yiwu Silk Road Trading Co., Ltd.", 30, "serif_bold")
    text_lines(s, 140, 200, ["12 November 2026", "", "Reference for Ms. ZHU Qianyu", "",
                             "Ms. ZHU came to us on 8 August 2016 and left us on 15 January 2023 as our Senior Buyer.",
                             "We wish her every success.", "", "", "General Manager"], 22, "serif", 42)
    return scanned_png(s, "sentenceend"), {"employer": "Yiwu Silk Road Trading Co., Ltd.", "position": "Senior Buyer",
                                     "start_date": "2016-08-08", "end_date": "2023-01-15"}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-template.png", template_plan, "business_plan", "template-plan"),
              ("plan-trading.png", trading_months_plan, "business_plan", "trading-months-plan"),
              ("plan-labelled.png", simplified_labelled, "business_plan", "simplified-labelled"),
              ("experience-including.png", up_to_and_including, "work_experience_letter", "up-to-and-including"),
              ("experience-ended.png", traditional_contract_ended, "work_experience_letter", "traditional-contract-ended"),
              ("experience-sentence-end.png", post_at_sentence_end, "work_experience_letter", "post-at-sentence-end")]
    return write_drawn(folder, papers)
