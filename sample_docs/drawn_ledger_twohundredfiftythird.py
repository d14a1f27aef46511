"""A two-hundred-and-fifty-third drawn set: five sets of accounts and a consent, in layouts no earlier set drew: accounts
stated in thousands ('HK$'000'); accounts whose columns run from the earlier year to the later one; a sole proprietor's
profit and loss account with a capital account; audited accounts typed to a PDF of three pages (cover, income, financial
position); a simplified Chinese 利润表 and 资产负债表 with 本期金额 / 上期金额; an employer's consent as a short English
memo. Each is a case of its own (`scripts/bench_drawn_forms.py --set twohundredfiftythird`). Every name and number is
made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop
from .drawn_thirdhand_fiftythird import _pdf


def in_thousands() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 90, "KOWLOON BAY COLD CHAIN LIMITED", 28, "serif_bold")
    s.text(380, 150, "Statement of profit or loss for the year ended 31 December 2025", 24, "serif")
    y = _rows(s, 230, [("", "2025", "2024"), ("", "HK$'000", "HK$'000"), ("Revenue", "58,412", "51,906"), ("Direct costs", "(41,027)", "(36,915)"),
                       ("Profit before tax", "6,318", "5,204"), ("Income tax", "(1,042)", "(858)"), ("Profit for the year", "5,276", "4,346")])
    s.text(420, y + 40, "Statement of financial position at 31 December 2025", 24, "serif")
    _rows(s, y + 110, [("Total equity", "27,905", "22,629")])
    return scanned_png(s, "thousands"), {"company_name": "KOWLOON BAY COLD CHAIN LIMITED", "period_end": "2025-12-31", "revenue": 58412000.0,
                                         "profit": 5276000.0, "total_equity": 27905000.0}


def earlier_year_first() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 90, "SILVERMINE TRANSLATION SERVICES LIMITED", 26, "serif_bold")
    s.text(380, 150, "Income statement for the year ended 30 September 2026", 24, "serif")
    y = _rows(s, 230, [("", "2025", "2026"), ("", "HK$", "HK$"), ("Fee income", "3,104,600", "3,688,200"), ("Staff costs", "(1,955,000)", "(2,240,500)"),
                       ("Other expenses", "(612,300)", "(701,900)"), ("Net profit", "537,300", "745,800")])
    s.text(440, y + 40, "Balance sheet at 30 September 2026", 24, "serif")
    _rows(s, y + 110, [("Shareholders' funds", "1,866,400", "2,612,200")])
    return scanned_png(s, "earlierfirst"), {"company_name": "SILVERMINE TRANSLATION SERVICES LIMITED", "period_end": "2026-09-30",
                                            "revenue": 3688200.0, "profit": 745800.0, "total_equity": 2612200.0}


def sole_proprietor() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 90, "CHAN KEE BAKERY", 30, "serif_bold")
    s.text(340, 150, "Profit and loss account for the year ended 31 March 2026", 24, "serif")
    y = _rows(s, 230, [("", "HK$"), ("Sales", "1,482,900"), ("Less: Cost of sales", "(611,400)"), ("Gross profit", "871,500"),
                       ("Less: Expenses", "(598,200)"), ("Net profit for the year", "273,300")], xs=(1190,))
    s.text(500, y + 40, "Capital account", 24, "serif_bold")
    _rows(s, y + 110, [("Balance at 1 April 2025", "652,100"), ("Add: Net profit", "273,300"), ("Less: Drawings", "(180,000)"),
                       ("Balance at 31 March 2026", "745,400")], xs=(1190,))
    return scanned_png(s, "soleprop"), {"company_name": "CHAN KEE BAKERY", "period_end": "2026-03-31", "revenue": 1482900.0, "profit": 273300.0,
                                        "total_equity": 745400.0}


def audited_three_pages() -> tuple[bytes, dict]:
    cover = [(120, 300, "HILLCREST ORTHODONTIC SUPPLIES LIMITED", 16), (120, 340, "REPORT OF THE DIRECTORS AND", 13),
             (120, 360, "AUDITED FINANCIAL STATEMENTS", 13), (120, 380, "FOR THE YEAR ENDED 30 JUNE 2026", 13)]
    income = [(60, 70, "HILLCREST ORTHODONTIC SUPPLIES LIMITED", 13), (60, 95, "STATEMENT OF PROFIT OR LOSS", 12),
              (60, 112, "FOR THE YEAR ENDED 30 JUNE 2026", 11), (380, 140, "2026", 10.5), (470, 140, "2025", 10.5),
              (380, 155, "HK$", 10.5), (470, 155, "HK$", 10.5),
              (60, 180, "Turnover", 10.5), (380, 180, "9,306,450", 10.5), (470, 180, "8,471,020", 10.5),
              (60, 200, "Cost of sales", 10.5), (380, 200, "(5,584,100)", 10.5), (470, 200, "(5,139,800)", 10.5),
              (60, 220, "Profit before taxation", 10.5), (380, 220, "1,402,760", 10.5), (470, 220, "1,215,330", 10.5),
              (60, 240, "Taxation", 10.5), (380, 240, "(231,450)", 10.5), (470, 240, "(200,530)", 10.5),
              (60, 260, "Profit for the year", 10.5), (380, 260, "1,171,310", 10.5), (470, 260, "1,014,800", 10.5)]
    position = [(60, 70, "HILLCREST ORTHODONTIC SUPPLIES LIMITED", 13), (60, 95, "STATEMENT OF FINANCIAL POSITION", 12),
                (60, 112, "AT 30 JUNE 2026", 11), (380, 140, "2026", 10.5), (470, 140, "2025", 10.5),
                (60, 170, "Net current assets", 10.5), (380, 170, "4,518,900", 10.5), (470, 170, "3,347,590", 10.5),
                (60, 190, "Share capital", 10.5), (380, 190, "500,000", 10.5), (470, 190, "500,000", 10.5),
                (60, 210, "Retained profits", 10.5), (380, 210, "4,018,900", 10.5), (470, 210, "2,847,590", 10.5),
                (60, 230, "Total equity", 10.5), (380, 230, "4,518,900", 10.5), (470, 230, "3,347,590", 10.5)]
    return _pdf([cover, income, position]), {"company_name": "HILLCREST ORTHODONTIC SUPPLIES LIMITED", "period_end": "2026-06-30",
                                             "revenue": 9306450.0, "profit": 1171310.0, "total_equity": 4518900.0}


def current_and_prior_period() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 90, "前海瑞丰供应链有限公司", 34, "serif_cjk")
    s.text(640, 150, "利润表", 32, "serif_cjk")
    s.text(420, 205, "2025年度　　　　　　　　单位：港元", 24, "serif_cjk")
    _rows(s, 270, [("项目", "本期金额", "上期金额")], font="serif_cjk")
    y = _rows(s, 330, [("一、营业收入", "16,208,300", "13,905,600"), ("减：营业成本", "(11,402,700)", "(9,876,100)"), ("二、营业利润", "2,315,900", "1,902,500"),
                       ("三、利润总额", "2,301,400", "1,894,800"), ("减：所得税费用", "(379,700)", "(312,600)"), ("四、净利润", "1,921,700", "1,582,200")],
              font="serif_cjk")
    s.text(560, y + 40, "资产负债表（2025年12月31日）", 30, "serif_cjk")
    _rows(s, y + 110, [("项目", "期末余额", "年初余额"), ("所有者权益合计", "8,604,500", "6,682,800")], font="serif_cjk")
    return scanned_png(s, "currentprior"), {"company_name": "前海瑞丰供应链有限公司", "period_end": "2025-12-31", "revenue": 16208300.0,
                                            "profit": 1921700.0, "total_equity": 8604500.0}


def consent_memo() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Guilin Sanjiang Tourism Development Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 190, ["MEMO", "", "To:  Whom it may concern", "Date:  20 November 2026", "Subject:  Ms. TAN Yuxin",
                             "", "The company agrees to Ms. TAN Yuxin, our marketing supervisor, going to Hong Kong to work.",
                             "", "General Manager's Office"], 24, "serif", 46)
    _chop(s, 900, 560, "桂林三江旅游发展有限公司")
    return scanned_png(s, "memo"), {"organisation": "Guilin Sanjiang Tourism Development Co., Ltd.", "applicant_name": "TAN YUXIN",
                                    "date": "2026-11-20", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("accounts-thousands.png", in_thousands, "financial_statement", "in-thousands"),
              ("accounts-earlier-first.png", earlier_year_first, "financial_statement", "earlier-year-first"),
              ("accounts-sole-proprietor.png", sole_proprietor, "financial_statement", "sole-proprietor"),
              ("accounts-three-pages.pdf", audited_three_pages, "financial_statement", "audited-three-pages"),
              ("accounts-current-prior.png", current_and_prior_period, "financial_statement", "current-and-prior-period"),
              ("consent-memo.png", consent_memo, "consent_letter", "consent-memo")]
    return write_drawn(folder, papers)
