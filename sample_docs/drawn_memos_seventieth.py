"""A seventieth drawn set, drawn after the sixty-ninth was mended: papers in six layouts no set drew. A consent as an
office memo ('To / From / Date / Subject' over two sentences) under a bilingual letterhead; a consent as a unit's
approval form (员工赴港工作审批表, a ruled table whose last row holds the unit's opinion, its chop and a date in Chinese
numerals); a business plan's summary in traditional Chinese as a two-column table; a Hong Kong company's statements in
traditional Chinese (綜合收益表 and 財務狀況表 on one page, the year in Chinese numerals); form ID 990B whose labels stand
in shaded cells and whose form number is only in its footer; a degree certificate on a landscape page in two columns,
Chinese on the left and English on the right. Each is a case of its own. Read once through the product before any
reader changes for it (`scripts/bench_drawn_forms.py --set seventieth`). Every name, number and institution is made up;
the certificate's code (198xx) is no real institution's."""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from .drawn_forms import Sheet, write_sheets
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop

SHADE = (225, 225, 225)


def consent_memo() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(160, 120, "NANJING LIGHTPATH OPTICS CO., LTD.", 34, "sans_bold")
    s.text(160, 170, "南京光程光学有限公司", 30, "sans_cjk")
    s.d.line([160, 220, 1500, 220], fill="black", width=3)
    s.text(160, 300, "MEMO", 48, "sans_bold")
    rows = [("To:", "Immigration Department, Hong Kong SAR"), ("From:", "Human Resources Department"),
            ("Date:", "18 October 2026"), ("Subject:", "Employment in Hong Kong of Mr. TANG Yichen")]
    y = 420
    for label, value in rows:
        s.text(160, y, label, 30, "sans_bold")
        s.text(380, y, value, 30)
        y += 60
    s.d.line([160, y + 10, 1500, y + 10], fill="black", width=2)
    s.wrapped(160, y + 70, "Mr. TANG Yichen, holder of passport EJ4471902, has been our Optical Engineer since July 2021. "
              "The company has no objection to his taking up the post he has been offered in Hong Kong.", 70, 30, leading=50)
    s.text(160, y + 330, "Human Resources Department", 30)
    _chop(s, 520, y + 460, "南京光程光学有限公司")
    return s, {"organisation": ("Nanjing Lightpath Optics Co., Ltd.", "南京光程光学有限公司"), "applicant_name": "TANG YICHEN",
               "date": "2026-10-18", "seal_present": True}


def _ruled(s: Sheet, x: int, y: int, rows: list[list[str]], widths: list[int], height: int, size: int = 30,
           shade_labels: bool = False) -> int:
    """A ruled table, each row's cells side by side; with `shade_labels` the even cells (the labels) are grey."""
    for row in rows:
        cx = x
        for c, cell in enumerate(row):
            w = widths[c] if len(row) == len(widths) else sum(widths[c:]) if c == len(row) - 1 else widths[c]
            if shade_labels and c % 2 == 0:
                s.d.rectangle([cx, y, cx + w, y + height], fill=SHADE)
            s.d.rectangle([cx, y, cx + w, y + height], outline="black", width=2)
            if cell:
                s.text(cx + 14, y + (height - size) // 2, cell, size, "sans" if cell.isascii() else "sans_cjk")
            cx += w
        y += height
    return y


def consent_approval_form() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(420, 140, "江苏禾丰种业有限公司", 44, "serif_cjk")
    s.text(450, 220, "员工赴港工作审批表", 52, "serif_cjk")
    y = _ruled(s, 140, 360, [["姓名", "程雨桐", "性别", "女"], ["部门", "育种研究中心", "职务", "高级育种师"],
                             ["出生日期", "1991年4月22日", "证件号码", "EC6620318"],
                             ["拟赴港工作单位", "嘉穗農業科技有限公司"]], [300, 420, 240, 420], 90)
    s.d.rectangle([140, y, 1520, y + 420], outline="black", width=2)
    s.text(160, y + 30, "单位意见", 30, "sans_cjk")
    s.text(480, y + 110, "同意。", 36, "hand_cjk")
    s.text(900, y + 300, "二〇二六年十月九日", 32, "sans_cjk")
    _chop(s, 1180, y + 220, "江苏禾丰种业有限公司")
    return s, {"organisation": "江苏禾丰种业有限公司", "applicant_name": "程雨桐", "date": "2026-10-09", "seal_present": True}


def plan_hant_table() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(520, 140, "嘉穗農業科技有限公司", 40, "sans_cjk")
    s.text(600, 210, "業務計劃摘要", 48, "sans_cjk")
    _ruled(s, 160, 360, [["項目", "內容"], ["公司成立日期", "2026年8月"], ["開辦資金", "港幣1,200,000元"],
                         ["首年預計營業額", "港幣3,600,000元"], ["首年聘請本地員工", "3名"],
                         ["主要業務", "農業數據分析及育種顧問服務"]], [520, 820], 100)
    return s, {"capital_hkd": 1200000.0, "projected_turnover_hkd": 3600000.0, "local_jobs": 3}


def statements_hant() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(560, 120, "瀚林物流有限公司", 44, "serif_cjk")
    s.text(560, 180, "HANLIN LOGISTICS LIMITED", 30, "serif_bold")
    s.text(500, 280, "綜合收益表", 40, "serif_cjk")
    s.text(420, 340, "截至二零二六年三月三十一日止年度", 30, "serif_cjk")
    s.text(1100, 420, "二零二六年", 28, "serif_cjk")
    s.text(1350, 420, "二零二五年", 28, "serif_cjk")
    s.text(1140, 460, "港元", 26, "serif_cjk")
    s.text(1390, 460, "港元", 26, "serif_cjk")
    rows = [("收入", "41,860,200", "38,912,400"), ("銷售成本", "(33,104,500)", "(31,006,900)"), ("毛利", "8,755,700", "7,905,500"),
            ("行政費用", "(4,912,300)", "(4,601,800)"), ("除稅前溢利", "3,843,400", "3,303,700"), ("所得稅", "(634,200)", "(545,100)"),
            ("本年度溢利", "3,209,200", "2,758,600")]
    y = 520
    for label, this, last in rows:
        s.text(200, y, label, 30, "serif_cjk")
        s.text(1300 - 18 * len(this), y, this, 30, "serif")
        s.text(1550 - 18 * len(last), y, last, 30, "serif")
        y += 64
    s.text(460, y + 80, "財務狀況表", 40, "serif_cjk")
    s.text(400, y + 140, "於二零二六年三月三十一日", 30, "serif_cjk")
    y += 230
    for label, this, last in [("資產總額", "27,415,800", "24,302,100"), ("負債總額", "(9,986,300)", "(9,881,800)"),
                              ("權益總額", "17,429,500", "14,420,300")]:
        s.text(200, y, label, 30, "serif_cjk")
        s.text(1300 - 18 * len(this), y, this, 30, "serif")
        s.text(1550 - 18 * len(last), y, last, 30, "serif")
        y += 64
    return s, {"company_name": ("HANLIN LOGISTICS LIMITED", "瀚林物流有限公司"), "period_end": "2026-03-31", "currency": "HKD",
               "revenue": 41860200.0, "profit": 3209200.0, "total_equity": 17429500.0}


def employer_shaded_grid() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(160, 120, "Employer's particulars and details of employment", 36, "sans_bold")
    s.text(160, 175, "僱主資料及僱傭詳情", 30, "sans_cjk")
    y = _ruled(s, 160, 280, [["Name of company", "Jiasui Agritech Limited"], ["Business registration number", "72049316"],
                             ["Name of the nominated applicant", "CHENG YUTONG"], ["Post offered", "Senior Plant Breeder"],
                             ["Monthly salary (HK$)", "52,400"]], [560, 780], 96, 28, shade_labels=True)
    s.d.rectangle([160, y, 720, y + 150], fill=SHADE)
    s.d.rectangle([160, y, 720, y + 150], outline="black", width=2)
    s.d.rectangle([720, y, 1500, y + 150], outline="black", width=2)
    s.text(174, y + 20, "Is the post on the Talent List?", 26)
    s.tick(760, y + 55, False)
    s.text(810, y + 55, "Yes", 28)
    s.tick(960, y + 55, True)
    s.text(1010, y + 55, "No", 28)
    s.text(160, 2200, "ID 990B (10/2026)", 24)
    s.text(1380, 2200, "Page 1", 24)
    return s, {"employer_name": "Jiasui Agritech Limited", "br_number": "72049316", "applicant_name": "CHENG YUTONG",
               "position": "Senior Plant Breeder", "monthly_salary_hkd": 52400.0, "talent_list": False}


def degree_landscape_two_columns() -> tuple[Sheet, dict]:
    s = Sheet()
    s.img = Image.new("RGB", (2339, 1654), "white")
    s.d = ImageDraw.Draw(s.img)
    s.d.rectangle([60, 60, 2279, 1594], outline=(150, 110, 40), width=6)
    s.d.line([1170, 160, 1170, 1500], fill=(150, 110, 40), width=2)
    s.text(390, 200, "硕士学位证书", 60, "serif_cjk")
    _paragraph(s, 180, 420, "吴欣怡，女，二〇〇一年五月十二日生。在本校控制科学与工程学科完成了硕士研究生的学习计划，"
                            "成绩合格，通过论文答辩。经审核符合《中华人民共和国学位条例》的规定，授予工学硕士学位。", 20, 40, 80)
    s.text(420, 1180, "厦屿海事大学", 40, "serif_cjk")
    s.text(420, 1260, "二〇二六年六月三十日", 34, "serif_cjk")
    s.text(1260, 200, "MASTER'S DEGREE CERTIFICATE", 44, "serif_bold")
    s.wrapped(1260, 420, "WU Xinyi, female, born on 12 May 2001, has completed the master's programme in Control Science "
              "and Engineering at this University, passed the thesis defence and is awarded the degree of Master of "
              "Engineering.", 44, 32, "serif", leading=60)
    s.text(1260, 1180, "Xiayu Maritime University", 36, "serif")
    s.text(1260, 1260, "30 June 2026", 34, "serif")
    s.text(180, 1440, "证书编号 Certificate No.: 1983732026000418", 30, "serif_cjk")
    return s, {"holder_name": ("吴欣怡", "WU XINYI"), "date_of_birth": "2001-05-12", "institution": ("厦屿海事大学", "Xiayu Maritime University"),
               "degree": ("工学硕士学位", "工学硕士", "Master of Engineering"), "major": ("控制科学与工程", "Control Science and Engineering"),
               "date_awarded": "2026-06-30", "certificate_number": "1983732026000418"}


LAYOUTS = {("consent_letter", "memo"): consent_memo, ("consent_letter", "approval-form"): consent_approval_form,
           ("business_plan", "hant-table"): plan_hant_table, ("financial_statement", "hant-statements"): statements_hant,
           ("employer_form", "shaded-grid"): employer_shaded_grid, ("degree_certificate", "landscape-two-columns"): degree_landscape_two_columns}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS)
