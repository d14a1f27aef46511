"""A three-hundred-and-fifty-first drawn set, of a BR demand note, accounts and a contract, drawn at the end of stop 77
after its last reader change, to be read cold and left unmended, in wording and layouts no earlier set drew: a
business registration fee and levy demand note whose number carries its branch and check parts
(73124598-000-05-26-1) and whose validity is a period ('15/05/2026 to 14/05/2027'); a statement of profit or loss of
two years' columns, the tax in brackets between the profit before tax and the year's; an English offer letter that
states the salary 'per mensem' and the term as 'thirty (30) months'. Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredfiftyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def demand_note() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(260, 110, "BUSINESS REGISTRATION FEE AND LEVY DEMAND NOTE", 32, "serif_bold")
    s.text(560, 160, "商業登記費及徵費繳款通知書", 32, "serif_cjk")
    y = 280
    for label, value in [("Business Registration No. 商業登記號碼", "73124598-000-05-26-1"), ("Name of Business 業務名稱", "NORTHSTAR TRADING LIMITED"),
                         ("Address 地址", "FLAT 12, 9/F, 88 HENNESSY ROAD, WAN CHAI"),
                         ("Nature of Business 業務性質", "IMPORT AND EXPORT OF ELECTRONIC PARTS"), ("Date of Commencement 開業日期", "15/05/2019"),
                         ("Period of Validity 有效期", "15/05/2026 to 14/05/2027"), ("Amount Payable 應繳款額", "HK$2,200")]:
        s.text(140, y, label, 22, "serif_cjk")
        s.text(760, y, value, 24, "serif")
        y += 62
    return scanned_png(s, "demandnote"), {"business_name": "NORTHSTAR TRADING LIMITED", "br_number": "73124598",
                                          "address": "FLAT 12, 9/F, 88 HENNESSY ROAD, WAN CHAI",
                                          "nature_of_business": "IMPORT AND EXPORT OF ELECTRONIC PARTS",
                                          "commencement_date": "2019-05-15", "expiry_date": "2027-05-14"}


def two_years_of_profit() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "LANTAU HARBOUR FOODS LIMITED", 32, "serif_bold")
    s.text(300, 160, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 MARCH 2026", 24, "serif_bold")
    s.text(1000, 240, "2026", 24, "serif_bold")
    s.text(1250, 240, "2025", 24, "serif_bold")
    s.text(1000, 280, "HK$", 22, "serif")
    s.text(1250, 280, "HK$", 22, "serif")
    y = 330
    for label, now, before in [("Revenue", "12,480,300", "11,204,150"), ("Cost of sales", "(7,655,200)", "(6,980,400)"),
                               ("Gross profit", "4,825,100", "4,223,750"), ("Administrative expenses", "(2,904,700)", "(2,711,300)"),
                               ("Profit before tax", "1,920,400", "1,512,450"), ("Income tax expense", "(316,866)", "(249,554)"),
                               ("Profit for the year", "1,603,534", "1,262,896")]:
        s.text(160, y, label, 24, "serif")
        s.text(1000, y, now, 24, "serif")
        s.text(1250, y, before, 24, "serif")
        y += 52
    s.text(160, y + 60, "Total equity at 31 March 2026: HK$6,842,100", 24, "serif")
    return scanned_png(s, "twoyears"), {"company_name": "LANTAU HARBOUR FOODS LIMITED", "period_end": "2026-03-31", "revenue": 12480300.0,
                                        "profit": 1603534.0, "total_equity": 6842100.0}


def per_mensem() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Tidewater Advanced Materials Limited", 30, "serif_bold")
    text_lines(s, 160, 200, ["25 November 2026", "", "Dr. SHAO Wenjie", "", "Dear Dr. SHAO,", "",
                             "We offer you the post of Principal Materials Scientist for a term of thirty (30) months from",
                             "1 March 2027, at a salary of HK$72,000 per mensem.", "",
                             "Yours sincerely,", "", "Tidewater Advanced Materials Limited", "", "I accept: SHAO Wenjie"], 24, "serif", 44)
    return scanned_png(s, "permensem"), {"employer_name": "Tidewater Advanced Materials Limited", "employee_name": "SHAO WENJIE",
                                         "position": "Principal Materials Scientist", "start_date": "2027-03-01", "term_months": 30,
                                         "monthly_salary_hkd": 72000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("br-demand-note.png", demand_note, "br_certificate", "demand-note"),
              ("accounts-two-years-of-profit.png", two_years_of_profit, "financial_statement", "two-years-of-profit"),
              ("contract-per-mensem.png", per_mensem, "employment_contract", "per-mensem")]
    return write_drawn(folder, papers)
