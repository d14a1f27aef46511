"""A hundred-and-first drawn set: papers in five layouts no set drew. A consent recorded as an item of a managers'
meeting minutes ('总经理办公会会议纪要'), among other items and other people's names; a consent as an unpaid-leave
agreement between the unit (甲方) and its employee (乙方, '停薪留职协议书'); a business plan projecting its first year
by quarters with the year's total in the last column; a five-year financial summary in traditional Chinese, the
latest year on the right and the year end stated once above the table; an employment contract whose pay stands only
in an annex at its foot. Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

PEN = (20, 30, 120)


def consent_meeting_minutes() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 120, "苏州启明智能装备有限公司", 40, "serif_cjk")
    s.text(500, 200, "总经理办公会会议纪要", 52, "serif_cjk")
    s.text(700, 290, "〔2026〕第21期", 28, "serif_cjk")
    y = 380
    for line in ("会议时间：2026年11月9日上午", "会议地点：公司三楼第一会议室", "主 持 人：总经理 贺建峰",
                 "参会人员：孙立群、严海涛、蒋丽华、人力资源部负责人"):
        s.text(140, y, line, 30, "serif_cjk")
        y += 60
    y = _paragraph(s, 140, y + 40, "　　一、会议审议通过了第四季度安全生产检查工作安排，由严海涛负责落实。", 32, 30, 56)
    y = _paragraph(s, 140, y + 20, "　　二、会议听取了人力资源部关于研发中心高级工程师龚雅琳（女，1990年8月生）申请赴香港工作的汇报。"
                   "会议同意龚雅琳赴香港启澜智能有限公司工作，由人力资源部为其办理相关手续。", 32, 30, 56)
    y = _paragraph(s, 140, y + 20, "　　三、会议研究了2027年度校园招聘计划，请蒋丽华会同各部门于12月底前提出方案。", 32, 30, 56)
    s.text(140, y + 100, "苏州启明智能装备有限公司总经理办公室", 30, "serif_cjk")
    s.text(140, y + 160, "2026年11月9日印发", 30, "serif_cjk")
    _chop(s, 520, y + 140, "苏州启明智能装备有限公司")
    return scanned_png(s, "minutes"), {"organisation": "苏州启明智能装备有限公司", "applicant_name": "龚雅琳", "date": "2026-11-09",
                                 "seal_present": True}


def consent_unpaid_leave() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 150, "停薪留职协议书", 52, "serif_cjk")
    s.text(140, 300, "甲方：杭州云栖数据服务有限公司", 32, "serif_cjk")
    s.text(140, 370, "乙方：邬晓晨　　身份证号：3301061991********", 32, "serif_cjk")
    y = _paragraph(s, 140, 470, "　　乙方因应聘香港职位赴港工作，向甲方申请停薪留职。经双方协商一致，订立本协议：", 32, 32, 60)
    for clause in ("一、甲方同意乙方自2027年1月1日起停薪留职三年，期间赴香港工作。",
                   "二、停薪留职期间，乙方的社会保险由乙方个人承担，甲方代为缴纳。",
                   "三、期满前一个月，乙方应书面告知甲方是否返回原单位工作。",
                   "四、本协议一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。"):
        y = _paragraph(s, 140, y + 10, "　　" + clause, 32, 32, 60)
    s.text(140, y + 120, "甲方（盖章）：杭州云栖数据服务有限公司", 30, "serif_cjk")
    s.text(140, y + 200, "乙方（签字）：", 30, "serif_cjk")
    s.text(360, y + 190, "邬晓晨", 40, "hand_cjk", PEN)
    s.text(140, y + 280, "签订日期：2026年11月20日", 30, "serif_cjk")
    _chop(s, 700, y + 140, "杭州云栖数据服务有限公司")
    return scanned_png(s, "leave"), {"organisation": "杭州云栖数据服务有限公司", "applicant_name": "邬晓晨", "date": "2026-11-20",
                               "seal_present": True}


def plan_by_quarters() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Northpoint Robotics (HK) Limited", 36, "serif_bold")
    s.text(140, 180, "Business Plan 2027", 30, "serif")
    s.text(140, 280, "1. The company", 28, "serif_bold")
    s.wrapped(160, 330, "Incorporated in Hong Kong in 2026 to design and service warehouse robots. Issued and paid-up share "
              "capital: HK$1,200,000, held by two founders.", 92, 24, "serif", leading=40)
    s.text(140, 470, "2. First-year projections by quarter (HK$)", 28, "serif_bold")
    _ruled(s, 140, 530, [["", "Q1", "Q2", "Q3", "Q4", "Year 1"],
                         ["Revenue", "180,000", "420,000", "610,000", "790,000", "2,000,000"],
                         ["Operating costs", "(390,000)", "(450,000)", "(520,000)", "(560,000)", "(1,920,000)"],
                         ["Net profit / (loss)", "(210,000)", "(30,000)", "90,000", "230,000", "80,000"],
                         ["Local staff (end of quarter)", "2", "3", "4", "4", "4"]],
           [420, 200, 200, 200, 200, 220], 70, 24)
    s.text(140, 1000, "3. Milestones", 28, "serif_bold")
    s.wrapped(160, 1050, "Q1: showroom in Kwun Tong opens. Q2: first two service contracts. Q3: second product line. "
              "Q4: break-even month by month.", 92, 24, "serif", leading=40)
    return scanned_png(s, "plan"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 2000000.0, "local_jobs": 4}


def financial_five_years() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 120, "曜辰資訊科技有限公司", 44, "serif_cjk")
    s.text(640, 200, "五年財務摘要", 44, "serif_cjk")
    s.text(140, 300, "截至三月三十一日止年度　　　　　　　　　　　　　　　　單位：港元", 26, "serif_cjk")
    _ruled(s, 140, 360, [["", "2022", "2023", "2024", "2025", "2026"],
                         ["營業額", "3,120,400", "3,865,200", "4,402,900", "5,010,300", "5,688,750"],
                         ["除稅前溢利", "210,300", "356,800", "402,100", "515,600", "640,200"],
                         ["本年度溢利", "175,600", "297,900", "335,700", "430,500", "534,570"],
                         ["資產總額", "2,806,000", "3,240,500", "3,702,800", "4,315,000", "4,980,600"],
                         ["權益總額", "1,402,300", "1,700,200", "2,035,900", "2,466,400", "3,000,970"]],
           [280, 230, 230, 230, 230, 230], 72, 26)
    s.text(140, 900, "註：以上數字摘錄自本公司經審核財務報表。", 26, "serif_cjk")
    return scanned_png(s, "summary"), {"company_name": "曜辰資訊科技有限公司", "period_end": "2026-03-31", "currency": "HKD",
                                 "revenue": 5688750.0, "profit": 534570.0, "total_equity": 3000970.0}


def contract_pay_in_annex() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "EMPLOYMENT CONTRACT", 36, "serif_bold")
    s.text(140, 200, "Parties", 28, "serif_bold")
    s.wrapped(160, 250, "(1) Harbourline Analytics Limited, a company incorporated in Hong Kong, of 18/F, 33 Hoi Yuen Road, "
              "Kwun Tong, Kowloon; and", 92, 24, "serif", leading=40)
    s.wrapped(160, 340, "(2) FENG Zhiyuan, holder of Mainland Travel Permit for Hong Kong and Macao No. C61234567.", 92, 24,
              "serif", leading=40)
    clauses = [("1. Role", "The Company engages FENG Zhiyuan as Senior Data Scientist, reporting to the Head of Analytics."),
               ("2. Start and duration", "Employment starts on 1 February 2027 and runs for thirty-six months, unless ended "
                "earlier under clause 6."),
               ("3. Pay and benefits", "Pay and benefits are as set out in Annex A, reviewed each April."),
               ("4. Hours", "Monday to Friday, 9:00 a.m. to 6:00 p.m., with one hour for lunch."),
               ("5. Leave", "Fourteen working days of paid annual leave, in addition to statutory holidays."),
               ("6. Ending the contract", "Either party may end this contract by one month's notice in writing or payment "
                "in lieu.")]
    y = 440
    for head, text in clauses:
        s.text(140, y, head, 26, "serif_bold")
        y = _wrap(s, y + 44, text)
        y += 20
    s.text(140, y + 20, "Signed on 12 November 2026", 24, "serif")
    s.text(140, y + 80, "For the Company: Harbourline Analytics Limited", 24, "serif")
    s.text(900, y + 80, "Employee: FENG Zhiyuan", 24, "serif")
    y += 180
    s.text(140, y, "Annex A - Pay and benefits", 28, "serif_bold")
    _ruled(s, 140, y + 60, [["Basic salary", "HK$58,000 per month"], ["Guaranteed year-end payment", "one month's basic salary"],
                            ["Housing allowance", "Not applicable"], ["Medical", "Group medical scheme"]], [520, 620], 64, 24)
    return scanned_png(s, "contract"), {"employer_name": "Harbourline Analytics Limited", "employee_name": "FENG ZHIYUAN",
                                  "position": "Senior Data Scientist", "start_date": "2027-02-01", "term_months": 36,
                                  "monthly_salary_hkd": 58000.0, "guaranteed_bonus_hkd": 58000.0, "housing_allowance_hkd": 0.0}


def _wrap(s: Sheet, y: int, text: str, per_line: int = 92) -> int:
    words, line = text.split(), ""
    for word in words:
        if len(line) + len(word) + 1 > per_line:
            s.text(160, y, line, 24, "serif")
            y, line = y + 40, word
        else:
            line = f"{line} {word}".strip()
    s.text(160, y, line, 24, "serif")
    return y + 40


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-minutes.png", consent_meeting_minutes, "consent_letter", "meeting-minutes"),
              ("consent-unpaid-leave.png", consent_unpaid_leave, "consent_letter", "unpaid-leave"),
              ("plan-quarters.png", plan_by_quarters, "business_plan", "by-quarters"),
              ("financial-five-years.png", financial_five_years, "financial_statement", "five-year-summary"),
              ("contract-annex.png", contract_pay_in_annex, "employment_contract", "pay-in-annex")]
    return write_drawn(folder, papers)
