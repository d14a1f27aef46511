"""A hundred-and-forty-fourth drawn set: four sets of accounts in wording and layouts no set drew, to see whether the
accounts' readers read new ones. An income statement whose top line is 'Income from operations' and whose year's result
is 'Surplus for the year'; a balance sheet whose equity is 'Total net worth'; a summary in simplified Chinese headed by
its period as '2025年1月1日至2025年12月31日' with 营业总收入 and 归属于本公司股东的净利润; a statement printed on
continuous paper by an old accounting system (monospaced, dashes for rules, amounts right-aligned with trailing 'CR'
for credits). Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredfortyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled


def _rows(s: Sheet, y: int, rows: list[tuple[str, str, str]], x1: int = 1190, x2: int = 1430, font: str = "serif") -> int:
    for label, this, last in rows:
        s.text(160, y, label, 26, font)
        s.text(x1 - 14 * len(this), y, this, 26, font)
        s.text(x2 - 14 * len(last), y, last, 26, font)
        y += 54
    return y


def statement_surplus() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "ORCHARD LANE EDUCATION LIMITED", 30, "serif_bold")
    s.text(420, 150, "INCOME STATEMENT FOR THE YEAR ENDED 31 AUGUST 2026", 24, "serif_bold")
    s.text(1110, 230, "2026", 24, "serif_bold")
    s.text(1350, 230, "2025", 24, "serif_bold")
    s.text(1100, 262, "HK$", 22, "serif")
    s.text(1340, 262, "HK$", 22, "serif")
    y = _rows(s, 320, [("Income from operations", "3,806,400", "3,512,900"), ("Teaching costs", "(2,240,100)", "(2,118,600)"),
                       ("Premises and administration", "(1,108,300)", "(1,064,200)"), ("Surplus before tax", "458,000", "330,100"),
                       ("Tax", "(75,600)", "(54,500)"), ("Surplus for the year", "382,400", "275,600")])
    s.text(160, y + 40, "Total equity at 31 August 2026: HK$1,604,200 (2025: HK$1,221,800)", 24, "serif")
    return scanned_png(s, "surplus"), {"company_name": "ORCHARD LANE EDUCATION LIMITED", "period_end": "2026-08-31", "currency": "HKD",
                                 "revenue": 3806400.0, "profit": 382400.0, "total_equity": 1604200.0}


def statement_net_worth() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 100, "KESTREL POINT TRADING LIMITED", 30, "serif_bold")
    s.text(460, 150, "ACCOUNTS FOR THE YEAR ENDED 31 DECEMBER 2025 (HK$)", 24, "serif_bold")
    s.text(1110, 230, "2025", 24, "serif_bold")
    s.text(1350, 230, "2024", 24, "serif_bold")
    y = _rows(s, 290, [("Sales", "12,406,800", "11,830,500"), ("Net profit after tax", "906,700", "811,200")])
    s.text(160, y + 30, "Balance sheet", 26, "serif_bold")
    _rows(s, y + 90, [("Total assets", "8,215,300", "7,602,900"), ("Total liabilities", "(3,118,900)", "(3,413,200)"),
                      ("Total net worth", "5,096,400", "4,189,700")])
    return scanned_png(s, "networth"), {"company_name": "KESTREL POINT TRADING LIMITED", "period_end": "2025-12-31", "currency": "HKD",
                                  "revenue": 12406800.0, "profit": 906700.0, "total_equity": 5096400.0}


def statement_hans_period_heading() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 90, "香港恒川精密仪器有限公司", 36, "serif_cjk")
    s.text(460, 150, "主要财务数据（2025年1月1日至2025年12月31日）", 28, "serif_cjk")
    s.text(1280, 210, "单位：港元", 24, "serif_cjk")
    _ruled(s, 140, 260, [["项目", "本期", "上年同期"], ["营业总收入", "15,608,200", "14,102,500"], ["利润总额", "2,104,900", "1,880,300"],
                         ["归属于本公司股东的净利润", "1,768,300", "1,577,400"], ["所有者权益合计", "9,842,600", "8,074,300"]],
           [600, 330, 330], 64, 26)
    return scanned_png(s, "hansperiod"), {"company_name": "香港恒川精密仪器有限公司", "period_end": "2025-12-31", "currency": "HKD",
                                    "revenue": 15608200.0, "profit": 1768300.0, "total_equity": 9842600.0}


def statement_continuous_paper() -> tuple[bytes, dict]:
    s = Sheet()
    for y in range(0, 2339, 40):
        s.d.rectangle([0, y, 1654, y + 19], fill=(236, 246, 236))
    lines = ["HARBOURVIEW PRINT FINISHING LIMITED", "PROFIT AND LOSS ACCOUNT FOR THE YEAR ENDED 30/06/2026", "",
             "                                      2026 HKD       2025 HKD", "-" * 64,
             "SALES                              5,214,800      4,907,300", "COST OF SALES                      3,402,600DR    3,220,900DR",
             "OVERHEADS                          1,288,100DR    1,201,400DR", "NET PROFIT BEFORE TAX                524,100        485,000",
             "TAXATION                             86,500DR       80,000DR", "NET PROFIT AFTER TAX                 437,600        405,000",
             "-" * 64, "CAPITAL AND RESERVES (TOTAL)       2,908,300CR    2,470,700CR"]
    y = 140
    for line in lines:
        s.text(140, y, line, 22, "mono")
        y += 40
    return scanned_png(s, "continuous"), {"company_name": "HARBOURVIEW PRINT FINISHING LIMITED", "period_end": "2026-06-30", "currency": "HKD",
                                    "revenue": 5214800.0, "profit": 437600.0, "total_equity": 2908300.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("statement-surplus.png", statement_surplus, "financial_statement", "surplus-for-the-year"),
              ("statement-net-worth.png", statement_net_worth, "financial_statement", "total-net-worth"),
              ("statement-hans-period.png", statement_hans_period_heading, "financial_statement", "hans-period-heading"),
              ("statement-continuous.png", statement_continuous_paper, "financial_statement", "continuous-paper")]
    return write_drawn(folder, papers)
