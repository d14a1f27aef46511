"""A ninety-first drawn set: papers in five layouts no set drew. A degree certificate that states its holder's
identity card number instead of a birth date (eighteen digits beside the certificate's sixteen); a consent that names
its employee in a table of particulars under the letter ('姓名 | 性别 | 职务'); a business plan whose turnover forecast
is a bar chart with its figures over the bars; statements in a ruled grid, each figure in a cell; form ID 990A with
its labels in simplified Chinese. Each is a case of its own. Read once through the product before any reader changes
for it (`scripts/bench_drawn_forms.py --set ninetyfirst`). Every name, number and institution is made up; 19853 is no
real institution's code."""
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


def degree_with_id_number() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 200, "学士学位证书", 56, "serif_cjk")
    _paragraph(s, 140, 420, "宁雪娇，女，身份证号：330106199708154527，在东陵财经大学会计学专业完成了本科学习计划，业已毕业，"
               "经审核符合《中华人民共和国学位条例》的规定，授予管理学学士学位。", 30, 36, 70)
    s.text(900, 880, "东陵财经大学", 34, "serif_cjk")
    s.text(900, 940, "学位评定委员会主席", 30, "serif_cjk")
    s.text(900, 1000, "2019年6月28日", 30, "serif_cjk")
    s.text(140, 1120, "证书编号：1985342019002176", 26, "serif_cjk")
    return _scan(s, "degree"), {"holder_name": "宁雪娇", "institution": "东陵财经大学", "major": "会计学", "degree": ("管理学学士学位", "管理学学士"),
                                "date_awarded": "2019-06-28", "certificate_number": "1985342019002176"}


def consent_table_of_particulars() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 150, "同 意 函", 52, "serif_cjk")
    s.text(140, 280, "香港恒昇会计师事务所有限公司：", 30, "serif_cjk")
    _paragraph(s, 140, 350, "　　下列人员系我公司正式员工。经公司研究决定，同意该同志赴香港贵公司工作，我公司将按规定为其办理离职手续。", 30, 32, 64)
    _ruled(s, 140, 560, [["姓名", "性别", "出生年月", "职务"], ["宁雪娇", "女", "1997年8月", "审计主管"]], [300, 200, 360, 400], 70, 28)
    s.text(900, 820, "杭州东陵会计服务有限公司", 30, "serif_cjk")
    s.text(960, 880, "2026年11月19日", 30, "serif_cjk")
    _chop(s, 1100, 850, "杭州东陵会计服务有限公司")
    return _scan(s, "consent"), {"organisation": "杭州东陵会计服务有限公司", "applicant_name": "宁雪娇", "date": "2026-11-19", "seal_present": True}


def plan_bar_chart() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 110, "HENGSHENG CLOUD ACCOUNTING LIMITED", 34, "sans_bold")
    s.text(160, 170, "Business plan 2027 - 2029", 28, "sans")
    s.wrapped(160, 260, "We offer bookkeeping and payroll on a cloud platform to small firms in Hong Kong. The founders have paid up "
              "a share capital of HK$600,000. Local headcount at launch: 3 accounting clerks.", 88, 26, "sans", leading=44)
    s.text(160, 460, "Turnover forecast", 30, "sans_bold")
    base = 1000
    s.d.line([220, base, 1300, base], fill="black", width=2)
    s.d.line([220, 520, 220, base], fill="black", width=2)
    for k, (year, value, label) in enumerate([("Year 1", 1.9, "HK$1.9M"), ("Year 2", 3.2, "HK$3.2M"), ("Year 3", 4.6, "HK$4.6M")]):
        x = 330 + 320 * k
        top = int(base - value * 90)
        s.d.rectangle([x, top, x + 160, base], fill=(70, 110, 170))
        s.text(x + 20, top - 44, label, 26, "sans_bold")
        s.text(x + 40, base + 16, year, 24, "sans")
    return _scan(s, "plan"), {"capital_hkd": 600000.0, "projected_turnover_hkd": 1900000.0, "local_jobs": 3}


def statements_ruled_grid() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 110, "HENGSHENG CLOUD ACCOUNTING LIMITED", 32, "sans_bold")
    s.text(300, 170, "Income statement for the year ended 31 August 2026 (in HK$)", 26, "sans")
    _ruled(s, 160, 240, [["", "2026", "2025"], ["Revenue", "3,406,920", "2,718,300"], ["Operating costs", "(2,890,110)", "(2,402,660)"],
                         ["Profit before tax", "516,810", "315,640"], ["Tax", "(85,270)", "(52,080)"], ["Profit after tax", "431,540", "263,560"]],
           [600, 340, 340], 66, 26)
    s.text(300, 730, "Balance sheet at 31 August 2026 (in HK$)", 26, "sans")
    _ruled(s, 160, 790, [["", "2026", "2025"], ["Total assets", "2,208,400", "1,804,110"], ["Total liabilities", "(611,300)", "(638,550)"],
                         ["Equity", "1,597,100", "1,165,560"]], [600, 340, 340], 66, 26)
    return _scan(s, "statements"), {"company_name": "Hengsheng Cloud Accounting Limited", "period_end": "2026-08-31", "currency": "HKD",
                                    "revenue": 3406920.0, "profit": 431540.0, "total_equity": 1597100.0}


def applicant_simplified_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    s.text(140, 140, "以专业人士身份来港就业申请表 — 申请人资料", 34, "sans_cjk")
    rows = [("姓（英文）", "NING"), ("名（英文）", "XUEJIAO"), ("中文姓名", "宁雪娇"), ("性别", "女"), ("出生日期（日/月/年）", "15/08/1997"),
            ("旅行证件号码", "EE2740153"), ("雇主名称", "Hengsheng Cloud Accounting Limited"), ("职位", "Audit Supervisor"), ("月薪（港币）", "35,500")]
    y = 260
    for label, value in rows:
        s.text(140, y, label, 28, "sans_cjk")
        s.text(620, y - 4, value, 32, "hand_cjk" if not value.isascii() else "hand", PEN)
        s.d.line([610, y + 40, 1500, y + 40], fill="black", width=1)
        y += 84
    s.text(140, y + 30, "是否曾在香港修读全日制并经本地评审的学位课程？", 28, "sans_cjk")
    s.tick(160, y + 90, False)
    s.text(210, y + 90, "是", 28, "sans_cjk")
    s.tick(330, y + 90, True)
    s.text(380, y + 90, "否", 28, "sans_cjk")
    return _scan(s, "id990a"), {"surname": "NING", "given_names": "XUEJIAO", "name_zh": "宁雪娇", "sex": "F", "date_of_birth": "1997-08-15",
                                "travel_document_number": "EE2740153", "employer_name": "Hengsheng Cloud Accounting Limited",
                                "position": "Audit Supervisor", "monthly_salary_hkd": 35500.0, "hk_local_degree": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-id-number.png", degree_with_id_number, "degree_certificate", "id-number"),
              ("consent-particulars-table.png", consent_table_of_particulars, "consent_letter", "particulars-table"),
              ("plan-bar-chart.png", plan_bar_chart, "business_plan", "bar-chart"),
              ("statements-ruled.png", statements_ruled_grid, "financial_statement", "ruled-grid"),
              ("id990a-simplified.png", applicant_simplified_labels, "applicant_form", "simplified-labels")]
    out = []
    for file, draw, kind, layout in papers:
        data, fields = draw()
        out.append((file, data, kind, layout, fields))
    return write_papers(folder, out)
