"""A hundred-and-fifty-ninth drawn set, a test set: four sets of accounts in wording and layouts no set drew, drawn after
the accounts' readers were mended for the hundred-and-fiftieth. A statement of comprehensive income whose total
comprehensive income differs from the year's profit; an SME's profit and loss account ('Sales', 'Net profit after
taxation') dated 'for the year ended 31st March 2026'; a balance sheet whose equity is 'Total shareholders' funds' under
share capital and retained profits, with net current assets above; a statement with a column of note numbers before the
years. Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredfiftyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn


def _rows(s: Sheet, y: int, rows: list[tuple], xs: tuple[int, ...] = (1190, 1430), size: int = 26) -> int:
    for label, *figures in rows:
        s.text(160, y, label, size, "serif")
        for x, figure in zip(xs, figures):
            s.text(x - 14 * len(figure), y, figure, size, "serif")
        y += 56
    return y


def _heads(s: Sheet, y: int, heads: list[str], xs: tuple[int, ...] = (1190, 1430)) -> None:
    for x, head in zip(xs, heads):
        s.text(x - 14 * len(head), y, head, 24, "serif_bold")


def comprehensive_income() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "SILVERPINE ANALYTICAL LABS LIMITED", 30, "serif_bold")
    s.text(200, 150, "STATEMENT OF COMPREHENSIVE INCOME FOR THE YEAR ENDED 31 DECEMBER 2025", 24, "serif_bold")
    _heads(s, 230, ["2025", "2024"])
    _heads(s, 262, ["HK$", "HK$"])
    y = _rows(s, 320, [("Revenue", "9,406,200", "8,751,000"), ("Cost of services", "(6,118,900)", "(5,804,300)"),
                       ("Profit before tax", "1,602,500", "1,388,100"), ("Income tax expense", "(264,400)", "(229,000)"),
                       ("Profit for the year", "1,338,100", "1,159,100"), ("Exchange differences on translation", "12,600", "(8,300)"),
                       ("Total comprehensive income for the year", "1,350,700", "1,150,800")])
    s.text(160, y + 40, "Total equity at 31 December 2025: HK$5,812,400 (2024: HK$4,461,700)", 24, "serif")
    return scanned_png(s, "comprehensive"), {"company_name": "SILVERPINE ANALYTICAL LABS LIMITED", "period_end": "2025-12-31",
                                       "revenue": 9406200.0, "profit": 1338100.0, "total_equity": 5812400.0}


def sme_profit_and_loss() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "GOLDLEAF BAKERY SUPPLIES LIMITED", 30, "serif_bold")
    s.text(360, 150, "PROFIT AND LOSS ACCOUNT", 28, "serif_bold")
    s.text(360, 195, "for the year ended 31st March 2026", 24, "serif")
    _heads(s, 270, ["2026", "2025"])
    _heads(s, 302, ["HK$", "HK$"])
    y = _rows(s, 360, [("Sales", "3,214,800", "2,987,400"), ("Less: Cost of sales", "(2,106,500)", "(1,990,200)"),
                       ("Gross profit", "1,108,300", "997,200"), ("Less: Expenses", "(812,900)", "(776,400)"),
                       ("Net profit before taxation", "295,400", "220,800"), ("Less: Taxation", "(40,700)", "(27,900)"),
                       ("Net profit after taxation", "254,700", "192,900")])
    s.text(160, y + 40, "Shareholders' funds at 31st March 2026: HK$1,046,300", 24, "serif")
    return scanned_png(s, "sme"), {"company_name": "GOLDLEAF BAKERY SUPPLIES LIMITED", "period_end": "2026-03-31", "revenue": 3214800.0,
                             "profit": 254700.0, "total_equity": 1046300.0}


def balance_sheet_shareholders_funds() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 100, "NORTHSHORE MEDICAL IMAGING LIMITED", 30, "serif_bold")
    s.text(420, 150, "BALANCE SHEET AS AT 30 JUNE 2026", 26, "serif_bold")
    _heads(s, 220, ["2026", "2025"])
    _heads(s, 252, ["HK$", "HK$"])
    y = _rows(s, 310, [("Plant and equipment", "2,480,600", "2,702,300"), ("Current assets", "4,116,900", "3,598,200"),
                       ("Current liabilities", "(1,305,700)", "(1,224,800)"), ("Net current assets", "2,811,200", "2,373,400"),
                       ("Net assets", "5,291,800", "5,075,700"), ("Share capital", "1,000,000", "1,000,000"),
                       ("Retained profits", "4,291,800", "4,075,700"), ("Total shareholders' funds", "5,291,800", "5,075,700")])
    s.text(420, y + 50, "INCOME STATEMENT FOR THE YEAR ENDED 30 JUNE 2026", 26, "serif_bold")
    _rows(s, y + 120, [("Revenue", "7,904,300", "7,362,100"), ("Profit for the year", "216,100", "402,600")])
    return scanned_png(s, "shfunds"), {"company_name": "NORTHSHORE MEDICAL IMAGING LIMITED", "period_end": "2026-06-30",
                                 "revenue": 7904300.0, "profit": 216100.0, "total_equity": 5291800.0}


def statement_with_note_column() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "ASHFORD MARINE ELECTRONICS LIMITED", 30, "serif_bold")
    s.text(200, 150, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 DECEMBER 2025", 24, "serif_bold")
    xs = (900, 1190, 1430)
    _heads(s, 230, ["Note", "2025", "2024"], xs)
    _heads(s, 262, ["", "HK$", "HK$"], xs)
    y = _rows(s, 320, [("Revenue", "5", "6,307,900", "5,841,600"), ("Cost of sales", "", "(4,402,100)", "(4,116,800)"),
                       ("Profit before tax", "6", "708,300", "612,400"), ("Taxation", "7", "(116,900)", "(101,000)"),
                       ("Profit for the year", "", "591,400", "511,400")], xs)
    s.text(200, y + 50, "STATEMENT OF FINANCIAL POSITION AS AT 31 DECEMBER 2025", 24, "serif_bold")
    _rows(s, y + 120, [("Total equity", "12", "3,902,600", "3,311,200")], xs)
    return scanned_png(s, "notes"), {"company_name": "ASHFORD MARINE ELECTRONICS LIMITED", "period_end": "2025-12-31", "revenue": 6307900.0,
                               "profit": 591400.0, "total_equity": 3902600.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("accounts-comprehensive.png", comprehensive_income, "financial_statement", "comprehensive-income"),
              ("accounts-sme.png", sme_profit_and_loss, "financial_statement", "sme-profit-and-loss"),
              ("accounts-shareholders-funds.png", balance_sheet_shareholders_funds, "financial_statement", "shareholders-funds"),
              ("accounts-note-column.png", statement_with_note_column, "financial_statement", "note-column")]
    return write_drawn(folder, papers)
