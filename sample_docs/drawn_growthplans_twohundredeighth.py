"""A two-hundred-and-eighth drawn set, a twelfth test set of business plans, drawn after the plans' readers were
mended for the two-hundred-and-fifth: five plans in wording no set used. Headed lines with new labels ('Capital base',
'Sales for FY2027 (our first)', 'Positions we will create in Hong Kong'); traditional Chinese prose with sums in Chinese
numerals (出資港幣一百二十萬元, 營業額約港幣四百萬元, 於本港增聘五名全職員工); a quarterly table with the year's total
column ('Q1 … Q4 | Year 1'); an e-mail summary ('Start-up money: HK$250k', 'Expected first-year revenue ~HK$1.2M',
'Hiring: 2 local part-timers'); a simplified Chinese plan whose capital is in renminbi with its Hong Kong dollars in
brackets. Each is a case of its own, read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set twohundredeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled


def headed_new_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Lanternfly Games Limited - plan summary", 30, "sans_bold")
    text_lines(s, 140, 200, ["Capital base: HK$450,000, all paid", "Sales for FY2027 (our first): HK$1.9m",
                             "Positions we will create in Hong Kong: 3", "Office: Cyberport, Pok Fu Lam"], 24, "sans", 50)
    return scanned_png(s, "headed"), {"capital_hkd": 450000.0, "projected_turnover_hkd": 1900000.0, "local_jobs": 3}


def traditional_numeral_prose() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "匯溪環保科技有限公司", 40, "serif_cjk")
    s.text(680, 190, "業務計劃書", 38, "serif_cjk")
    _paragraph(s, 140, 300, "　　本公司由兩名股東出資港幣一百二十萬元成立，預計開業首年可錄得營業額約港幣四百萬元，並將於本港增聘五名全職員工。",
               34, 28, 56)
    return scanned_png(s, "numerals"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 4000000.0, "local_jobs": 5}


def quarterly_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Pebblestone Analytics Limited - Year 1 plan", 30, "serif_bold")
    s.text(140, 160, "Share capital paid: HK$300,000", 24, "serif")
    _ruled(s, 140, 240, [["", "Q1", "Q2", "Q3", "Q4", "Year 1"], ["Revenue (HK$'000)", "300", "450", "550", "700", "2,000"],
                         ["HK staff (end of quarter)", "1", "2", "2", "3", "3"]], [400, 180, 180, 180, 180, 200], 64, 22)
    return scanned_png(s, "quarterly"), {"capital_hkd": 300000.0, "projected_turnover_hkd": 2000000.0, "local_jobs": 3}


def email_summary() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 140, 100, ["From: Ada Chung <ada@plumtreeyoga.example>", "To: Immigration consultant",
                             "Subject: Plumtree Yoga Limited - business plan in short", "",
                             "Start-up money: HK$250k from my savings, paid into the company", "Expected first-year revenue ~HK$1.2M",
                             "Hiring: 2 local part-timers from month 3", "", "Ada"], 22, "sans", 44)
    return scanned_png(s, "email"), {"capital_hkd": 250000.0, "projected_turnover_hkd": 1200000.0, "local_jobs": 2}


def renminbi_capital() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "汇远供应链管理有限公司", 40, "serif_cjk")
    s.text(680, 190, "经营计划", 38, "serif_cjk")
    text_lines(s, 140, 300, ["项目投资：股东实缴资本人民币100万元（约港币108万元）", "预计年销售收入：港币600万元（首年）",
                             "人员安排：拟在港招聘本地员工6人"], 30, "serif_cjk", 60)
    return scanned_png(s, "renminbi"), {"capital_hkd": 1080000.0, "projected_turnover_hkd": 6000000.0, "local_jobs": 6}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-headed.png", headed_new_labels, "business_plan", "headed-new-labels"),
              ("plan-numerals.png", traditional_numeral_prose, "business_plan", "traditional-numeral-prose"),
              ("plan-quarterly.png", quarterly_table, "business_plan", "quarterly-table"),
              ("plan-email.png", email_summary, "business_plan", "email-summary"),
              ("plan-renminbi.png", renminbi_capital, "business_plan", "renminbi-capital")]
    return write_drawn(folder, papers)
