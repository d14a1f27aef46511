"""The employer's documents as page descriptions plus the field values they state."""
from __future__ import annotations

import random
from datetime import date, timedelta

from .applicant_docs import GenDoc, fmt_date
from .identity import Company, Person
from .layouts import capital_numerals
from .render import PageSpec, Rect, Seal


def chinese_capital(n: int) -> str:
    """45000 -> 肆万伍仟元整 (PBOC rules, integer amounts)."""
    return capital_numerals(n, "零壹贰叁肆伍陆柒捌玖", "万", "元整")


def money(v: float) -> str:
    return f"{v:,.0f}"


def employment_contract(c: Company, p: Person, post: str, start: date, term_months: int, monthly: int,
                        housing: int, thirteenth: bool, rng: random.Random, chinese: bool = False) -> GenDoc:
    pages = [PageSpec(), PageSpec()]
    if chinese:
        return _contract_zh(c, p, post, start, term_months, monthly, housing, thirteenth, rng, pages)
    style = rng.choice(DATE_STYLE_EN)
    font = rng.choice(("serif", "sans"))
    a = pages[0]
    title = rng.choice(["EMPLOYMENT CONTRACT", "CONTRACT OF EMPLOYMENT", "LETTER OF APPOINTMENT"])
    a.text(105, 28, title, font + "_bold", 16, align="center")
    y = a.para(22, 44, f"This contract is made between {c.name_en} (the \"Employer\"), whose registered office is at {c.address}, "
               f"and {('Mr.' if p.sex == 'M' else 'Ms.')} {p.name_en} (the \"Employee\").", 166, font, 11)
    pay_forms = [
        f"The Employee shall receive a monthly salary of HK${money(monthly)} payable at the end of each calendar month.",
        f"The Employer shall pay the Employee a basic salary of HKD {money(monthly * 12)} per annum, payable in twelve equal monthly instalments.",
        f"Salary: HK${money(monthly)} per month (Hong Kong Dollars {_words(monthly)} only).",
        f"Remuneration: The Employee's monthly salary shall be Hong Kong Dollars {_words(monthly)} only, paid monthly in arrears.",
    ]
    clauses = [
        f"Position: The Employee is employed as {post} in the {rng.choice(['Technology', 'Finance', 'Operations', 'Business'])} Department.",
        f"Commencement: Employment shall commence on {fmt_date(start, style)} for a fixed term of {term_months} months, "
        f"subject to a probation period of {rng.choice([3, 6])} months.",
        rng.choice(pay_forms),
    ]
    if housing:
        clauses.append(f"Housing allowance: In addition, the Employer shall provide a housing allowance of HK${money(housing)} per month.")
    if thirteenth:
        clauses.append(rng.choice(["A guaranteed 13th month payment equal to one month's basic salary is payable in December.",
                                   "The Employee is entitled to a guaranteed year-end payment (double pay) equal to one month's salary."]))
    clauses.append(f"A discretionary bonus of up to HK${money(monthly * 2)} may be paid subject to performance.")
    clauses += ["Working hours: 9:00 a.m. to 6:00 p.m., Monday to Friday, with one hour meal break.",
                "Annual leave: 14 working days per year in addition to statutory holidays.",
                "MPF: Both parties shall contribute to a Mandatory Provident Fund scheme as required by law.",
                "Termination: Either party may terminate this contract by giving one month's notice or payment in lieu."]
    y += 6
    page, n = a, 1
    for text in clauses:
        if y > 250:
            page, y = pages[1], 30
        y = page.para(22, y, f"{n}. {text}", 166, font, 11) + 3
        n += 1
    b = pages[1]
    b.text(22, 200, f"For and on behalf of {c.name_en}", font, 11)
    b.text(22, 225, "Authorised Signature", font, 10)
    b.text(120, 225, f"Employee: {p.name_en}", font, 10)
    b.ops.append(Seal(60, 212, 16, c.name_zh))
    package = 12 * monthly + 12 * housing + (monthly if thirteenth else 0)
    fields = {"employer_name": c.name_en, "employee_name": p.name_en, "position": post, "start_date": start.isoformat(),
              "term_months": term_months, "monthly_salary_hkd": float(monthly), "housing_allowance_hkd": float(housing) if housing else None,
              "guaranteed_bonus_hkd": float(monthly) if thirteenth else None, "annual_package_hkd": float(package)}
    return GenDoc("employment_contract", pages, {k: v for k, v in fields.items() if v is not None})


DATE_STYLE_EN = ("iso", "dmy_text", "dmy_slash")


def _words(n: int) -> str:
    ones = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

    def h(x):
        out = []
        if x >= 100:
            out.append(ones[x // 100] + " hundred")
            x %= 100
        if x >= 20:
            out.append(tens[x // 10] + ("-" + ones[x % 10] if x % 10 else ""))
        elif x:
            out.append(ones[x])
        return " ".join(out)

    parts = []
    if n >= 1000:
        parts.append(h(n // 1000) + " thousand")
    if n % 1000:
        parts.append(h(n % 1000))
    return " ".join(parts).title()


def _contract_zh(c, p, post, start, term_months, monthly, housing, thirteenth, rng, pages):
    a = pages[0]
    font = rng.choice(("serif_cjk", "sans_cjk"))
    a.text(105, 28, rng.choice(["僱傭合約", "聘用合約"]), font, 18, align="center")
    y = 45
    for line in [f"甲方（僱主）：{c.name_zh}", f"乙方（僱員）：{p.name_zh}", f"職位：{post}",
                 f"開始日期：{start.year}年{start.month}月{start.day}日", f"合約期限：為期{term_months}個月"]:
        a.text(22, y, line, font, 12)
        y += 9
    pay = rng.choice([f"月薪港幣{money(monthly)}元，於每月月底支付。", f"月薪港幣{chinese_capital(monthly)}，於每月月底支付。"])
    clauses = [f"一、薪酬：{pay}"]
    if housing:
        clauses.append(f"二、房屋津貼：甲方每月另發房屋津貼港幣{money(housing)}元。")
    if thirteenth:
        clauses.append("三、年終：乙方可獲保證第十三個月薪金（雙糧），相等於一個月薪金。")
    clauses += ["四、工作時間：星期一至五，上午九時至下午六時。", "五、年假：每年十四個工作天。",
                "六、強積金：雙方按法例供款。", "七、終止合約：任何一方須給予一個月通知。"]
    y += 6
    for text in clauses:
        y = a.para(22, y, text, 166, font, 12, 1.8) + 3
    b = pages[1]
    b.text(22, 200, f"甲方：{c.name_zh}（蓋章）", font, 12)
    b.text(120, 200, f"乙方：{p.name_zh}", font, 12)
    b.ops.append(Seal(60, 190, 16, c.name_zh))
    package = 12 * monthly + 12 * housing + (monthly if thirteenth else 0)
    fields = {"employer_name": c.name_zh, "employee_name": p.name_zh, "position": post, "start_date": start.isoformat(),
              "term_months": term_months, "monthly_salary_hkd": float(monthly),
              "housing_allowance_hkd": float(housing) if housing else None,
              "guaranteed_bonus_hkd": float(monthly) if thirteenth else None, "annual_package_hkd": float(package)}
    return GenDoc("employment_contract", pages, {k: v for k, v in fields.items() if v is not None})


def br_certificate(c: Company, expiry: date, rng: random.Random, demand_note: bool = False) -> GenDoc:
    page = PageSpec(width=210, height=148)
    cert_no = f"{c.br_number}-000-{expiry.strftime('%m')}-{expiry.strftime('%y')}-{rng.choice('0123456789ABCDEFGH')}"
    start = expiry - timedelta(days=365) + timedelta(days=1)
    if demand_note:
        page.text(105, 14, "BUSINESS REGISTRATION FEE AND LEVY DEMAND NOTE", "sans_bold", 11, align="center")
        page.text(105, 20, "商業登記費及徵費繳款通知書", "sans_cjk", 10, align="center")
    else:
        page.text(105, 14, "BUSINESS REGISTRATION CERTIFICATE", "sans_bold", 13, align="center")
        page.text(105, 21, "商業登記證", "sans_cjk", 12, align="center")
    page.text(105, 27, "INLAND REVENUE DEPARTMENT 稅務局   Business Registration Office 商業登記署", "sans_cjk", 7, align="center")
    rows = [("Name of Business 業務名稱", f"{c.name_en}"), ("", c.name_zh),
            ("Address 地址", c.address), ("Nature of Business 業務性質", f"{c.nature_en} {c.nature_zh}"),
            ("Status 法律地位", "CORP 法人團體"),
            ("Date of Commencement 生效日期", c.commenced.strftime("%d/%m/%Y")),
            ("Date of Expiry 屆滿日期", expiry.strftime("%d/%m/%Y")),
            ("Certificate No. 登記證號碼", cert_no)]
    y = 40
    for label, value in rows:
        if label:
            page.text(12, y, label, "sans_cjk", 8)
        page.text(75, y, value, "sans_cjk", 9)
        y += 9
    page.text(12, y + 4, f"Fee and Levy 費用及徵費: HK$2,200 + HK$150   Validity period: {start.strftime('%d/%m/%Y')} to {expiry.strftime('%d/%m/%Y')}", "sans_cjk", 7)
    if demand_note:
        page.text(12, y + 14, f"PAID {rng.randint(1, 28):02d}/{start.strftime('%m/%Y')} RECEIPT NO. {rng.randint(10**9, 10**10 - 1)} HK$2,350.00", "mono", 8)
    page.ops.append(Rect(6, 6, 198, 136, stroke=(0, 70, 40), width=0.8))
    # The Chinese name is truth too: a contract that names the employer only in Chinese is tied
    # to the English name by it (employer.name_consistent).
    fields = {"business_name": c.name_en, "business_name_zh": c.name_zh, "br_number": c.br_number, "address": c.address,
              "nature_of_business": c.nature_en,
              "commencement_date": c.commenced.isoformat(), "expiry_date": expiry.isoformat()}
    return GenDoc("br_certificate", [page], fields)


def financial_statements(c: Company, year_end: date, revenue: int, profit: int, equity: int, rng: random.Random,
                         going_concern: bool = False) -> GenDoc:
    font = rng.choice(("serif", "sans"))
    auditor = rng.choice(["Lam & Partners CPA Limited", "Cheung Ho Certified Public Accountants", "Wong Tak Kei & Co CPA"])
    p1, p2, p3 = PageSpec(), PageSpec(), PageSpec()
    p1.text(105, 30, c.name_en.upper(), font + "_bold", 14, align="center")
    p1.text(105, 40, "AUDITED FINANCIAL STATEMENTS", font + "_bold", 13, align="center")
    p1.text(105, 48, f"FOR THE YEAR ENDED {year_end.strftime('%d %B %Y').upper()}", font, 11, align="center")
    p1.text(22, 70, "INDEPENDENT AUDITOR'S REPORT", font + "_bold", 12)
    p1.text(22, 78, f"TO THE MEMBERS OF {c.name_en.upper()}", font, 11)
    y = p1.para(22, 92, f"Opinion: We have audited the financial statements of {c.name_en} set out on pages 2 to 3. In our opinion, "
                "the financial statements give a true and fair view of the financial position of the Company in accordance with "
                "Hong Kong Financial Reporting Standards (HKFRS) and have been properly prepared in compliance with the "
                "Hong Kong Companies Ordinance.", 166, font, 10.5)
    if going_concern:
        y = p1.para(22, y + 6, "Material Uncertainty Related to Going Concern: The Company incurred a net loss for the year and its "
                    "liabilities exceeded its assets. These conditions indicate that a material uncertainty exists that may cast "
                    "significant doubt on the Company's ability to continue as a going concern.", 166, font, 10.5)
    p1.text(22, 250, auditor, font, 11)
    p1.text(22, 257, "Certified Public Accountants, Hong Kong", font, 10)
    cost = int(revenue * rng.uniform(0.45, 0.7))
    admin = revenue - cost - profit
    last = [int(revenue * 0.9), int(profit * 0.8) if profit > 0 else int(profit * 0.5)]
    p2.text(105, 30, "STATEMENT OF PROFIT OR LOSS", font + "_bold", 12, align="center")
    p2.text(105, 37, f"FOR THE YEAR ENDED {year_end.strftime('%d %B %Y').upper()}", font, 10, align="center")
    p2.text(140, 52, f"{year_end.year}", font + "_bold", 10, align="right")
    p2.text(180, 52, f"{year_end.year - 1}", font + "_bold", 10, align="right")
    p2.text(140, 58, "HK$", font, 9, align="right")
    p2.text(180, 58, "HK$", font, 9, align="right")
    rows = [("Revenue", revenue, last[0]), ("Cost of sales", -cost, -int(cost * 0.9)), ("Gross profit", revenue - cost, int((revenue - cost) * 0.9)),
            ("Administrative expenses", -admin, -int(admin * 0.9)),
            (f"{'Profit' if profit >= 0 else 'Loss'} for the year", profit, last[1])]
    _statement_rows(p2, 68, rows, font)
    p3.text(105, 30, "STATEMENT OF FINANCIAL POSITION", font + "_bold", 12, align="center")
    p3.text(105, 37, f"AS AT {year_end.strftime('%d %B %Y').upper()}", font, 10, align="center")
    assets = abs(equity) * 3 + 500000
    rows = [("Total assets", assets, int(assets * 0.9)), ("Total liabilities", -(assets - equity), -int((assets - equity) * 0.9)),
            ("Net assets" if equity >= 0 else "Net liabilities", equity, int(equity * 0.9)),
            ("Share capital", 1_000_000, 1_000_000), ("Total equity", equity, int(equity * 0.9))]
    _statement_rows(p3, 60, rows, font)
    fields = {"company_name": c.name_en, "period_end": year_end.isoformat(), "currency": "HKD", "revenue": float(revenue),
              "profit": float(profit), "total_equity": float(equity), "auditor": auditor, "audit_opinion": "unqualified",
              "going_concern_doubt": going_concern}
    return GenDoc("financial_statement", [p1, p2, p3], fields)


def trading_account(c: Company, year_end: date, revenue: int, profit: int, rng: random.Random) -> GenDoc:
    """A small company's trading and profit and loss account: one page, no audit report."""
    font = rng.choice(("serif", "sans"))
    page = PageSpec()
    page.text(105, 26, c.name_en.upper(), font + "_bold", 13, align="center")
    page.text(105, 35, "TRADING AND PROFIT AND LOSS ACCOUNT", font + "_bold", 12, align="center")
    page.text(105, 42, f"FOR THE YEAR ENDED {year_end.strftime('%d %B %Y').upper()}", font, 10, align="center")
    page.text(180, 54, "HK$", font + "_bold", 10, align="right")
    purchases = int(revenue * rng.uniform(0.4, 0.6))
    opening, closing = rng.randint(2, 9) * 100_000, rng.randint(2, 9) * 100_000
    cost = opening + purchases - closing
    gross = revenue - cost
    expenses = [("Salaries and allowances", int((gross - profit) * 0.55)), ("Rent and rates", int((gross - profit) * 0.25)),
                ("Office expenses", int((gross - profit) * 0.12))]
    expenses.append(("Depreciation", gross - profit - sum(v for _, v in expenses)))
    rows = [("Sales", revenue), ("Less: Cost of sales", None), ("  Opening stock", opening), ("  Add: Purchases", purchases),
            ("  Less: Closing stock", -closing), ("", -cost), ("Gross profit", gross), ("Less: Expenses", None)]
    rows += [(f"  {k}", -v) for k, v in expenses]
    rows.append((f"Net {'profit' if profit >= 0 else 'loss'} for the year", profit))
    y = 64
    for label, v in rows:
        page.text(22, y, label, font + ("_bold" if label.startswith(("Gross", "Net")) else ""), 10.5)
        if v is not None:
            page.text(180, y, _acct(v), font, 10.5, align="right")
        y += 8
    page.text(22, y + 14, "Prepared from the books and records of the company without audit.", font, 9)
    fields = {"company_name": c.name_en, "period_end": year_end.isoformat(), "currency": "HKD", "revenue": float(revenue),
              "profit": float(profit)}
    return GenDoc("financial_statement", [page], fields)


def profits_tax_return(c: Company, year_end: date, revenue: int, profit: int, rng: random.Random) -> GenDoc:
    """The first pages of form BIR51 as the company filled it in."""
    start = date(year_end.year - 1, year_end.month, year_end.day) + timedelta(days=1)
    ya = year_end.year if year_end.month > 3 else year_end.year - 1
    page = PageSpec()
    page.text(20, 18, "BIR51", "sans_bold", 10)
    page.text(105, 26, "PROFITS TAX RETURN - CORPORATIONS", "sans_bold", 12, align="center")
    page.text(105, 33, "利得稅報稅表 - 法團", "sans_cjk", 11, align="center")
    page.text(105, 40, f"YEAR OF ASSESSMENT {ya}/{str(ya + 1)[2:]}  {ya}/{str(ya + 1)[2:]} 年度", "sans_cjk", 10, align="center")
    page.text(20, 48, "INLAND REVENUE DEPARTMENT 稅務局", "sans_cjk", 8)
    rows = [("File No. 檔案號碼", f"{rng.randint(10, 99)}-{rng.randint(10**7, 10**8 - 1)}"),
            ("Name of Corporation 法團名稱", c.name_en), ("Business Registration No. 商業登記號碼", c.br_number),
            ("Basis period 評稅基期", f"{start.strftime('%d/%m/%Y')} to {year_end.strftime('%d/%m/%Y')}"),
            ("Date of accounts closing 結帳日期", year_end.strftime("%d/%m/%Y")),
            ("Gross income / Turnover 總入息 / 營業額", f"{revenue:,}"),
            ("Assessable Profits (or Adjusted Loss) 應評稅利潤（或經調整虧損）", f"{profit:,}" if profit >= 0 else f"({-profit:,})"),
            ("Principal business activity 主要業務", c.nature_en)]
    y = 62
    for label, value in rows:
        page.ops.append(Rect(18, y - 6, 174, 9, stroke=(110, 110, 110), width=0.2))
        page.text(20, y, label, "sans_cjk", 8.5)
        page.text(190, y, value, "sans", 10, align="right")
        y += 11
    page.text(20, y + 12, "Declaration: I declare that the information given in this return is true, correct and complete.", "sans", 8.5)
    page.text(20, y + 24, "Signature of Director / Secretary ______________________", "sans", 9)
    fields = {"company_name": c.name_en, "period_end": year_end.isoformat(), "currency": "HKD", "revenue": float(revenue),
              "profit": float(profit)}
    return GenDoc("financial_statement", [page], fields)


def _statement_rows(page: PageSpec, y: float, rows: list[tuple], font: str) -> None:
    """Label, this year, last year: the two-column layout of HKFRS statements."""
    for label, v, prev in rows:
        page.text(22, y, label, font, 10.5)
        page.text(140, y, _acct(v), font, 10.5, align="right")
        page.text(180, y, _acct(prev), font, 10.5, align="right")
        y += 9


def _acct(v: int) -> str:
    return f"({abs(v):,})" if v < 0 else f"{v:,}"


def company_profile(c: Company, staff: int, rng: random.Random) -> GenDoc:
    page = PageSpec()
    page.text(105, 30, "COMPANY PROFILE", "sans_bold", 18, align="center")
    page.text(105, 40, c.name_en, "sans", 12, align="center")
    y = page.para(22, 60, f"About us: {c.name_en} was established in {c.commenced.year} and is headquartered in Hong Kong. "
                  f"The company provides {c.nature_en.lower()} to clients in Hong Kong, the Greater Bay Area and South-East Asia.", 166, "sans", 11)
    y = page.para(22, y + 6, f"Our services: consulting, implementation and after-sales support. Our clients include banks, "
                  f"logistics groups and public bodies. We employ {staff} employees, {int(staff * 0.8)} of them in Hong Kong.", 166, "sans", 11)
    page.para(22, y + 6, "Memberships: Hong Kong General Chamber of Commerce; Hong Kong Computer Society.", 166, "sans", 11)
    return GenDoc("company_profile", [page], {})


def business_plan(c: Company, rng: random.Random) -> GenDoc:
    pages = [PageSpec(), PageSpec()]
    a = pages[0]
    a.text(105, 35, "BUSINESS PLAN", "sans_bold", 20, align="center")
    a.text(105, 46, f"{c.name_en}  {c.commenced.year}-{c.commenced.year + 2}", "sans", 12, align="center")
    capital = rng.choice([1, 2, 5]) * 1_000_000
    y = a.para(22, 70, f"1. Executive summary. {c.name_en} commenced business on {c.commenced.strftime('%d %B %Y')}. "
               f"Paid-up capital: HK${capital:,}.", 166, "sans", 11)
    y = a.para(22, y + 6, "2. Market analysis. Demand for our services in Hong Kong grows with the Greater Bay Area.", 166, "sans", 11)
    b = pages[1]
    b.text(22, 30, "3. Financial forecast", "sans_bold", 12)
    t1, t2 = rng.randint(3, 8) * 1_000_000, rng.randint(9, 15) * 1_000_000
    b.text(22, 42, f"Projected turnover  Year 1: HK${t1:,}   Year 2: HK${t2:,}", "sans", 11)
    jobs1, jobs2 = rng.randint(4, 12), rng.randint(12, 25)
    b.text(22, 52, f"Local jobs to be created: {jobs1} in Year 1 and {jobs2} in Year 2", "sans", 11)
    return GenDoc("business_plan", pages, {"capital_hkd": float(capital), "projected_turnover_hkd": float(t1),
                                           "local_jobs": jobs1})


def recruitment_evidence(c: Company, post: str, when: date, rng: random.Random) -> GenDoc:
    page = PageSpec()
    page.text(22, 30, "Job Advertisement Record - JobsDB", "sans_bold", 14)
    page.text(22, 42, f"Posted on: {when.strftime('%d %b %Y')}   Vacancy: {post}   Employer: {c.name_en}", "sans", 10)
    page.para(22, 56, f"We are seeking a {post} with a degree and at least three years of relevant experience. Apply now.", 166, "sans", 11)
    page.text(22, 90, f"Applications received: {rng.randint(8, 40)}   Shortlisted: {rng.randint(2, 6)}   Interviewed: {rng.randint(1, 4)}", "sans", 11)
    page.text(22, 100, "Result: no suitable local candidate accepted the offer.", "sans", 11)
    return GenDoc("recruitment_evidence", [page], {})


def employer_form(c: Company, post: str, monthly: int, talent: str | None, rng: random.Random) -> GenDoc:
    page = PageSpec()
    page.text(20, 20, "ID 990B", "sans_bold", 10)
    page.text(105, 32, "EMPLOYER SPONSORSHIP - PARTICULARS OF EMPLOYER", "sans_bold", 11, align="center")
    y = 50
    for label, value in [("Name of company", c.name_en), ("Business Registration No.", c.br_number),
                         ("Post title", post), ("Monthly salary", f"HK${monthly:,}"),
                         ("Does the post fall under a profession on the Talent List", "Yes" if talent else "No")]:
        page.ops.append(Rect(20, y - 5.5, 170, 8, stroke=(120, 120, 120), width=0.2))
        page.text(22, y, label + ":", "sans", 10)
        page.text(120, y, value, "sans", 10)
        y += 10
    if talent:
        page.text(22, y, f"Talent List profession: {talent}", "sans", 10)
    fields = {"employer_name": c.name_en, "br_number": c.br_number, "position": post, "monthly_salary_hkd": float(monthly)}
    return GenDoc("employer_form", [page], fields)


def irrelevant_receipt(rng: random.Random) -> GenDoc:
    page = PageSpec(width=80, height=140)
    page.text(40, 12, "SUNNY TEA HOUSE", "mono", 9, align="center")
    y = 25
    for item in ("Milk tea", "Pineapple bun", "Egg tart"):
        page.text(6, y, f"{item:<18}{rng.randint(12, 40):>5}.00", "mono", 7)
        y += 6
    page.text(6, y + 6, "THANK YOU", "mono", 8)
    return GenDoc("unknown", [page], {})
