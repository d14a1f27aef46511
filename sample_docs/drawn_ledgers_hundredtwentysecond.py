"""A hundred-and-twenty-second drawn set: papers in five layouts no set drew. A balance sheet in account form in
simplified Chinese (assets on the left half, liabilities and owners' equity on the right, each with its two columns)
over a 利润表; an income statement photographed by a phone; a business plan in simplified Chinese whose capital is in
financial capitals ('港币伍拾万元整') and its hires counted in them too ('叁名'); a consent that names its handler and
his telephone under the unit's signature (经办人); a contract that calls its employee 'the Executive' and states the
pay in a schedule at its end. Each is a case of its own. Read once through the product before any reader changes
for it (`scripts/bench_drawn_forms.py --set hundredtwentysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop
from .drawn_phones_ninetysecond import _phone


def statement_account_form() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 90, "资产负债表", 40, "serif_cjk")
    s.text(140, 160, "编制单位：星桥供应链管理有限公司", 24, "serif_cjk")
    s.text(760, 160, "2025年12月31日", 24, "serif_cjk")
    s.text(1260, 160, "单位：港元", 24, "serif_cjk")
    rows = [["资产", "期末余额", "年初余额", "负债和所有者权益", "期末余额", "年初余额"],
            ["货币资金", "2,118,400", "1,706,300", "应付账款", "1,204,800", "1,118,900"],
            ["应收账款", "1,562,700", "1,433,100", "应交税费", "146,200", "121,700"],
            ["存货", "905,300", "842,600", "负债合计", "1,351,000", "1,240,600"],
            ["固定资产", "318,600", "352,900", "实收资本", "1,000,000", "1,000,000"],
            ["", "", "", "未分配利润", "2,554,000", "2,093,400"],
            ["", "", "", "所有者权益合计", "3,554,000", "3,093,400"],
            ["资产总计", "4,905,000", "4,334,000", "负债和所有者权益总计", "4,905,000", "4,334,000"]]
    y = _ruled(s, 100, 220, rows, [200, 170, 170, 300, 170, 170], 60, 22)
    s.text(620, y + 60, "利润表", 40, "serif_cjk")
    s.text(140, y + 130, "2025年度", 24, "serif_cjk")
    s.text(1260, y + 130, "单位：港元", 24, "serif_cjk")
    _ruled(s, 140, y + 180, [["项目", "本期金额", "上期金额"], ["一、营业收入", "8,317,500", "7,652,900"],
                             ["减：营业成本", "6,402,300", "5,934,800"], ["二、营业利润", "552,800", "431,600"],
                             ["三、利润总额", "552,800", "431,600"], ["减：所得税费用", "92,200", "71,400"],
                             ["四、净利润", "460,600", "360,200"]], [560, 300, 300], 60, 22)
    return scanned_png(s, "accountform"), {"company_name": "星桥供应链管理有限公司", "period_end": "2025-12-31", "currency": "HKD",
                                     "revenue": 8317500.0, "profit": 460600.0, "total_equity": 3554000.0}


def statement_phone_photo() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "AMBERWICK FLORAL DESIGN LIMITED", 32, "serif_bold")
    s.text(420, 170, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 30 SEPTEMBER 2026", 24, "serif_bold")
    s.text(1100, 250, "2026", 26, "serif_bold")
    s.text(1340, 250, "2025", 26, "serif_bold")
    s.text(1090, 285, "HK$", 24, "serif")
    s.text(1330, 285, "HK$", 24, "serif")
    y = 350
    for label, this, last in [("Revenue", "3,126,400", "2,874,100"), ("Cost of flowers and materials", "(1,408,900)", "(1,322,700)"),
                              ("Staff costs", "(902,300)", "(861,500)"), ("Rent and other expenses", "(488,100)", "(451,900)"),
                              ("Profit before tax", "327,100", "238,000"), ("Tax", "(41,500)", "(29,300)"),
                              ("Profit for the year", "285,600", "208,700")]:
        s.text(160, y, label, 28, "serif")
        s.text(1190 - 15 * len(this), y, this, 28, "serif")
        s.text(1430 - 15 * len(last), y, last, 28, "serif")
        y += 60
    s.text(160, y + 40, "Total equity at 30 September 2026: HK$1,472,800 (2025: HK$1,187,200)", 26, "serif")
    return _phone(s, "phonestatement"), {"company_name": "AMBERWICK FLORAL DESIGN LIMITED", "period_end": "2026-09-30", "currency": "HKD",
                                         "revenue": 3126400.0, "profit": 285600.0, "total_equity": 1472800.0}


def plan_financial_capitals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "云帆跨境电商（香港）有限公司", 38, "serif_cjk")
    s.text(660, 170, "业务计划书", 38, "serif_cjk")
    y = _paragraph(s, 140, 280, "一、公司概况：本公司于2026年10月在香港注册成立，从事跨境电商运营及海外仓服务。", 38, 26, 50)
    y = _paragraph(s, 140, y + 20, "二、资金：公司注册资本港币伍拾万元整，已由两名股东全数缴足。", 38, 26, 50)
    y = _paragraph(s, 140, y + 20, "三、营业预测：预计开业首年营业额约港币贰佰叁拾万元，第二年约港币叁佰伍拾万元。", 38, 26, 50)
    _paragraph(s, 140, y + 20, "四、人员：除申请人外，公司首年拟聘请本地员工叁名，负责客服、物流及财务。", 38, 26, 50)
    return scanned_png(s, "capitals"), {"capital_hkd": 500000.0, "projected_turnover_hkd": 2300000.0, "local_jobs": 3}


def consent_with_handler() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 110, "宁波海曙港联物流股份有限公司", 40, "serif_cjk")
    s.text(700, 220, "证　明", 44, "serif_cjk")
    y = _paragraph(s, 140, 340, "　　兹证明汪子涵（女，身份证号码330203199402180627）系我公司国际货代部主管。经公司研究，同意其"
                   "赴香港工作，我公司对此无异议。", 34, 28, 56)
    s.text(860, y + 120, "宁波海曙港联物流股份有限公司（盖章）", 28, "serif_cjk")
    s.text(1000, y + 180, "2026年11月25日", 28, "serif_cjk")
    s.text(140, y + 300, "经办人：何建国　　联系电话：0574-8700 0000", 24, "serif_cjk")
    _chop(s, 1140, y + 150, "宁波海曙港联物流股份有限公司")
    return scanned_png(s, "handler"), {"organisation": "宁波海曙港联物流股份有限公司", "applicant_name": "汪子涵", "date": "2026-11-25",
                                 "seal_present": True}


def contract_executive_schedule() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "SERVICE AGREEMENT", 36, "serif_bold")
    lines = ["This Agreement is made on 20 November 2026 between Tessellate Analytics Limited (the \"Company\") and",
             "Ms YUAN Shiqi, holder of Mainland travel permit C60418257 (the \"Executive\").", "",
             "1. Appointment. The Company appoints the Executive as Head of Quantitative Research, and the Executive",
             "   accepts the appointment, from 1 March 2027.",
             "2. Term. The appointment is for a fixed term of thirty months from its commencement.",
             "3. Remuneration. The Executive's remuneration is set out in the Schedule.",
             "4. Hours. The Executive shall work such hours as the proper performance of her duties requires.", "",
             "SCHEDULE - REMUNERATION"]
    y = 200
    for line in lines:
        s.text(140, y, line, 22, "serif_bold" if line.startswith("SCHEDULE") else "serif")
        y += 40
    _ruled(s, 140, y + 10, [["Item", "Amount"], ["Basic salary", "HK$88,000 per month"], ["Housing allowance", "HK$15,000 per month"],
                            ["Guaranteed year-end payment", "one month's basic salary"]], [520, 620], 60, 22)
    return scanned_png(s, "schedule"), {"employer_name": "Tessellate Analytics Limited", "employee_name": "YUAN SHIQI",
                                  "position": "Head of Quantitative Research", "start_date": "2027-03-01", "term_months": 30,
                                  "monthly_salary_hkd": 88000.0, "housing_allowance_hkd": 15000.0, "guaranteed_bonus_hkd": 88000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("statement-account-form.png", statement_account_form, "financial_statement", "account-form"),
              ("statement-phone.jpg", statement_phone_photo, "financial_statement", "phone-photo"),
              ("plan-capitals.png", plan_financial_capitals, "business_plan", "financial-capitals"),
              ("consent-handler.png", consent_with_handler, "consent_letter", "handler-named"),
              ("contract-schedule.png", contract_executive_schedule, "employment_contract", "executive-schedule")]
    return write_drawn(folder, papers)
