"""A twenty-fifth drawn set, drawn after the twenty-fourth: papers applicants add that are none of the
types SPEC §3 asks for, though each looks like one: a curriculum vitae in English and in Chinese (work
history with employers, posts and dates; a degree with its school), an academic transcript (school,
major, courses and grades), a Hong Kong payslip (employer, employee, salary), a copy of a Mainland
resident identity card front and back, and a company's bank statement. Each must be read as what it is
not: none of the asked-for types ('unknown'), so that no checklist item is met by it. Read once through
the product before any reader changes for it (`scripts/bench_drawn_forms.py --set twentyfifth`).
Every name, number and amount is made up."""
from __future__ import annotations

import zlib
from pathlib import Path

from PIL import Image, ImageDraw

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet
from .generator.render import pil_font


def cv_english() -> Sheet:
    s = Sheet()
    s.text(160, 120, "CURRICULUM VITAE", 40, "sans_bold")
    s.text(160, 190, "GAO Wenjing", 32, "sans_bold")
    s.text(160, 236, "Email: gao.wenjing@mail.example    Mobile: +86 139 0000 1234", 24)
    rows = [("PROFILE", ["Process engineer with nine years in semiconductor packaging."]),
            ("EMPLOYMENT", ["2019 - present   Senior Process Engineer, Suzhou Lianxin Packaging Technology Co., Ltd.",
                            "2016 - 2019      Process Engineer, Wuxi Huaxin Microelectronics Co., Ltd."]),
            ("EDUCATION", ["2012 - 2016      Bachelor of Engineering, Materials Science, Jiangnan Institute of Technology"]),
            ("SKILLS", ["Six Sigma Green Belt; SPC; English (IELTS 7.0); Mandarin (native)"])]
    y = 330
    for head, lines in rows:
        s.text(160, y, head, 28, "sans_bold")
        y += 50
        for line in lines:
            s.text(180, y, line, 24)
            y += 40
        y += 30
    return s


def cv_chinese() -> Sheet:
    s = Sheet()
    s.text(680, 120, "个 人 简 历", 48, "serif_cjk")
    rows = [("姓名", "高文静"), ("性别", "女"), ("出生年月", "1994年5月"), ("学历", "本科"), ("毕业院校", "江南工学院"),
            ("专业", "材料科学与工程"), ("工作经历", "2019年至今  苏州联芯封装技术有限公司  高级工艺工程师"),
            ("", "2016年至2019年  无锡华芯微电子有限公司  工艺工程师"), ("联系电话", "139 0000 1234")]
    y = 300
    for label, value in rows:
        s.text(180, y, label, 30, "sans_cjk")
        s.text(480, y, value, 30, "sans_cjk")
        y += 70
    return s


def transcript() -> Sheet:
    s = Sheet()
    s.text(560, 110, "江南工学院 学生成绩单", 44, "serif_cjk")
    s.text(160, 200, "姓名：高文静    学号：2012031457    专业：材料科学与工程    层次：本科", 26, "sans_cjk")
    courses = [("高等数学", "5.0", "88"), ("大学物理", "4.0", "91"), ("材料科学基础", "4.0", "85"), ("固体物理", "3.0", "79"),
               ("材料分析方法", "3.0", "90"), ("半导体工艺", "3.0", "93"), ("毕业设计", "8.0", "优")]
    y = 290
    for k, head in enumerate(("课程名称", "学分", "成绩")):
        s.text(200 + 600 * k, y, head, 28, "sans_cjk")
    for name, credit, grade in courses:
        y += 60
        s.d.line([180, y - 8, 1480, y - 8], fill=(150, 150, 150), width=1)
        for k, value in enumerate((name, credit, grade)):
            s.text(200 + 600 * k, y, value, 28, "sans_cjk")
    s.text(900, y + 140, "教务处（盖章）  2016年7月5日", 28, "sans_cjk")
    return s


def payslip() -> Sheet:
    s = Sheet()
    s.text(160, 120, "Northgate Semiconductor Limited", 34, "sans_bold")
    s.text(160, 180, "PAY SLIP - MARCH 2026", 30, "sans_bold")
    rows = [("Employee", "WANG Lihua"), ("Staff No.", "NG-20417"), ("Pay period", "01/03/2026 - 31/03/2026"),
            ("Basic salary", "HK$56,000.00"), ("MPF employee contribution", "(HK$1,500.00)"), ("Net pay", "HK$54,500.00"),
            ("Paid into account", "***-***-4417")]
    y = 280
    for label, value in rows:
        s.text(180, y, label, 28)
        s.text(800, y, value, 28)
        y += 64
    return s


def _id_card(lines: list[tuple[str, int]], photo: bool) -> Image.Image:
    card = Image.new("RGB", (860, 540), (232, 238, 242))
    d = ImageDraw.Draw(card)
    d.rounded_rectangle([0, 0, 859, 539], radius=30, outline=(110, 120, 130), width=3)
    y = 50
    for text, size in lines:
        d.text((40, y), text, font=pil_font("sans_cjk", size), fill=(30, 30, 40))
        y += size + 26
    if photo:
        card.paste(sixteenth._portrait((220, 280)), (600, 60))
    return card


def mainland_id_copy() -> Sheet:
    """The front (particulars) and back (issuing authority, validity) of a resident identity card on one page."""
    s = Sheet()
    front = _id_card([("姓名  高文静", 30), ("性别  女    民族  汉", 26), ("出生  1994 年 5 月 18 日", 26),
                      ("住址  江苏省苏州市工业园区星湖街 328 号", 24), ("公民身份号码  320594199405180026", 28)], True)
    back = _id_card([("中华人民共和国", 40), ("居民身份证", 48), ("签发机关  苏州市公安局工业园区分局", 24),
                     ("有效期限  2020.06.01-2040.06.01", 24)], False)
    s.img.paste(front, (390, 260))
    s.img.paste(back, (390, 900))
    return s


def bank_statement() -> Sheet:
    s = Sheet()
    s.text(160, 120, "HARBOURVIEW COMMERCIAL BANK", 34, "sans_bold")
    s.text(160, 180, "Statement of Account", 30)
    s.text(160, 240, "Account name: Northgate Semiconductor Limited    Account no.: 088-4417-226", 24)
    s.text(160, 280, "Statement date: 31 March 2026", 24)
    rows = [("Date", "Description", "Withdrawal", "Deposit", "Balance"), ("01/03", "Balance brought forward", "", "", "8,412,330.16"),
            ("05/03", "Customer receipt INV-2201", "", "1,240,000.00", "9,652,330.16"),
            ("28/03", "Payroll March 2026", "1,902,118.00", "", "7,750,212.16")]
    y = 360
    for row in rows:
        for k, cell in enumerate(row):
            s.text(160 + [0, 160, 760, 1000, 1230][k], y, cell, 22)
        y += 50
    return s


PAPERS = {"cv-english": cv_english, "cv-chinese": cv_chinese, "transcript": transcript, "payslip": payslip,
          "mainland-id-copy": mainland_id_copy, "bank-statement": bank_statement}


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for k, (layout, draw) in enumerate(PAPERS.items(), 1):
        file = f"upload-{k:02d}.png"
        draw().scanned(zlib.crc32(file.encode())).save(folder / file, dpi=(200, 200))
        out.append({"file": file, "type": "unknown", "layout": layout, "fields": {"type": "unknown"}})
    return out
