"""An eighty-second drawn set: papers in five layouts no set drew. A state-owned group's consent as an official
reply (红头文件: a red masthead, a document number, '关于同意…赴港工作的批复', dated in Chinese numerals under its
chop); a doctor's degree conferred by a research institute, not a university ('本所'); a business plan whose local jobs
are a hiring table's 'Local' column on its 'Total' row and whose turnover is a row of financial years; management
accounts for nine months with a column a month and the total at the right; an appointment letter stating the pay by
the year. Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set eightysecond`). Every name, number and institution is made up; 19836 is no real
institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, write_sheets
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

RED = (200, 20, 20)


def consent_official_reply() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(300, 130, "华宸能源装备集团有限公司文件", 64, "serif_cjk", RED)
    s.text(640, 260, "华宸人〔2026〕47号", 30, "serif_cjk")
    s.d.line([140, 320, 1510, 320], fill=RED, width=4)
    s.text(330, 400, "关于同意邵明哲同志赴港工作的批复", 40, "sans_cjk")
    s.text(140, 520, "集团人力资源部：", 30, "serif_cjk")
    for k, line in enumerate(["你部《关于邵明哲同志申请赴港工作的请示》收悉。经研究，同意所属", "华宸储能科技有限公司高级工程师邵明哲同志辞去现职，赴香港特别",
                              "行政区工作。请按规定办理相关手续。", "此复。"]):
        s.text(200 if k in (0, 3) else 140, 590 + 64 * k, line, 30, "serif_cjk")
    s.text(980, 960, "华宸能源装备集团有限公司", 30, "serif_cjk")
    s.text(1020, 1020, "二〇二六年十一月二十日", 30, "serif_cjk")
    _chop(s, 1180, 1000, "华宸能源装备集团有限公司")
    return s, {"organisation": "华宸能源装备集团有限公司", "applicant_name": "邵明哲", "date": "2026-11-20", "seal_present": True}


def degree_research_institute() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(640, 200, "博士学位证书", 56, "serif_cjk")
    for k, line in enumerate(["邵明哲，男，1990年4月18日生。在本所物理化学专业完成了博士", "研究生学习计划，业已通过博士学位论文答辩，经审核符合《中华人",
                              "民共和国学位条例》的规定，授予理学博士学位。"]):
        s.text(200 if k == 0 else 140, 420 + 70 * k, line, 34, "serif_cjk")
    s.text(880, 800, "华东精细化工研究所", 34, "serif_cjk")
    s.text(880, 860, "学位评定委员会主席", 30, "serif_cjk")
    s.text(880, 920, "2020年6月28日", 30, "serif_cjk")
    s.text(140, 1060, "证书编号：1983622020000571", 26, "serif_cjk")
    return s, {"holder_name": "邵明哲", "date_of_birth": "1990-04-18", "institution": "华东精细化工研究所", "major": "物理化学",
               "degree": "理学博士学位", "date_awarded": "2020-06-28", "certificate_number": "1983622020000571"}


def plan_hiring_table() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(160, 110, "BRIGHTSHORE ENERGY STORAGE (HK) LIMITED", 36, "sans_bold")
    s.text(160, 170, "Business plan for the first three financial years", 28, "sans")
    s.text(160, 260, "Funding", 30, "sans_bold")
    s.wrapped(160, 310, "The parent company has injected HK$2,400,000 as share capital, fully paid on incorporation. No bank "
              "borrowing is planned in the first year.", 90, 26, "sans", leading=42)
    s.text(160, 450, "Revenue projection", 30, "sans_bold")
    _ruled(s, 160, 500, [["", "FY2027", "FY2028", "FY2029"], ["Revenue (HK$)", "6,200,000", "9,800,000", "14,500,000"],
                         ["Gross margin", "28%", "31%", "33%"]], [420, 300, 300, 300], 70, 26)
    s.text(160, 790, "Hiring plan (first financial year)", 30, "sans_bold")
    _ruled(s, 160, 840, [["Role", "Local", "Non-local"], ["Project engineers", "3", "1"], ["Sales and service", "2", "0"],
                         ["Finance and administration", "1", "0"], ["Total", "6", "1"]], [620, 240, 240], 66, 26)
    return s, {"capital_hkd": 2400000.0, "projected_turnover_hkd": 6200000.0, "local_jobs": 6}


def statements_monthly_columns() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(140, 100, "BRIGHTSHORE ENERGY STORAGE (HK) LIMITED", 30, "sans_bold")
    s.text(140, 150, "Management accounts - income statement for the nine months ended 30 September 2026 (HK$)", 22, "sans")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Total"]
    rows = [["Sales"] + ["310,400", "298,120", "402,560", "415,900", "388,210", "460,300", "472,880", "455,010", "490,620", "3,694,000"],
            ["Cost of sales"] + ["221,800", "214,300", "286,400", "297,100", "276,900", "328,700", "337,600", "324,800", "350,200", "2,637,800"],
            ["Operating expenses"] + ["61,200", "60,900", "63,400", "64,100", "62,800", "66,300", "66,900", "65,700", "67,400", "578,700"],
            ["Net profit"] + ["27,400", "22,920", "52,760", "54,700", "48,510", "65,300", "68,380", "64,510", "73,020", "477,500"]]
    x0, widths = 120, [220] + [120] * 9 + [150]
    y = 240
    for k, cell in enumerate([""] + months):
        s.text(x0 + sum(widths[:k]) + (0 if k == 0 else 30), y, cell, 20, "sans_bold")
    for row in rows:
        y += 56
        for k, cell in enumerate(row):
            right = x0 + sum(widths[:k + 1]) - 10
            s.text(x0 if k == 0 else right - 11 * len(cell), y, cell, 20, "sans")
    s.text(140, y + 120, "Balance sheet at 30 September 2026 (HK$)", 22, "sans_bold")
    for k, (label, value) in enumerate([("Total assets", "4,102,350"), ("Total liabilities", "1,224,850"), ("Equity", "2,877,500")]):
        s.text(140, y + 180 + 50 * k, label, 20, "sans")
        s.text(760 - 11 * len(value), y + 180 + 50 * k, value, 20, "sans")
    return s, {"company_name": "Brightshore Energy Storage (HK) Limited", "period_end": "2026-09-30", "currency": "HKD",
               "revenue": 3694000.0, "profit": 477500.0, "total_equity": 2877500.0}


def contract_annual_pay() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(140, 110, "Brightshore Energy Storage (HK) Limited", 32, "serif_bold")
    s.text(140, 160, "Unit 1203, 12/F, Harbourside Centre, 22 Wang Chiu Road, Kowloon Bay", 22, "serif")
    s.text(140, 260, "3 November 2026", 26, "serif")
    s.text(140, 330, "Dr SHAO Mingzhe", 26, "serif")
    s.text(140, 400, "LETTER OF APPOINTMENT", 30, "serif_bold")
    paras = ["We are pleased to appoint you as Principal Battery Scientist of Brightshore Energy Storage (HK) Limited on "
             "the terms below.",
             "Commencement: your appointment begins on 1 February 2027 and is for a fixed term of two years.",
             "Remuneration: an annual salary of HK$1,020,000, payable in twelve equal monthly instalments at the end of "
             "each month, with a year-end discretionary bonus.",
             "Please sign and return the duplicate of this letter to signify your acceptance."]
    y = 480
    for p in paras:
        s.wrapped(140, y, p, 88, 26, "serif", leading=42)
        y += 42 * (len(p) // 88 + 1) + 30
    s.text(140, y + 60, "For and on behalf of Brightshore Energy Storage (HK) Limited", 24, "serif")
    s.text(900, y + 200, "Accepted: SHAO Mingzhe", 24, "serif")
    return s, {"employer_name": "Brightshore Energy Storage (HK) Limited", "employee_name": "SHAO MINGZHE",
               "position": "Principal Battery Scientist", "start_date": "2027-02-01", "term_months": 24, "monthly_salary_hkd": 85000.0}


LAYOUTS = {("consent_letter", "official-reply"): consent_official_reply, ("degree_certificate", "research-institute"): degree_research_institute,
           ("business_plan", "hiring-table"): plan_hiring_table, ("financial_statement", "monthly-columns"): statements_monthly_columns,
           ("employment_contract", "annual-pay"): contract_annual_pay}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS)
