"""A hundred-and-twenty-ninth drawn set: papers printed over backgrounds, in five layouts no set drew. A degree
certificate on security paper (fine wavy lines across the whole sheet); a graduation certificate over a large faint
emblem; a business registration certificate on tinted, patterned stock; a consent with its company's name set
diagonally across the page as a watermark; accounts under a coloured band with white lettering. Each is a case of its
own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredtwentyninth`). Every name and number is made up; 19857 is no real institution's code."""
from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop
from .generator.render import pil_font


def _guilloche(s: Sheet, ink=(200, 215, 230)) -> None:
    """Fine wavy lines across the sheet, as security paper is printed."""
    w, h = s.img.size
    for k in range(0, h, 14):
        pts = [(x, k + 6 * math.sin(x / 40 + k / 90)) for x in range(0, w, 8)]
        s.d.line(pts, fill=ink, width=1)


def degree_security_paper() -> tuple[bytes, dict]:
    s = Sheet()
    _guilloche(s)
    s.text(600, 150, "学士学位证书", 50, "serif_cjk")
    y = _paragraph(s, 200, 330, "　　翁思涵，女，1998年1月16日生。在闽江财经学院会计学专业完成了本科学习计划，业已毕业，经审核符合"
                   "《中华人民共和国学位条例》的规定，授予管理学学士学位。", 30, 32, 70)
    s.text(980, y + 80, "闽江财经学院", 32, "serif_cjk")
    s.text(980, y + 140, "2020年6月24日", 30, "serif_cjk")
    s.text(200, y + 260, "证书编号：1985742020001529", 26, "serif_cjk")
    _chop(s, 1110, y + 100, "闽江财经学院")
    return scanned_png(s, "guilloche"), {"holder_name": "翁思涵", "date_of_birth": "1998-01-16", "institution": "闽江财经学院",
                                   "degree": ("管理学学士学位", "管理学学士"), "major": "会计学", "date_awarded": "2020-06-24",
                                   "certificate_number": "1985742020001529"}


def graduation_over_emblem() -> tuple[bytes, dict]:
    s = Sheet()
    layer = Image.new("RGB", s.img.size, "white")
    d = ImageDraw.Draw(layer)
    cx, cy, r = 827, 700, 420
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(225, 232, 240), width=30)
    d.ellipse([cx - 260, cy - 260, cx + 260, cy + 260], outline=(225, 232, 240), width=14)
    d.text((cx - 260, cy - 60), "闽江财经学院", font=pil_font("serif_cjk", 90), fill=(228, 234, 242))
    s.img.paste(layer)
    s.d = ImageDraw.Draw(s.img)
    s.text(640, 150, "毕业证书", 52, "serif_cjk")
    y = _paragraph(s, 200, 330, "　　学生翁思涵，性别女，一九九八年一月十六日生，于二〇一六年九月至二〇二〇年六月在本校会计学专业"
                   "四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", 30, 32, 70)
    s.text(980, y + 80, "闽江财经学院", 32, "serif_cjk")
    s.text(980, y + 140, "校长：黄振东", 30, "serif_cjk")
    s.text(200, y + 240, "证书编号：198575202005001529", 26, "serif_cjk")
    s.text(980, y + 240, "二〇二〇年六月三十日", 30, "serif_cjk")
    return scanned_png(s, "emblem"), {"holder_name": "翁思涵", "institution": "闽江财经学院", "major": "会计学", "level": "本科",
                                "graduation_date": "2020-06-30", "certificate_number": "198575202005001529"}


def br_tinted_stock() -> tuple[bytes, dict]:
    s = Sheet()
    s.img = Image.new("RGB", s.img.size, (246, 236, 238))
    s.d = ImageDraw.Draw(s.img)
    for x in range(-2400, 1700, 26):
        s.d.line([(x, 0), (x + 2400, 2400)], fill=(236, 222, 226), width=2)
    s.text(440, 140, "BUSINESS REGISTRATION CERTIFICATE", 40, "serif_bold")
    s.text(640, 200, "商業登記證", 40, "serif_cjk")
    y = 360
    for label, value in [("Name of Business", "PEARLGATE ACOUSTIC DESIGN LIMITED"), ("Address", "FLAT B, 9/F, KWAI SHING INDUSTRIAL BUILDING,"),
                         ("", "42 TAI LIN PAI ROAD, KWAI CHUNG, NEW TERRITORIES"), ("Nature of Business", "ACOUSTIC CONSULTANCY"),
                         ("Status", "CORP"), ("Date of Commencement", "14/03/2019"), ("Date of Expiry", "13/03/2027"),
                         ("Certificate No.", "70318542-000-03-26-1")]:
        s.text(140, y, label, 26, "serif")
        s.text(560, y, value, 26, "mono")
        y += 50 if not label else 80
    return scanned_png(s, "tinted"), {"business_name": "PEARLGATE ACOUSTIC DESIGN LIMITED", "br_number": "70318542",
                                "address": "FLAT B, 9/F, KWAI SHING INDUSTRIAL BUILDING, 42 TAI LIN PAI ROAD, KWAI CHUNG, NEW TERRITORIES",
                                "nature_of_business": "ACOUSTIC CONSULTANCY", "commencement_date": "2019-03-14", "expiry_date": "2027-03-13"}


def consent_diagonal_watermark() -> tuple[bytes, dict]:
    s = Sheet()
    mark = Image.new("L", (2200, 260), 0)
    ImageDraw.Draw(mark).text((20, 20), "HANGZHOU XILING OPTICS", font=pil_font("sans_bold", 150), fill=255)
    mark = mark.rotate(35, expand=True)
    tint = Image.new("RGB", mark.size, (226, 230, 236))
    s.img.paste(tint, (-300, 300), mark)
    s.d = ImageDraw.Draw(s.img)
    s.text(140, 100, "Hangzhou Xiling Optics Co., Ltd.", 32, "serif_bold")
    s.text(140, 150, "杭州西泠光学有限公司", 28, "serif_cjk")
    lines = ["26 November 2026", "", "LETTER OF CONSENT", "",
             "We confirm that Mr SHAO Jiarui, an optical design engineer with our company since 2018, may take up",
             "employment in Hong Kong, and we consent to his doing so.", "", "For Hangzhou Xiling Optics Co., Ltd."]
    y = 250
    for line in lines:
        s.text(140, y, line, 24, "serif_bold" if line.isupper() else "serif")
        y += 44
    _chop(s, 560, y + 60, "杭州西泠光学有限公司")
    return scanned_png(s, "watermark"), {"organisation": ("Hangzhou Xiling Optics Co., Ltd.", "杭州西泠光学有限公司"),
                                   "applicant_name": "SHAO JIARUI", "date": "2026-11-26", "seal_present": True}


def statement_coloured_band() -> tuple[bytes, dict]:
    s = Sheet()
    s.d.rectangle([0, 0, 1654, 220], fill=(20, 70, 110))
    s.text(140, 60, "TIDEMARK VETERINARY SERVICES LIMITED", 34, "sans_bold", (255, 255, 255))
    s.text(140, 130, "Statement of profit or loss for the year ended 31 May 2026", 26, "sans", (255, 255, 255))
    s.text(1100, 280, "2026", 26, "sans_bold")
    s.text(1340, 280, "2025", 26, "sans_bold")
    s.text(1090, 315, "HK$", 24, "sans")
    s.text(1330, 315, "HK$", 24, "sans")
    y = 380
    for label, this, last in [("Revenue", "7,604,300", "6,988,100"), ("Cost of services", "(4,918,700)", "(4,560,200)"),
                              ("Other operating expenses", "(1,806,400)", "(1,702,900)"), ("Profit before tax", "879,200", "725,000"),
                              ("Tax", "(141,300)", "(116,500)"), ("Profit for the year", "737,900", "608,500"), ("", "", ""),
                              ("Total equity", "3,118,600", "2,530,700")]:
        s.text(160, y, label, 26, "sans")
        s.text(1190 - 15 * len(this), y, this, 26, "sans")
        s.text(1430 - 15 * len(last), y, last, 26, "sans")
        y += 56
    return scanned_png(s, "band"), {"company_name": "TIDEMARK VETERINARY SERVICES LIMITED", "period_end": "2026-05-31", "currency": "HKD",
                              "revenue": 7604300.0, "profit": 737900.0, "total_equity": 3118600.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-security-paper.png", degree_security_paper, "degree_certificate", "security-paper"),
              ("graduation-emblem.png", graduation_over_emblem, "graduation_certificate", "over-emblem"),
              ("br-tinted.png", br_tinted_stock, "br_certificate", "tinted-stock"),
              ("consent-watermark.png", consent_diagonal_watermark, "consent_letter", "diagonal-watermark"),
              ("statement-band.png", statement_coloured_band, "financial_statement", "coloured-band")]
    return write_drawn(folder, papers)
