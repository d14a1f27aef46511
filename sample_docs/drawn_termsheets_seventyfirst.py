"""A seventy-first drawn set, drawn after the seventieth was mended: papers in six layouts no set drew. A contract whose
term is stated only as two dates ('from 1 April 2027 to 31 March 2029') and whose pay is a yearly sum paid in twelve
instalments; form ID 990B as a table of items numbered B1, B2…, the salary written 'HK$46,500 x 12'; statements
'expressed in thousands of Hong Kong dollars' with an auditor's line at their foot; a business plan as a letter with a
small table of years; a consent whose organisation is named only in the footer of its letter paper, signed by a
general manager; a degree certificate whose number stands at its top left after 'No.'. Each is a case of its own.
Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set seventyfirst`).
Every name, number and institution is made up; the certificate's code (198xx) is no real institution's."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, write_sheets
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def contract_date_range() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(520, 120, "CONTRACT OF EMPLOYMENT", 40, "serif_bold")
    paras = ["Parties. Quillstone Semiconductor Testing Limited (the Employer) employs ZHAO Peiran (the Employee).",
             "Post. The Employee is appointed Test Engineering Manager and reports to the Director of Operations.",
             "Period. The employment runs from 1 April 2027 to 31 March 2029, both days inclusive.",
             "Remuneration. The Employee's total annual remuneration is HK$780,000, payable in twelve equal monthly "
             "instalments of HK$65,000 at the end of each month.",
             "Housing. Housing allowance: not applicable.",
             "Leave. The Employee is entitled to eighteen working days of paid annual leave in each year."]
    y = 260
    for n, para in enumerate(paras, 1):
        s.text(140, y, f"{n}.", 28, "serif")
        s.wrapped(200, y, para, 78, 28, "serif", leading=44)
        y += 44 * (len(para) // 78 + 1) + 40
    s.text(140, y + 120, "For the Employer ____________________     The Employee ____________________", 26, "serif")
    return s, {"employer_name": "Quillstone Semiconductor Testing Limited", "employee_name": "ZHAO PEIRAN",
               "position": "Test Engineering Manager", "start_date": "2027-04-01", "term_months": 24,
               "monthly_salary_hkd": 65000.0, "housing_allowance_hkd": 0.0}


def employer_b_items() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(1300, 80, "ID 990B", 32, "sans_bold")
    s.text(140, 150, "Part B  Information on the employment", 34, "sans_bold")
    _ruled(s, 140, 260, [["Item", "Question", "Answer"],
                         ["B1", "Full name of the company", "Quillstone Semiconductor Testing Limited"],
                         ["B2", "Business Registration Certificate No.", "68350217"],
                         ["B3", "Name of the person to be employed", "Mr ZHAO Peiran"],
                         ["B4", "Job title", "Test Engineering Manager"],
                         ["B5", "Salary offered", "HK$46,500 x 12"],
                         ["B6", "Profession on the Talent List? (Y/N)", "N"]], [110, 560, 700], 90, 26)
    return s, {"employer_name": "Quillstone Semiconductor Testing Limited", "br_number": "68350217",
               "applicant_name": "ZHAO PEIRAN", "position": "Test Engineering Manager", "monthly_salary_hkd": 46500.0,
               "talent_list": False}


def statements_in_thousands() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(380, 120, "MOSSBANK CLINICAL LABORATORIES LIMITED", 34, "serif_bold")
    s.text(300, 180, "STATEMENT OF PROFIT OR LOSS AND OTHER COMPREHENSIVE INCOME", 28, "serif_bold")
    s.text(560, 230, "For the year ended 30 June 2026", 28, "serif")
    s.text(420, 275, "(Expressed in thousands of Hong Kong dollars)", 26, "serif")
    s.text(1120, 350, "2026", 28, "serif_bold")
    s.text(1360, 350, "2025", 28, "serif_bold")
    rows = [("Turnover", "52,318", "47,905"), ("Cost of services", "(38,244)", "(35,610)"), ("Gross profit", "14,074", "12,295"),
            ("Other income", "412", "388"), ("Operating expenses", "(8,903)", "(8,116)"),
            ("Profit before taxation", "5,583", "4,567"), ("Income tax", "(921)", "(754)"),
            ("Profit and total comprehensive income for the year", "4,662", "3,813")]
    y = 420
    for label, this, last in rows:
        s.text(140, y, label, 28, "serif")
        s.text(1200 - 17 * len(this), y, this, 28, "serif")
        s.text(1440 - 17 * len(last), y, last, 28, "serif")
        y += 60
    s.text(140, y + 60, "Total equity at 30 June", 28, "serif")
    s.text(1200 - 17 * 6, y + 60, "26,137", 28, "serif")
    s.text(1440 - 17 * 6, y + 60, "21,475", 28, "serif")
    s.wrapped(140, y + 200, "These statements were audited by Fernleigh & Co., Certified Public Accountants, whose report "
              "dated 18 September 2026 expresses an unqualified opinion.", 84, 24, "serif", leading=36)
    return s, {"company_name": "MOSSBANK CLINICAL LABORATORIES LIMITED", "period_end": "2026-06-30", "currency": "HKD",
               "revenue": 52318000.0, "profit": 4662000.0, "total_equity": 26137000.0}


def plan_letter_with_years() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(140, 120, "Harrowgate Cold Chain Solutions Limited", 32, "serif_bold")
    s.text(140, 240, "To the Director of Immigration", 26, "serif")
    s.text(140, 320, "Our business plan for the next three years", 30, "serif_bold")
    s.wrapped(140, 400, "Harrowgate Cold Chain Solutions Limited was incorporated in July 2026 to run refrigerated "
              "warehousing for pharmacies in Kowloon. Its two shareholders have paid up HK$2,000,000 in cash, which "
              "funds the lease of the first store and its equipment.", 80, 28, "serif", leading=44)
    s.text(140, 640, "We expect the business to grow as follows:", 28, "serif")
    _ruled(s, 140, 710, [["Year", "Turnover (HK$)", "Local staff"], ["2027", "4,200,000", "5"], ["2028", "6,900,000", "8"],
                         ["2029", "9,100,000", "11"]], [300, 500, 400], 80, 28)
    s.text(140, 1120, "Yours faithfully,", 28, "serif")
    s.text(140, 1260, "LAM Hoi Ching, Director", 28, "serif")
    return s, {"capital_hkd": 2000000.0, "projected_turnover_hkd": 4200000.0, "local_jobs": 5}


def consent_footer_organisation() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(160, 260, "证  明", 56, "serif_cjk")
    y = _paragraph(s, 160, 420, "我单位员工邵清越（女，护照号码EK5180274）自2019年7月起在我单位担任结构工程师。"
                                "我单位同意其赴香港特别行政区工作，并为其保留人事关系。特此证明。", 30, 40, 80)
    s.text(900, y + 120, "总经理：赵立新", 36, "serif_cjk")
    s.text(900, y + 200, "2026年10月27日", 36, "serif_cjk")
    _chop(s, 1330, y + 160, "成都岷江建筑设计院有限公司")
    s.d.line([160, 2150, 1500, 2150], fill=(120, 120, 120), width=2)
    s.text(160, 2175, "成都岷江建筑设计院有限公司  地址：成都市锦江区东风路18号  电话：028-8600 1234", 24, "sans_cjk")
    return s, {"organisation": "成都岷江建筑设计院有限公司", "applicant_name": "邵清越", "date": "2026-10-27", "seal_present": True}


def degree_number_top_left() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(160, 120, "No.1983442024003319", 30, "serif")
    s.text(560, 300, "学士学位证书", 66, "serif_cjk")
    y = _paragraph(s, 200, 560, "祁明远，男，2002年3月9日生。在本校软件工程专业完成了本科学习计划，业已毕业，经审核符合"
                                "《中华人民共和国学位条例》的规定，授予工学学士学位。", 22, 40, 84)
    s.text(800, y + 200, "青崖科技大学", 40, "serif_cjk")
    s.text(760, y + 270, "校长（学位评定委员会主席）：", 30, "serif_cjk")
    s.text(820, y + 340, "2024年6月28日", 36, "serif_cjk")
    return s, {"holder_name": "祁明远", "date_of_birth": "2002-03-09", "institution": "青崖科技大学", "degree": ("工学学士学位", "工学学士"),
               "major": "软件工程", "date_awarded": "2024-06-28", "certificate_number": "1983442024003319"}


LAYOUTS = {("employment_contract", "date-range"): contract_date_range, ("employer_form", "b-items"): employer_b_items,
           ("financial_statement", "in-thousands"): statements_in_thousands, ("business_plan", "letter-years"): plan_letter_with_years,
           ("consent_letter", "footer-organisation"): consent_footer_organisation,
           ("degree_certificate", "number-top-left"): degree_number_top_left}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS)
