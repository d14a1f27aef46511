"""A ninety-seventh drawn set: papers in five layouts no set drew. A BR certificate whose labels stand in two lines, the
Chinese over the English, beside values set level with the first; a contract stating its sum with its words in
brackets ('HK$55,000.00 (Hong Kong Dollars Fifty-Five Thousand Only)') and its start with an ordinal ('1st March
2027'); form ID 990B whose monthly salary row was filled with a yearly sum; a consent as a unit's approval grid, its
opinion and date written by hand ('2026.11.20'). Each is a case of its own. Read once through the product before any
reader changes for it (`scripts/bench_drawn_forms.py --set ninetyseventh`). Every name and number is made up."""
from __future__ import annotations

import zlib
from pathlib import Path

from .drawn_forms import Sheet, png_bytes, write_papers
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

PEN = (20, 30, 120)


def _scan(sheet: Sheet, name: str) -> bytes:
    return png_bytes(sheet.scanned(zlib.crc32(name.encode())))


def br_stacked_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 140, "BUSINESS REGISTRATION CERTIFICATE", 40, "serif_bold")
    s.text(640, 200, "商業登記證", 40, "serif_cjk")
    rows = [("業務名稱", "Name of Business", ["ORIOLE PRECISION METROLOGY LIMITED"]),
            ("地址", "Address", ["SHOP 12, G/F, KWAI FUNG INDUSTRIAL BUILDING,", "38 KWAI FUNG CRESCENT, KWAI CHUNG, NEW TERRITORIES"]),
            ("業務性質", "Nature of Business", ["CALIBRATION AND TESTING"]), ("法律地位", "Status", ["CORP"]),
            ("開業日期", "Date of Commencement", ["19/09/2017"]), ("屆滿日期", "Date of Expiry", ["18/09/2027"]),
            ("登記證號碼", "Certificate No.", ["62184390-000-09-26-A"])]
    y = 340
    for zh, en, values in rows:
        s.text(140, y, zh, 24, "serif_cjk")
        s.text(140, y + 32, en, 22, "serif")
        for k, v in enumerate(values):
            s.text(620, y + 40 * k, v, 26, "mono")
        y += 110 + 40 * (len(values) - 1)
    return _scan(s, "br"), {"business_name": "ORIOLE PRECISION METROLOGY LIMITED", "br_number": "62184390",
                            "address": "SHOP 12, G/F, KWAI FUNG INDUSTRIAL BUILDING, 38 KWAI FUNG CRESCENT, KWAI CHUNG, NEW TERRITORIES",
                            "nature_of_business": "CALIBRATION AND TESTING", "commencement_date": "2017-09-19", "expiry_date": "2027-09-18"}


def contract_words_in_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 110, "EMPLOYMENT CONTRACT", 40, "serif_bold")
    paras = ["This contract is made between Oriole Precision Metrology Limited (the \"Employer\") and Mr LIANG Zhiyuan "
             "(the \"Employee\").",
             "1. The Employer shall employ the Employee as Senior Calibration Engineer with effect from 1st March 2027 for a "
             "period of thirty-six (36) calendar months.",
             "2. The Employee's salary shall be HK$55,000.00 (Hong Kong Dollars Fifty-Five Thousand Only) per month, payable "
             "on or before the seventh day of the following month.",
             "3. No housing allowance is payable."]
    y = 220
    for p in paras:
        s.wrapped(140, y, p, 88, 26, "serif", leading=44)
        y += 44 * (len(p) // 88 + 1) + 34
    s.text(140, y + 80, "Signed by the Employer", 24, "serif")
    s.text(900, y + 80, "Signed by the Employee", 24, "serif")
    return _scan(s, "contract"), {"employer_name": "Oriole Precision Metrology Limited", "employee_name": "LIANG ZHIYUAN",
                                  "position": "Senior Calibration Engineer", "start_date": "2027-03-01", "term_months": 36,
                                  "monthly_salary_hkd": 55000.0, "housing_allowance_hkd": 0.0}


def employer_yearly_in_monthly_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "sans_bold")
    s.text(140, 140, "PART 2  DETAILS OF EMPLOYMENT", 30, "sans_bold")
    rows = [("Name of company", "Oriole Precision Metrology Limited"), ("BR No.", "62184390"), ("Employee's name", "LIANG ZHIYUAN"),
            ("Job title", "Senior Calibration Engineer"), ("Monthly salary", "HK$660,000 per annum")]
    y = 240
    for label, value in rows:
        s.text(140, y, label, 26, "sans")
        s.text(620, y - 4, value, 32, "hand", PEN)
        s.d.line([610, y + 40, 1500, y + 40], fill="black", width=1)
        y += 84
    s.text(140, y + 30, "Talent List post?", 26, "sans")
    s.tick(620, y + 26, False)
    s.text(670, y + 30, "Yes", 26, "sans")
    s.tick(780, y + 26, True)
    s.text(830, y + 30, "No", 26, "sans")
    return _scan(s, "id990b"), {"employer_name": "Oriole Precision Metrology Limited", "br_number": "62184390", "applicant_name": "LIANG ZHIYUAN",
                                "position": "Senior Calibration Engineer", "monthly_salary_hkd": 55000.0, "talent_list": False}


def consent_approval_grid() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 130, "在职人员赴港工作审批表", 48, "sans_cjk")
    _ruled(s, 120, 260, [["姓名", "梁志远", "性别", "男"], ["出生年月", "1987.05", "职务", "计量工程师"],
                         ["所在单位", "佛山市顺达计量检测有限公司"], ["赴港事由", "受聘于香港黄鹂精密计量有限公司"]], [240, 460, 240, 480], 90, 28)
    s.d.rectangle([120, 620, 1540, 1000], outline="black", width=2)
    s.text(140, 640, "单位意见", 28, "sans_cjk")
    s.text(360, 720, "同意。", 44, "hand_cjk", PEN)
    s.text(1060, 900, "2026.11.20", 36, "hand", PEN)
    _chop(s, 880, 840, "佛山市顺达计量检测有限公司")
    return _scan(s, "consent"), {"organisation": "佛山市顺达计量检测有限公司", "applicant_name": "梁志远", "date": "2026-11-20", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("br-stacked-labels.png", br_stacked_labels, "br_certificate", "stacked-labels"),
              ("contract-words-in-brackets.png", contract_words_in_brackets, "employment_contract", "words-in-brackets"),
              ("id990b-yearly.png", employer_yearly_in_monthly_row, "employer_form", "yearly-in-monthly-row"),
              ("consent-approval-grid.png", consent_approval_grid, "consent_letter", "approval-grid")]
    out = []
    for file, draw, kind, layout in papers:
        data, fields = draw()
        out.append((file, data, kind, layout, fields))
    return write_papers(folder, out)
