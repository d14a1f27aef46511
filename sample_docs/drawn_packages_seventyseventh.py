"""A seventy-seventh drawn set, drawn after the seventy-sixth was mended: papers in five layouts no set drew. Form ID
990B filled in simplified Chinese as a Mainland office drafts it (雇主名称, 申请人姓名, 是否属于人才清单所列专业); form ID
990A in English with the birth date written in Chinese ('1994年3月8日') and an Exit-entry Permit's number; a contract
whose package is a table of yearly sums ('Basic salary  HK$40,000 x 12  HK$480,000'); a consent addressed to the
employer in Hong Kong, which 'agrees that' its engineer may join it; a summary of financial information in millions
of Hong Kong dollars ('HK$ million', 'Revenue 58.3'). Each is a case of its own. Read once through the product before
any reader changes for it (`scripts/bench_drawn_forms.py --set seventyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, write_sheets
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def employer_simplified() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(1300, 80, "ID 990B", 32, "sans_bold")
    s.text(140, 150, "雇主资料及聘用详情", 40, "sans_cjk")
    _ruled(s, 140, 260, [["雇主名称", "恒拓海事工程有限公司"], ["商业登记号码", "73195026"], ["申请人姓名", "邹欣悦"],
                         ["拟聘职位", "海事工程师"], ["月薪（港元）", "51,200"]], [420, 960], 96, 30)
    s.text(140, 800, "该职位是否属于人才清单所列专业？", 30, "sans_cjk")
    s.tick(160, 860, False)
    s.text(210, 860, "是", 30, "sans_cjk")
    s.tick(330, 860, True)
    s.text(380, 860, "否", 30, "sans_cjk")
    return s, {"employer_name": "恒拓海事工程有限公司", "br_number": "73195026", "applicant_name": "邹欣悦", "position": "海事工程师",
               "monthly_salary_hkd": 51200.0, "talent_list": False}


def applicant_chinese_date() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(1300, 80, "ID 990A", 32, "sans_bold")
    s.text(140, 150, "APPLICANT'S PARTICULARS", 32, "sans_bold")
    rows = [("Surname", "ZOU"), ("Given names", "XINYUE"), ("Chinese name", "邹欣悦"), ("Sex", "Female"), ("Date of birth", "1994年3月8日"),
            ("Exit-entry Permit No.", "C58312094"), ("Prospective employer", "Hengtuo Marine Engineering Limited"),
            ("Post", "Marine Engineer"), ("Monthly salary", "HK$51,200")]
    y = 260
    for label, value in rows:
        s.text(140, y, label + ":", 28)
        s.text(620, y - 4, value, 32, "hand" if value.isascii() else "hand_cjk", (20, 30, 120))
        y += 80
    s.text(140, y + 30, "Holder of a degree from a full-time locally-accredited programme in Hong Kong?", 24)
    s.tick(160, y + 80, False)
    s.text(210, y + 80, "Yes", 26)
    s.tick(340, y + 80, True)
    s.text(390, y + 80, "No", 26)
    return s, {"surname": "ZOU", "given_names": "XINYUE", "name_zh": "邹欣悦", "sex": "F", "date_of_birth": "1994-03-08",
               "travel_document_number": "C58312094", "employer_name": "Hengtuo Marine Engineering Limited", "position": "Marine Engineer",
               "monthly_salary_hkd": 51200.0, "hk_local_degree": False}


def contract_package_table() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(140, 120, "Hengtuo Marine Engineering Limited", 32, "serif_bold")
    s.text(140, 230, "Terms of Appointment", 36, "serif_bold")
    s.wrapped(140, 310, "Name of appointee: ZOU Xinyue.  Post: Marine Engineer.  Date of commencement: 1 March 2027.  "
              "Term: three years.", 80, 26, "serif", leading=40)
    _ruled(s, 140, 460, [["Remuneration package", "Monthly", "Per year"], ["Basic salary", "HK$40,000 x 12", "HK$480,000"],
                         ["Guaranteed 13th month", "", "HK$40,000"], ["Housing allowance", "HK$8,000 x 12", "HK$96,000"],
                         ["Total", "", "HK$616,000"]], [520, 420, 400], 70, 24)
    s.text(140, 900, "Accepted by the appointee: ________________", 26, "serif")
    return s, {"employer_name": "Hengtuo Marine Engineering Limited", "employee_name": "ZOU XINYUE", "position": "Marine Engineer",
               "start_date": "2027-03-01", "term_months": 36, "monthly_salary_hkd": 40000.0, "housing_allowance_hkd": 8000.0}


def consent_to_the_employer() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(160, 120, "QINGDAO BLUEHARBOUR SHIPYARD CO., LTD.", 34, "serif_bold")
    s.text(160, 170, "青岛蓝港船厂有限公司", 30, "serif_cjk")
    s.text(160, 280, "To: Hengtuo Marine Engineering Limited, Hong Kong", 26, "serif")
    s.text(160, 330, "Date: 29 October 2026", 26, "serif")
    s.text(160, 420, "Re: Ms ZOU Xinyue", 28, "serif_bold")
    s.wrapped(160, 500, "Our company agrees that Ms ZOU Xinyue, a marine engineer in our design institute, may leave us "
              "to join your company in Hong Kong.", 76, 28, "serif", leading=46)
    s.text(160, 700, "Qingdao Blueharbour Shipyard Co., Ltd.", 28, "serif")
    _chop(s, 760, 820, "青岛蓝港船厂有限公司")
    return s, {"organisation": ("Qingdao Blueharbour Shipyard Co., Ltd.", "青岛蓝港船厂有限公司"), "applicant_name": "ZOU XINYUE",
               "date": "2026-10-29", "seal_present": True}


def summary_in_millions() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(320, 120, "STONEBRIDGE FREIGHT HOLDINGS LIMITED", 36, "serif_bold")
    s.text(380, 180, "Summary of financial information", 30, "serif")
    s.text(380, 225, "Year ended 30 September 2026", 28, "serif")
    s.text(1200, 300, "HK$ million", 26, "serif_bold")
    rows = [("Revenue", "58.3"), ("Gross profit", "17.9"), ("Profit before tax", "6.4"), ("Profit after tax", "5.3"),
            ("Total assets", "41.7"), ("Total equity", "24.6")]
    y = 360
    for label, value in rows:
        s.text(200, y, label, 28, "serif")
        s.text(1330 - 17 * len(value), y, value, 28, "serif")
        y += 60
    return s, {"company_name": "STONEBRIDGE FREIGHT HOLDINGS LIMITED", "period_end": "2026-09-30", "currency": "HKD",
               "revenue": 58300000.0, "profit": 5300000.0, "total_equity": 24600000.0}


LAYOUTS = {("employer_form", "simplified"): employer_simplified, ("applicant_form", "chinese-date"): applicant_chinese_date,
           ("employment_contract", "package-table"): contract_package_table, ("consent_letter", "to-the-employer"): consent_to_the_employer,
           ("financial_statement", "in-millions"): summary_in_millions}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS)
