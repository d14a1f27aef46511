"""A ninety-second drawn set: papers in five layouts no set drew. A consent letter photographed by a phone at a slant;
a degree certificate photographed likewise; form ID 990B filled in simplified Chinese with the salary in financial
capitals ('肆万贰仟伍佰元'); a business plan in simplified Chinese stating its count of local staff after them
('本地员工四人') and its sums in Chinese numerals; statements whose columns are headed 'Prior year | Current year', the
current year last, with no years printed over them. Each is a case of its own. Read once through the product before
any reader changes for it (`scripts/bench_drawn_forms.py --set ninetysecond`). Every name, number and institution is
made up; 19866 is no real institution's code."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from .drawn_forms import Sheet, png_bytes, write_papers
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop
from .drawn_photos_ninth import photographed

PEN = (20, 30, 120)


def _scan(sheet: Sheet, name: str) -> bytes:
    return png_bytes(sheet.scanned(zlib.crc32(name.encode())))


def _phone(sheet: Sheet, name: str) -> bytes:
    buf = io.BytesIO()
    photographed(sheet.img, zlib.crc32(name.encode())).save(buf, "JPEG", quality=88)
    return buf.getvalue()


def consent_photographed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 160, "同 意 函", 56, "serif_cjk")
    s.text(140, 300, "香港澄海水务工程有限公司：", 32, "serif_cjk")
    _paragraph(s, 140, 380, "　　兹有我公司给排水工程师彭思远同志（男，1990年6月生），经本人申请、公司研究，同意其赴香港贵公司工作。", 24, 38, 74)
    s.text(180, 700, "特此函告。", 34, "serif_cjk")
    s.text(880, 860, "广州澄江水务设计院有限公司", 32, "serif_cjk")
    s.text(960, 930, "2026年11月21日", 32, "serif_cjk")
    _chop(s, 1120, 900, "广州澄江水务设计院有限公司")
    return _phone(s, "consent"), {"organisation": "广州澄江水务设计院有限公司", "applicant_name": "彭思远", "date": "2026-11-21", "seal_present": True}


def degree_photographed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 200, "硕士学位证书", 56, "serif_cjk")
    _paragraph(s, 140, 420, "彭思远，男，1990年6月12日生。在南岭工业大学市政工程学科专业完成了硕士研究生的学习计划，业已通过论文答辩，"
               "经审核符合《中华人民共和国学位条例》的规定，授予工学硕士学位。", 26, 40, 76)
    s.text(900, 960, "南岭工业大学", 36, "serif_cjk")
    s.text(900, 1020, "学位评定委员会主席", 30, "serif_cjk")
    s.text(900, 1080, "2015年6月26日", 30, "serif_cjk")
    s.text(140, 1200, "证书编号：1986632015000833", 28, "serif_cjk")
    return _phone(s, "degree"), {"holder_name": "彭思远", "date_of_birth": "1990-06-12", "institution": "南岭工业大学", "major": "市政工程",
                                 "degree": ("工学硕士学位", "工学硕士"), "date_awarded": "2015-06-26", "certificate_number": "1986632015000833"}


def employer_capitals_salary() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 140, "雇主及聘用资料", 40, "sans_cjk")
    rows = [("雇主名称：", "澄海水务工程有限公司"), ("商业登记证号码：", "71830542"), ("受聘人姓名：", "彭思远"), ("职位：", "给排水工程师"),
            ("每月薪金：", "港币肆万贰仟伍佰元正")]
    y = 270
    for label, value in rows:
        end = s.text(140, y, label, 30, "sans_cjk")
        s.text(end + 30, y - 6, value, 38, "hand_cjk" if not value.isdigit() else "hand", PEN)
        s.d.line([end + 20, y + 44, 1500, y + 44], fill="black", width=1)
        y += 100
    s.text(140, y + 30, "职位是否属人才清单所列专业？", 30, "sans_cjk")
    s.tick(160, y + 90, False)
    s.text(210, y + 90, "是", 30, "sans_cjk")
    s.tick(330, y + 90, True)
    s.text(380, y + 90, "否", 30, "sans_cjk")
    return _scan(s, "id990b"), {"employer_name": "澄海水务工程有限公司", "br_number": "71830542", "applicant_name": "彭思远",
                                "position": "给排水工程师", "monthly_salary_hkd": 42500.0, "talent_list": False}


def plan_count_after() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 130, "业务计划书", 48, "sans_cjk")
    s.text(140, 230, "澄海水务工程有限公司", 34, "sans_cjk")
    paras = ["一、资本：公司注册资本为港币壹佰贰拾万元，已由股东全数缴足。", "二、业务：为香港楼宇及工业客户设计和维护给排水系统。",
             "三、预测：首年营业额目标为港币二百四十万元，第三年达到港币五百万元。", "四、人手：首年聘请本地员工四人，另聘内地专业人员一人。"]
    y = 330
    for p in paras:
        for k in range(0, len(p), 28):
            s.text(140 if k == 0 else 200, y, p[k:k + 28], 30, "sans_cjk")
            y += 56
        y += 24
    return _scan(s, "plan"), {"capital_hkd": 1200000.0, "projected_turnover_hkd": 2400000.0, "local_jobs": 4}


def statements_prior_then_current() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(500, 110, "CHENGHAI WATER ENGINEERING LIMITED", 32, "serif_bold")
    s.text(380, 170, "INCOME STATEMENT FOR THE YEAR ENDED 31 MARCH 2026 (HK$)", 26, "serif_bold")
    s.text(1040, 240, "Prior year", 24, "serif_bold")
    s.text(1290, 240, "Current year", 24, "serif_bold")
    rows = [("Revenue", "6,902,100", "8,114,560"), ("Direct costs", "(4,880,300)", "(5,702,410)"), ("Profit before tax", "842,600", "1,096,220"),
            ("Tax", "(139,030)", "(180,880)"), ("Profit for the year", "703,570", "915,340")]
    y = 310
    for label, last, this in rows:
        s.text(160, y, label, 26, "serif")
        s.text(1200 - 14 * len(last), y, last, 26, "serif")
        s.text(1460 - 14 * len(this), y, this, 26, "serif")
        y += 56
    s.text(380, y + 60, "STATEMENT OF FINANCIAL POSITION AT 31 MARCH 2026 (HK$)", 26, "serif_bold")
    s.text(1040, y + 120, "Prior year", 24, "serif_bold")
    s.text(1290, y + 120, "Current year", 24, "serif_bold")
    y += 190
    for label, last, this in [("Total assets", "4,406,300", "5,318,900"), ("Total liabilities", "(1,918,220)", "(1,915,480)"), ("Total equity", "2,488,080", "3,403,420")]:
        s.text(160, y, label, 26, "serif")
        s.text(1200 - 14 * len(last), y, last, 26, "serif")
        s.text(1460 - 14 * len(this), y, this, 26, "serif")
        y += 56
    return _scan(s, "statements"), {"company_name": "Chenghai Water Engineering Limited", "period_end": "2026-03-31", "currency": "HKD",
                                    "revenue": 8114560.0, "profit": 915340.0, "total_equity": 3403420.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-phone.jpg", consent_photographed, "consent_letter", "phone-photo"),
              ("degree-phone.jpg", degree_photographed, "degree_certificate", "phone-photo"),
              ("id990b-capitals.png", employer_capitals_salary, "employer_form", "capitals-salary"),
              ("plan-count-after.png", plan_count_after, "business_plan", "count-after"),
              ("statements-prior-current.png", statements_prior_then_current, "financial_statement", "prior-then-current")]
    out = []
    for file, draw, kind, layout in papers:
        data, fields = draw()
        out.append((file, data, kind, layout, fields))
    return write_papers(folder, out)
