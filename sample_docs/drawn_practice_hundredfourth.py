"""A hundred-and-fourth drawn set: papers in five layouts no set drew. A hospital's letter agreeing that its doctor
goes to practise in Hong Kong ('赴港执业'); a unit's approval form for private travel abroad (因私出入境审批表) whose
opinion cell agrees; a business plan whose years are a table's rows ('Year | Revenue | Local staff'); an income
statement whose revenue is two lines and their total; an employment agreement whose particulars stand in a box at its
head, the pay by the year in twelve instalments. Each is a case of its own. Read once through the product before any
reader changes for it (`scripts/bench_drawn_forms.py --set hundredfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

PEN = (20, 30, 120)


def consent_hospital_practice() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(330, 150, "关于同意龙婉清医师赴港执业的函", 48, "serif_cjk")
    s.text(140, 290, "香港仁济心脏专科诊所有限公司：", 30, "serif_cjk")
    y = _paragraph(s, 140, 370, "　　我院心内科主治医师龙婉清（女，1988年2月出生，执业证书编号110440100012345）拟应聘贵公司职位，"
                   "赴港执业。经院务会研究，同意其赴港执业，并为其办理相关手续。", 32, 30, 58)
    y = _paragraph(s, 140, y + 20, "　　特此函复。", 32, 30, 58)
    s.text(960, y + 120, "江城市第一人民医院", 30, "serif_cjk")
    s.text(980, y + 180, "2026年11月21日", 30, "serif_cjk")
    _chop(s, 1110, y + 150, "江城市第一人民医院")
    return scanned_png(s, "practice"), {"organisation": "江城市第一人民医院", "applicant_name": "龙婉清", "date": "2026-11-21",
                                  "seal_present": True}


def consent_exit_approval_form() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 140, "因私出入境审批表", 52, "serif_cjk")
    y = _ruled(s, 140, 280, [["姓名", "任雨泽", "性别", "男"], ["工作单位", "西安秦川智能电网有限公司", "职务", "系统架构师"],
                             ["前往地区", "香港", "出境事由", "应聘赴港工作"], ["拟出境时间", "2027年1月", "证件号码", "C70246815"]],
               [260, 520, 260, 340], 86, 28)
    s.d.rectangle([140, y, 1520, y + 360], outline="black", width=2)
    s.text(160, y + 30, "所在单位意见", 30, "sans_cjk")
    s.text(360, y + 110, "同意。", 40, "hand_cjk", PEN)
    s.text(900, y + 220, "负责人签字：", 28, "sans_cjk")
    s.text(1090, y + 210, "许建平", 36, "hand_cjk", PEN)
    s.text(900, y + 290, "2026年11月14日", 34, "hand_cjk", PEN)
    _chop(s, 760, y + 250, "西安秦川智能电网有限公司")
    return scanned_png(s, "exit"), {"organisation": "西安秦川智能电网有限公司", "applicant_name": "任雨泽", "date": "2026-11-14",
                              "seal_present": True}


def plan_years_as_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Silverpine Analytics Limited", 36, "serif_bold")
    s.text(140, 180, "Business Plan", 30, "serif")
    s.wrapped(140, 270, "Silverpine was incorporated in Hong Kong with a paid-up capital of HK$1,500,000 to build demand "
              "forecasting software for retail chains.", 90, 24, "serif", leading=42)
    s.text(140, 420, "Three-year outlook", 28, "serif_bold")
    _ruled(s, 140, 480, [["Year", "Revenue (HK$)", "Net result (HK$)", "Local staff"], ["2027", "1,650,000", "(240,000)", "3"],
                         ["2028", "2,900,000", "310,000", "5"], ["2029", "4,400,000", "880,000", "7"]],
           [240, 380, 380, 300], 70, 24)
    return scanned_png(s, "rows"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 1650000.0, "local_jobs": 3}


def statement_revenue_two_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 100, "CEDARBROOK HOME SUPPLIES LIMITED", 30, "serif_bold")
    s.text(250, 160, "STATEMENT OF COMPREHENSIVE INCOME FOR THE YEAR ENDED 31 MARCH 2026", 26, "serif_bold")
    s.text(1100, 230, "2026", 24, "serif_bold")
    s.text(1340, 230, "2025", 24, "serif_bold")
    s.text(1110, 262, "HK$", 22, "serif")
    s.text(1350, 262, "HK$", 22, "serif")
    y = 320
    for label, this, last in [("Sales of goods", "5,806,200", "5,120,400"), ("Installation service income", "1,248,600", "1,032,900"),
                              ("Total revenue", "7,054,800", "6,153,300"), ("Cost of sales", "(4,938,400)", "(4,368,800)"),
                              ("Other operating expenses", "(1,402,700)", "(1,311,900)"), ("Profit before taxation", "713,700", "472,600"),
                              ("Taxation", "(117,760)", "(77,980)"), ("Profit and total comprehensive income for the year", "595,940", "394,620")]:
        s.text(160, y, label, 26, "serif")
        s.text(1180 - 14 * len(this), y, this, 26, "serif")
        s.text(1420 - 14 * len(last), y, last, 26, "serif")
        y += 54
    s.text(160, y + 40, "Total equity at 31 March 2026: HK$3,218,400 (2025: HK$2,622,460)", 26, "serif")
    return scanned_png(s, "sales"), {"company_name": "Cedarbrook Home Supplies Limited", "period_end": "2026-03-31", "currency": "HKD",
                               "revenue": 7054800.0, "profit": 595940.0, "total_equity": 3218400.0}


def agreement_particulars_box() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(580, 100, "EMPLOYMENT AGREEMENT", 36, "serif_bold")
    s.d.rectangle([140, 180, 1520, 720], outline="black", width=3)
    s.text(170, 200, "KEY PARTICULARS", 26, "sans_bold")
    rows = [("Employer", "Jadeport Marine Services Limited"), ("Employee", "QIAN Haoyu"), ("Position", "Naval Architect"),
            ("Commencement Date", "3 March 2027 (or another date agreed in writing)"), ("Term", "a fixed term of two (2) years"),
            ("Base Salary", "HK$540,000 per annum, paid in twelve equal monthly instalments"), ("Place of work", "Tsing Yi, New Territories")]
    y = 260
    for label, value in rows:
        s.text(170, y, label, 24, "sans")
        s.text(560, y, value, 24, "serif")
        y += 62
    clauses = ["1. This Agreement sets out the terms on which the Employer employs the Employee. The Key Particulars form part of it.",
               "2. The Employee shall devote his full working time to the Employer's business.",
               "3. Either party may end this Agreement by giving three months' notice in writing.",
               "4. This Agreement is governed by the laws of the Hong Kong Special Administrative Region."]
    y = 780
    for clause in clauses:
        s.wrapped(140, y, clause, 100, 24, "serif", leading=40)
        y += 100
    s.text(140, y + 60, "Signed for the Employer: ____________      Signed by the Employee: ____________", 24, "serif")
    s.text(140, y + 120, "Date: 28 November 2026", 24, "serif")
    return scanned_png(s, "agreement"), {"employer_name": "Jadeport Marine Services Limited", "employee_name": "QIAN HAOYU",
                                   "position": "Naval Architect", "start_date": "2027-03-03", "term_months": 24,
                                   "monthly_salary_hkd": 45000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-practice.png", consent_hospital_practice, "consent_letter", "hospital-practice"),
              ("consent-exit-approval.png", consent_exit_approval_form, "consent_letter", "exit-approval-form"),
              ("plan-years-rows.png", plan_years_as_rows, "business_plan", "years-as-rows"),
              ("statement-two-revenues.png", statement_revenue_two_lines, "financial_statement", "revenue-two-lines"),
              ("agreement-particulars.png", agreement_particulars_box, "employment_contract", "particulars-box")]
    return write_drawn(folder, papers)
