"""A hundred-and-eighty-fifth drawn set, a test set: four sets of accounts drawn after the accounts' readers were mended
for the hundred-and-seventy-sixth. A chairman's statement that gives the year's figures in its sentences ('Revenue rose
to HK$…', 'net profit of HK$…', 'shareholders' funds of HK$…'); a statement in traditional Chinese with 營業額, 本年度溢利
and 權益總額 for '截至2026年3月31日止年度'; a statement whose figures are in HK$ million with one decimal; an abridged
statement whose loss is printed with a minus sign. Each is a case of its own. Read once through the product before any
reader changes for it (`scripts/bench_drawn_forms.py --set hundredeightyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, write_drawn


def chairmans_statement() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "HARBOURVIEW DENTAL GROUP LIMITED", 30, "serif_bold")
    s.text(560, 160, "CHAIRMAN'S STATEMENT", 28, "serif_bold")
    y = 250
    for line in ["For the year ended 31 December 2025, revenue rose to HK$8,920,400, from HK$7,615,000 a year earlier.",
                 "We made a net profit of HK$1,204,700 after tax, and at the year end shareholders' funds were",
                 "HK$4,388,900. I thank our dentists and staff for a good year.", "", "WONG Tsz Kin", "Chairman"]:
        s.text(160, y, line, 24, "serif")
        y += 42
    return scanned_png(s, "chairman"), {"company_name": "HARBOURVIEW DENTAL GROUP LIMITED", "period_end": "2025-12-31", "revenue": 8920400.0,
                                  "profit": 1204700.0, "total_equity": 4388900.0}


def hant_statement() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "恆基園藝設計有限公司", 36, "serif_cjk")
    s.text(560, 160, "全面收益表", 34, "serif_cjk")
    s.text(420, 215, "截至2026年3月31日止年度（港元）", 26, "serif_cjk")
    _rows(s, 290, [("", "2026", "2025")])
    y = _rows(s, 350, [("營業額", "3,604,200", "3,118,900"), ("銷售成本", "(2,251,000)", "(1,987,300)"), ("除稅前溢利", "602,800", "455,100"),
                       ("所得稅", "(99,500)", "(75,100)"), ("本年度溢利", "503,300", "380,000")], font="serif_cjk")
    _rows(s, y + 60, [("權益總額", "2,015,600", "1,512,300")], font="serif_cjk")
    return scanned_png(s, "hant"), {"company_name": "恆基園藝設計有限公司", "period_end": "2026-03-31", "revenue": 3604200.0,
                              "profit": 503300.0, "total_equity": 2015600.0}


def millions_one_decimal() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 90, "SUMMIT RIDGE ENVIRONMENTAL SERVICES LIMITED", 28, "serif_bold")
    s.text(160, 150, "Statement of profit or loss for the year ended 30 September 2026", 24, "serif_bold")
    _rows(s, 220, [("", "2026", "2025"), ("", "HK$ million", "HK$ million")])
    y = _rows(s, 340, [("Revenue", "46.3", "41.8"), ("Operating expenses", "(40.1)", "(37.2)"), ("Profit before tax", "6.2", "4.6"),
                       ("Tax", "(1.0)", "(0.8)"), ("Profit for the year", "5.2", "3.8")])
    _rows(s, y + 40, [("Total equity", "28.7", "23.5")])
    return scanned_png(s, "millions"), {"company_name": "SUMMIT RIDGE ENVIRONMENTAL SERVICES LIMITED", "period_end": "2026-09-30",
                                  "revenue": 46300000.0, "profit": 5200000.0, "total_equity": 28700000.0}


def minus_sign_loss() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "LOTUSGATE TRAVEL SERVICES LIMITED", 30, "serif_bold")
    s.text(360, 160, "Abridged financial statements - year ended 31 March 2026 (HK$)", 24, "serif")
    _rows(s, 230, [("", "2026", "2025")])
    _rows(s, 290, [("Turnover", "2,870,500", "3,402,100"), ("Expenses", "-3,061,900", "-3,215,700"), ("Result for the year", "-191,400", "186,400"),
                   ("Total equity", "744,800", "936,200")])
    return scanned_png(s, "minus"), {"company_name": "LOTUSGATE TRAVEL SERVICES LIMITED", "period_end": "2026-03-31", "revenue": 2870500.0,
                               "profit": -191400.0, "total_equity": 744800.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("accounts-chairman.png", chairmans_statement, "financial_statement", "chairmans-statement"),
              ("accounts-hant.png", hant_statement, "financial_statement", "hant-statement"),
              ("accounts-millions.png", millions_one_decimal, "financial_statement", "millions-one-decimal"),
              ("accounts-minus.png", minus_sign_loss, "financial_statement", "minus-sign-loss")]
    return write_drawn(folder, papers)
