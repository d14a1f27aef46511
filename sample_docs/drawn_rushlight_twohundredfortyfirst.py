"""A two-hundred-and-forty-first drawn set, a test set of three work experience letters, a set of accounts and two
business plans, in wording and layouts no earlier set drew: a letter's record of posts as a table by month ('Aug 2014 -
Jun 2017 | Analyst'), the stay from its first row's start to its last row's end; a stay 'since … until …'; a simplified
Chinese letter of facts parted by semicolons (入职时间：…；离职时间：…；所在部门：…；职务：…); accounts whose year columns
run oldest first; a plan whose capital is its shares at par, its turnover 'budgeted', its local recruitment a list of
roles; a plan in a memo with its figures in a sentence each. Each is a case of its own (`scripts/bench_drawn_forms.py
--set twohundredfortyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def posts_by_month() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Shenzhen Pengcheng Commercial Bank Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 190, ["21 November 2026", "", "Employment history with the Bank: Ms. FAN Qingyu"], 24, "serif", 44)
    _ruled(s, 140, 350, [["Period", "Position", "Department"], ["Aug 2014 - Jun 2017", "Analyst", "Treasury"],
                         ["Jul 2017 - Mar 2023", "Senior Analyst", "Treasury"]], [420, 400, 360], 62, 24)
    text_lines(s, 140, 580, ["Ms. FAN left the Bank on her own application.", "", "Human Resources Department"], 24, "serif", 44)
    return scanned_png(s, "bymonth"), {"employer": "Shenzhen Pengcheng Commercial Bank Co., Ltd.", "position": "Senior Analyst",
                                       "start_date": "2014-08-01", "end_date": "2023-03-31"}


def since_until() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Qingdao Laoshan Mineral Water Co., Ltd.", 30, "serif_bold")
    text_lines(s, 140, 200, ["19 November 2026", "", "To whom it may concern", "",
                             "Mr. MA Junhao was employed as our Regional Sales Manager since 1 March 2016 until 31 January 2024.", "",
                             "Office of Human Resources"], 24, "serif", 44)
    return scanned_png(s, "sinceuntil"), {"employer": "Qingdao Laoshan Mineral Water Co., Ltd.", "position": "Regional Sales Manager",
                                          "start_date": "2016-03-01", "end_date": "2024-01-31"}


def simplified_semicolons() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "武汉江城汽车零部件有限公司", 36, "serif_cjk")
    s.text(660, 200, "离职证明", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　兹证明贾婉清女士曾在我公司工作。入职时间：2015年3月2日；离职时间：2021年7月15日；所在部门：财务部；"
                                "职务：财务经理。特此证明。", 30, 30, 60)
    text_lines(s, 900, y + 100, ["武汉江城汽车零部件有限公司", "2026年11月17日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "武汉江城汽车零部件有限公司")
    return scanned_png(s, "semicolons"), {"employer": "武汉江城汽车零部件有限公司", "position": "财务经理", "start_date": "2015-03-02",
                                          "end_date": "2021-07-15"}


def oldest_year_first() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 90, "PINECONE TOYS LIMITED", 30, "serif_bold")
    s.text(300, 150, "Statement of profit or loss and financial position - year ended 31 March 2026", 22, "serif")
    _rows(s, 220, [("", "2025", "2026"), ("", "HK$", "HK$"), ("Revenue", "3,114,900", "3,602,300"), ("Cost of sales", "(2,280,100)", "(2,611,800)"),
                   ("Profit for the year", "188,300", "241,700"), ("Total equity", "1,040,200", "1,281,900")])
    return scanned_png(s, "oldestfirst"), {"company_name": "PINECONE TOYS LIMITED", "period_end": "2026-03-31", "revenue": 3602300.0,
                                           "profit": 241700.0, "total_equity": 1281900.0}


def shares_budgeted_roles() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Skylark Solar Installations Limited - business plan 2027", 28, "serif_bold")
    text_lines(s, 140, 190, ["Issued share capital: 1,000,000 shares of HK$1 each, fully paid.",
                             "A turnover of HK$2.8m is budgeted for 2027, our first full year.",
                             "Local recruitment (2027): 2 sales executives, 1 installation technician."], 24, "serif", 52)
    return scanned_png(s, "sharesroles"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 2800000.0, "local_jobs": 3}


def memo_sentences() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "MEMO", 36, "sans_bold")
    text_lines(s, 140, 170, ["To: The Board, Brightfern Dental Lab Limited", "From: Finance", "Re: First-year figures", "",
                             "1. The share capital paid in to date is HK$450,000.",
                             "2. We forecast revenue of HK$1,720,000 for the twelve months to 31 December 2027.",
                             "3. Two dental technicians and one receptionist will be hired locally."], 24, "sans", 48)
    return scanned_png(s, "memo"), {"capital_hkd": 450000.0, "projected_turnover_hkd": 1720000.0, "local_jobs": 3}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-by-month.png", posts_by_month, "work_experience_letter", "posts-by-month"),
              ("experience-since-until.png", since_until, "work_experience_letter", "since-until"),
              ("experience-semicolons.png", simplified_semicolons, "work_experience_letter", "simplified-semicolons"),
              ("accounts-oldest-first.png", oldest_year_first, "financial_statement", "oldest-year-first"),
              ("plan-shares-roles.png", shares_budgeted_roles, "business_plan", "shares-budgeted-roles"),
              ("plan-memo.png", memo_sentences, "business_plan", "memo-sentences")]
    return write_drawn(folder, papers)
