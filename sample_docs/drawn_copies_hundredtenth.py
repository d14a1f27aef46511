"""A hundred-and-tenth drawn set: papers in four layouts no set drew. A consent with a copy of the employee's identity
card pasted under its signature (her name, birth date and the card's validity again); a consent set in two columns,
Chinese on the left and English on the right; a business plan whose staff are counted by place ('Headcount — Hong Kong
| Mainland'); accounts kept in United States dollars ('US$'). Each is a case of its own. Read once through the product
before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredtenth`). Every name and number is made
up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def consent_with_id_copy() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 150, "证　明", 52, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　兹证明汤若琳同志系我公司正式员工，现任品牌策划主管。我公司同意其应聘香港职位，赴港工作。特此证明。", 32, 30, 60)
    s.text(900, y + 100, "厦门鹭岛文创传媒有限公司", 30, "serif_cjk")
    s.text(960, y + 160, "2026年11月23日", 30, "serif_cjk")
    _chop(s, 1080, y + 130, "厦门鹭岛文创传媒有限公司")
    top = y + 320
    s.text(140, top - 50, "附：身份证复印件", 26, "serif_cjk")
    s.d.rounded_rectangle([140, top, 900, top + 460], radius=20, outline=(90, 90, 90), width=3, fill=(238, 240, 244))
    for k, line in enumerate(["姓名　汤若琳", "性别　女　　民族　汉", "出生　1994年6月19日", "住址　福建省厦门市思明区", "　　　莲前西路88号",
                              "公民身份号码　350203199406191228"]):
        s.text(170, top + 40 + 66 * k, line, 28, "sans_cjk")
    s.d.rounded_rectangle([960, top, 1520, top + 460], radius=20, outline=(90, 90, 90), width=3, fill=(238, 240, 244))
    s.text(1040, top + 60, "中华人民共和国", 32, "sans_cjk")
    s.text(1060, top + 120, "居民身份证", 40, "sans_cjk")
    s.text(990, top + 320, "签发机关　厦门市公安局思明分局", 22, "sans_cjk")
    s.text(990, top + 370, "有效期限　2019.03.11-2039.03.11", 22, "sans_cjk")
    return scanned_png(s, "idcopy"), {"organisation": "厦门鹭岛文创传媒有限公司", "applicant_name": "汤若琳", "date": "2026-11-23",
                                "seal_present": True}


def consent_two_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 120, "同意函", 44, "serif_cjk")
    s.text(1000, 124, "LETTER OF CONSENT", 34, "serif_bold")
    s.d.line([827, 100, 827, 1100], fill=(150, 150, 150), width=2)
    _paragraph(s, 120, 260, "　　我司员工佘嘉豪先生自2015年起任我司结构工程师。我司同意其赴香港工作，受聘于海湾结构顾问有限公司。", 20, 30, 58)
    s.text(120, 720, "珠海横琴建筑设计有限公司", 28, "serif_cjk")
    s.text(120, 780, "2026年11月16日", 28, "serif_cjk")
    for k, line in enumerate(["Mr SHE Jiahao has been a structural engineer", "with our company since 2015. We consent to his",
                              "working in Hong Kong for Bayline Structural", "Consultants Limited.", "",
                              "Zhuhai Hengqin Architectural Design Co., Ltd.", "16 November 2026"]):
        s.text(880, 262 + 48 * k, line, 24, "serif")
    _chop(s, 420, 720, "珠海横琴建筑设计有限公司")
    return scanned_png(s, "twocol"), {"organisation": ("珠海横琴建筑设计有限公司", "Zhuhai Hengqin Architectural Design Co., Ltd."),
                                "applicant_name": ("佘嘉豪", "SHE JIAHAO"), "date": "2026-11-16", "seal_present": True}


def plan_headcount_by_place() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 110, "Harbourlight Fintech Limited", 36, "serif_bold")
    s.text(140, 175, "Business Plan (figures in HK$'000)", 28, "serif")
    s.wrapped(140, 260, "Harbourlight builds payment reconciliation software for mid-sized banks. Its paid-up share capital is "
              "HK$2,500,000.", 90, 24, "serif", leading=42)
    _ruled(s, 140, 400, [["", "2027", "2028", "2029"], ["Revenue", "3,150", "5,400", "8,200"], ["Operating profit / (loss)", "(420)", "610", "1,940"],
                         ["Headcount - Hong Kong", "6", "9", "13"], ["Headcount - Mainland", "2", "3", "3"]],
           [480, 260, 260, 260], 68, 24)
    return scanned_png(s, "place"), {"capital_hkd": 2500000.0, "projected_turnover_hkd": 3150000.0, "local_jobs": 6}


def statement_us_dollars() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(470, 100, "ORIENT LANE SHIPPING AGENCY LIMITED", 30, "serif_bold")
    s.text(300, 160, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 DECEMBER 2025", 24, "serif_bold")
    s.text(280, 200, "(expressed in United States dollars)", 22, "serif")
    s.text(1120, 260, "2025", 24, "serif_bold")
    s.text(1340, 260, "2024", 24, "serif_bold")
    s.text(1130, 292, "US$", 22, "serif")
    s.text(1350, 292, "US$", 22, "serif")
    y = 350
    for label, this, last in [("Revenue", "1,284,600", "1,106,300"), ("Cost of services", "(842,100)", "(731,900)"), ("Profit before tax", "228,400", "176,500"),
                              ("Income tax", "(37,700)", "(29,100)"), ("Profit for the year", "190,700", "147,400"), ("", "", ""),
                              ("Total equity", "1,046,900", "856,200")]:
        s.text(160, y, label, 26, "serif")
        s.text(1220 - 14 * len(this), y, this, 26, "serif")
        s.text(1440 - 14 * len(last), y, last, 26, "serif")
        y += 54
    return scanned_png(s, "usd"), {"company_name": "ORIENT LANE SHIPPING AGENCY LIMITED", "period_end": "2025-12-31", "currency": "USD",
                             "revenue": 1284600.0, "profit": 190700.0, "total_equity": 1046900.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-id-copy.png", consent_with_id_copy, "consent_letter", "with-id-copy"),
              ("consent-two-columns.png", consent_two_columns, "consent_letter", "two-columns"),
              ("plan-headcount-place.png", plan_headcount_by_place, "business_plan", "headcount-by-place"),
              ("statement-usd.png", statement_us_dollars, "financial_statement", "us-dollars")]
    return write_drawn(folder, papers)
