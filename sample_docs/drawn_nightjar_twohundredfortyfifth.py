"""A two-hundred-and-forty-fifth drawn set, a test set of two business plans, two work experience letters, a set of
accounts and a qualification report, drawn after this stop's last reader change and read cold at the stop's end, not
mended: a plan as a letter to an investor ('we have each put in HK$…', 'sales of about HK$… in year one', 'a staff of
five, all Hong Kong people'); a simplified Chinese plan as a table of three years with its capital in the title's note;
a letter whose person 'was on our payroll from … until …' in the post 'of'; a traditional Chinese letter in a ruled table
(任職期間 | 職稱); accounts in a two-column statement of income and expenditure ('Total income', 'Surplus for the
year', 'Accumulated fund'); an English degree verification report from CHSI in two columns. Each is a case of its own
(`scripts/bench_drawn_forms.py --set twohundredfortyfifth`). Every name, number and code is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def investor_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Larkspur Bicycle Workshop Limited", 30, "serif_bold")
    text_lines(s, 140, 190, ["Dear Mrs. Chan,", "",
                             "As promised, our numbers. The three of us have each put in HK$250,000 as share capital, so the company",
                             "starts with HK$750,000. We expect sales of about HK$2.2 million in year one, from repairs, rentals and",
                             "parts, with a staff of five, all Hong Kong people.", "", "Kind regards,", "Tom"], 24, "serif", 44)
    return scanned_png(s, "investor"), {"capital_hkd": 750000.0, "projected_turnover_hkd": 2200000.0, "local_jobs": 5}


def simplified_three_years() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "凌云智能仓储有限公司", 36, "serif_cjk")
    s.text(300, 170, "三年经营预测（注：公司实缴资本港币150万元）", 28, "serif_cjk")
    _ruled(s, 140, 250, [["项目", "第一年", "第二年", "第三年"], ["营业收入（港币）", "3,600,000", "5,400,000", "7,900,000"],
                         ["香港雇员人数", "4", "7", "10"]], [460, 300, 300, 300], 66, 26)
    return scanned_png(s, "threeyears"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 3600000.0, "local_jobs": 4}


def on_our_payroll() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Zibo Northstar Ceramic Materials Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["20 November 2026", "", "To whom it may concern", "",
                             "Ms. YIN Xueer was on our payroll from 10 October 2013 until 29 April 2022 in the post of Kiln Process",
                             "Engineer.", "", "Human Resources"], 24, "serif", 44)
    return scanned_png(s, "payroll"), {"employer": "Zibo Northstar Ceramic Materials Co., Ltd.", "position": "Kiln Process Engineer",
                                       "start_date": "2013-10-10", "end_date": "2022-04-29"}


def traditional_table_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "廈門鷺島航運代理有限公司", 36, "serif_cjk")
    s.text(660, 190, "工作證明", 40, "serif_cjk")
    _ruled(s, 160, 290, [["姓名", "任職期間", "職稱"], ["孫嘉禾", "2011年8月15日至2019年5月31日", "船務主管"]], [260, 620, 360], 70, 26)
    text_lines(s, 880, 520, ["廈門鷺島航運代理有限公司", "2026年11月19日"], 28, "serif_cjk", 54)
    _chop(s, 1100, 560, "廈門鷺島航運代理有限公司")
    return scanned_png(s, "tradtable"), {"employer": "廈門鷺島航運代理有限公司", "position": "船務主管", "start_date": "2011-08-15",
                                         "end_date": "2019-05-31"}


def income_and_expenditure() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(400, 90, "GREENSTEP EDUCATION SERVICES LIMITED", 28, "serif_bold")
    s.text(220, 150, "INCOME AND EXPENDITURE ACCOUNT FOR THE YEAR ENDED 31 AUGUST 2026", 24, "serif_bold")
    y = _rows(s, 220, [("", "2026", "2025"), ("", "HK$", "HK$"), ("Course fees", "2,614,000", "2,390,500"), ("Other income", "48,200", "35,900"),
                       ("Total income", "2,662,200", "2,426,400"), ("Total expenditure", "(2,431,700)", "(2,268,900)"),
                       ("Surplus for the year", "230,500", "157,500")])
    s.text(420, y + 40, "BALANCE SHEET AT 31 AUGUST 2026", 24, "serif_bold")
    _rows(s, y + 110, [("Net current assets", "1,102,800", "896,300"), ("Accumulated fund", "1,102,800", "872,300")])
    return scanned_png(s, "incomeexp"), {"company_name": "GREENSTEP EDUCATION SERVICES LIMITED", "period_end": "2026-08-31", "revenue": 2662200.0,
                                         "profit": 230500.0, "total_equity": 1102800.0}


def english_degree_report() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(260, 120, "Online Verification Report of China Higher Education Degree", 30, "sans_bold")
    left = [("Name", "JIN Shuyao"), ("Gender", "Female"), ("Date of Birth", "1994-02-27")]
    right = [("Degree", "Master of Law"), ("Awarding Institution", "Huaixi University of Politics and Law"), ("Date of Degree", "2019-06-26")]
    y = 230
    for (l1, v1), (l2, v2) in zip(left, right):
        s.text(140, y, f"{l1}: {v1}", 24, "sans")
        s.text(760, y, f"{l2}: {v2}", 24, "sans")
        y += 60
    text_lines(s, 140, y + 20, ["Degree Certificate No.: 1979722019000412", "Online Verification Code: ZK4P8W2MQ7XT3RNB"], 24, "sans", 56)
    return scanned_png(s, "degreereport"), {"holder_name": "JIN SHUYAO", "date_of_birth": "1994-02-27",
                                            "institution": "Huaixi University of Politics and Law", "certificate_number": "1979722019000412",
                                            "verification_code": "ZK4P8W2MQ7XT3RNB"}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-investor.png", investor_letter, "business_plan", "investor-letter"),
              ("plan-three-years.png", simplified_three_years, "business_plan", "simplified-three-years"),
              ("experience-payroll.png", on_our_payroll, "work_experience_letter", "on-our-payroll"),
              ("experience-table.png", traditional_table_letter, "work_experience_letter", "traditional-table-letter"),
              ("accounts-income-expenditure.png", income_and_expenditure, "financial_statement", "income-and-expenditure"),
              ("report-degree-english.png", english_degree_report, "qualification_report", "english-degree-report")]
    return write_drawn(folder, papers)
