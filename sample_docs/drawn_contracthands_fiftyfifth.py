"""A fifty-fifth drawn set, drawn after the fifty-fourth was mended: employment contracts in four layouts no set
drew. Terms as a bilingual table of rows; an agreement that states a yearly salary paid in twelve instalments,
its start 'with effect from the 1st day of' a month and its term in words and figures; a letter of appointment
in traditional Chinese with its sums in everyday Chinese numerals ('港幣四萬二千元正'); an offer addressed 'Dear Ms.
…' that names its employee in full only in the acceptance block at its foot. Each is a case of its own. Read once
through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set fiftyfifth`). Every
name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, write_sheets


def terms_table() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(120, 120, "Ridgeway Biologics Limited  嶺道生物製劑有限公司", 34, "sans_bold")
    s.text(120, 200, "TERMS OF EMPLOYMENT  僱傭條款", 36, "sans_bold")
    rows = [("Employee 僱員", "FENG Shuting 馮舒婷"), ("Position 職位", "Process Development Scientist"),
            ("Commencement Date 入職日期", "15 January 2027"), ("Contract Period 合約期", "2 years 兩年"),
            ("Monthly Salary 月薪", "HK$43,800"), ("Housing Allowance 房屋津貼", "N/A 不適用"),
            ("Year-end Bonus 年終花紅", "Discretionary 酌情發放"), ("Working Hours 工作時間", "9:00 - 18:00, Mon - Fri")]
    y = 300
    for label, value in rows:
        s.d.rectangle([120, y, 700, y + 80], outline="black", width=2)
        s.d.rectangle([700, y, 1540, y + 80], outline="black", width=2)
        s.text(140, y + 24, label, 26)
        s.text(720, y + 22, value, 28)
        y += 80
    s.text(120, y + 80, "Signed for and on behalf of Ridgeway Biologics Limited: ____________", 24)
    s.text(120, y + 140, "Signed by the Employee: ____________      Date: 20 November 2026", 24)
    return s, {"employer_name": "Ridgeway Biologics Limited", "employee_name": ("FENG SHUTING", "馮舒婷"),
               "position": "Process Development Scientist", "start_date": "2027-01-15", "term_months": 24,
               "monthly_salary_hkd": 43800.0, "housing_allowance_hkd": 0.0}


def yearly_salary() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(560, 120, "SERVICE AGREEMENT", 40, "serif_bold")
    paras = [
        "This Agreement is made between Larkspur Quantum Computing Limited (the \"Company\") and Mr. PAN Haoyu "
        "(the \"Executive\").",
        "1. The Company shall employ the Executive as Quantum Software Lead with effect from the 1st day of March 2027 "
        "for a period of twenty-four (24) months.",
        "2. The Executive shall receive an annual salary of HK$840,000, payable in twelve equal monthly instalments "
        "in arrear.",
        "3. The Company shall pay the Executive a housing allowance of HK$8,000 per month.",
        "4. The Executive shall be entitled to a guaranteed bonus of HK$70,000 payable in January of each year.",
        "5. Either party may terminate this Agreement by three months' notice in writing.",
    ]
    y = 240
    for para in paras:
        s.wrapped(150, y, para, 88, 26, "serif", 40)
        y += 40 * (len(para) // 84 + 1) + 40
    s.text(150, y + 80, "For Larkspur Quantum Computing Limited", 26, "serif")
    s.text(1000, y + 80, "The Executive", 26, "serif")
    return s, {"employer_name": "Larkspur Quantum Computing Limited", "employee_name": "PAN HAOYU",
               "position": "Quantum Software Lead", "start_date": "2027-03-01", "term_months": 24,
               "monthly_salary_hkd": 70000.0, "housing_allowance_hkd": 8000.0, "guaranteed_bonus_hkd": 70000.0}


def appointment_hant() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(640, 120, "聘 書", 60)
    lines = ["致：譚思遠先生", "",
             "本公司（海港智能物流有限公司）欣然聘請台端出任數據科學家一職，",
             "由二〇二七年二月一日起生效，為期三年。",
             "月薪為港幣四萬二千元正，另每月房屋津貼港幣六千元正。",
             "本公司保證每年十二月發放年終雙糧，金額相等於一個月月薪。",
             "如接受上述條款，請簽署本聘書副本交回本公司。", "",
             "海港智能物流有限公司", "人力資源部", "二〇二六年十一月十八日"]
    y = 280
    for line in lines:
        s.text(150, y, line, 34)
        y += 80
    return s, {"employer_name": "海港智能物流有限公司", "employee_name": "譚思遠", "position": "數據科學家",
               "start_date": "2027-02-01", "term_months": 36, "monthly_salary_hkd": 42000.0, "housing_allowance_hkd": 6000.0,
               "guaranteed_bonus_hkd": 42000.0}


def offer_signed_at_foot() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(150, 120, "Kestrelpoint Data Systems Limited", 38, "serif_bold")
    s.text(150, 180, "21/F, Harbourfront Tower, 8 Connaught Road Central, Hong Kong", 22, "serif")
    s.text(150, 300, "12 November 2026", 26, "serif")
    s.text(150, 380, "Dear Ms. Liang,", 26, "serif")
    s.text(150, 450, "Offer of Employment - Data Platform Engineer", 28, "serif_bold")
    paras = [
        "We are delighted to offer you the position of Data Platform Engineer, starting on 4 January 2027. "
        "This is a fixed-term appointment of 36 months.",
        "Your basic salary will be HK$47,500 per month. No housing allowance is provided. Any bonus is at the "
        "Company's discretion.",
        "Please confirm your acceptance by signing below.",
    ]
    y = 540
    for para in paras:
        s.wrapped(150, y, para, 86, 26, "serif", 40)
        y += 40 * (len(para) // 82 + 1) + 40
    s.text(150, y + 40, "Yours sincerely,", 26, "serif")
    s.text(150, y + 160, "Director, Kestrelpoint Data Systems Limited", 26, "serif")
    s.d.line([150, y + 240, 1500, y + 240], fill="black", width=1)
    s.text(150, y + 280, "ACCEPTANCE", 28, "serif_bold")
    s.text(150, y + 340, "I accept the offer on the terms above.", 26, "serif")
    s.text(150, y + 420, "Signature: ______________", 26, "serif")
    s.text(150, y + 480, "Name: LIANG Xiaoyu", 26, "serif")
    s.text(150, y + 540, "Date: ______________", 26, "serif")
    return s, {"employer_name": "Kestrelpoint Data Systems Limited", "employee_name": "LIANG XIAOYU",
               "position": "Data Platform Engineer", "start_date": "2027-01-04", "term_months": 36,
               "monthly_salary_hkd": 47500.0, "housing_allowance_hkd": 0.0}


LAYOUTS = {("employment_contract", "terms-table"): terms_table, ("employment_contract", "yearly-salary"): yearly_salary,
           ("employment_contract", "appointment-hant"): appointment_hant,
           ("employment_contract", "signed-at-foot"): offer_signed_at_foot}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS, lambda kind, layout: f"contract-{layout}.png")
