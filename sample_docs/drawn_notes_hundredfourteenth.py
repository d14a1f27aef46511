"""A hundred-and-fourteenth drawn set: papers in five layouts no set drew. A unit's 'statement of circumstances'
(情况说明) that raises no objection; a consent whose employee stands in a table (工号 | 姓名 | 部门 | 职务) and whose text
says only 'the above employee' (上述员工); a consent sent as a short chat-style e-mail in Chinese, dated by its header
('2026-11-30 16:05'); a business plan with a share capital of HK$10,000 beside a shareholder's loan, its staff as
'3 (local) + 1 (expatriate)'; form ID 990B whose employer is named in Chinese on one line and English on the next.
Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredfourteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, png_bytes, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def consent_statement_of_circumstances() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(580, 150, "情况说明", 52, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　我单位员工温子航，男，1989年11月出生，2014年起在我单位工程部从事给排水设计工作。该同志拟应聘香港"
                   "澄波工程顾问有限公司职位，赴港工作。我单位对此无异议。", 32, 30, 60)
    y = _paragraph(s, 140, y + 20, "　　特此说明。", 32, 30, 60)
    s.text(900, y + 120, "福州闽江水务设计有限公司", 30, "serif_cjk")
    s.text(960, y + 180, "2026年11月25日", 30, "serif_cjk")
    _chop(s, 1080, y + 150, "福州闽江水务设计有限公司")
    return scanned_png(s, "qksm"), {"organisation": "福州闽江水务设计有限公司", "applicant_name": "温子航", "date": "2026-11-25", "seal_present": True}


def consent_employee_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 150, "员工赴港工作单位意见", 50, "serif_cjk")
    y = _ruled(s, 140, 300, [["工号", "姓名", "部门", "职务"], ["GX-20417", "莫晓蕾", "风险管理部", "信用风险分析师"]], [280, 280, 380, 440], 80, 28)
    y = _paragraph(s, 140, y + 60, "　　上述员工拟赴香港工作。经公司研究，同意其申请，并将按规定为其办理离职手续。", 32, 30, 60)
    s.text(900, y + 120, "南宁桂信融资担保有限公司", 30, "serif_cjk")
    s.text(960, y + 180, "2026年11月27日", 30, "serif_cjk")
    _chop(s, 1080, y + 150, "南宁桂信融资担保有限公司")
    return scanned_png(s, "table"), {"organisation": "南宁桂信融资担保有限公司", "applicant_name": "莫晓蕾", "date": "2026-11-27", "seal_present": True}


def consent_chat_email() -> tuple[bytes, dict]:
    s = Sheet()
    s.img.paste((244, 246, 250), (0, 0, 1654, 110))
    s.text(60, 36, "邮件  |  回复：关于本人赴港工作的申请", 28, "sans_cjk", (70, 70, 80))
    for k, (label, value) in enumerate([("发件人：", "人力资源部 <hr@lingxi-medical.example.cn>"), ("收件人：", "侯梓涵"),
                                        ("时间：", "2026-11-30 16:05")]):
        s.text(80, 170 + 50 * k, label, 26, "sans_cjk")
        s.text(240, 170 + 50 * k, value, 26, "sans_cjk")
    s.d.line([80, 340, 1570, 340], fill=(200, 200, 205), width=2)
    for k, line in enumerate(["梓涵：", "　　你好！你提交的赴港工作申请已收悉。经公司审批，同意你赴香港工作。", "　　祝工作顺利！", "",
                              "灵犀医疗器械（苏州）有限公司 人力资源部"]):
        s.text(80, 390 + 56 * k, line, 28, "sans_cjk")
    return png_bytes(s.img, dpi=None), {"organisation": "灵犀医疗器械（苏州）有限公司", "applicant_name": "侯梓涵", "date": "2026-11-30",
                                        "seal_present": False}


def plan_small_capital() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Pebblestone Design Studio Limited", 36, "serif_bold")
    s.text(140, 175, "Business plan", 28, "serif")
    _ruled(s, 140, 260, [["Share capital", "HK$10,000"], ["Loan from shareholder", "HK$480,000"], ["Expected revenue, first year", "HK$1,260,000"],
                         ["Manpower", "3 (local) + 1 (expatriate)"]], [560, 620], 70, 24)
    s.wrapped(140, 600, "We design shop interiors for restaurant groups. The expatriate is our creative director from Shanghai.", 90, 24,
              "serif", leading=42)
    return scanned_png(s, "small"), {"capital_hkd": 10000.0, "projected_turnover_hkd": 1260000.0, "local_jobs": 3}


def employer_two_line_name() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 140, "僱主資料 PARTICULARS OF EMPLOYER", 30, "sans_bold")
    s.text(140, 240, "僱主名稱 Name of employer:", 26, "sans_cjk")
    s.text(640, 236, "澄波工程顧問有限公司", 30, "sans_cjk")
    s.text(640, 286, "Clearwave Engineering Consultants Limited", 28, "sans")
    rows = [("商業登記號碼 BR No.:", "70158349"), ("申請人姓名 Name of applicant:", "WEN ZIHANG"), ("職位 Post:", "Drainage Engineer"),
            ("每月薪金 Monthly salary:", "HK$43,600")]
    y = 380
    for label, value in rows:
        s.text(140, y, label, 26, "sans_cjk")
        s.text(640, y - 4, value, 30, "sans")
        y += 80
    s.text(140, y + 20, "人才清單職位 Talent List post:", 26, "sans_cjk")
    s.text(640, y + 16, "否 No", 30, "sans_cjk")
    return scanned_png(s, "twoline"), {"employer_name": ("澄波工程顧問有限公司", "Clearwave Engineering Consultants Limited"), "br_number": "70158349",
                                 "applicant_name": "WEN ZIHANG", "position": "Drainage Engineer", "monthly_salary_hkd": 43600.0,
                                 "talent_list": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-circumstances.png", consent_statement_of_circumstances, "consent_letter", "statement-of-circumstances"),
              ("consent-employee-table.png", consent_employee_table, "consent_letter", "employee-table"),
              ("consent-chat-email.png", consent_chat_email, "consent_letter", "chat-email"),
              ("plan-small-capital.png", plan_small_capital, "business_plan", "small-capital"),
              ("id990b-two-line-name.png", employer_two_line_name, "employer_form", "two-line-name")]
    return write_drawn(folder, papers)
