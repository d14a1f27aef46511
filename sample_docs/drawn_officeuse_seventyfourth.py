"""A seventy-fourth drawn set, drawn after the seventy-third was mended: papers in six layouts no set drew. A labour
contract as a text PDF in simplified Chinese with each clause's English under it ('第三条 工资' over 'Article 3
Salary'); form ID 990B scanned grey at 150 dpi as a JPEG, with a 'For official use' box of other numbers (a file
number, a date received) at its top right; a consent whose unit and date share its last line ('…有限公司（盖章）
2026年11月2日'); statements whose year columns run oldest first (2025 | 2026); a business plan in Chinese prose whose
sums are in Chinese numerals with 万 ('港币三百万元'); a degree certificate in the British manner ('admitted to the
degree of Master of Science in Data Science with Distinction', 'Conferred: 28 November 2025'). Each is a case of
its own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
seventyfourth`). Every name, number and institution is made up."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from PIL import Image

from .drawn_forms import Sheet, png_bytes, write_papers
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop
from .drawn_thirdhand_fiftythird import _pdf


def contract_interleaved() -> bytes:
    lines = [("劳动合同", 16, 240), ("Labour Contract", 12, 250), ("", 0, 0),
             ("甲方（用人单位）：锐川智能装备有限公司", 11, 60), ("Party A (Employer): Ruichuan Intelligent Equipment Limited", 9, 60),
             ("乙方（劳动者）：孔令瑶", 11, 60), ("Party B (Employee): KONG Lingyao", 9, 60), ("", 0, 0),
             ("第一条 工作岗位", 12, 60), ("Article 1 Post", 10, 60),
             ("甲方聘用乙方担任机器视觉算法工程师。", 11, 60), ("Party A employs Party B as Machine Vision Algorithm Engineer.", 9, 60),
             ("第二条 合同期限", 12, 60), ("Article 2 Term", 10, 60),
             ("本合同期限为三年，自2027年3月15日起。", 11, 60), ("The term of this contract is three years from 15 March 2027.", 9, 60),
             ("第三条 工资", 12, 60), ("Article 3 Salary", 10, 60),
             ("乙方月工资为港币58,000元，甲方不提供住房津贴。", 11, 60),
             ("Party B's monthly salary is HK$58,000. Party A provides no housing allowance.", 9, 60)]
    page, y = [], 70
    for text, size, x in lines:
        if text:
            page.append((x, y, text, size))
        y += 22 if size else 12
    return _pdf([page])


def employer_official_use() -> Image.Image:
    s = Sheet()
    s.d.rectangle([1080, 60, 1540, 300], outline="black", width=2)
    s.text(1100, 75, "For official use", 24, "sans_bold")
    s.text(1100, 130, "File no.: IMM/E/2026/88413", 22)
    s.text(1100, 180, "Date received: 12/11/2026", 22)
    s.text(1100, 230, "Amount: HK$230", 22)
    s.text(140, 120, "ID 990B", 32, "sans_bold")
    s.text(140, 180, "EMPLOYER'S SPONSORSHIP", 30, "sans_bold")
    rows = [("Name of employer", "Ruichuan Intelligent Equipment Limited"), ("BR No.", "63307915"),
            ("Name of applicant", "KONG LINGYAO"), ("Post", "Machine Vision Algorithm Engineer"), ("Monthly salary", "HK$ 58,000")]
    y = 380
    for label, value in rows:
        s.text(140, y, label, 24)
        s.text(620, y - 2, value, 28, "mono")
        s.d.line([610, y + 34, 1500, y + 34], fill="black", width=1)
        y += 90
    s.text(140, y + 20, "Is the post on the Talent List?   Yes / No (delete as appropriate)", 24)
    s.text(620, y + 80, "No", 28, "mono")
    img = s.scanned(zlib.crc32(b"officeuse")).convert("L")
    return img.resize((img.width * 3 // 4, img.height * 3 // 4))


def consent_unit_and_date_one_line() -> Sheet:
    s = Sheet()
    s.text(620, 260, "同 意 函", 60, "serif_cjk")
    s.text(160, 420, "香港特别行政区入境事务处：", 34, "serif_cjk")
    y = _paragraph(s, 220, 500, "兹有我公司员工温子涵（护照号码：EA6093812），现任财务分析师。经研究，我公司同意其赴香港"
                                "工作，特此函告。", 26, 36, 76)
    s.text(500, y + 200, "苏州云岫新材料有限公司（盖章）    2026年11月2日", 32, "serif_cjk")
    _chop(s, 760, y + 210, "苏州云岫新材料有限公司")
    return s


def statements_oldest_first() -> Sheet:
    s = Sheet()
    s.text(420, 120, "BRACKENRIDGE MARINE SUPPLIES LIMITED", 34, "serif_bold")
    s.text(380, 180, "Statement of Comprehensive Income for the year ended 31 December 2025", 26, "serif")
    s.text(1060, 260, "2024", 28, "serif_bold")
    s.text(1330, 260, "2025", 28, "serif_bold")
    s.text(1060, 300, "HK$", 24, "serif")
    s.text(1330, 300, "HK$", 24, "serif")
    rows = [("Revenue", "15,220,400", "17,940,650"), ("Cost of sales", "(11,031,900)", "(12,802,110)"),
            ("Gross profit", "4,188,500", "5,138,540"), ("Administrative expenses", "(2,960,300)", "(3,247,820)"),
            ("Profit before tax", "1,228,200", "1,890,720"), ("Taxation", "(202,650)", "(311,970)"),
            ("Profit for the year", "1,025,550", "1,578,750")]
    y = 360
    for label, last, this in rows:
        s.text(160, y, label, 28, "serif")
        s.text(1160 - 17 * len(last), y, last, 28, "serif")
        s.text(1430 - 17 * len(this), y, this, 28, "serif")
        y += 60
    s.text(380, y + 60, "Statement of Financial Position as at 31 December 2025", 26, "serif")
    s.text(160, y + 140, "Total equity", 28, "serif")
    s.text(1160 - 17 * 9, y + 140, "6,402,330", 28, "serif")
    s.text(1430 - 17 * 9, y + 140, "7,981,080", 28, "serif")
    return s


def plan_chinese_numerals() -> Sheet:
    s = Sheet()
    s.text(600, 140, "业务计划书", 56, "serif_cjk")
    s.text(560, 230, "云帆跨境物流（香港）有限公司", 34, "serif_cjk")
    y = _paragraph(s, 160, 380, "一、资金：股东已向本公司注入资本港币一百二十万元，用于租赁仓库及购置设备。", 30, 34, 70)
    y = _paragraph(s, 160, y + 40, "二、营业额：公司预计首年营业额达到港币三百万元，第二年达到港币四百五十万元。", 30, 34, 70)
    _paragraph(s, 160, y + 40, "三、人手：首年将聘请本地员工五名，第二年增至八名。", 30, 34, 70)
    return s


def degree_british() -> Sheet:
    s = Sheet()
    s.text(440, 220, "UNIVERSITY OF WESTHOLME", 56, "serif_bold")
    s.text(700, 420, "This is to certify that", 32, "serif")
    s.text(640, 520, "GAO Shuning", 52, "serif_bold")
    s.wrapped(260, 660, "having fulfilled the requirements of the University was admitted to the degree of", 70, 32, "serif",
              leading=56)
    s.text(380, 800, "Master of Science in Data Science", 44, "serif_bold")
    s.text(700, 900, "with Distinction", 34, "serif")
    s.text(200, 1600, "Conferred: 28 November 2025", 28, "serif")
    s.text(1080, 1600, "Vice-Chancellor", 28, "serif")
    s.text(200, 1660, "Certificate No. UW-PGT-2025-30918", 26, "serif")
    return s


def _jpeg(img: Image.Image, dpi: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70, dpi=(dpi, dpi))
    return buf.getvalue()


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    scan = lambda sheet, file: png_bytes(sheet.scanned(zlib.crc32(file.encode())))  # noqa: E731
    papers = [
        ("contract.pdf", contract_interleaved(), "employment_contract", "interleaved",
         {"employer_name": ("锐川智能装备有限公司", "Ruichuan Intelligent Equipment Limited"), "employee_name": ("孔令瑶", "KONG LINGYAO"),
          "position": ("机器视觉算法工程师", "Machine Vision Algorithm Engineer"), "start_date": "2027-03-15", "term_months": 36,
          "monthly_salary_hkd": 58000.0, "housing_allowance_hkd": 0.0}),
        ("id990b.jpg", _jpeg(employer_official_use(), 150), "employer_form", "official-use-box",
         {"employer_name": "Ruichuan Intelligent Equipment Limited", "br_number": "63307915", "applicant_name": "KONG LINGYAO",
          "position": "Machine Vision Algorithm Engineer", "monthly_salary_hkd": 58000.0, "talent_list": False}),
        ("consent.png", scan(consent_unit_and_date_one_line(), "consent.png"), "consent_letter", "unit-and-date-one-line",
         {"organisation": "苏州云岫新材料有限公司", "applicant_name": "温子涵", "date": "2026-11-02", "seal_present": True}),
        ("accounts.png", scan(statements_oldest_first(), "accounts.png"), "financial_statement", "oldest-first",
         {"company_name": "BRACKENRIDGE MARINE SUPPLIES LIMITED", "period_end": "2025-12-31", "currency": "HKD",
          "revenue": 17940650.0, "profit": 1578750.0, "total_equity": 7981080.0}),
        ("plan.png", scan(plan_chinese_numerals(), "plan.png"), "business_plan", "chinese-numerals",
         {"capital_hkd": 1200000.0, "projected_turnover_hkd": 3000000.0, "local_jobs": 5}),
        ("degree.png", scan(degree_british(), "degree.png"), "degree_certificate", "british",
         {"holder_name": "GAO SHUNING", "institution": "University of Westholme", "degree": ("Master of Science", "Master of Science in Data Science"),
          "major": "Data Science", "date_awarded": "2025-11-28", "certificate_number": "UW-PGT-2025-30918"}),
    ]
    return write_papers(folder, papers)
