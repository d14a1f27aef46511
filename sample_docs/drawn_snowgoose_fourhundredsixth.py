"""A four-hundred-and-sixth drawn set, of two financial statements and a contract, in wording and layouts no earlier set
drew: an English statement whose profit is 'Profit and total comprehensive income for the year' under 'Profit before
taxation', its year ended 31 March, its equity on a second statement 'as at' that day; a traditional Chinese statement of
a company's results (全面收益表, 本年度溢利, 權益總額) in Hong Kong dollars; a traditional employment contract in numbered
clauses whose post is 'engaged as' (受聘為), its term 'for eighteen months' in words and its pay in capital numerals with
the figure after it. Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredsixth`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def comprehensive_income() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 90, "GREENWICH HARBOUR TRADING LIMITED", 28, "serif_bold")
    s.text(160, 150, "STATEMENT OF PROFIT OR LOSS AND OTHER COMPREHENSIVE INCOME", 24, "serif_bold")
    s.text(160, 190, "For the year ended 31 March 2026", 24, "serif")
    _rows(s, 250, [("", "2026", "2025"), ("", "HK$", "HK$")])
    y = _rows(s, 370, [("Turnover", "8,640,200", "7,912,500"), ("Cost of sales", "(5,934,800)", "(5,466,000)"),
                       ("Gross profit", "2,705,400", "2,446,500"), ("Administrative expenses", "(1,585,000)", "(1,502,300)"),
                       ("Profit before taxation", "1,120,400", "944,200"), ("Income tax expense", "(182,300)", "(151,900)"),
                       ("Profit and total comprehensive income for the year", "938,100", "792,300")])
    s.text(160, y + 50, "STATEMENT OF FINANCIAL POSITION", 24, "serif_bold")
    s.text(160, y + 90, "As at 31 March 2026", 24, "serif")
    _rows(s, y + 150, [("Total assets", "6,904,300", "6,022,800"), ("Total liabilities", "(2,688,700)", "(2,745,300)"),
                       ("Total equity", "4,215,600", "3,277,500")])
    return scanned_png(s, "comprehensive"), {"company_name": "GREENWICH HARBOUR TRADING LIMITED", "period_end": "2026-03-31",
                                             "revenue": 8640200.0, "profit": 938100.0, "total_equity": 4215600.0}


def traditional_results() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "嘉峰建材貿易有限公司", 36, "serif_cjk")
    s.text(600, 160, "全面收益表", 34, "serif_cjk")
    s.text(420, 215, "截至二〇二六年六月三十日止年度（港元）", 26, "serif_cjk")
    _rows(s, 290, [("", "二〇二六年", "二〇二五年")], font="serif_cjk")
    y = _rows(s, 350, [("收入", "5,318,900", "4,826,400"), ("銷售成本", "(3,702,500)", "(3,390,100)"),
                       ("除稅前溢利", "702,600", "566,800"), ("稅項", "(115,900)", "(93,500)"),
                       ("本年度溢利", "586,700", "473,300")], font="serif_cjk")
    s.text(160, y + 40, "財務狀況表（於二〇二六年六月三十日）", 26, "serif_cjk")
    _rows(s, y + 110, [("資產總額", "3,960,200", "3,412,700"), ("負債總額", "(1,287,400)", "(1,326,600)"),
                       ("權益總額", "2,672,800", "2,086,100")], font="serif_cjk")
    return scanned_png(s, "tradresults"), {"company_name": "嘉峰建材貿易有限公司", "period_end": "2026-06-30", "revenue": 5318900.0,
                                           "profit": 586700.0, "total_equity": 2672800.0}


def engaged_as_contract() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "僱傭合約", 44, "serif_cjk")
    text_lines(s, 160, 220, ["甲方（僱主）：北角晨曦物業管理有限公司", "乙方（僱員）：莫志偉", "",
                             "第一條　乙方受聘為物業主任，向物業經理匯報。",
                             "第二條　本合約由2027年1月4日起生效，為期十八個月。",
                             "第三條　乙方月薪為港幣貳萬捌仟元正（HK$28,000），於每月最後一個工作日支付。",
                             "第四條　任何一方可給予對方一個月書面通知終止本合約。", "",
                             "甲方代表：陳國樑　　　　　乙方簽署：莫志偉", "日期：2026年12月1日"], 26, "serif_cjk", 60)
    return scanned_png(s, "engagedas"), {"employer_name": "北角晨曦物業管理有限公司", "employee_name": "莫志偉", "position": "物業主任",
                                         "start_date": "2027-01-04", "term_months": 18, "monthly_salary_hkd": 28000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("statement-comprehensive-income.png", comprehensive_income, "financial_statement", "comprehensive-income"),
              ("statement-traditional-results.png", traditional_results, "financial_statement", "traditional-results"),
              ("contract-engaged-as.png", engaged_as_contract, "employment_contract", "engaged-as")]
    return write_drawn(folder, papers)
