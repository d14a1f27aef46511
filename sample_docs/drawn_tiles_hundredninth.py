"""A hundred-and-ninth drawn set: papers in four layouts no set drew. A business plan in simplified Chinese stating a
registered capital with the part paid in brackets ('注册资本港币100万元（已实缴50万元）') and its sums in 万; a plan's page of
figure tiles, each big figure over its small caption ('HK$2.4M' over 'Revenue, year 1'); the accounts of a sole
proprietor, whose equity is the owner's capital account; a consent sent by e-mail and printed, dated by its header with
the weekday and time ('Thu, 26 Nov 2026 09:14'). Each is a case of its own. Read once through the product before any
reader changes for it (`scripts/bench_drawn_forms.py --set hundredninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, png_bytes, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph


def plan_simplified_paid_in() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 120, "商业计划书", 52, "serif_cjk")
    s.text(140, 240, "（香港）云帆跨境支付有限公司", 34, "serif_cjk")
    y = 340
    for text in ("一、公司概况：本公司于2026年在香港注册成立，注册资本港币100万元（已实缴50万元），为跨境电商卖家提供收款及结汇服务。",
                 "二、经营预测：预计第一年营业收入约港币260万元，第二年约港币420万元。",
                 "三、人员计划：计划在港聘请本地员工4名，另由内地派驻技术负责人1名。"):
        y = _paragraph(s, 140, y, text, 34, 30, 58) + 24
    return scanned_png(s, "paidin"), {"capital_hkd": 500000.0, "projected_turnover_hkd": 2600000.0, "local_jobs": 4}


def plan_figure_tiles() -> tuple[bytes, dict]:
    s = Sheet()
    s.img.paste((20, 40, 70), (0, 0, 1654, 180))
    s.text(120, 60, "Lumen Grid Services Limited  |  Plan at a glance", 40, "sans_bold", (255, 255, 255))
    tiles = [("HK$800K", "Paid-up capital"), ("HK$2.4M", "Revenue, year 1"), ("5", "Local hires, year 1"), ("HK$4.1M", "Revenue, year 2")]
    for k, (big, caption) in enumerate(tiles):
        x, y = 120 + (k % 2) * 720, 300 + (k // 2) * 420
        s.d.rounded_rectangle([x, y, x + 640, y + 340], radius=24, fill=(236, 242, 250), outline=(150, 170, 200), width=3)
        s.text(x + 60, y + 70, big, 96, "sans_bold", (20, 40, 70))
        s.text(x + 64, y + 230, caption, 34, "sans", (60, 70, 90))
    s.text(120, 1200, "Lumen Grid installs and maintains solar panels and battery storage on industrial roofs in the New Territories.", 26, "sans")
    return scanned_png(s, "tiles"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 2400000.0, "local_jobs": 5}


def accounts_sole_proprietor() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "MAPLE RIDGE TRADING COMPANY", 32, "serif_bold")
    s.text(500, 150, "(a sole proprietorship owned by Mr CHAN Wing Kei)", 24, "serif")
    s.text(330, 210, "PROFIT AND LOSS ACCOUNT FOR THE YEAR ENDED 31 MARCH 2026", 26, "serif_bold")
    s.text(1160, 270, "HK$", 24, "serif_bold")
    y = 330
    for label, value in [("Sales", "3,846,200"), ("Cost of goods sold", "(2,692,300)"), ("Gross profit", "1,153,900"),
                         ("Rent, wages and other expenses", "(861,400)"), ("Net profit for the year", "292,500")]:
        s.text(160, y, label, 26, "serif")
        s.text(1230 - 14 * len(value), y, value, 26, "serif")
        y += 54
    s.text(330, y + 50, "BALANCE SHEET AS AT 31 MARCH 2026", 26, "serif_bold")
    y += 130
    for label, value in [("Stock", "604,800"), ("Debtors and cash", "918,300"), ("Creditors", "(372,100)"), ("", ""),
                         ("CAPITAL ACCOUNT", ""), ("Balance at 1 April 2025", "952,100"), ("Net profit for the year", "292,500"),
                         ("Drawings", "(93,600)"), ("Balance at 31 March 2026", "1,151,000")]:
        s.text(160, y, label, 26, "serif_bold" if label.isupper() else "serif")
        s.text(1230 - 14 * len(value), y, value, 26, "serif")
        y += 54
    return scanned_png(s, "sole"), {"company_name": "MAPLE RIDGE TRADING COMPANY", "period_end": "2026-03-31", "currency": "HKD",
                              "revenue": 3846200.0, "profit": 292500.0, "total_equity": 1151000.0}


def consent_email_header() -> tuple[bytes, dict]:
    s = Sheet()
    s.img.paste((245, 245, 248), (0, 0, 1654, 120))
    s.text(60, 40, "Mail  -  Inbox  -  Re: Request for consent to work in Hong Kong", 26, "sans", (80, 80, 90))
    head = [("From:", "Human Resources <hr@tianmu-optics.example.cn>"), ("Sent:", "Thu, 26 Nov 2026 09:14"),
            ("To:", "Yan Wenjing <wenjing.yan@example.com>"), ("Subject:", "Re: Request for consent to work in Hong Kong")]
    y = 180
    for label, value in head:
        s.text(80, y, label, 24, "sans_bold")
        s.text(230, y, value, 24, "sans")
        y += 44
    s.d.line([80, y + 10, 1570, y + 10], fill=(200, 200, 205), width=2)
    body = ["Dear Wenjing,", "",
            "Thank you for your request of 20 November. The company consents to your taking up employment in Hong Kong",
            "with Northgate Photonics Limited, and will release you from your post as optical design engineer at the end",
            "of January 2027.", "", "Best regards,", "Human Resources", "Hangzhou Tianmu Optics Co., Ltd."]
    y += 50
    for line in body:
        s.text(80, y, line, 24, "sans")
        y += 42
    return png_bytes(s.img, dpi=None), {"organisation": "Hangzhou Tianmu Optics Co., Ltd.", "applicant_name": "YAN WENJING",
                                        "date": "2026-11-26", "seal_present": False}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-paid-in.png", plan_simplified_paid_in, "business_plan", "simplified-paid-in"),
              ("plan-tiles.png", plan_figure_tiles, "business_plan", "figure-tiles"),
              ("accounts-sole.png", accounts_sole_proprietor, "financial_statement", "sole-proprietor"),
              ("consent-email.png", consent_email_header, "consent_letter", "email-header")]
    return write_drawn(folder, papers)
