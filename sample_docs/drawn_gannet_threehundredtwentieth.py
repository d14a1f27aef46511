"""A three-hundred-and-twentieth drawn set, of a consent letter, a business registration certificate, an employment
contract and a set of accounts, drawn in stop 75 after its first mends and read cold, in wording and layouts no earlier
set drew: a Chinese consent as a ruled approval slip (单位意见 同意) with the person's row at the top; a BR certificate
laid out as a two-column grid with its English labels under the Chinese; a contract that states its terms as numbered
questions and answers ('1. Who is employed? …'); a one-page summary of accounts with the figures in thousands ('HK$'000').
Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredtwentieth`). Every name and number is made up."""
from __future__ import annotations

import textwrap
from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def consent_approval_slip() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "员工赴港就业审批单", 44, "serif_cjk")
    y = _ruled(s, 160, 220, [["员工姓名", "龙思远", "所在部门", "海外业务部"], ["现任职务", "市场经理", "证件号码", "EH4417206"],
                             ["拟任香港职位", "区域市场总监", "香港雇主", "恒岳贸易发展有限公司"]], [260, 420, 260, 420], 80, 24)
    s.d.rectangle([160, y, 1520, y + 300], outline="black", width=2)
    s.text(180, y + 30, "单位意见：", 26, "sans_cjk")
    s.text(220, y + 90, "同意该员工赴港工作，保留其在本公司的劳动关系。", 26, "sans_cjk")
    s.text(900, y + 180, "南京溯源食品有限公司", 26, "sans_cjk")
    s.text(900, y + 230, "2026年11月12日", 26, "sans_cjk")
    _chop(s, 1360, y + 430, "南京溯源食品有限公司")
    return scanned_png(s, "slip"), {"organisation": "南京溯源食品有限公司", "applicant_name": "龙思远", "date": "2026-11-12",
                                    "seal_present": True}


def br_grid_english_under() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 90, "商業登記證", 44, "serif_cjk")
    s.text(430, 150, "BUSINESS REGISTRATION CERTIFICATE", 32, "serif_bold")
    rows = [("業務名稱", "Name of Business", "TIDEMARK LOGISTICS LIMITED"), ("登記證號碼", "Certificate No.", "74128856-000-08-26-3"),
            ("業務地址", "Address of Business", "UNIT 1205, 12/F, KWAI CHUNG PLAZA, 7-11 KWAI FOO ROAD, KWAI CHUNG"),
            ("業務性質", "Nature of Business", "FREIGHT FORWARDING"), ("法律地位", "Status", "CORP"),
            ("生效日期", "Date of Commencement", "18/08/2026"), ("屆滿日期", "Date of Expiry", "17/08/2027")]
    y = 250
    for zh, en, value in rows:
        s.d.rectangle([140, y, 560, y + 96], outline="black", width=2)
        s.d.rectangle([560, y, 1520, y + 96], outline="black", width=2)
        s.text(160, y + 12, zh, 24, "serif_cjk")
        s.text(160, y + 52, en, 20, "serif")
        parts = textwrap.wrap(value, 52)
        for k, part in enumerate(parts):
            s.text(580, y + (34 if len(parts) == 1 else 20 + 32 * k), part, 22, "mono")
        y += 96
    return scanned_png(s, "gridunder"), {"business_name": "TIDEMARK LOGISTICS LIMITED", "br_number": "74128856",
                                         "address": "UNIT 1205, 12/F, KWAI CHUNG PLAZA, 7-11 KWAI FOO ROAD, KWAI CHUNG",
                                         "nature_of_business": "FREIGHT FORWARDING", "commencement_date": "2026-08-18",
                                         "expiry_date": "2027-08-17"}


def contract_questions() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "TERMS OF EMPLOYMENT AT A GLANCE", 32, "serif_bold")
    text_lines(s, 160, 200, ["1. Who is the employer?", "   Brightcove Analytics (HK) Limited",
                             "2. Who is employed?", "   Ms. JIANG Shuning",
                             "3. In what post?", "   Senior Data Engineer",
                             "4. From when, and for how long?", "   From 1 February 2027, for a fixed term of thirty months",
                             "5. What is the pay?", "   HK$52,000 a month, paid on the last working day of each month",
                             "", "Signed for the employer: ZHAO Peiwen, Director          Signed by the employee: JIANG Shuning"], 24, "serif", 46)
    return scanned_png(s, "questions"), {"employer_name": "Brightcove Analytics (HK) Limited", "employee_name": "JIANG SHUNING",
                                         "position": "Senior Data Engineer", "start_date": "2027-02-01", "term_months": 30,
                                         "monthly_salary_hkd": 52000.0}


def accounts_in_thousands() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "PINEHURST CATERING LIMITED", 32, "serif_bold")
    s.text(160, 150, "Summary of audited accounts for the year ended 31 March 2026", 24, "serif")
    s.text(1160, 220, "HK$'000", 22, "serif_bold")
    s.text(1360, 220, "HK$'000", 22, "serif_bold")
    s.text(1180, 255, "2026", 22, "serif_bold")
    s.text(1380, 255, "2025", 22, "serif_bold")
    y = 310
    for label, a, b in [("Turnover", "8,642", "7,915"), ("Cost of sales", "(5,120)", "(4,806)"), ("Gross profit", "3,522", "3,109"),
                        ("Profit before taxation", "1,046", "884"), ("Taxation", "(173)", "(146)"), ("Profit for the year", "873", "738"),
                        ("", "", ""), ("Total equity", "4,210", "3,337")]:
        if label:
            s.text(160, y, label, 24, "serif")
            s.text(1160, y, a, 24, "serif")
            s.text(1360, y, b, 24, "serif")
        y += 50
    return scanned_png(s, "thousands"), {"company_name": "PINEHURST CATERING LIMITED", "period_end": "2026-03-31",
                                         "revenue": 8642000.0, "profit": 873000.0, "total_equity": 4210000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-approval-slip.png", consent_approval_slip, "consent_letter", "approval-slip"),
              ("br-grid-english-under.png", br_grid_english_under, "br_certificate", "grid-english-under"),
              ("contract-questions.png", contract_questions, "employment_contract", "questions"),
              ("accounts-in-thousands.png", accounts_in_thousands, "financial_statement", "in-thousands")]
    return write_drawn(folder, papers)
