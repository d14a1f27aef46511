"""A four-hundred-and-eighteenth drawn set, of a BR certificate, a contract and a financial statement, in wording and
layouts no earlier set drew: a BR certificate labelled in Chinese only, its dates written with hyphens (01-04-2026); a
simplified Chinese contract whose particulars are a ruled table (岗位, 合同期限 from one date to another, 月薪); a statement
whose rows carry a note number between the label and the figures. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredeighteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled


def br_chinese_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "商業登記證", 44, "serif_cjk")
    y = 240
    for label, value in [("登記證號碼", "70418265-000-04-26-3"), ("業務名稱", "NORTHPOINT MARINE SUPPLIES LIMITED"),
                         ("地址", "UNIT 5, 3/F, WING TAT INDUSTRIAL BUILDING, 18 SHEUNG HEI STREET, SAN PO KONG"),
                         ("業務性質", "SHIP CHANDLERY"), ("生效日期", "01-04-2026"), ("屆滿日期", "31-03-2027")]:
        s.text(160, y, label, 26, "serif_cjk")
        s.text(480, y, value, 22 if len(value) > 50 else 26, "mono")
        y += 72
    return scanned_png(s, "zhlabels"), {"business_name": "NORTHPOINT MARINE SUPPLIES LIMITED", "br_number": "70418265",
                                        "address": "UNIT 5, 3/F, WING TAT INDUSTRIAL BUILDING, 18 SHEUNG HEI STREET, SAN PO KONG",
                                        "nature_of_business": "SHIP CHANDLERY", "commencement_date": "2026-04-01", "expiry_date": "2027-03-31"}


def contract_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "聘用合同", 44, "serif_cjk")
    s.text(160, 200, "甲方（用人单位）：香港鲤鱼门食品贸易有限公司", 26, "serif_cjk")
    s.text(160, 260, "乙方（受聘人）：卢思远", 26, "serif_cjk")
    _ruled(s, 160, 340, [["岗位", "食品安全经理"], ["合同期限", "自2027年2月1日至2029年1月31日"], ["月薪", "港币42,000元"],
                         ["工作地点", "香港九龙观塘"]], [300, 900], 70, 26)
    s.text(160, 680, "甲方（盖章）：　　　　　　　乙方（签字）：", 26, "serif_cjk")
    return scanned_png(s, "table"), {"employer_name": "香港鲤鱼门食品贸易有限公司", "employee_name": "卢思远", "position": "食品安全经理",
                                     "start_date": "2027-02-01", "term_months": 24, "monthly_salary_hkd": 42000.0}


def notes_column() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 90, "LANTERN BAY EVENTS LIMITED", 28, "serif_bold")
    s.text(160, 150, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 DECEMBER 2025", 24, "serif_bold")
    y = 220
    for label, note, now, before in [("", "Note", "2025", "2024"), ("", "", "HK$", "HK$"), ("Revenue", "5", "6,128,500", "5,402,700"),
                                     ("Direct costs", "", "(4,311,200)", "(3,874,100)"), ("Other operating expenses", "6", "(915,400)", "(868,300)"),
                                     ("Profit before income tax", "7", "901,900", "660,300"), ("Income tax expense", "8", "(148,800)", "(108,900)"),
                                     ("Profit for the year", "", "753,100", "551,400"), ("", "", "", ""),
                                     ("Total equity at 31 December", "", "3,048,200", "2,295,100")]:
        s.text(160, y, label, 24, "serif")
        s.text(900, y, note, 24, "serif")
        for x, figure in zip((1190, 1430), (now, before)):
            s.text(x - 14 * len(figure), y, figure, 24, "serif")
        y += 54
    return scanned_png(s, "notes"), {"company_name": "LANTERN BAY EVENTS LIMITED", "period_end": "2025-12-31", "revenue": 6128500.0,
                                     "profit": 753100.0, "total_equity": 3048200.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("br-chinese-labels.png", br_chinese_labels, "br_certificate", "chinese-labels"),
              ("contract-table.png", contract_table, "employment_contract", "table"),
              ("statement-notes-column.png", notes_column, "financial_statement", "notes-column")]
    return write_drawn(folder, papers)
