"""A three-hundred-and-eighty-ninth drawn set, of financial statements, read cold before any reader change for it, in
wording and layouts no earlier set drew: a statement of profit or loss with a column of note numbers before its two
years' figures, profit before taxation above the year's profit; a traditional Chinese 綜合收益表 截至…止年度 with Han
numeral dates (營業額, 除稅前溢利, 本年度溢利, 權益總額); a summary of results in HK$'000 ('Turnover', 'Profit after tax',
"Shareholders' funds"). Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredeightyninth`). Every
name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, write_drawn


def notes_column() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "HARBOURLIGHT OPTICAL LIMITED", 30, "serif_bold")
    s.text(300, 160, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 MARCH 2026", 24, "serif_bold")
    s.text(960, 240, "Note", 24, "serif")
    y = _rows(s, 240, [("", "2026", "2025"), ("", "HK$", "HK$")])
    top = y + 20
    y = _rows(s, top, [("Revenue", "8,914,200", "7,602,100"), ("Cost of sales", "(6,301,500)", "(5,488,300)"),
                          ("Gross profit", "2,612,700", "2,113,800"), ("Administrative expenses", "(1,402,300)", "(1,190,600)"),
                          ("Profit before taxation", "1,210,400", "923,200"), ("Income tax expense", "(199,700)", "(152,300)"),
                          ("Profit for the year", "1,010,700", "770,900")])
    for k, note in enumerate(["5", "", "", "", "6", "7", ""]):
        if note:
            s.text(980, top + 56 * k, note, 24, "serif")
    _rows(s, y + 50, [("Total equity", "3,882,500", "2,871,800")])
    return scanned_png(s, "notes"), {"company_name": "HARBOURLIGHT OPTICAL LIMITED", "period_end": "2026-03-31", "revenue": 8914200.0,
                                     "profit": 1010700.0, "total_equity": 3882500.0}


def traditional_han_numerals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "翠灣餐飲管理有限公司", 36, "serif_cjk")
    s.text(420, 160, "綜合收益表　截至二零二五年十二月三十一日止年度", 28, "serif_cjk")
    y = _rows(s, 240, [("", "二零二五年", "二零二四年"), ("", "港元", "港元")], font="serif_cjk")
    y = _rows(s, y + 20, [("營業額", "5,203,800", "4,411,000"), ("銷售成本", "(3,604,100)", "(3,120,500)"),
                          ("除稅前溢利", "702,300", "551,200"), ("稅項", "(115,900)", "(90,900)"),
                          ("本年度溢利", "586,400", "460,300")], font="serif_cjk")
    _rows(s, y + 50, [("權益總額", "2,315,700", "1,729,300")], font="serif_cjk")
    return scanned_png(s, "tradhan"), {"company_name": "翠灣餐飲管理有限公司", "period_end": "2025-12-31", "revenue": 5203800.0,
                                       "profit": 586400.0, "total_equity": 2315700.0}


def summary_in_thousands() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(400, 100, "LONGRIDGE FREIGHT SERVICES LIMITED", 30, "sans_bold")
    s.text(200, 160, "Summary of results for the year ended 30 September 2025", 26, "sans")
    y = _rows(s, 240, [("(HK$'000)", "2025", "2024")], font="sans")
    _rows(s, y + 20, [("Turnover", "12,406", "10,883"), ("Profit after tax", "1,118", "905"),
                      ("Shareholders' funds", "6,032", "4,914")], font="sans")
    return scanned_png(s, "thousands"), {"company_name": "LONGRIDGE FREIGHT SERVICES LIMITED", "period_end": "2025-09-30",
                                         "revenue": 12406000.0, "profit": 1118000.0, "total_equity": 6032000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("statement-notes-column.png", notes_column, "financial_statement", "notes-column"),
              ("statement-traditional-han-numerals.png", traditional_han_numerals, "financial_statement", "traditional-han-numerals"),
              ("statement-summary-in-thousands.png", summary_in_thousands, "financial_statement", "summary-in-thousands")]
    return write_drawn(folder, papers)
