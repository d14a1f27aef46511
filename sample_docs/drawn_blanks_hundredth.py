"""A hundredth drawn set: papers in four layouts no set drew. A consent printed as a template whose blanks were filled
by hand ('兹同意我单位 ＿李雯＿ 同志赴香港 ＿＿ 工作'); a graduation certificate that states the student's number before
the certificate's ('学号' then '证书编号'); a business plan in traditional Chinese whose table states its unit in its first
header cell ('港幣千元') and its staff as persons ('本地僱員（人）'); form ID 990B whose salary is written per month with a
slash ('HK$38,500/month'). Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredth`). Every name, number and institution is made up; 19837 is no real
institution's code."""
from __future__ import annotations

import zlib
from pathlib import Path

from .drawn_forms import Sheet, png_bytes, write_papers
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

PEN = (20, 30, 120)


def _scan(sheet: Sheet, name: str) -> bytes:
    return png_bytes(sheet.scanned(zlib.crc32(name.encode())))


def consent_filled_template() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 150, "单位同意函", 52, "serif_cjk")
    y = 320
    parts = [("兹同意我单位", "李雯", "同志（身份证号："), ("", "3201021995********", "）"), ("赴香港", "澜星科技有限公司", "工作。")]
    for before, filled, after in parts:
        x = s.text(140, y, before, 32, "serif_cjk") + 10
        end = s.text(x + 20, y - 8, filled, 40, "hand_cjk" if not filled.isascii() else "hand", PEN)
        s.d.line([x, y + 42, end + 20, y + 42], fill="black", width=2)
        s.text(end + 40, y, after, 32, "serif_cjk")
        y += 90
    s.text(140, y + 40, "单位名称（盖章）：", 30, "serif_cjk")
    s.text(460, y + 32, "南京星澜电子有限公司", 38, "hand_cjk", PEN)
    s.text(140, y + 140, "日期：", 30, "serif_cjk")
    s.text(260, y + 132, "2026年11月16日", 38, "hand_cjk", PEN)
    _chop(s, 760, y + 120, "南京星澜电子有限公司")
    return _scan(s, "consent"), {"organisation": "南京星澜电子有限公司", "applicant_name": "李雯", "date": "2026-11-16", "seal_present": True}


def graduation_student_number() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 180, "毕 业 证 书", 64, "serif_cjk")
    s.text(160, 330, "学号：2013052217", 28, "serif_cjk")
    _paragraph(s, 160, 420, "学生李雯，性别女，1995年3月8日生，于2013年9月至2017年6月在本校电子信息工程专业四年制本科学习，"
               "修完教学计划规定的全部课程，成绩合格，准予毕业。", 28, 40, 76)
    s.text(960, 860, "金陵电子科技大学", 36, "serif_cjk")
    s.text(960, 920, "2017年6月30日", 30, "serif_cjk")
    s.text(160, 1040, "证书编号：198371201705002217", 28, "serif_cjk")
    return _scan(s, "graduation"), {"holder_name": "李雯", "institution": "金陵电子科技大学", "major": "电子信息工程", "level": "本科",
                                    "graduation_date": "2017-06-30", "certificate_number": "198371201705002217"}


def plan_hant_thousands_cell() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 120, "業務計劃書", 48, "serif_cjk")
    s.text(140, 230, "瀾星科技有限公司", 34, "serif_cjk")
    s.text(140, 300, "一、本公司已發行股本港幣二百萬元，全數繳足。", 30, "serif_cjk")
    s.text(140, 370, "二、首三年財務預測：", 30, "serif_cjk")
    _ruled(s, 140, 430, [["港幣千元", "第一年", "第二年", "第三年"], ["營業額", "2,680", "4,150", "6,020"], ["除稅前溢利", "(180)", "320", "910"],
                         ["本地僱員（人）", "3", "5", "8"]], [380, 260, 260, 260], 72, 28)
    return _scan(s, "plan"), {"capital_hkd": 2000000.0, "projected_turnover_hkd": 2680000.0, "local_jobs": 3}


def employer_slash_month() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 140, "EMPLOYER'S PARTICULARS", 30, "sans_bold")
    rows = [("Employer", "Lanxing Technology Limited"), ("BR number", "71905326"), ("Employee", "LI WEN"), ("Post", "RF Design Engineer"),
            ("Salary", "HK$38,500/month")]
    y = 240
    for label, value in rows:
        s.text(140, y, label + ":", 26, "sans")
        s.text(560, y - 4, value, 30, "mono")
        y += 80
    s.text(140, y + 30, "Talent List:", 26, "sans")
    s.text(560, y + 26, "N", 30, "mono")
    return _scan(s, "id990b"), {"employer_name": "Lanxing Technology Limited", "br_number": "71905326", "applicant_name": "LI WEN",
                                "position": "RF Design Engineer", "monthly_salary_hkd": 38500.0, "talent_list": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-template.png", consent_filled_template, "consent_letter", "filled-template"),
              ("graduation-student-number.png", graduation_student_number, "graduation_certificate", "student-number"),
              ("plan-hant-thousands.png", plan_hant_thousands_cell, "business_plan", "hant-thousands-cell"),
              ("id990b-slash-month.png", employer_slash_month, "employer_form", "slash-month")]
    out = []
    for file, draw, kind, layout in papers:
        data, fields = draw()
        out.append((file, data, kind, layout, fields))
    return write_papers(folder, out)
