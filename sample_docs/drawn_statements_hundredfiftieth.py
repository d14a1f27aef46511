"""A hundred-and-fiftieth drawn set: four sets of accounts in wording and layouts no set drew. Accounts in traditional
Chinese headed 截至二零二五年十二月三十一日止年度, with 營業額, 本年度溢利 and 權益總額; an income statement whose year
ended in a loss, shown in brackets; management accounts in thousands (HK$'000) dated '30.6.2026'; a statement whose
earlier year stands in the left column and the later in the right. Each is a case of its own. Read once through the
product before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredfiftieth`). Every name and number
is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn


def _rows(s: Sheet, y: int, rows: list[tuple[str, str, str]], x1: int = 1190, x2: int = 1430, font: str = "serif",
          size: int = 26) -> int:
    for label, first, second in rows:
        s.text(160, y, label, size, font)
        s.text(x1 - 14 * len(first), y, first, size, "serif")
        s.text(x2 - 14 * len(second), y, second, size, "serif")
        y += 56
    return y


def accounts_traditional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "朗晴源貿易有限公司", 40, "serif_cjk")
    s.text(440, 170, "全面收益表　截至二零二五年十二月三十一日止年度", 30, "serif_cjk")
    s.text(1120, 250, "二零二五年", 24, "serif_cjk")
    s.text(1350, 250, "二零二四年", 24, "serif_cjk")
    s.text(1150, 290, "港元", 24, "serif_cjk")
    s.text(1380, 290, "港元", 24, "serif_cjk")
    y = _rows(s, 350, [("營業額", "7,215,600", "6,804,300"), ("銷售成本", "(5,118,200)", "(4,902,700)"), ("行政費用", "(1,204,900)", "(1,133,400)"),
                       ("除稅前溢利", "892,500", "768,200"), ("稅項", "(147,300)", "(126,800)"), ("本年度溢利", "745,200", "641,400")],
              font="serif_cjk")
    s.text(440, y + 60, "財務狀況表　於二零二五年十二月三十一日", 30, "serif_cjk")
    _rows(s, y + 140, [("資產淨值", "3,482,700", "2,737,500"), ("權益總額", "3,482,700", "2,737,500")], font="serif_cjk")
    return scanned_png(s, "hant"), {"company_name": "朗晴源貿易有限公司", "period_end": "2025-12-31", "revenue": 7215600.0, "profit": 745200.0,
                              "total_equity": 3482700.0}


def accounts_loss_year() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 100, "BRIGHTSTONE DIGITAL MEDIA LIMITED", 30, "serif_bold")
    s.text(300, 150, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 MARCH 2026", 24, "serif_bold")
    s.text(1110, 230, "2026", 24, "serif_bold")
    s.text(1350, 230, "2025", 24, "serif_bold")
    s.text(1100, 262, "HK$", 22, "serif")
    s.text(1340, 262, "HK$", 22, "serif")
    y = _rows(s, 320, [("Revenue", "2,408,900", "2,916,300"), ("Cost of sales", "(1,802,500)", "(1,944,100)"),
                       ("Administrative expenses", "(918,700)", "(862,000)"), ("(Loss)/profit before tax", "(312,300)", "110,200"),
                       ("Income tax", "-", "(18,200)"), ("(Loss)/profit for the year", "(312,300)", "92,000")])
    s.text(300, y + 50, "STATEMENT OF FINANCIAL POSITION AS AT 31 MARCH 2026", 24, "serif_bold")
    _rows(s, y + 120, [("Net assets", "1,187,600", "1,499,900"), ("Total equity", "1,187,600", "1,499,900")])
    return scanned_png(s, "loss"), {"company_name": "BRIGHTSTONE DIGITAL MEDIA LIMITED", "period_end": "2026-03-31", "revenue": 2408900.0,
                              "profit": -312300.0, "total_equity": 1187600.0}


def management_accounts_thousands() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Harbourgate Cold Chain Logistics Limited", 32, "sans_bold")
    s.text(140, 160, "Management accounts - year to 30.6.2026 (unaudited)", 26, "sans")
    s.text(1100, 240, "HK$'000", 24, "sans_bold")
    s.text(1340, 240, "HK$'000", 24, "sans_bold")
    s.text(1120, 276, "FY26", 24, "sans_bold")
    s.text(1360, 276, "FY25", 24, "sans_bold")
    y = _rows(s, 340, [("Sales", "18,406", "16,952"), ("Direct costs", "(13,211)", "(12,380)"), ("Overheads", "(3,104)", "(2,977)"),
                       ("Operating profit", "2,091", "1,595"), ("Tax", "(345)", "(263)"), ("Net profit", "1,746", "1,332")], font="sans")
    _rows(s, y + 60, [("Shareholders' funds", "9,630", "7,884")], font="sans")
    return scanned_png(s, "thousands"), {"company_name": "Harbourgate Cold Chain Logistics Limited", "period_end": "2026-06-30",
                                   "revenue": 18406000.0, "profit": 1746000.0, "total_equity": 9630000.0}


def accounts_earlier_year_left() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "PEAKVIEW DENTAL SUPPLIES LIMITED", 30, "serif_bold")
    s.text(380, 150, "INCOME STATEMENT FOR THE YEAR ENDED 30 SEPTEMBER 2026", 24, "serif_bold")
    s.text(1110, 230, "2025", 24, "serif_bold")
    s.text(1350, 230, "2026", 24, "serif_bold")
    s.text(1100, 262, "HK$", 22, "serif")
    s.text(1340, 262, "HK$", 22, "serif")
    y = _rows(s, 320, [("Turnover", "5,184,700", "5,902,400"), ("Cost of goods sold", "(3,611,000)", "(4,025,800)"),
                       ("Operating expenses", "(1,016,300)", "(1,104,900)"), ("Profit before taxation", "557,400", "771,700"),
                       ("Taxation", "(92,000)", "(127,300)"), ("Profit for the year", "465,400", "644,400")])
    s.text(160, y + 40, "Total equity at 30 September 2026: HK$2,941,600 (2025: HK$2,297,200)", 24, "serif")
    return scanned_png(s, "earlierleft"), {"company_name": "PEAKVIEW DENTAL SUPPLIES LIMITED", "period_end": "2026-09-30", "revenue": 5902400.0,
                                     "profit": 644400.0, "total_equity": 2941600.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("accounts-hant.png", accounts_traditional, "financial_statement", "traditional"),
              ("accounts-loss.png", accounts_loss_year, "financial_statement", "loss-year"),
              ("accounts-thousands.png", management_accounts_thousands, "financial_statement", "thousands"),
              ("accounts-earlier-left.png", accounts_earlier_year_left, "financial_statement", "earlier-year-left")]
    return write_drawn(folder, papers)
