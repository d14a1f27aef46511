"""A six-hundred-and-fifteenth drawn set, of an employer's accounts and a BR certificate, drawn in stop 86's fourth round to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: audited accounts in traditional Chinese (綜合損益表
截至二〇二六年三月三十一日止年度, 本年度溢利 after 除稅前溢利, 權益總額 under a 財務狀況表 on the same page); six months' management
accounts ('Profit and Loss Account for the six months ended 30 September 2026', 'Sales', 'Net profit', 'Total capital and reserves');
a BR certificate whose labels sit above their values inside ruled boxes, its address over two lines. Each is a case of its own
(`scripts/bench_drawn_forms.py --set sixhundredfifteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, write_drawn


def audited_hant() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 90, "新域物流有限公司", 40, "serif_cjk")
    s.text(420, 160, "綜合損益表（截至二〇二六年三月三十一日止年度）", 30, "serif_cjk")
    _rows(s, 250, [("", "2026年", "2025年"), ("", "港元", "港元")], font="serif_cjk")
    y = _rows(s, 370, [("收入", "12,846,300", "11,502,800"), ("銷售成本", "(9,114,600)", "(8,240,100)"), ("行政開支", "(1,829,300)", "(1,655,900)"),
                       ("除稅前溢利", "1,902,400", "1,606,800"), ("所得稅", "(313,900)", "(265,100)"), ("本年度溢利", "1,588,500", "1,341,700")],
              font="serif_cjk")
    s.text(560, y + 60, "財務狀況表（於二〇二六年三月三十一日）", 30, "serif_cjk")
    _rows(s, y + 150, [("非流動資產", "2,410,200", "2,655,000"), ("流動資產淨值", "3,794,500", "1,961,200"), ("權益總額", "6,204,700", "4,616,200")],
          font="serif_cjk")
    return scanned_png(s, "auditedhant"), {"company_name": "新域物流有限公司", "period_end": "2026-03-31", "revenue": 12846300.0,
                                           "profit": 1588500.0, "total_equity": 6204700.0}


def six_months_management() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "QUARTZLINE OPTICAL SUPPLIES LIMITED", 30, "serif_bold")
    s.text(380, 160, "Profit and Loss Account for the six months ended 30 September 2026 (unaudited)", 24, "serif")
    _rows(s, 250, [("", "HK$")], xs=(1430,))
    y = _rows(s, 310, [("Sales", "2,318,900"), ("Less: Cost of goods sold", "(1,402,300)"), ("Gross profit", "916,600"),
                       ("Less: Rent and rates", "(214,000)"), ("Staff costs", "(398,500)"), ("Other expenses", "(87,300)"),
                       ("Net profit", "216,800")], xs=(1430,))
    s.text(160, y + 50, "Balance sheet at 30 September 2026", 26, "serif_bold")
    _rows(s, y + 120, [("Share capital", "1,000,000"), ("Retained profits", "204,000"), ("Total capital and reserves", "1,204,000")], xs=(1430,))
    return scanned_png(s, "sixmonths"), {"company_name": "QUARTZLINE OPTICAL SUPPLIES LIMITED", "period_end": "2026-09-30", "revenue": 2318900.0,
                                         "profit": 216800.0, "total_equity": 1204000.0}


def br_labels_in_boxes() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(430, 90, "BUSINESS REGISTRATION CERTIFICATE  商業登記證", 30, "serif_bold")
    boxes = [(140, 200, 1514, 330, "Name of Business 業務名稱", ["HILLCREST GENERAL TRADING COMPANY LIMITED"]),
             (140, 330, 1514, 510, "Business Address 業務地址", ["ROOM 1708, 17/F, TOWER 2, 33 WANG CHIU ROAD,", "KOWLOON BAY, KOWLOON"]),
             (140, 510, 827, 640, "Nature of Business 業務性質", ["GENERAL TRADING"]), (827, 510, 1514, 640, "Certificate No. 登記證號碼", ["73058219-000-06-26-A"]),
             (140, 640, 827, 770, "Date of Commencement 生效日期", ["08-06-2026"]), (827, 640, 1514, 770, "Date of Expiry 屆滿日期", ["07-06-2027"])]
    for x0, y0, x1, y1, label, values in boxes:
        s.d.rectangle([x0, y0, x1, y1], outline="black", width=2)
        s.text(x0 + 16, y0 + 12, label, 20, "sans_cjk")
        for k, value in enumerate(values):
            s.text(x0 + 16, y0 + 54 + 44 * k, value, 26, "mono")
    return scanned_png(s, "labelsinboxes"), {"business_name": "HILLCREST GENERAL TRADING COMPANY LIMITED", "br_number": "73058219",
                                             "address": "ROOM 1708, 17/F, TOWER 2, 33 WANG CHIU ROAD, KOWLOON BAY, KOWLOON",
                                             "nature_of_business": "GENERAL TRADING", "commencement_date": "2026-06-08", "expiry_date": "2027-06-07"}


def write_all(folder: Path) -> list[dict]:
    papers = [("statement-audited-hant.png", audited_hant, "financial_statement", "audited-hant"),
              ("statement-six-months.png", six_months_management, "financial_statement", "six-months"),
              ("br-labels-in-boxes.png", br_labels_in_boxes, "br_certificate", "labels-in-boxes")]
    return write_drawn(folder, papers)
