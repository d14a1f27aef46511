"""A two-hundred-and-nineteenth drawn set, a test set of three sets of accounts and three work experience letters in
layouts and wording no set drew, drawn after the 218th's mends. Accounts as a summary of bullets ('Revenue for FY2026 …:
HK$8.42 million', 'Profit after tax', 'Net assets'); a traditional Chinese 損益表 whose period is written in Chinese
numerals (截至二零二五年十二月三十一日止年度) with 本年度 and 上年度 columns; an English statement expressed in thousands whose
year ends in a loss in brackets. Work letters as an 'EMPLOYMENT VERIFICATION' table ('Date of hire', 'Date of
separation'); a simplified Chinese letter (…入职我公司，…离职，离职时职务为…); an English letter whose person 'served as …,
having commenced duty on … and resigned with effect from …'. Each is a case of its own (`scripts/bench_drawn_forms.py
--set twohundrednineteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def bullet_summary() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "REDCLIFF MARINE SUPPLIES LIMITED", 32, "serif_bold")
    s.text(140, 160, "Summary financial information", 28, "serif")
    text_lines(s, 160, 250, ["•  Revenue for FY2026 (year ended 31 March 2026): HK$8.42 million",
                             "•  Profit after tax: HK$0.61 million", "•  Net assets at 31 March 2026: HK$3.05 million",
                             "•  Employees at year end: 14"], 26, "sans", 58)
    return scanned_png(s, "bullets"), {"company_name": "REDCLIFF MARINE SUPPLIES LIMITED", "period_end": "2026-03-31",
                                       "revenue": 8420000.0, "profit": 610000.0, "total_equity": 3050000.0}


def traditional_numeral_period() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 100, "瀚林文化傳播有限公司", 38, "serif_cjk")
    s.text(700, 165, "損益表", 36, "serif_cjk")
    s.text(360, 225, "截至二零二五年十二月三十一日止年度　（港元）", 26, "serif_cjk")
    _rows(s, 300, [("", "本年度", "上年度")], font="serif_cjk")
    y = _rows(s, 360, [("收入", "4,736,200", "4,102,900"), ("銷售成本", "(2,980,400)", "(2,611,300)"), ("除稅前溢利", "861,300", "702,100"),
                       ("除稅後溢利", "719,200", "586,300")], font="serif_cjk")
    _rows(s, y + 60, [("權益總額", "2,604,800", "1,885,600")], font="serif_cjk")
    return scanned_png(s, "numerals"), {"company_name": "瀚林文化傳播有限公司", "period_end": "2025-12-31", "revenue": 4736200.0,
                                        "profit": 719200.0, "total_equity": 2604800.0}


def thousands_with_loss() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "PINEHURST MEDICAL DEVICES LIMITED", 30, "serif_bold")
    s.text(300, 160, "Statement of profit or loss for the year ended 30 September 2026", 24, "serif_bold")
    s.text(300, 205, "(Expressed in thousands of Hong Kong dollars)", 22, "serif")
    _rows(s, 280, [("", "2026", "2025")])
    y = _rows(s, 360, [("Revenue", "12,480", "13,905"), ("Cost of sales", "(9,871)", "(10,244)"), ("Gross profit", "2,609", "3,661"),
                       ("Administrative expenses", "(3,824)", "(3,302)"), ("(Loss)/profit for the year", "(1,215)", "359")])
    _rows(s, y + 60, [("Total equity", "4,906", "6,121")])
    return scanned_png(s, "thousands"), {"company_name": "PINEHURST MEDICAL DEVICES LIMITED", "period_end": "2026-09-30",
                                         "revenue": 12480000.0, "profit": -1215000.0, "total_equity": 4906000.0}


def verification_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Jiaxing Evergreen Valve Co., Ltd.", 30, "serif_bold")
    s.text(560, 190, "EMPLOYMENT VERIFICATION", 32, "serif_bold")
    _ruled(s, 140, 280, [["Employee", "Ms. LIANG Xiaowen"], ["Designation", "Quality Assurance Supervisor"], ["Date of hire", "06/07/2015"],
                         ["Date of separation", "29/02/2024"]], [460, 760], 66, 24)
    text_lines(s, 140, 620, ["Issued on 12 November 2026 at the request of the employee.", "", "Human Resources"], 24, "serif", 44)
    _chop(s, 1250, 760, "嘉兴常青阀门有限公司")
    return scanned_png(s, "verification"), {"employer": "Jiaxing Evergreen Valve Co., Ltd.", "position": "Quality Assurance Supervisor",
                                            "start_date": "2015-07-06", "end_date": "2024-02-29"}


def simplified_left_as() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 110, "工作证明", 44, "serif_cjk")
    y = _paragraph(s, 140, 240, "兹证明王立新于2015年3月2日入职我公司，2021年8月31日离职，离职时职务为区域销售经理。", 20, 40, 80)
    text_lines(s, 900, y + 80, ["合肥青禾食品有限公司", "2026年11月9日"], 30, "serif_cjk", 56)
    _chop(s, 1100, y + 120, "合肥青禾食品有限公司")
    return scanned_png(s, "leftas"), {"employer": "合肥青禾食品有限公司", "position": "区域销售经理", "start_date": "2015-03-02",
                                      "end_date": "2021-08-31"}


def commenced_duty_resigned() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Dongguan Silverline Electronics Co., Ltd.", 30, "serif_bold")
    text_lines(s, 140, 200, ["8 November 2026", "", "Dear Sir or Madam,", "",
                             "This letter confirms the employment history of Mr. FU Zhenyu with Dongguan Silverline Electronics",
                             "Co., Ltd. Mr. FU served as Senior Buyer, having commenced duty on 5 January 2016 and resigned with",
                             "effect from 30 September 2022.", "", "Yours faithfully,", "", "Personnel Office"], 24, "serif", 44)
    return scanned_png(s, "commenced"), {"employer": "Dongguan Silverline Electronics Co., Ltd.", "position": "Senior Buyer",
                                         "start_date": "2016-01-05", "end_date": "2022-09-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("accounts-bullets.png", bullet_summary, "financial_statement", "bullet-summary"),
              ("accounts-numerals.png", traditional_numeral_period, "financial_statement", "traditional-numeral-period"),
              ("accounts-thousands.png", thousands_with_loss, "financial_statement", "thousands-with-loss"),
              ("experience-verification.png", verification_table, "work_experience_letter", "verification-table"),
              ("experience-left-as.png", simplified_left_as, "work_experience_letter", "simplified-left-as"),
              ("experience-commenced.png", commenced_duty_resigned, "work_experience_letter", "commenced-duty-resigned")]
    return write_drawn(folder, papers)
