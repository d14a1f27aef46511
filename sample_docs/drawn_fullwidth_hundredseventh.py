"""A hundred-and-seventh drawn set: papers in five layouts no set drew. A consent received by fax, the machine's line
across its top dating the sending a week after the letter; a consent typed with full-width digits ('２０２６年１１月２６日');
a business plan that lists its local hires by post, with no count, and funds itself by share capital and a loan
('Total funding'); a statement in traditional Chinese whose years head its columns in Chinese numerals, the older
first ('二零二五年 | 二零二六年'); form ID 990A whose name stands in one row, surname and given names split by a comma.
Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredseventh`). Every name and number is made up."""
from __future__ import annotations

import zlib
from pathlib import Path

from .drawn_forms import Sheet, png_bytes, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

PEN = (20, 30, 120)


def consent_by_fax() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(60, 30, "DEC-03-2026 16:42  FROM: +86 731 8832 6010  TO: 852 2866 4018         P.001/001", 22, "mono")
    s.text(140, 140, "Changsha Xiangrui Intelligent Equipment Co., Ltd.", 32, "serif_bold")
    s.text(140, 192, "长沙湘瑞智能装备有限公司", 28, "serif_cjk")
    lines = ["26 November 2026", "", "Hong Kong Immigration Department", "", "LETTER OF NO OBJECTION", "",
             "This is to confirm that Ms PENG Yutong, our control systems engineer since 2018, has our permission to",
             "take up employment with Kowloon Automation Limited in Hong Kong. The company has no objection to",
             "her employment in Hong Kong.", "", "Human Resources Department"]
    y = 300
    for line in lines:
        s.text(140, y, line, 24, "serif_bold" if line.isupper() else "serif")
        y += 42
    _chop(s, 620, y + 40, "长沙湘瑞智能装备有限公司")
    img = s.scanned(zlib.crc32(b"fax")).convert("L").point(lambda v: 255 if v > 150 else 0).convert("RGB")
    return png_bytes(img, dpi=200), {"organisation": ("Changsha Xiangrui Intelligent Equipment Co., Ltd.", "长沙湘瑞智能装备有限公司"),
                                     "applicant_name": "PENG YUTONG", "date": "2026-11-26", "seal_present": True}


def consent_fullwidth_digits() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 150, "同意函", 52, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　兹有我公司员工柴静怡（女，身份证号：３７０２０２１９９３０５１２＊＊＊＊），自２０１６年７月起在我公司财务部工作，"
                   "现任财务经理。我公司同意其赴香港工作。", 32, 30, 60)
    y = _paragraph(s, 140, y + 20, "　　特此证明。", 32, 30, 60)
    s.text(900, y + 120, "青岛海川冷链物流有限公司", 30, "serif_cjk")
    s.text(960, y + 180, "２０２６年１１月２６日", 30, "serif_cjk")
    _chop(s, 1080, y + 150, "青岛海川冷链物流有限公司")
    return scanned_png(s, "fullwidth"), {"organisation": "青岛海川冷链物流有限公司", "applicant_name": "柴静怡", "date": "2026-11-26",
                                   "seal_present": True}


def plan_listed_hires() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Brightkeel Marine Supplies Limited", 36, "serif_bold")
    s.text(140, 175, "Business plan, 2027 to 2029", 28, "serif")
    s.text(140, 270, "1. Funding", 28, "serif_bold")
    _ruled(s, 160, 320, [["Share capital (fully paid)", "HK$600,000"], ["Loan from a shareholder", "HK$400,000"],
                         ["Total funding", "HK$1,000,000"]], [560, 360], 64, 24)
    s.text(140, 560, "2. Sales", 28, "serif_bold")
    s.wrapped(160, 610, "We supply ropes, paints and safety gear to ship repair yards in Tsing Yi. Sales in the first year are "
              "forecast at HK$2,750,000, rising to HK$3,600,000 in the second.", 92, 24, "serif", leading=42)
    s.text(140, 760, "3. Local hires in the first year", 28, "serif_bold")
    for k, item in enumerate(["(a) Sales manager", "(b) Warehouse supervisor", "(c) Accounts clerk"]):
        s.text(160, 820 + 46 * k, item, 24, "serif")
    s.text(140, 1000, "The general manager, from our Shanghai office, will be the only non-local member of staff.", 24, "serif")
    return scanned_png(s, "hires"), {"capital_hkd": 600000.0, "projected_turnover_hkd": 2750000.0, "local_jobs": 3}


def statement_chinese_year_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(580, 110, "嶺峰醫療器材有限公司", 40, "serif_cjk")
    s.text(500, 180, "損益表（截至三月三十一日止年度）", 34, "serif_cjk")
    s.text(900, 260, "二零二五年", 26, "serif_cjk")
    s.text(1200, 260, "二零二六年", 26, "serif_cjk")
    s.text(930, 300, "港元", 24, "serif_cjk")
    s.text(1230, 300, "港元", 24, "serif_cjk")
    y = 360
    for label, last, this in [("營業額", "6,204,800", "7,118,300"), ("銷售成本", "(4,102,600)", "(4,655,900)"), ("除稅前溢利", "684,300", "812,700"),
                              ("稅項", "(112,900)", "(134,100)"), ("本年度溢利", "571,400", "678,600"), ("", "", ""),
                              ("資產總額", "5,402,100", "6,118,500"), ("負債總額", "(2,035,400)", "(2,073,200)"), ("權益總額", "3,366,700", "4,045,300")]:
        s.text(160, y, label, 28, "serif_cjk")
        s.text(1040 - 14 * len(last), y, last, 26, "serif")
        s.text(1340 - 14 * len(this), y, this, 26, "serif")
        y += 58
    return scanned_png(s, "zhyears"), {"company_name": "嶺峰醫療器材有限公司", "period_end": "2026-03-31", "currency": "HKD",
                                 "revenue": 7118300.0, "profit": 678600.0, "total_equity": 4045300.0}


def applicant_name_comma() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990A", 30, "sans_bold")
    s.text(140, 140, "PARTICULARS OF APPLICANT", 30, "sans_bold")
    rows = [("Name (Surname, Given names)", "PENG, YUTONG"), ("Name in Chinese characters", "彭雨桐"), ("Sex / Date of birth", "F / 04-02-1990"),
            ("Passport / travel document no.", "EJ5502814"), ("Employer in Hong Kong", "Kowloon Automation Limited"),
            ("Post", "Control Systems Engineer"), ("Monthly salary", "HK$47,000")]
    y = 240
    for label, value in rows:
        s.text(140, y, label, 26, "sans")
        s.text(700, y - 6, value, 32, "hand" if value.isascii() else "hand_cjk", PEN)
        y += 84
    s.text(140, y + 20, "Degree from a full-time locally-accredited programme in Hong Kong:", 24, "sans")
    s.text(1000, y + 12, "NO", 32, "hand", PEN)
    return scanned_png(s, "comma"), {"surname": "PENG", "given_names": "YUTONG", "name_zh": "彭雨桐", "sex": "F", "date_of_birth": "1990-02-04",
                               "travel_document_number": "EJ5502814", "employer_name": "Kowloon Automation Limited",
                               "position": "Control Systems Engineer", "monthly_salary_hkd": 47000.0, "hk_local_degree": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-fax.png", consent_by_fax, "consent_letter", "by-fax"),
              ("consent-fullwidth.png", consent_fullwidth_digits, "consent_letter", "fullwidth-digits"),
              ("plan-listed-hires.png", plan_listed_hires, "business_plan", "listed-hires"),
              ("statement-zh-years.png", statement_chinese_year_columns, "financial_statement", "chinese-year-columns"),
              ("id990a-comma.png", applicant_name_comma, "applicant_form", "name-comma")]
    return write_drawn(folder, papers)
