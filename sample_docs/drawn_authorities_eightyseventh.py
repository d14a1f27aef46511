"""An eighty-seventh drawn set: papers in five layouts no set drew. A consent from a Mainland authority, not a
company (a provincial department's personnel division, '关于同意…赴港工作的函'); a professional master's degree whose
field is a 领域, not a 专业 ('在电子与通信工程领域…授予工程硕士专业学位'); form ID 990B of two scanned pages whose first
is its notes, naming the particulars the form asks in prose; statements in American terms ('Net sales', 'Net
income', 'Total stockholders' equity'); a business plan whose capital is a shareholders' table's total and whose
staff are 'Hong Kong permanent residents'. Each is a case of its own. Read once through the product before any
reader changes for it (`scripts/bench_drawn_forms.py --set eightyseventh`). Every name, number and institution is
made up; 19858 is no real institution's code."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from .drawn_forms import Sheet, png_bytes, write_papers
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

PEN = (20, 30, 120)


def _scan(sheet: Sheet, name: str) -> bytes:
    return png_bytes(sheet.scanned(zlib.crc32(name.encode())))


def consent_authority() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(360, 180, "关于同意卢佳琪同志赴港工作的函", 44, "serif_cjk")
    s.text(140, 320, "香港瀚海声学科技有限公司：", 32, "serif_cjk")
    _paragraph(s, 140, 400, "　　卢佳琪同志系我厅直属事业单位省声学计量测试所工程师。经研究，同意卢佳琪同志应聘贵公司声学工程师职位，"
               "赴香港工作。", 30, 32, 66)
    s.text(180, 600, "特此函复。", 32, "serif_cjk")
    s.text(880, 760, "江东省科学技术厅人事处", 32, "serif_cjk")
    s.text(920, 830, "2026年11月16日", 32, "serif_cjk")
    _chop(s, 1080, 800, "江东省科学技术厅人事处")
    return _scan(s, "consent"), {"organisation": ("江东省科学技术厅人事处", "江东省科学技术厅"), "applicant_name": "卢佳琪", "date": "2026-11-16", "seal_present": True}


def degree_professional_master() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 200, "硕士学位证书", 56, "serif_cjk")
    _paragraph(s, 140, 420, "卢佳琪，女，1992年10月6日生。在电子与通信工程领域完成了工程硕士专业学位研究生的学习计划，业已通过学位论文答辩，"
               "经审核符合《中华人民共和国学位条例》的规定，授予工程硕士专业学位。", 30, 36, 70)
    s.text(900, 880, "东岭理工大学", 34, "serif_cjk")
    s.text(900, 940, "学位评定委员会主席", 30, "serif_cjk")
    s.text(900, 1000, "2019年6月25日", 30, "serif_cjk")
    s.text(140, 1120, "证书编号：1985832019000418", 26, "serif_cjk")
    return _scan(s, "degree"), {"holder_name": "卢佳琪", "date_of_birth": "1992-10-06", "institution": "东岭理工大学",
                                "major": "电子与通信工程", "degree": ("工程硕士专业学位", "工程硕士"), "date_awarded": "2019-06-25",
                                "certificate_number": "1985832019000418"}


def employer_notes_first() -> tuple[bytes, dict]:
    notes = Sheet()
    notes.text(1280, 70, "ID 990B", 30, "sans_bold")
    notes.text(140, 140, "NOTES FOR COMPLETING THIS FORM", 30, "sans_bold")
    for k, para in enumerate([
            "1. Part A asks for the employer's particulars: the name of employer as registered, the business registration "
            "number, and the address of the company.",
            "2. Part B asks for the particulars of the employment: the name of the applicant, the post offered, the monthly "
            "salary in Hong Kong dollars and the other benefits.",
            "3. State whether the post is on the Talent List. Attach the business registration certificate and the latest "
            "audited accounts."]):
        notes.wrapped(140, 240 + 200 * k, para, 86, 26, "sans", leading=44)
    form = Sheet()
    form.text(140, 120, "PART A  EMPLOYER", 30, "sans_bold")
    rows = [("Name of employer", "Hanhai Acoustics Technology (HK) Limited"), ("Business registration number", "70481325"),
            ("PART B  EMPLOYMENT", None), ("Name of applicant", "LU JIAQI"), ("Post offered", "Acoustic Engineer"),
            ("Monthly salary (HK$)", "40,200")]
    y = 220
    for label, value in rows:
        if value is None:
            form.text(140, y + 20, label, 30, "sans_bold")
            y += 100
            continue
        form.text(140, y, label, 26, "sans")
        form.text(640, y - 4, value, 30, "mono")
        form.d.line([630, y + 36, 1500, y + 36], fill="black", width=1)
        y += 80
    form.text(140, y + 40, "Is the post on the Talent List?", 26, "sans")
    form.tick(640, y + 38, False)
    form.text(690, y + 40, "Yes", 26, "sans")
    form.tick(800, y + 38, True)
    form.text(850, y + 40, "No", 26, "sans")
    pages = [notes.scanned(zlib.crc32(b"notes")), form.scanned(zlib.crc32(b"form"))]
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=200, save_all=True, append_images=pages[1:])
    return buf.getvalue(), {"employer_name": "Hanhai Acoustics Technology (HK) Limited", "br_number": "70481325", "applicant_name": "LU JIAQI",
                            "position": "Acoustic Engineer", "monthly_salary_hkd": 40200.0, "talent_list": False}


def statements_american_terms() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 110, "HANHAI ACOUSTICS TECHNOLOGY (HK) LIMITED", 32, "serif_bold")
    s.text(520, 170, "STATEMENTS OF INCOME", 30, "serif_bold")
    s.text(460, 215, "Years ended December 31, 2025 and 2024", 26, "serif")
    s.text(480, 255, "(Expressed in Hong Kong dollars)", 24, "serif")
    s.text(1120, 320, "2025", 24, "serif_bold")
    s.text(1340, 320, "2024", 24, "serif_bold")
    rows = [("Net sales", "$ 7,415,880", "$ 6,902,140"), ("Cost of goods sold", "5,108,260", "4,871,930"), ("Gross profit", "2,307,620", "2,030,210"),
            ("Selling, general and administrative", "1,462,300", "1,388,050"), ("Income before income taxes", "845,320", "642,160"),
            ("Provision for income taxes", "139,480", "105,960"), ("Net income", "$ 705,840", "$ 536,200")]
    y = 380
    for label, this, last in rows:
        s.text(160, y, label, 26, "serif")
        s.text(1220 - 14 * len(this), y, this, 26, "serif")
        s.text(1440 - 14 * len(last), y, last, 26, "serif")
        y += 56
    s.text(520, y + 60, "BALANCE SHEETS", 30, "serif_bold")
    s.text(540, y + 110, "December 31, 2025", 26, "serif")
    y += 180
    for label, this, last in [("Total assets", "$ 5,206,410", "$ 4,733,950"), ("Total liabilities", "2,118,730", "2,352,110"),
                              ("Total stockholders' equity", "3,087,680", "2,381,840"), ("Total liabilities and stockholders' equity", "$ 5,206,410", "$ 4,733,950")]:
        s.text(160, y, label, 26, "serif")
        s.text(1220 - 14 * len(this), y, this, 26, "serif")
        s.text(1440 - 14 * len(last), y, last, 26, "serif")
        y += 56
    return _scan(s, "statements"), {"company_name": "Hanhai Acoustics Technology (HK) Limited", "period_end": "2025-12-31", "currency": "HKD",
                                    "revenue": 7415880.0, "profit": 705840.0, "total_equity": 3087680.0}


def plan_shareholders_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 110, "SONORA ROOM ACOUSTICS LIMITED", 38, "serif_bold")
    s.text(160, 170, "Business Plan", 30, "serif")
    s.text(160, 260, "1. Ownership and capital", 28, "serif_bold")
    _ruled(s, 160, 310, [["Shareholder", "Shares", "Amount paid (HK$)"], ["CHAN Ka Ho", "600,000", "600,000"], ["LU Jiaqi", "400,000", "400,000"],
                         ["Total", "1,000,000", "1,000,000"]], [520, 300, 420], 64, 26)
    s.text(160, 620, "2. Sales", 28, "serif_bold")
    s.wrapped(160, 670, "We design and install acoustic treatment for studios, cinemas and offices. We target sales of around "
              "HK$2 million in our first year, rising as our installers gain references.", 90, 26, "serif", leading=44)
    s.text(160, 830, "3. People", 28, "serif_bold")
    s.wrapped(160, 880, "In the first year we will employ two Hong Kong permanent residents as installers and one acoustic "
              "engineer from the Mainland.", 90, 26, "serif", leading=44)
    return _scan(s, "plan"), {"capital_hkd": 1000000.0, "projected_turnover_hkd": 2000000.0, "local_jobs": 2}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-authority.png", consent_authority, "consent_letter", "authority"),
              ("degree-professional.png", degree_professional_master, "degree_certificate", "professional-master"),
              ("id990b-notes-first.pdf", employer_notes_first, "employer_form", "notes-first"),
              ("statements-american.png", statements_american_terms, "financial_statement", "american-terms"),
              ("plan-shareholders.png", plan_shareholders_table, "business_plan", "shareholders-table")]
    out = []
    for file, draw, kind, layout in papers:
        data, fields = draw()
        out.append((file, data, kind, layout, fields))
    return write_papers(folder, out)
