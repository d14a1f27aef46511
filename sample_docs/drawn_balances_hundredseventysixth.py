"""A hundred-and-seventy-sixth drawn set: four sets of accounts in layouts no set drew. A statement in simplified
Chinese (营业收入, 净利润, 所有者权益合计) for '截至2025年12月31日止年度'; figures in HK$'000 with the year's profit
'attributable to owners' and equity as 'Net assets' in a statement of financial position under the income statement;
a directors' report that states the figures in its sentences, each with the earlier year's in brackets; a statement
with a dollar sign before each figure and a loss as 'Net (loss)/profit'. Each is a case of its own. Read once through
the product before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredseventysixth`). Every name
and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn


def _rows(s: Sheet, y: int, rows: list[tuple], xs: tuple[int, ...] = (1190, 1430), size: int = 26, font: str = "serif") -> int:
    for label, *figures in rows:
        s.text(160, y, label, size, font)
        for x, figure in zip(xs, figures):
            s.text(x - 14 * len(figure), y, figure, size, "serif")
        y += 56
    return y


def simplified_statement() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "翠谷环保科技有限公司", 36, "serif_cjk")
    s.text(600, 160, "利润表", 34, "serif_cjk")
    s.text(420, 215, "截至2025年12月31日止年度（单位：港元）", 26, "serif_cjk")
    _rows(s, 290, [("项目", "本年", "上年")], font="serif_cjk")
    y = _rows(s, 350, [("营业收入", "7,215,600", "6,408,200"), ("营业成本", "(4,902,300)", "(4,377,100)"),
                       ("利润总额", "1,148,900", "902,400"), ("所得税费用", "(189,600)", "(148,900)"),
                       ("净利润", "959,300", "753,500")], font="serif_cjk")
    s.text(160, y + 40, "资产负债表摘要（2025年12月31日）", 26, "serif_cjk")
    _rows(s, y + 110, [("所有者权益合计", "4,286,700", "3,327,400")], font="serif_cjk")
    return scanned_png(s, "hans"), {"company_name": "翠谷环保科技有限公司", "period_end": "2025-12-31", "revenue": 7215600.0,
                              "profit": 959300.0, "total_equity": 4286700.0}


def thousands_net_assets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(430, 90, "BRACKENRIDGE CLINICAL SERVICES LIMITED", 28, "serif_bold")
    s.text(160, 150, "CONSOLIDATED INCOME STATEMENT", 26, "serif_bold")
    s.text(160, 190, "Year ended 30 June 2026", 24, "serif")
    _rows(s, 250, [("", "2026", "2025"), ("", "HK$'000", "HK$'000")])
    y = _rows(s, 370, [("Turnover", "12,480", "10,925"), ("Operating costs", "(10,336)", "(9,214)"),
                       ("Profit before taxation", "2,144", "1,711"), ("Taxation", "(351)", "(282)"),
                       ("Profit for the year attributable to owners of the Company", "1,793", "1,429")])
    s.text(160, y + 50, "CONSOLIDATED STATEMENT OF FINANCIAL POSITION", 26, "serif_bold")
    s.text(160, y + 90, "At 30 June 2026", 24, "serif")
    _rows(s, y + 150, [("Non-current assets", "3,902", "3,455"), ("Net current assets", "2,617", "1,271"),
                       ("Net assets", "6,519", "4,726")])
    return scanned_png(s, "thousands"), {"company_name": "BRACKENRIDGE CLINICAL SERVICES LIMITED", "period_end": "2026-06-30",
                                   "revenue": 12480000.0, "profit": 1793000.0, "total_equity": 6519000.0}


def directors_report_prose() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "MERIDIAN TEA HOUSE LIMITED", 30, "serif_bold")
    s.text(560, 160, "REPORT OF THE DIRECTORS", 28, "serif_bold")
    y = 250
    for line in ["The directors present their report and the audited financial statements for the year ended",
                 "31 March 2026.", "",
                 "Results", "The Company's turnover for the year was HK$4,637,500 (2025: HK$4,102,800) and its profit",
                 "after tax was HK$388,200 (2025: HK$301,600). The directors do not recommend a dividend.", "",
                 "Financial position", "At 31 March 2026 the Company's total equity stood at HK$2,154,900 (2025: HK$1,766,700).", "",
                 "On behalf of the board", "", "LAM Pui Shan", "Director", "Hong Kong, 28 June 2026"]:
        s.text(160, y, line, 24, "serif_bold" if line in ("Results", "Financial position") else "serif")
        y += 42
    return scanned_png(s, "directors"), {"company_name": "MERIDIAN TEA HOUSE LIMITED", "period_end": "2026-03-31", "revenue": 4637500.0,
                                   "profit": 388200.0, "total_equity": 2154900.0}


def dollar_signs_loss() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "KINGFISHER CARGO SOLUTIONS LIMITED", 30, "serif_bold")
    s.text(360, 160, "Statement of Profit or Loss", 28, "serif_bold")
    s.text(360, 205, "For the year ended 31 December 2025", 24, "serif")
    _rows(s, 270, [("", "2025", "2024")])
    y = _rows(s, 340, [("Revenue", "$ 5,318,400", "$ 6,042,700"), ("Direct costs", "(4,790,100)", "(5,010,300)"),
                       ("Administrative expenses", "(941,600)", "(877,200)"), ("Net (loss)/profit", "$ (413,300)", "$ 155,200")])
    s.text(160, y + 40, "Total equity at 31 December 2025", 24, "serif")
    s.text(1190 - 14 * len("$ 1,208,500"), y + 40, "$ 1,208,500", 26, "serif")
    return scanned_png(s, "dollars"), {"company_name": "KINGFISHER CARGO SOLUTIONS LIMITED", "period_end": "2025-12-31", "revenue": 5318400.0,
                                 "profit": -413300.0, "total_equity": 1208500.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("accounts-simplified.png", simplified_statement, "financial_statement", "simplified-statement"),
              ("accounts-thousands.png", thousands_net_assets, "financial_statement", "thousands-net-assets"),
              ("accounts-directors-report.png", directors_report_prose, "financial_statement", "directors-report-prose"),
              ("accounts-dollar-signs.png", dollar_signs_loss, "financial_statement", "dollar-signs-loss")]
    return write_drawn(folder, papers)
