"""A four-hundred-and-thirteenth drawn set, of two financial statements and a Chinese work letter, in wording and layouts
no earlier set drew: a simplified Chinese 损益表 for a period from one date to another (2025年1月1日至2025年12月31日), its profit
'净利润' and its equity '股东权益合计' in one column; an English income statement in one column whose profit is 'Net profit
after tax' and whose equity is 'Total shareholders' funds'; a letter that a person 'did a lawyer's assistant's work at
the firm', the time after it (在本所从事律师助理工作，时间为…至…). Each is a case of its own (`scripts/bench_drawn_forms.py --set
fourhundredthirteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def _column(s: Sheet, y: int, rows: list[tuple[str, str]], font: str, x: int = 1300) -> int:
    for label, figure in rows:
        s.text(160, y, label, 26, font)
        s.text(x - 14 * len(figure), y, figure, 26, "serif")
        y += 56
    return y


def loss_and_gain_period() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 100, "汇川智能装备有限公司", 36, "serif_cjk")
    s.text(660, 160, "损益表", 34, "serif_cjk")
    s.text(380, 215, "期间：2025年1月1日至2025年12月31日　　单位：港元", 24, "serif_cjk")
    y = _column(s, 300, [("营业收入", "9,406,300"), ("营业成本", "(6,518,900)"), ("管理费用", "(1,204,700)"), ("利润总额", "1,682,700"),
                         ("所得税", "(277,600)"), ("净利润", "1,405,100")], "serif_cjk")
    _column(s, y + 60, [("股东权益合计", "5,930,400")], "serif_cjk")
    return scanned_png(s, "sunyi"), {"company_name": "汇川智能装备有限公司", "period_end": "2025-12-31", "revenue": 9406300.0,
                                     "profit": 1405100.0, "total_equity": 5930400.0}


def net_profit_after_tax() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 90, "PEARLSTONE DENTAL SUPPLIES LIMITED", 28, "serif_bold")
    s.text(160, 150, "INCOME STATEMENT FOR THE YEAR ENDED 30 SEPTEMBER 2026", 24, "serif_bold")
    s.text(1240, 210, "HK$", 24, "serif")
    y = _column(s, 270, [("Sales", "3,287,400"), ("Cost of goods sold", "(2,106,900)"), ("Operating expenses", "(742,300)"),
                         ("Net profit before tax", "438,200"), ("Profits tax", "(72,300)"), ("Net profit after tax", "365,900")], "serif")
    s.text(160, y + 40, "BALANCE SHEET AT 30 SEPTEMBER 2026", 24, "serif_bold")
    _column(s, y + 110, [("Net assets", "1,874,600"), ("Share capital", "500,000"), ("Retained profits", "1,374,600"),
                         ("Total shareholders' funds", "1,874,600")], "serif")
    return scanned_png(s, "afterTax"), {"company_name": "PEARLSTONE DENTAL SUPPLIES LIMITED", "period_end": "2026-09-30",
                                        "revenue": 3287400.0, "profit": 365900.0, "total_equity": 1874600.0}


def work_done_time_after() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 100, "证  明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　特证明闫子豪在本所从事律师助理工作，时间为2017年9月至2020年12月。", "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["北京正衡律师事务所", "2026年11月30日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 550, "北京正衡律师事务所")
    return scanned_png(s, "timeafter"), {"employer": "北京正衡律师事务所", "position": "律师助理", "start_date": "2017-09-01",
                                         "end_date": "2020-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("statement-loss-and-gain-period.png", loss_and_gain_period, "financial_statement", "loss-and-gain-period"),
              ("statement-net-profit-after-tax.png", net_profit_after_tax, "financial_statement", "net-profit-after-tax"),
              ("work-work-done-time-after.png", work_done_time_after, "work_experience_letter", "work-done-time-after")]
    return write_drawn(folder, papers)
