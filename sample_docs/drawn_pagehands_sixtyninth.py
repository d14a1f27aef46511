"""A sixty-ninth drawn set, drawn at the end of stop 60 and read cold only: papers in four layouts no set drew. Form ID
990A as a text PDF over two pages, the employment on its second page under a running header; a contract as a text PDF
over two pages whose pay clause is on the second; a consent in English dated in words ('this 4th day of November,
2026'); a BR certificate whose values are printed in Chinese first with the English under them. Each is a case of
its own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
sixtyninth`). Every name and number is made up."""
from __future__ import annotations

import zlib
from pathlib import Path

from .drawn_forms import Sheet, png_bytes, write_papers
from .drawn_papers_eighth import _chop
from .drawn_thirdhand_fiftythird import _pdf


def applicant_two_pages() -> bytes:
    head = [(60, 40, "ID 990A  Particulars of applicant  (continued)", 9)]
    one = [(420, 50, "ID 990A", 14), (60, 90, "PART A  PARTICULARS OF APPLICANT", 14),
           (60, 140, "Surname", 11), (260, 140, "XIE", 12), (60, 170, "Given names", 11), (260, 170, "MINGHUI", 12),
           (60, 200, "Name in Chinese", 11), (260, 200, "谢明辉", 12), (60, 230, "Sex", 11), (260, 230, "M", 12),
           (60, 260, "Date of birth", 11), (260, 260, "08/02/1990", 12), (60, 290, "Travel document number", 11),
           (260, 290, "EH7392041", 12), (60, 320, "HKID number (if any)", 11), (260, 320, "N/A", 12),
           (60, 780, "Page 1 of 2", 9)]
    two = head + [(60, 90, "PART B  EMPLOYMENT IN HONG KONG", 14),
                  (60, 140, "Prospective employer", 11), (260, 140, "Kingfisher Quay Data Centres Limited", 12),
                  (60, 170, "Post", 11), (260, 170, "Data Centre Operations Lead", 12),
                  (60, 200, "Monthly salary (HK$)", 11), (260, 200, "58,800", 12),
                  (60, 250, "Has the applicant obtained a degree from a full-time locally-accredited programme in Hong Kong?", 10),
                  (80, 280, "Yes", 11), (160, 280, "No", 11), (60, 780, "Page 2 of 2", 9)]
    return _pdf([one, two], [[], [(65, 280, False), (145, 280, True)]])


def contract_two_pages() -> bytes:
    one = [(200, 60, "EMPLOYMENT AGREEMENT", 16), (60, 110, "This Agreement is made on 12 November 2026 between", 11),
           (60, 130, "Kingfisher Quay Data Centres Limited (\"the Company\") and XIE Minghui (\"the Employee\").", 11),
           (60, 170, "1. Position", 12), (60, 190, "The Employee is employed as Data Centre Operations Lead.", 11),
           (60, 230, "2. Commencement and term", 12),
           (60, 250, "Employment commences on 1 March 2027 and continues for a fixed term of twenty-four months.", 11),
           (60, 290, "3. Duties", 12), (60, 310, "The Employee shall perform the duties the Company assigns from time to time.", 11),
           (60, 780, "1", 9)]
    two = [(60, 60, "4. Remuneration", 12),
           (60, 80, "4.1 The Company shall pay the Employee a basic salary of HK$58,800 per month.", 11),
           (60, 100, "4.2 The Employee is not entitled to any housing allowance.", 11),
           (60, 140, "5. Notice", 12), (60, 160, "Either party may end this Agreement by one month's notice in writing.", 11),
           (60, 300, "Signed for the Company ______________        Signed by the Employee ______________", 10),
           (60, 780, "2", 9)]
    return _pdf([one, two])


def consent_dated_in_words() -> Sheet:
    s = Sheet()
    s.text(150, 140, "HANGZHOU BLUEWATER ENVIRONMENTAL ENGINEERING CO., LTD.", 30, "serif_bold")
    s.text(150, 190, "杭州蓝水环境工程有限公司", 28, "serif_cjk")
    s.text(650, 320, "CONSENT", 40, "serif_bold")
    s.wrapped(150, 420, "We, Hangzhou Bluewater Environmental Engineering Co., Ltd., consent to our employee Ms. FAN Jingyi "
              "(passport No. EK3309514), Senior Engineer, taking up employment in the Hong Kong Special Administrative Region.",
              80, 28, "serif", leading=42)
    s.wrapped(150, 640, "Signed and sealed this 4th day of November, 2026.", 80, 28, "serif", leading=42)
    s.text(150, 800, "For and on behalf of the Company", 26, "serif")
    _chop(s, 420, 900, "杭州蓝水环境工程有限公司")
    return s


def br_chinese_first() -> Sheet:
    s = Sheet()
    s.text(480, 140, "商業登記證", 56, "serif_cjk")
    s.text(330, 220, "BUSINESS REGISTRATION CERTIFICATE", 36, "serif_bold")
    rows = [("業務名稱", "翠嶺精密模具有限公司", "GREENRIDGE PRECISION MOULDS LIMITED"),
            ("地址", "新界荃灣德士古道188號12樓5室", "UNIT 5, 12/F, 188 TEXACO ROAD, TSUEN WAN, N.T."),
            ("業務性質", "模具設計及製造", "MOULD DESIGN AND MANUFACTURING"), ("開業日期", "2014年5月6日", "06/05/2014"),
            ("屆滿日期", "2027年5月5日", "05/05/2027"), ("登記證號碼", "71826403-000-05-26-2", "")]
    y = 360
    for label, zh, en in rows:
        s.text(120, y, label, 28, "serif_cjk")
        s.text(480, y, zh, 30, "serif_cjk")
        if en:
            s.text(480, y + 44, en, 24)
        y += 110
    return s


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    scan = lambda sheet, file: png_bytes(sheet.scanned(zlib.crc32(file.encode())))  # noqa: E731
    papers = [
        ("id990a.pdf", applicant_two_pages(), "applicant_form", "two-pages",
         {"surname": "XIE", "given_names": "MINGHUI", "name_zh": "谢明辉", "sex": "M", "date_of_birth": "1990-02-08",
          "travel_document_number": "EH7392041", "employer_name": "Kingfisher Quay Data Centres Limited",
          "position": "Data Centre Operations Lead", "monthly_salary_hkd": 58800.0, "hk_local_degree": False}),
        ("contract.pdf", contract_two_pages(), "employment_contract", "two-pages",
         {"employer_name": "Kingfisher Quay Data Centres Limited", "employee_name": "XIE MINGHUI", "position": "Data Centre Operations Lead",
          "start_date": "2027-03-01", "term_months": 24, "monthly_salary_hkd": 58800.0, "housing_allowance_hkd": 0.0}),
        ("consent.png", scan(consent_dated_in_words(), "consent.png"), "consent_letter", "dated-in-words",
         {"organisation": ("Hangzhou Bluewater Environmental Engineering Co., Ltd.", "杭州蓝水环境工程有限公司"),
          "applicant_name": "FAN JINGYI", "date": "2026-11-04", "seal_present": True}),
        ("br.png", scan(br_chinese_first(), "br.png"), "br_certificate", "chinese-first",
         {"business_name": "GREENRIDGE PRECISION MOULDS LIMITED", "br_number": "71826403",
          "address": "UNIT 5, 12/F, 188 TEXACO ROAD, TSUEN WAN, N.T.", "nature_of_business": "MOULD DESIGN AND MANUFACTURING",
          "commencement_date": "2014-05-06", "expiry_date": "2027-05-05"}),
    ]
    return write_papers(folder, papers)
