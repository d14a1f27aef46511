"""A hundred-and-twentieth drawn set: papers in four layouts no set drew. A middle school's consent for its teacher
(…第二中学, no company, hospital or university), dated in Chinese numerals under its chop; a bank sub-branch's
consent, its Chinese name in the letterhead and its English in the body, naming the employee with a staff number; a
statement whose year's profit is 'Profit and total comprehensive income for the year' and whose page ends with the
board's approval date; a business plan whose hires stand in a table marked Local or Non-local row by row, with no
total. Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredtwentieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def consent_middle_school() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "杭州市临平区第二中学", 44, "serif_cjk")
    s.d.line([140, 190, 1510, 190], fill=(180, 30, 30), width=4)
    s.text(600, 260, "关于同意蒋一帆老师赴港工作的函", 32, "serif_cjk")
    y = _paragraph(s, 140, 380, "　　蒋一帆，男，1990年6月生，2013年8月起在我校任教，现为高中物理教师。本人申请赴香港特别行政区"
                   "从事教学工作，经校长办公会研究，我校同意其赴港工作，并按规定为其办理相关手续。", 36, 28, 56)
    s.text(160, y + 40, "特此证明。", 28, "serif_cjk")
    s.text(960, y + 180, "杭州市临平区第二中学", 28, "serif_cjk")
    s.text(980, y + 240, "二〇二六年十一月二十六日", 28, "serif_cjk")
    _chop(s, 1110, y + 210, "杭州市临平区第二中学")
    return scanned_png(s, "school"), {"organisation": "杭州市临平区第二中学", "applicant_name": "蒋一帆", "date": "2026-11-26",
                                "seal_present": True}


def consent_bank_sub_branch() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "岭南银行股份有限公司广州天河支行", 36, "serif_cjk")
    s.text(140, 160, "Tel 020-8000 0000   Fax 020-8000 0001   No. 88 Tianhe Road (made up)", 20, "serif")
    s.d.line([140, 200, 1510, 200], fill=(60, 60, 60), width=2)
    lines = ["Ref: HR/2026/1187", "", "27 November 2026", "", "To the Immigration Department, Hong Kong SAR", "",
             "Re: Ms CHEN Yutong (Staff No. 0043817)", "",
             "Ms CHEN Yutong has been a credit analyst of Bank of Lingnan Co., Ltd. Guangzhou Tianhe Sub-branch since",
             "March 2018. We understand that she has been offered a post by a company in Hong Kong, and we hereby give",
             "our consent for her to take up that employment.", "", "Yours faithfully,", "", "", "Human Resources Section",
             "Bank of Lingnan Co., Ltd. Guangzhou Tianhe Sub-branch"]
    y = 260
    for line in lines:
        s.text(140, y, line, 24, "serif_bold" if line.startswith("Re:") else "serif")
        y += 42
    _chop(s, 420, y - 100, "岭南银行股份有限公司广州天河支行")
    return scanned_png(s, "subbranch"), {"organisation": ("岭南银行股份有限公司广州天河支行",
                                                         "Bank of Lingnan Co., Ltd. Guangzhou Tianhe Sub-branch"),
                                   "applicant_name": "CHEN YUTONG", "date": "2026-11-27", "seal_present": True}


def statement_comprehensive_income() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "SILVERMOSS ACOUSTICS LIMITED", 30, "serif_bold")
    s.text(280, 150, "STATEMENT OF PROFIT OR LOSS AND OTHER COMPREHENSIVE INCOME", 26, "serif_bold")
    s.text(420, 190, "FOR THE YEAR ENDED 31 DECEMBER 2025", 24, "serif")
    s.text(1110, 250, "2025", 24, "serif_bold")
    s.text(1350, 250, "2024", 24, "serif_bold")
    s.text(1100, 282, "HK$", 22, "serif")
    s.text(1340, 282, "HK$", 22, "serif")
    y = 340
    rows = [("Revenue", "5,208,700", "4,880,300"), ("Cost of services", "(3,402,100)", "(3,215,600)"),
            ("Other income", "12,400", "9,800"), ("Administrative expenses", "(1,061,500)", "(1,004,900)"),
            ("Profit before taxation", "757,500", "669,600"), ("Taxation", "(117,700)", "(103,400)"),
            ("Profit and total comprehensive income for the year", "639,800", "566,200")]
    for label, this, last in rows:
        s.text(160, y, label, 24, "serif_bold" if label.startswith("Profit and") else "serif")
        s.text(1190 - 14 * len(this), y, this, 26, "serif")
        s.text(1430 - 14 * len(last), y, last, 26, "serif")
        y += 54
    s.text(280, y + 50, "STATEMENT OF FINANCIAL POSITION AS AT 31 DECEMBER 2025", 26, "serif_bold")
    y += 120
    for label, this, last in [("Current assets", "3,905,600", "3,402,300"), ("Current liabilities", "(1,318,200)", "(1,454,700)"),
                              ("Net assets", "2,587,400", "1,947,600"), ("Share capital", "500,000", "500,000"),
                              ("Retained profits", "2,087,400", "1,447,600"), ("Total equity", "2,587,400", "1,947,600")]:
        s.text(160, y, label, 24, "serif_bold" if label in ("Net assets", "Total equity") else "serif")
        s.text(1190 - 14 * len(this), y, this, 26, "serif")
        s.text(1430 - 14 * len(last), y, last, 26, "serif")
        y += 54
    s.text(160, y + 60, "Approved and authorised for issue by the board of directors on 18 May 2026.", 22, "serif")
    return scanned_png(s, "comprehensive"), {"company_name": "SILVERMOSS ACOUSTICS LIMITED", "period_end": "2025-12-31",
                                       "currency": "HKD", "revenue": 5208700.0, "profit": 639800.0, "total_equity": 2587400.0}


def plan_hires_marked_by_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Northgate Cold Chain Limited", 34, "serif_bold")
    s.text(140, 160, "Business plan 2027 - 2029", 26, "serif")
    s.text(140, 240, "Capital: the company's issued and paid-up capital is HK$1,200,000.", 24, "serif")
    s.text(140, 290, "Forecast: turnover of HK$4,600,000 in 2027 and HK$6,900,000 in 2028.", 24, "serif")
    s.text(140, 370, "Staffing in the first year", 26, "serif_bold")
    _ruled(s, 140, 420, [["Position", "Number", "Local / Non-local"], ["Operations manager", "1", "Local"],
                         ["Refrigeration engineer (this application)", "1", "Non-local"], ["Warehouse assistant", "3", "Local"],
                         ["Driver", "2", "Local"], ["Accounts clerk", "1", "Local"]], [620, 220, 380], 66, 24)
    return scanned_png(s, "byrow"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 4600000.0, "local_jobs": 7}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-middle-school.png", consent_middle_school, "consent_letter", "middle-school"),
              ("consent-sub-branch.png", consent_bank_sub_branch, "consent_letter", "bank-sub-branch"),
              ("statement-comprehensive.png", statement_comprehensive_income, "financial_statement", "profit-and-comprehensive-income"),
              ("plan-hires-by-row.png", plan_hires_marked_by_row, "business_plan", "hires-marked-by-row")]
    return write_drawn(folder, papers)
