"""A two-hundred-and-sixth drawn set, a test set of five sets of accounts in wording and layouts no set used, drawn
after the plans' and work letters' readers were mended (the accounts' readers were last mended for the
hundred-and-eighty-fifth). A directors' report that states the year's figures in sentences ('turnover … amounted to',
'Profit attributable to shareholders was', 'Net assets … stood at'); a simplified Chinese 利润表 whose period is
'2025年1月1日至2025年12月31日'; a statement whose earlier year stands first ('2024 | 2025'); one in HK$'000 for 'the fifteen
months ended'; one with a column of notes between the items and their figures. Each is a case of its own, read once
through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set twohundredsixth`). Every
name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def directors_report() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "BAYVIEW MEDICAL SUPPLIES LIMITED", 30, "serif_bold")
    s.text(600, 160, "REPORT OF THE DIRECTORS", 26, "serif_bold")
    text_lines(s, 160, 250, ["The directors present their report and the audited financial statements for the year ended",
                             "30 June 2026. The Company's turnover for the year amounted to HK$5,412,000 (2025: HK$4,980,000).",
                             "Profit attributable to shareholders was HK$612,300 (2025: HK$540,800). Net assets at 30 June",
                             "2026 stood at HK$2,744,000.", "", "On behalf of the board", "", "LAM Chi Wai", "Director"],
               24, "serif", 42)
    return scanned_png(s, "directors"), {"company_name": "BAYVIEW MEDICAL SUPPLIES LIMITED", "period_end": "2026-06-30",
                                   "revenue": 5412000.0, "profit": 612300.0, "total_equity": 2744000.0}


def dated_span_statement() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "云帆跨境物流有限公司", 36, "serif_cjk")
    s.text(640, 160, "利润表", 34, "serif_cjk")
    s.text(380, 215, "2025年1月1日至2025年12月31日　　单位：港元", 26, "serif_cjk")
    _rows(s, 290, [("项目", "本期金额", "上期金额")], font="serif_cjk")
    y = _rows(s, 350, [("一、营业收入", "9,806,400", "8,215,300"), ("减：营业成本", "7,412,000", "6,300,900"),
                       ("二、利润总额", "1,320,500", "1,004,700"), ("减：所得税费用", "217,900", "165,800"),
                       ("三、净利润", "1,102,600", "838,900")], font="serif_cjk")
    _rows(s, y + 60, [("所有者权益合计", "4,560,200", "3,457,600")], font="serif_cjk")
    return scanned_png(s, "span"), {"company_name": "云帆跨境物流有限公司", "period_end": "2025-12-31", "revenue": 9806400.0,
                              "profit": 1102600.0, "total_equity": 4560200.0}


def earlier_year_first() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "NORTHSHORE PET CARE LIMITED", 30, "sans_bold")
    s.text(300, 160, "Income statement - year to 31 December 2025", 24, "sans")
    _rows(s, 240, [("", "2024", "2025"), ("", "HK$", "HK$")], font="sans")
    y = _rows(s, 360, [("Sales", "1,904,300", "2,316,800"), ("Costs", "(1,611,200)", "(1,902,500)"),
                       ("Net income", "293,100", "414,300")], font="sans")
    _rows(s, y + 40, [("Equity", "1,086,000", "1,500,300")], font="sans")
    return scanned_png(s, "earlierfirst"), {"company_name": "NORTHSHORE PET CARE LIMITED", "period_end": "2025-12-31",
                                      "revenue": 2316800.0, "profit": 414300.0, "total_equity": 1500300.0}


def thousands_fifteen_months() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(380, 90, "GREENPOINT ENERGY SOLUTIONS LIMITED", 28, "serif_bold")
    s.text(160, 150, "Statement of comprehensive income for the fifteen months ended 31 March 2026", 22, "serif_bold")
    _rows(s, 220, [("", "2026", "2024"), ("", "HK$'000", "HK$'000")])
    y = _rows(s, 340, [("Revenue", "12,406", "8,871"), ("Cost of services", "(9,744)", "(7,002)"),
                       ("Profit before taxation", "1,338", "1,091"), ("Taxation", "(220)", "(180)"),
                       ("Profit after taxation", "1,118", "911")])
    _rows(s, y + 40, [("Total shareholders' equity", "6,905", "5,787")])
    return scanned_png(s, "thousands"), {"company_name": "GREENPOINT ENERGY SOLUTIONS LIMITED", "period_end": "2026-03-31",
                                   "revenue": 12406000.0, "profit": 1118000.0, "total_equity": 6905000.0}


def notes_column() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "ORCHID LANE FLORISTS LIMITED", 30, "serif_bold")
    s.text(260, 160, "Statement of profit or loss for the year ended 31 August 2026", 24, "serif_bold")
    _rows(s, 230, [("", "Note", "2026", "2025")], xs=(900, 1190, 1430))
    y = _rows(s, 290, [("Revenue", "4", "2,345,600", "2,001,200"), ("Cost of sales", "", "(1,402,900)", "(1,233,000)"),
                       ("Profit before tax", "6", "371,400", "302,800"), ("Income tax", "7", "(59,400)", "(48,400)"),
                       ("Profit for the year", "", "312,000", "254,400")], xs=(900, 1190, 1430))
    _rows(s, y + 40, [("Total equity", "9", "1,456,000", "1,144,000")], xs=(900, 1190, 1430))
    return scanned_png(s, "notes"), {"company_name": "ORCHID LANE FLORISTS LIMITED", "period_end": "2026-08-31",
                               "revenue": 2345600.0, "profit": 312000.0, "total_equity": 1456000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("accounts-directors.png", directors_report, "financial_statement", "directors-report"),
              ("accounts-span.png", dated_span_statement, "financial_statement", "dated-span"),
              ("accounts-earlier-first.png", earlier_year_first, "financial_statement", "earlier-year-first"),
              ("accounts-thousands.png", thousands_fifteen_months, "financial_statement", "thousands-fifteen-months"),
              ("accounts-notes.png", notes_column, "financial_statement", "notes-column")]
    return write_drawn(folder, papers)
