"""A hundred-and-thirty-first drawn set: papers in four layouts no set drew. A consent given through an office app's
approval flow and captured from a phone's screen (申请人, 审批结果：同意, the approvers' steps with their times, no chop);
accounts in simplified Chinese whose figures are grouped by full-width commas as a Chinese font sets them
('8，316，500'); a degree from a Sino-foreign joint university in English with honours and a class ('Bachelor of
Science with Honours in Computer Science, Upper Second Class'); a three-year college's graduation certificate (专科).
Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredthirtyfirst`). Every name and number is made up; 19858 is no real
institution's code."""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from .drawn_forms import Sheet, png_bytes, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled

BLUE = (22, 119, 255)


def consent_app_approval() -> tuple[bytes, dict]:
    s = Sheet()
    s.img = Image.new("RGB", (1080, 2100), (245, 246, 248))
    s.d = ImageDraw.Draw(s.img)
    s.text(40, 30, "9:41", 30, "sans_bold")
    s.d.rectangle([0, 90, 1080, 200], fill=(255, 255, 255))
    s.text(420, 120, "审批详情", 40, "sans_cjk")
    s.d.rectangle([30, 230, 1050, 900], fill=(255, 255, 255))
    s.text(70, 260, "赴港工作申请", 40, "sans_cjk")
    s.text(70, 330, "审批编号：202611260017", 28, "sans_cjk", (120, 120, 120))
    s.text(820, 260, "已同意", 34, "sans_cjk", (0, 160, 90))
    y = 420
    for label, value in [("企业", "长沙麓谷智造科技有限公司"), ("申请人", "彭雅琪"), ("所在部门", "智能装备研究院"),
                         ("申请事由", "已获香港公司聘用，申请赴港工作"), ("审批结果", "同意")]:
        s.text(70, y, label, 30, "sans_cjk", (120, 120, 120))
        s.text(320, y, value, 30, "sans_cjk")
        y += 80
    s.d.rectangle([30, 930, 1050, 1560], fill=(255, 255, 255))
    s.text(70, 960, "审批流程", 34, "sans_cjk")
    y = 1040
    for who, what, when in [("彭雅琪", "发起申请", "2026-11-20 09:12"), ("陈志刚（部门负责人）", "已同意", "2026-11-21 14:05"),
                            ("刘慧敏（人力资源部）", "已同意", "2026-11-24 10:30"), ("赵国强（总经理）", "已同意", "2026-11-26 16:48")]:
        s.d.ellipse([70, y + 6, 94, y + 30], fill=BLUE)
        s.text(120, y, who, 30, "sans_cjk")
        s.text(120, y + 44, f"{what}  {when}", 26, "sans_cjk", (120, 120, 120))
        y += 120
    return png_bytes(s.img, dpi=None), {"organisation": "长沙麓谷智造科技有限公司", "applicant_name": "彭雅琪", "date": "2026-11-26",
                                        "seal_present": False}


def statement_fullwidth_commas() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 90, "利润表", 44, "serif_cjk")
    s.text(140, 170, "编制单位：香港瑞丰国际贸易有限公司", 24, "serif_cjk")
    s.text(760, 170, "2025年度", 24, "serif_cjk")
    s.text(1260, 170, "单位：港元", 24, "serif_cjk")
    y = _ruled(s, 140, 230, [["项目", "本年金额", "上年金额"], ["一、营业收入", "8，316，500", "7，905，200"], ["减：营业成本", "6，004，800", "5，811，300"],
                             ["销售及管理费用", "1，402，100", "1，350，600"], ["二、利润总额", "909，600", "743，300"], ["减：所得税费用", "150，100", "122，600"],
                             ["三、净利润", "759，500", "620，700"]], [560, 300, 300], 62, 24)
    s.text(620, y + 60, "资产负债表（摘要）", 36, "serif_cjk")
    _ruled(s, 140, y + 140, [["项目", "年末余额", "年初余额"], ["资产总计", "6，218，900", "5，407，300"], ["负债合计", "2，104，400", "2，052，300"],
                             ["所有者权益合计", "4，114，500", "3，355，000"]], [560, 300, 300], 62, 24)
    return scanned_png(s, "fullwidth"), {"company_name": "香港瑞丰国际贸易有限公司", "period_end": "2025-12-31", "currency": "HKD",
                                   "revenue": 8316500.0, "profit": 759500.0, "total_equity": 4114500.0}


def degree_joint_university_honours() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 140, "UNIVERSITY OF NINGBO EASTSHORE", 40, "serif_bold")
    s.text(660, 200, "宁波东岸大学", 34, "serif_cjk")
    lines = ["This is to certify that", "YE Zihan", "having fulfilled the requirements of the University", "was admitted to the degree of",
             "Bachelor of Science with Honours", "in", "Computer Science", "Upper Second Class", "on 15 July 2021"]
    for k, line in enumerate(lines):
        size = 40 if k in (1, 4, 6) else 28
        s.text(827 - int(size * 0.27 * len(line)), 340 + 80 * k, line, size, "serif_bold" if k in (1, 4) else "serif")
    s.text(160, 1120, "Certificate No. UNE-BSC-2021-07713", 22, "serif")
    return scanned_png(s, "honours"), {"holder_name": "YE ZIHAN", "institution": ("University of Ningbo Eastshore", "宁波东岸大学"),
                                 "degree": ("Bachelor of Science with Honours", "Bachelor of Science"), "major": "Computer Science",
                                 "date_awarded": "2021-07-15", "certificate_number": "UNE-BSC-2021-07713"}


def graduation_three_year_college() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 140, "毕业证书", 52, "serif_cjk")
    y = _paragraph(s, 200, 320, "　　学生柏晓峰，性别男，二〇〇一年三月九日生，于二〇一九年九月至二〇二二年六月在本校数控技术专业"
                   "三年制专科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", 30, 32, 70)
    s.text(960, y + 80, "湘中职业技术学院", 32, "serif_cjk")
    s.text(960, y + 140, "院长：曾庆丰", 30, "serif_cjk")
    s.text(200, y + 240, "证书编号：198581202206002741", 26, "serif_cjk")
    s.text(960, y + 240, "二〇二二年六月二十八日", 30, "serif_cjk")
    return scanned_png(s, "college"), {"holder_name": "柏晓峰", "institution": "湘中职业技术学院", "major": "数控技术", "level": ("专科", "三年制专科"),
                                 "graduation_date": "2022-06-28", "certificate_number": "198581202206002741"}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-app-approval.png", consent_app_approval, "consent_letter", "app-approval-screen"),
              ("statement-fullwidth-commas.png", statement_fullwidth_commas, "financial_statement", "fullwidth-commas"),
              ("degree-honours.png", degree_joint_university_honours, "degree_certificate", "joint-university-honours"),
              ("graduation-college.png", graduation_three_year_college, "graduation_certificate", "three-year-college")]
    return write_drawn(folder, papers)
