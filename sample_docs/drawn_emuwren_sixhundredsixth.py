"""A six-hundred-and-sixth drawn set, of an employer's papers, drawn in stop 86's first round to be read cold before any reader
changes for it, in wording and layouts no earlier set drew: an ID 990B page as a ruled table of bilingual labels (僱主名稱 Name of
Employer), the applicant's surname and given names in cells of their own and the Talent List answered 否 No; a BR certificate with
traditional labels before English ones in one cell and its values beside them; an income statement for a year ended 31 March with
'Revenue from contracts with customers', 'Profit attributable to owners of the company' and 'Total equity'. Each is a case of its own
(`scripts/bench_drawn_forms.py --set sixhundredsixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_memos_seventieth import _ruled


def employer_bilingual_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990B", 28, "sans_bold")
    s.text(140, 130, "第二部分 僱主資料  Part 2  Particulars of Employer", 30, "sans_bold")
    y = _ruled(s, 140, 220, [["僱主名稱 Name of Employer", "Tidewell Marine Analytics Limited"],
                             ["商業登記號碼 BR No.", "72046158-000"],
                             ["申請人姓氏 Surname of Applicant", "CHEN", "名字 Given Names", "YUTONG"],
                             ["職位 Post", "Hydrographic Data Scientist"],
                             ["每月薪酬 Monthly Salary", "HK$ 48,000"]], [560, 300, 260, 260], 84, 24)
    s.text(140, y + 50, "該職位是否屬人才清單所列的職業？ Is the post under the Talent List?", 24, "sans_cjk")
    s.tick(200, y + 110, False)
    s.text(250, y + 112, "是 Yes", 26, "sans_cjk")
    s.tick(420, y + 110, True)
    s.text(470, y + 112, "否 No", 26, "sans_cjk")
    return scanned_png(s, "bilingualtable"), {"employer_name": "Tidewell Marine Analytics Limited", "br_number": "72046158",
                                              "applicant_name": "CHEN YUTONG", "position": "Hydrographic Data Scientist",
                                              "monthly_salary_hkd": 48000.0, "talent_list": False}


def br_labels_stacked() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 90, "商業登記證", 44, "serif_cjk")
    s.text(480, 160, "BUSINESS REGISTRATION CERTIFICATE", 30, "serif_bold")
    y = 280
    for han, en, value in [("業務名稱", "Name of Business", "ORCHID RIDGE TEA HOUSE LIMITED"), ("登記證號碼", "Certificate No.", "72149305-000-04-26-8"),
                           ("地址", "Address", "UNIT 5, 3/F, 88 TUNG CHOI STREET, MONG KOK, KOWLOON"), ("業務性質", "Nature of Business", "RESTAURANT"),
                           ("生效日期", "Date of Commencement", "15/04/2026"), ("屆滿日期", "Date of Expiry", "14/04/2027")]:
        s.text(140, y, han, 26, "serif_cjk")
        s.text(140, y + 36, en, 22, "serif")
        s.text(560, y + 16, value, 26, "mono")
        y += 110
    return scanned_png(s, "stacked"), {"business_name": "ORCHID RIDGE TEA HOUSE LIMITED", "br_number": "72149305",
                                       "address": "UNIT 5, 3/F, 88 TUNG CHOI STREET, MONG KOK, KOWLOON", "nature_of_business": "RESTAURANT",
                                       "commencement_date": "2026-04-15", "expiry_date": "2027-04-14"}


def income_statement_owners() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "SILVERBIRCH PRECISION PARTS LIMITED", 30, "serif_bold")
    s.text(420, 160, "Consolidated income statement for the year ended 31 March 2026", 24, "serif")
    _rows(s, 240, [("", "2026", "2025"), ("", "HK$'000", "HK$'000")])
    y = _rows(s, 360, [("Revenue from contracts with customers", "18,426", "16,903"), ("Cost of sales", "(12,311)", "(11,480)"),
                       ("Other income", "214", "196"), ("Finance costs", "(302)", "(288)"), ("Profit before taxation", "2,486", "2,041"),
                       ("Income tax expense", "(410)", "(337)"), ("Profit attributable to owners of the company", "2,076", "1,704")])
    _rows(s, y + 60, [("Total equity at 31 March", "9,318", "7,242")])
    return scanned_png(s, "owners"), {"company_name": "SILVERBIRCH PRECISION PARTS LIMITED", "period_end": "2026-03-31", "revenue": 18426000.0,
                                      "profit": 2076000.0, "total_equity": 9318000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990b-bilingual-table.png", employer_bilingual_table, "employer_form", "bilingual-table"),
              ("br-labels-stacked.png", br_labels_stacked, "br_certificate", "labels-stacked"),
              ("statement-owners.png", income_statement_owners, "financial_statement", "owners")]
    return write_drawn(folder, papers)
