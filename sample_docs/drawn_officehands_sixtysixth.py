"""A sixty-sixth drawn set, drawn after the sixty-fifth was mended: offers, contracts and a form in four layouts no set
drew. A Hong Kong company's offer written in simplified Chinese ('录用通知书'); a letter of appointment that names the
post in its 'Re:' line and the pay as a yearly package; a contract whose particulars give the salary in HKD with
cents and the employee's Chinese name in brackets; form ID 990B printed from a spreadsheet, with its grid, column
letters and row numbers. Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set sixtysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, write_sheets


def offer_hans() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(150, 120, "澜湾数码科技有限公司", 40, "serif_cjk")
    s.text(150, 180, "Lanbay Digital Technology Limited", 26, "serif")
    s.text(640, 300, "录用通知书", 52, "serif_cjk")
    lines = ["尊敬的秦沐阳先生：", "经面试评估，本公司决定录用您，具体条件如下：", "一、岗位：云平台架构师", "二、入职日期：2027年3月15日",
             "三、合同期限：两年", "四、月薪：港币五万六千元（HK$56,000）", "五、工作地点：香港九龙观塘", "请于2026年11月30日前签署回执。",
             "澜湾数码科技有限公司", "人力资源部", "2026年11月18日"]
    y = 420
    for line in lines:
        s.text(150 if not line.startswith(("澜湾", "人力", "2026年11月18")) else 950, y, line, 34, "serif_cjk")
        y += 80
    return s, {"employer_name": ("澜湾数码科技有限公司", "Lanbay Digital Technology Limited"), "employee_name": "秦沐阳",
               "position": "云平台架构师", "start_date": "2027-03-15", "term_months": 24, "monthly_salary_hkd": 56000.0}


def appointment_yearly_package() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(150, 120, "QUILLSTONE REINSURANCE SERVICES LIMITED", 32, "sans_bold")
    s.text(150, 170, "Level 30, One Harbourfront, 18 Tak Fung Street, Hung Hom, Kowloon", 22)
    s.text(150, 280, "26 November 2026", 26)
    s.text(150, 340, "Ms. Ge Xinyue", 26)
    s.text(150, 440, "Dear Ms. Ge,", 26)
    s.text(150, 510, "Re: Appointment as Senior Actuarial Analyst", 28, "sans_bold")
    paras = ["We are pleased to confirm your appointment with Quillstone Reinsurance Services Limited on the following terms.",
             "Your appointment will take effect on 1 April 2027 and is for a fixed term of 36 months.",
             "Your total annual remuneration package is HK$816,000, payable in twelve equal monthly instalments. There is no "
             "housing allowance.",
             "Please sign and return the duplicate of this letter to confirm your acceptance."]
    y = 590
    for para in paras:
        s.wrapped(150, y, para, 86, 26, leading=38)
        y += 38 * (len(para) // 84 + 1) + 26
    s.text(150, y + 60, "Yours sincerely,", 26)
    s.text(150, y + 200, "Edwin Sham, Chief Actuary", 26)
    return s, {"employer_name": "Quillstone Reinsurance Services Limited", "employee_name": "GE XINYUE",
               "position": "Senior Actuarial Analyst", "start_date": "2027-04-01", "term_months": 36, "monthly_salary_hkd": 68000.0,
               "housing_allowance_hkd": 0.0}


def contract_hkd_cents() -> tuple[Sheet, dict]:
    s = Sheet()
    s.text(520, 120, "CONTRACT OF EMPLOYMENT", 40, "serif_bold")
    rows = [("Employer", "Brambleford Aerospace Components Limited"), ("Employee", "LUO Jiahe (罗嘉禾), PRC Passport No. EE5069138"),
            ("Job Title", "Stress Analysis Engineer"), ("Commencement Date", "7 June 2027"), ("Contract Term", "24 months"),
            ("Monthly Basic Salary", "HKD 52,000.00"), ("Housing Allowance", "HKD 0.00"), ("Probation", "3 months")]
    y = 260
    for label, value in rows:
        s.text(150, y, label, 28, "serif_bold")
        s.text(620, y, value, 28, "serif")
        y += 70
    s.wrapped(150, y + 40, "The Employee agrees to the terms above and to the Employer's staff handbook, which forms part of "
              "this contract.", 86, 26, "serif", leading=36)
    return s, {"employer_name": "Brambleford Aerospace Components Limited", "employee_name": ("LUO JIAHE", "罗嘉禾"),
               "position": "Stress Analysis Engineer", "start_date": "2027-06-07", "term_months": 24, "monthly_salary_hkd": 52000.0,
               "housing_allowance_hkd": 0.0}


def employer_spreadsheet() -> tuple[Sheet, dict]:
    s = Sheet()
    grey, light = (150, 150, 150), (205, 205, 205)
    widths = [60, 520, 60, 700]
    xs = [80]
    for w in widths:
        xs.append(xs[-1] + w)
    for k, letter in enumerate(" ABC"):
        if k:
            s.text(xs[k] + widths[k] // 2 - 8, 110, letter, 20)
    rows = [("ID 990B - Employer's particulars", ""), ("", ""), ("Employer name", "Fernhollow Water Technologies Limited"),
            ("BR number", "75092648"), ("Applicant name", "TIAN YUHANG"), ("Post", "Membrane Process Engineer"),
            ("Monthly salary (HK$)", "47,300"), ("Post on Talent List? (Y/N)", "Y"), ("", ""), ("Prepared by HR, 20/11/2026", "")]
    y = 150
    for n, (label, value) in enumerate(rows, start=1):
        for x0, x1 in zip(xs, xs[1:]):
            s.d.rectangle([x0, y, x1, y + 56], outline=light, width=1)
        s.text(xs[0] + 14, y + 16, str(n), 20)
        s.text(xs[1] + 10, y + 14, label, 24, "sans_bold" if n == 1 else "sans")
        s.text(xs[3] + 10, y + 14, value, 24)
        y += 56
    s.d.rectangle([xs[0], 100, xs[-1], y], outline=grey, width=2)
    return s, {"employer_name": "Fernhollow Water Technologies Limited", "br_number": "75092648", "applicant_name": "TIAN YUHANG",
               "position": "Membrane Process Engineer", "monthly_salary_hkd": 47300.0, "talent_list": True}


LAYOUTS = {("employment_contract", "offer-hans"): offer_hans, ("employment_contract", "yearly-package"): appointment_yearly_package,
           ("employment_contract", "hkd-cents"): contract_hkd_cents, ("employer_form", "spreadsheet"): employer_spreadsheet}


def write_all(folder: Path) -> list[dict]:
    return write_sheets(folder, LAYOUTS)
