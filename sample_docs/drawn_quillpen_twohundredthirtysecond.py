"""A two-hundred-and-thirty-second drawn set, a test set of two work experience letters, three sets of accounts and a
business plan, in wording and layouts no earlier set drew: an employer's verification as a ruled table of one row
(Employee | Title | Date joined | Date left, dates day first); a traditional Chinese certificate of service with its
dates in Chinese numerals (二〇一六年四月一日至…期間受僱於本公司，離職前職位為…); a statement of profit or loss with
tax and a statement of financial position on one page; a traditional Chinese 損益表 and 財務狀況表 (本年度溢利,
權益總額); key figures in HK$ million; a simplified Chinese plan as a timeline of milestones (完成注资, 招聘本地员工,
全年营业额达…). Each is a case of its own (`scripts/bench_drawn_forms.py --set twohundredthirtysecond`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def verification_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Foshan Greenbay Appliances Co., Ltd.", 30, "serif_bold")
    s.text(140, 170, "EMPLOYMENT VERIFICATION", 28, "serif_bold")
    text_lines(s, 140, 250, ["We verify the employment below from our personnel records."], 24, "serif", 44)
    _ruled(s, 140, 320, [["Employee", "Title", "Date joined", "Date left"], ["CHEN Yuqi", "Quality Manager", "21/05/2015", "31/12/2020"]],
           [320, 420, 300, 300], 64, 24)
    text_lines(s, 140, 520, ["Issued on 19 November 2026.", "", "HR Department"], 24, "serif", 44)
    return scanned_png(s, "verification"), {"employer": "Foshan Greenbay Appliances Co., Ltd.", "position": "Quality Manager",
                                            "start_date": "2015-05-21", "end_date": "2020-12-31"}


def traditional_numeral_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "澳門南灣會計師事務所有限公司", 36, "serif_cjk")
    s.text(660, 200, "服務證明書", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　茲證明鄭家樂先生於二〇一六年四月一日至二〇二二年八月三十一日期間受僱於本公司，離職前職位為高級會計師。特此證明。",
                   30, 30, 60)
    text_lines(s, 880, y + 100, ["澳門南灣會計師事務所有限公司", "二〇二六年十一月二十日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "澳門南灣會計師事務所有限公司")
    return scanned_png(s, "numerals"), {"employer": "澳門南灣會計師事務所有限公司", "position": "高級會計師", "start_date": "2016-04-01",
                                        "end_date": "2022-08-31"}


def profit_or_loss_with_tax() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 90, "MAPLECREST TRADING LIMITED", 30, "serif_bold")
    s.text(300, 150, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 30 JUNE 2026", 24, "serif_bold")
    y = _rows(s, 220, [("", "2026", "2025"), ("", "HK$", "HK$"), ("Revenue", "8,412,700", "7,903,100"), ("Cost of sales", "(6,015,200)", "(5,688,400)"),
                       ("Gross profit", "2,397,500", "2,214,700"), ("Administrative expenses", "(1,606,900)", "(1,540,300)"),
                       ("Profit before taxation", "790,600", "674,400"), ("Income tax", "(130,400)", "(111,300)"),
                       ("Profit for the year", "660,200", "563,100")])
    s.text(300, y + 40, "STATEMENT OF FINANCIAL POSITION AT 30 JUNE 2026", 24, "serif_bold")
    _rows(s, y + 110, [("Total assets", "5,822,000", "5,104,600"), ("Total liabilities", "(2,350,900)", "(2,293,700)"),
                       ("Net assets / Total equity", "3,471,100", "2,810,900")])
    return scanned_png(s, "withtax"), {"company_name": "MAPLECREST TRADING LIMITED", "period_end": "2026-06-30", "revenue": 8412700.0,
                                       "profit": 660200.0, "total_equity": 3471100.0}


def traditional_two_statements() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 90, "碧海物流有限公司", 36, "serif_cjk")
    s.text(700, 150, "損益表", 32, "serif_cjk")
    s.text(460, 200, "截至2026年3月31日止年度　　單位：港元", 24, "serif_cjk")
    y = _rows(s, 260, [("營業額", "12,308,500", "10,994,200"), ("銷售成本", "(9,870,100)", "(8,915,600)"), ("除稅前溢利", "1,152,300", "903,700"),
                       ("稅項", "(190,100)", "(149,100)"), ("本年度溢利", "962,200", "754,600")], font="serif_cjk")
    s.text(660, y + 40, "財務狀況表", 32, "serif_cjk")
    s.text(580, y + 90, "2026年3月31日", 24, "serif_cjk")
    _rows(s, y + 150, [("資產總值", "7,416,800", "6,502,300"), ("負債總額", "(3,005,400)", "(3,053,100)"), ("權益總額", "4,411,400", "3,449,200")],
          font="serif_cjk")
    return scanned_png(s, "tradtwo"), {"company_name": "碧海物流有限公司", "period_end": "2026-03-31", "revenue": 12308500.0,
                                       "profit": 962200.0, "total_equity": 4411400.0}


def key_figures_millions() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "SUNDIAL PRINTING COMPANY LIMITED", 30, "serif_bold")
    s.text(140, 180, "Summary of key figures for the year ended 31 December 2025, extracted from the audited accounts.", 22, "serif")
    _ruled(s, 140, 250, [["HK$ million", "2025", "2024"], ["Revenue", "5.24", "4.80"], ["Net profit", "0.61", "0.47"],
                         ["Total equity", "3.15", "2.54"]], [560, 260, 260], 62, 26)
    return scanned_png(s, "millions"), {"company_name": "SUNDIAL PRINTING COMPANY LIMITED", "period_end": "2025-12-31", "revenue": 5240000.0,
                                        "profit": 610000.0, "total_equity": 3150000.0}


def simplified_milestones() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "云帆跨境电商有限公司", 36, "serif_cjk")
    s.text(620, 170, "首年发展时间表", 32, "serif_cjk")
    _ruled(s, 140, 260, [["时间", "里程碑"], ["2027年1月", "完成注资港币50万元"], ["2027年3月", "招聘本地员工3名"],
                         ["2027年12月", "全年营业额达港币180万元"]], [360, 760], 66, 28)
    return scanned_png(s, "milestones"), {"capital_hkd": 500000.0, "projected_turnover_hkd": 1800000.0, "local_jobs": 3}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-verification.png", verification_table, "work_experience_letter", "verification-table"),
              ("experience-numerals.png", traditional_numeral_dates, "work_experience_letter", "traditional-numeral-dates"),
              ("accounts-with-tax.png", profit_or_loss_with_tax, "financial_statement", "profit-or-loss-with-tax"),
              ("accounts-traditional.png", traditional_two_statements, "financial_statement", "traditional-two-statements"),
              ("accounts-millions.png", key_figures_millions, "financial_statement", "key-figures-millions"),
              ("plan-milestones.png", simplified_milestones, "business_plan", "simplified-milestones")]
    return write_drawn(folder, papers)
