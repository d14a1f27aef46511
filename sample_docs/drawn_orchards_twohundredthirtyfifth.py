"""A two-hundred-and-thirty-fifth drawn set, a test set of two work experience letters and three sets of accounts, in
wording and layouts no earlier set drew: a letter with dotted dates ('2016.03.01 - 2021.08.31') and a post 'in the role
of'; a reference in a table of two columns with the post held last; a detailed income statement with a balance sheet
whose equity is 'TOTAL CAPITAL AND RESERVES'; a simplified Chinese 利润及其他全面收益表 (收入, 年内溢利, 权益总额);
figures in HK$'000 with brackets for a loss. Each is a case of its own (`scripts/bench_drawn_forms.py --set
twohundredthirtyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def dotted_dates_role() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Xiamen Bluewave Logistics Co., Ltd.", 30, "serif_bold")
    text_lines(s, 140, 200, ["Date: 2026.11.19", "", "Employment Certificate", "",
                             "Ms. KE Shuting worked at Xiamen Bluewave Logistics Co., Ltd. in the role of Customs Compliance Supervisor,",
                             "2016.03.01 - 2021.08.31.", "", "Xiamen Bluewave Logistics Co., Ltd. (seal)"], 24, "serif", 44)
    return scanned_png(s, "dotted"), {"employer": "Xiamen Bluewave Logistics Co., Ltd.", "position": "Customs Compliance Supervisor",
                                      "start_date": "2016-03-01", "end_date": "2021-08-31"}


def reference_two_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Wuxi Taihu Precision Machinery Co., Ltd.", 30, "serif_bold")
    s.text(140, 170, "Employment reference", 28, "serif")
    _ruled(s, 140, 250, [["Employee", "Mr. GENG Haoyu"], ["Employed from", "12 January 2017"], ["Employed to", "30 June 2024"],
                         ["Post held last", "CNC Programming Lead"], ["Reason for leaving", "Resigned"]], [420, 620], 62, 24)
    text_lines(s, 140, 620, ["Signed: Personnel Manager, 17 November 2026"], 24, "serif", 44)
    return scanned_png(s, "twocolumns"), {"employer": "Wuxi Taihu Precision Machinery Co., Ltd.", "position": "CNC Programming Lead",
                                          "start_date": "2017-01-12", "end_date": "2024-06-30"}


def detailed_income_capital_reserves() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 90, "NORTHGATE TEXTILE AGENCY LIMITED", 28, "serif_bold")
    s.text(380, 150, "DETAILED INCOME STATEMENT FOR THE YEAR ENDED 31 OCTOBER 2025", 22, "serif_bold")
    y = _rows(s, 220, [("", "2025", "2024"), ("", "HK$", "HK$"), ("Sales", "4,618,300", "4,207,500"), ("Less: Purchases", "(3,390,800)", "(3,122,600)"),
                       ("Commission income", "211,400", "186,000"), ("Net profit after tax", "402,900", "351,700")])
    s.text(560, y + 40, "BALANCE SHEET AT 31 OCTOBER 2025", 22, "serif_bold")
    _rows(s, y + 110, [("Share capital", "500,000", "500,000"), ("Retained profits", "1,318,600", "915,700"),
                       ("TOTAL CAPITAL AND RESERVES", "1,818,600", "1,415,700")])
    return scanned_png(s, "capitalreserves"), {"company_name": "NORTHGATE TEXTILE AGENCY LIMITED", "period_end": "2025-10-31", "revenue": 4618300.0,
                                               "profit": 402900.0, "total_equity": 1818600.0}


def simplified_comprehensive_income() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 90, "锦程供应链管理有限公司", 36, "serif_cjk")
    s.text(480, 150, "利润及其他全面收益表", 32, "serif_cjk")
    s.text(400, 200, "截至2026年6月30日止年度　　单位：港元", 24, "serif_cjk")
    y = _rows(s, 260, [("收入", "18,402,600", "16,930,100"), ("销售成本", "(15,211,800)", "(14,086,500)"), ("除税前溢利", "1,480,300", "1,202,900"),
                       ("年内溢利", "1,236,100", "1,004,400")], font="serif_cjk")
    s.text(660, y + 40, "财务状况表", 32, "serif_cjk")
    _rows(s, y + 110, [("资产总额", "9,905,200", "8,731,600"), ("负债总额", "(3,108,900)", "(3,171,400)"), ("权益总额", "6,796,300", "5,560,200")],
          font="serif_cjk")
    return scanned_png(s, "comprehensive"), {"company_name": "锦程供应链管理有限公司", "period_end": "2026-06-30", "revenue": 18402600.0,
                                             "profit": 1236100.0, "total_equity": 6796300.0}


def thousands_with_loss() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "HALCYON GAMES STUDIO LIMITED", 30, "serif_bold")
    s.text(300, 160, "Income statement and balance sheet, year ended 31 July 2026", 24, "serif")
    _ruled(s, 140, 230, [["HK$'000", "2026", "2025"], ["Turnover", "2,904", "3,377"], ["(Loss)/profit for the year", "(318)", "142"],
                         ["Total equity", "1,126", "1,444"]], [560, 260, 260], 62, 26)
    return scanned_png(s, "thousands"), {"company_name": "HALCYON GAMES STUDIO LIMITED", "period_end": "2026-07-31", "revenue": 2904000.0,
                                         "profit": -318000.0, "total_equity": 1126000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-dotted.png", dotted_dates_role, "work_experience_letter", "dotted-dates-role"),
              ("experience-two-columns.png", reference_two_columns, "work_experience_letter", "reference-two-columns"),
              ("accounts-capital-reserves.png", detailed_income_capital_reserves, "financial_statement", "detailed-income-capital-reserves"),
              ("accounts-comprehensive.png", simplified_comprehensive_income, "financial_statement", "simplified-comprehensive-income"),
              ("accounts-thousands.png", thousands_with_loss, "financial_statement", "thousands-with-loss")]
    return write_drawn(folder, papers)
