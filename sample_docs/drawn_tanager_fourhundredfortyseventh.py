"""A four-hundred-and-forty-seventh drawn set, of a BR certificate, a statement and a contract, in wording and layouts
no earlier set drew: an e-BR printout whose labels are English over Chinese on two lines and whose dates have dashes
(15-10-2026); a statement in thousands (HK$'000) for a year ending in March, 'Total comprehensive income for the year'
under the year's profit; a traditional contract told in one paragraph (僱員獲聘為…，任期三年，由…起生效，月薪港幣…元).
Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredfortyseventh`). Every name and number is made
up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph


def ebr_printout() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(360, 100, "Business Registration Certificate (e-BR)", 32, "sans_bold")
    y = 210
    for en, zh, value in [("Certificate Number", "登記證號碼", "75124803-000-10-26-A"), ("Business Name", "業務名稱", "TIDEMARK DIGITAL PRINTING LIMITED"),
                          ("Business Address", "業務地址", "UNIT 5, 2/F, KWUN TONG INDUSTRIAL CENTRE, 436 KWUN TONG ROAD, KOWLOON"),
                          ("Nature of Business", "業務性質", "DIGITAL PRINTING SERVICES"), ("Commencement Date", "生效日期", "15-10-2026"),
                          ("Expiry Date", "屆滿日期", "14-10-2027")]:
        s.text(160, y, en, 22, "sans")
        s.text(160, y + 30, zh, 22, "sans_cjk")
        s.text(520, y + 14, value, 22, "sans")
        y += 92
    return scanned_png(s, "ebr"), {"business_name": "TIDEMARK DIGITAL PRINTING LIMITED", "br_number": "75124803",
                                   "address": "UNIT 5, 2/F, KWUN TONG INDUSTRIAL CENTRE, 436 KWUN TONG ROAD, KOWLOON",
                                   "nature_of_business": "DIGITAL PRINTING SERVICES", "commencement_date": "2026-10-15",
                                   "expiry_date": "2027-10-14"}


def thousands_comprehensive() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "SILVERSTRAND LOGISTICS HOLDINGS LIMITED", 30, "serif_bold")
    s.text(300, 160, "Statement of profit or loss and other comprehensive income for the year ended 31 March 2026", 22, "serif")
    _rows(s, 240, [("", "2026 HK$'000", "2025 HK$'000")])
    y = _rows(s, 300, [("Revenue", "12,450", "10,872"), ("Cost of services", "(9,118)", "(8,040)"), ("Profit before income tax", "1,382", "1,105"),
                       ("Income tax expense", "(228)", "(182)"), ("Profit for the year", "1,154", "923"),
                       ("Other comprehensive income", "(36)", "12"), ("Total comprehensive income for the year", "1,118", "935")])
    _rows(s, y + 60, [("Total equity", "8,274", "7,156")])
    return scanned_png(s, "thousands"), {"company_name": "SILVERSTRAND LOGISTICS HOLDINGS LIMITED", "period_end": "2026-03-31",
                                         "revenue": 12450000.0, "profit": 1154000.0, "total_equity": 8274000.0}


def traditional_paragraph_contract() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 100, "僱傭合約", 44, "serif_cjk")
    y = _paragraph(s, 140, 220, "　　本合約由僱主港灣醫學影像中心有限公司與僱員賴子軒訂立。僱員獲聘為醫學影像技術主任，任期三年，由二〇二七年三月一日起生效，月薪港幣肆萬捌仟元。", 30, 30, 62)
    text_lines(s, 140, y + 80, ["僱主簽署：", "僱員簽署：", "日期：2026年11月30日"], 28, "serif_cjk", 58)
    return scanned_png(s, "tradpara"), {"employer_name": "港灣醫學影像中心有限公司", "employee_name": "賴子軒", "position": "醫學影像技術主任",
                                        "start_date": "2027-03-01", "term_months": 36, "monthly_salary_hkd": 48000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("br-ebr-printout.png", ebr_printout, "br_certificate", "ebr-printout"),
              ("statement-thousands-comprehensive.png", thousands_comprehensive, "financial_statement", "thousands-comprehensive"),
              ("contract-traditional-paragraph.png", traditional_paragraph_contract, "employment_contract", "traditional-paragraph")]
    return write_drawn(folder, papers)
