"""A four-hundred-and-forty-first drawn set, of a BR certificate, a statement and an agreement, in wording and layouts
no earlier set drew: a BR certificate with Chinese labels only, its business named in both languages on one line; a
simplified 利润表 in Hong Kong dollars with 本年金额 and 上年金额 columns, its period 编制期间 from one date to another, its
equity 所有者权益合计; an agreement whose terms are a schedule's rows ('Term | Two (2) years', 'Monthly Salary | HKD
52,000'). Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredfortyfirst`). Every name and number
is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def br_chinese_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "商 業 登 記 證", 40, "serif_cjk")
    text_lines(s, 180, 220, ["登記證號碼：72638105-000-08-26-6", "業務名稱：海澄貿易有限公司  HOI CHING TRADING LIMITED",
                             "地址：九龍觀塘開源道62號駱駝漆大廈3座11樓1103室", "業務性質：電子零件進出口",
                             "生效日期：01/08/2026", "屆滿日期：31/07/2027"], 28, "serif_cjk", 70)
    return scanned_png(s, "zhlabels"), {"business_name": ("海澄貿易有限公司", "HOI CHING TRADING LIMITED"), "br_number": "72638105",
                                        "address": "九龍觀塘開源道62號駱駝漆大廈3座11樓1103室", "nature_of_business": "電子零件進出口",
                                        "commencement_date": "2026-08-01", "expiry_date": "2027-07-31"}


def simplified_profit_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "香港泓远医药科技有限公司", 36, "serif_cjk")
    s.text(700, 160, "利润表", 34, "serif_cjk")
    s.text(300, 215, "编制期间：2025年1月1日至2025年12月31日　　单位：港元", 24, "serif_cjk")
    _rows(s, 290, [("项目", "本年金额", "上年金额")], font="serif_cjk")
    y = _rows(s, 350, [("一、营业收入", "6,184,300", "5,271,900"), ("减：营业成本", "3,902,100", "3,388,600"),
                       ("二、利润总额", "903,600", "741,200"), ("减：所得税费用", "149,100", "122,300"),
                       ("三、净利润", "754,500", "618,900")], font="serif_cjk")
    _rows(s, y + 60, [("所有者权益合计", "3,486,700", "2,732,200")], font="serif_cjk")
    return scanned_png(s, "profittable"), {"company_name": "香港泓远医药科技有限公司", "period_end": "2025-12-31", "revenue": 6184300.0,
                                           "profit": 754500.0, "total_equity": 3486700.0}


def schedule_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 90, "EMPLOYMENT AGREEMENT", 32, "serif_bold")
    text_lines(s, 160, 180, ["This Agreement is made between BRIGHTWELL CLINICAL RESEARCH (HK) LIMITED (\"Employer\") and",
                             "CAO Yiming (\"Employee\") on the terms set out in the Schedule below.", "", "SCHEDULE"], 24, "serif", 44)
    y = _ruled(s, 160, 400, [["Position", "Clinical Data Manager"], ["Commencement Date", "2 February 2027"], ["Term", "Two (2) years"],
                             ["Monthly Salary", "HKD 52,000"], ["Working Hours", "9:00 a.m. to 6:00 p.m., Monday to Friday"]],
               [380, 880], 70, 24)
    text_lines(s, 160, y + 60, ["Signed for the Employer:", "", "Signed by the Employee:"], 24, "serif", 44)
    return scanned_png(s, "schedule"), {"employer_name": "BRIGHTWELL CLINICAL RESEARCH (HK) LIMITED", "employee_name": "CAO Yiming",
                                        "position": "Clinical Data Manager", "start_date": "2027-02-02", "term_months": 24,
                                        "monthly_salary_hkd": 52000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("br-chinese-labels.png", br_chinese_labels, "br_certificate", "chinese-labels"),
              ("statement-simplified-profit-table.png", simplified_profit_table, "financial_statement", "simplified-profit-table"),
              ("contract-schedule-rows.png", schedule_rows, "employment_contract", "schedule-rows")]
    return write_drawn(folder, papers)
