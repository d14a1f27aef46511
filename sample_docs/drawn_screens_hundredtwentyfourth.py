"""A hundred-and-twenty-fourth drawn set: papers as they arrive by other means than a scanner, in four layouts no set
drew. Accounts received by fax (coarse, black and white, the machine's line across the top); a business plan filled in
an online form and captured from the screen (labels over input boxes, small sans type, the site's bar above); a consent
forwarded through a chat app as a small, much-compressed JPEG; a graduation certificate photographed by a phone. Each is
a case of its own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredtwentyfourth`). Every name and number is made up; 19852 is no real institution's code."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

from .drawn_forms import Sheet, png_bytes, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop
from .drawn_phones_ninetysecond import _phone

BLUE = (30, 90, 170)


def statement_by_fax() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(100, 40, "NOV-27-2026 10:42  FROM: HARTLEY & CO CPA  +852 0000 0000   TO: 0000 0000    P.002/004", 22, "mono")
    s.text(520, 140, "WILLOWBANK OPTICAL LIMITED", 32, "serif_bold")
    s.text(360, 195, "INCOME STATEMENT FOR THE YEAR ENDED 31 AUGUST 2026", 26, "serif_bold")
    s.text(1100, 270, "2026", 26, "serif_bold")
    s.text(1340, 270, "2025", 26, "serif_bold")
    s.text(1090, 305, "HK$", 24, "serif")
    s.text(1330, 305, "HK$", 24, "serif")
    y = 370
    for label, this, last in [("Turnover", "6,318,200", "5,904,700"), ("Cost of sales", "(4,011,600)", "(3,822,300)"),
                              ("Gross profit", "2,306,600", "2,082,400"), ("Expenses", "(1,514,900)", "(1,433,000)"),
                              ("Profit before taxation", "791,700", "649,400"), ("Taxation", "(122,900)", "(100,600)"),
                              ("Profit after taxation", "668,800", "548,800")]:
        s.text(160, y, label, 30, "serif")
        s.text(1190 - 16 * len(this), y, this, 30, "serif")
        s.text(1430 - 16 * len(last), y, last, 30, "serif")
        y += 62
    s.text(160, y + 50, "Total equity at 31 August 2026", 30, "serif_bold")
    s.text(1190 - 16 * len("3,402,500"), y + 50, "3,402,500", 30, "serif_bold")
    s.text(1430 - 16 * len("2,733,700"), y + 50, "2,733,700", 30, "serif_bold")
    small = s.scanned(zlib.crc32(b"faxstatement")).convert("L").resize((W_FAX, H_FAX), Image.Resampling.BILINEAR)
    img = small.point(lambda v: 255 if v > 160 else 0).convert("RGB")
    return png_bytes(img, dpi=100), {"company_name": "WILLOWBANK OPTICAL LIMITED", "period_end": "2026-08-31", "currency": "HKD",
                                     "revenue": 6318200.0, "profit": 668800.0, "total_equity": 3402500.0}


W_FAX, H_FAX = 860, 1216  # a fine fax's resolution, about 100 dots an inch on A4


def plan_online_form() -> tuple[bytes, dict]:
    s = Sheet()
    s.img = Image.new("RGB", (1366, 1100), (250, 250, 252))
    s.d = ImageDraw.Draw(s.img)
    s.d.rectangle([0, 0, 1366, 56], fill=BLUE)
    s.text(24, 14, "StartupHK Portal", 24, "sans_bold", (255, 255, 255))
    s.text(1080, 18, "My applications   Log out", 18, "sans", (255, 255, 255))
    s.text(80, 90, "Business plan - step 3 of 4: Finance and staffing", 26, "sans_bold")
    s.text(80, 130, "Company: Saltmarsh Kayak Tours Limited", 18, "sans", (90, 90, 90))
    y = 190
    for label, value in [("Paid-up capital (HK$)", "350,000"), ("Other funding (HK$), e.g. loans", "100,000"),
                         ("Estimated turnover in the first 12 months (HK$)", "980,000"),
                         ("Estimated turnover in the second 12 months (HK$)", "1,400,000"),
                         ("Local employees to be hired in the first 12 months", "2")]:
        s.text(80, y, label, 18, "sans", (60, 60, 60))
        s.d.rectangle([80, y + 28, 560, y + 68], outline=(170, 175, 185), width=2, fill=(255, 255, 255))
        s.text(92, y + 38, value, 20, "sans")
        y += 110
    s.d.rounded_rectangle([80, y + 10, 240, y + 56], radius=6, fill=BLUE)
    s.text(112, y + 20, "Save and next", 18, "sans_bold", (255, 255, 255))
    return png_bytes(s.img, dpi=None), {"capital_hkd": 350000.0, "projected_turnover_hkd": 980000.0, "local_jobs": 2}


def consent_chat_forwarded() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 120, "武汉光谷云图信息技术有限公司", 42, "serif_cjk")
    s.text(680, 230, "同意函", 48, "serif_cjk")
    y = _paragraph(s, 140, 360, "　　我公司员工侯嘉怡，女，1995年2月出生，身份证号码420106199502143046，自2018年7月起在我公司"
                   "担任数据分析师。经研究，同意其赴香港工作。", 32, 30, 60)
    s.text(920, y + 140, "武汉光谷云图信息技术有限公司", 30, "serif_cjk")
    s.text(1000, y + 200, "2026年11月22日", 30, "serif_cjk")
    _chop(s, 1140, y + 170, "武汉光谷云图信息技术有限公司")
    small = s.scanned(zlib.crc32(b"chat")).resize((720, 1018), Image.Resampling.BILINEAR)
    buf = io.BytesIO()
    small.save(buf, "JPEG", quality=55)
    return buf.getvalue(), {"organisation": "武汉光谷云图信息技术有限公司", "applicant_name": "侯嘉怡", "date": "2026-11-22",
                            "seal_present": True}


def graduation_by_phone() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 140, "毕业证书", 56, "serif_cjk")
    y = _paragraph(s, 180, 320, "　　学生石浩然，性别男，一九九六年五月十日生，于二〇一四年九月至二〇一八年六月在本校"
                   "网络工程专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", 30, 32, 64)
    s.text(900, y + 120, "沅江科技学院", 32, "serif_cjk")
    s.text(900, y + 180, "校长：戴文杰", 30, "serif_cjk")
    s.text(180, y + 280, "证书编号：198525201805001234", 28, "serif_cjk")
    s.text(900, y + 280, "二〇一八年六月三十日", 30, "serif_cjk")
    return _phone(s, "gradphone"), {"holder_name": "石浩然", "institution": "沅江科技学院", "major": "网络工程", "level": "本科",
                                    "graduation_date": "2018-06-30", "certificate_number": "198525201805001234"}


def write_all(folder: Path) -> list[dict]:
    papers = [("statement-fax.png", statement_by_fax, "financial_statement", "by-fax"),
              ("plan-online-form.png", plan_online_form, "business_plan", "online-form-screen"),
              ("consent-chat.jpg", consent_chat_forwarded, "consent_letter", "chat-forwarded-jpeg"),
              ("graduation-phone.jpg", graduation_by_phone, "graduation_certificate", "phone-photo")]
    return write_drawn(folder, papers)
