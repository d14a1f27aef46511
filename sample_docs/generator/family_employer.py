"""The employer's documents (and the work-experience letter) in the layout families: see
family_docs.py for the contract every function keeps."""
from __future__ import annotations

import random
from datetime import date

from .families import d, hant, money, name, prose_page, rows_page, script
from .layouts import Row, fmt_date, fmt_money
from .render import PageSpec


def br_certificate(f: dict, ctx: dict, spec: dict, rng: random.Random):
    c = ctx["company"]
    issued = date.fromisoformat(f["expiry_date"]).replace(day=1)
    rows = [Row({"en": "Business name", "hant": "商業名稱"}, c.name_en),
            Row({"en": "Business name (Chinese)", "hant": "中文名稱"}, c.name_zh),
            Row({"en": "Business address", "hant": "營業地址"}, c.address),
            Row({"en": "Nature", "hant": "業務性質"}, c.nature_en),
            Row({"en": "Legal status", "hant": "法律地位"}, "BODY CORPORATE"),
            Row({"en": "Commencement date", "hant": "開業日期"}, d(spec, f["commencement_date"])),
            Row({"en": "Valid from", "hant": "有效期由"}, fmt_date(issued, spec.get("date", "iso"))),
            Row({"en": "Valid to", "hant": "有效期至"}, d(spec, f["expiry_date"])),
            Row({"en": "BR No.", "hant": "商業登記號碼"}, f"{f['br_number']}-000"),
            Row({"en": "Fee paid", "hant": "已繳費用"}, fmt_money(2200, spec.get("money", "hkd_symbol")))]
    heading = {"en": "Business Registration Certificate", "hant": "商業登記證"}
    return [rows_page(spec, heading, rows, rng, size=(210, 148), top=36, heading_size=13, font_size=9)], f


def employer_form(f: dict, ctx: dict, spec: dict, rng: random.Random):
    c, p, talent = ctx["company"], ctx["applicant"], ctx["talent"]
    boxes = spec.get("style") == "boxes"
    f.update(applicant_name=p.name_en, talent_list=bool(talent))
    rows = [Row({"en": "Employer", "hant": "僱主"}, c.name_en),
            Row({"en": "BR number", "hant": "商業登記號碼"}, f["br_number"], "boxes" if boxes else "text"),
            Row({"en": "Address of company", "hant": "公司地址"}, c.address),
            Row({"en": "Name of the person to be employed", "hant": "受聘人姓名"}, p.name_en),
            Row({"en": "Position offered", "hant": "聘任職位"}, f["position"]),
            Row({"en": "Remuneration (monthly)", "hant": "每月薪酬"}, money(spec, f["monthly_salary_hkd"])),
            Row({"en": "Number of staff in Hong Kong", "hant": "本港僱員人數"}, str(rng.randint(8, 200))),
            Row({"en": "Is the post on the Talent List?", "hant": "職位是否屬人才清單專業"}, "Yes" if talent else "No", "tick",
                [({"en": "Yes", "hant": "是"}, bool(talent)), ({"en": "No", "hant": "否"}, not talent)])]
    heading = {"en": "ID 990B  Employer's Particulars (Mainland Talents and Professionals)", "hant": "ID 990B 僱主資料"}
    return [rows_page(spec, heading, rows, rng, heading_size=11, font_size=9.5,
                      footer=[f"Signed for the employer on {fmt_date(ctx['as_of'], 'dmy_text')}."])], f


def employment_contract(f: dict, ctx: dict, spec: dict, rng: random.Random):
    c, p = ctx["company"], ctx["applicant"]
    english = spec.get("lang", "en").startswith("en")
    f.update(employer_name=c.name_en if english else script(spec, c.name_zh),
             employee_name=p.name_en if english else script(spec, p.name_zh))
    signed = fmt_date(ctx["as_of"], spec.get("date", "iso"))
    start, months = d(spec, f["start_date"]), f["term_months"]
    pay, housing, bonus = f["monthly_salary_hkd"], f.get("housing_allowance_hkd"), f.get("guaranteed_bonus_hkd")
    if spec.get("layout") == "rows":
        rows = [Row({"en": "Employer", "hant": "僱主"}, f["employer_name"]),
                Row({"en": "Employee", "hant": "僱員"}, f["employee_name"]),
                Row({"en": "Job title", "hant": "職銜"}, f["position"]),
                Row({"en": "Date of signing", "hant": "簽署日期"}, signed),
                Row({"en": "First day of employment", "hant": "受僱首日"}, start),
                Row({"en": "Duration", "hant": "合約年期"}, f"{months} months" if english else f"{months}個月"),
                Row({"en": "Basic pay per month", "hant": "每月底薪"}, money(spec, pay)),
                Row({"en": "Accommodation allowance per month", "hant": "每月住屋津貼"}, money(spec, housing or 0)),
                Row({"en": "Guaranteed year-end bonus", "hant": "保證年終花紅"}, money(spec, bonus or 0))]
        return [rows_page(spec, {"en": "Schedule of Terms of Employment", "hant": "僱傭條款附表"}, rows, rng), PageSpec()], f
    if english:
        years = {12: "one (1) year", 24: "two (2) years", 36: "three (3) years", 48: "four (4) years"}[months]
        extra = []
        if housing:
            extra.append(f"You will also receive a monthly accommodation allowance of {money(spec, housing)}.")
        if bonus:
            extra.append("A guaranteed bonus of one month's basic salary is paid with the December salary each year.")
        text = [f"Date: {signed}", f"Dear {name(spec, p.surname, p.given_names)},",
                f"We are pleased to offer you employment with {c.name_en} (the Company) in the capacity of {f['position']}, "
                f"reporting to the Head of Department. Your employment will begin on {start} and continue for {years}.",
                f"Your basic salary will be {money(spec, pay)} a month, paid on the last working day of each month. "
                + " ".join(extra),
                "Please sign and return the duplicate copy of this letter to indicate your acceptance.",
                f"Yours sincerely, for and on behalf of {c.name_en}"]
        return [prose_page(spec, "Offer of Employment", text, closing=[f"Accepted: {p.name_en}"]), PageSpec()], f
    terms = [f"甲方{f['employer_name']}（下稱「公司」）聘請乙方{f['employee_name']}出任{f['position']}。",
             f"受聘期由{start}起計，為期{months}個月。",
             f"公司每月向乙方支付底薪{money(spec, pay)}。"]
    if housing:
        terms.append(f"另每月發放住屋津貼{money(spec, housing)}。")
    if bonus:
        terms.append("乙方每年可獲保證年終花紅，金額相等於一個月底薪。")
    text = [script(spec, t) for t in [f"本合約於{signed}簽訂。"] + terms]
    return [prose_page(spec, script(spec, "聘用合約書"), text, closing=[script(spec, "公司蓋章：") + f["employer_name"]],
                       seal_text=script(spec, c.name_zh)), PageSpec()], f


def financial_statement(f: dict, ctx: dict, spec: dict, rng: random.Random):
    """Income statement and balance sheet on one page, two years side by side, in HK$ or HK$'000."""
    c = ctx["company"]
    thousands = spec.get("units") == "thousands"
    k = 1000 if thousands else 1
    f.update(company_name=c.name_en if spec.get("lang", "en").startswith("en") else script(spec, c.name_zh))
    revenue, profit = int(f["revenue"]), int(f["profit"])
    equity = int(f.get("total_equity") or rng.randint(3, 30) * 1_000_000)
    f.update(total_equity=float(equity))
    if thousands:  # figures printed in thousands are what the statement states
        revenue, profit, equity = (round(v / k) * k for v in (revenue, profit, equity))
        f.update(revenue=float(revenue), profit=float(profit), total_equity=float(equity))
    tax = int(abs(profit) * 0.165) if profit > 0 else 0
    rows = [({"en": "Turnover", "hans": "营业收入", "hant": "營業額"}, revenue),
            ({"en": "Profit before taxation", "hans": "利润总额", "hant": "除稅前溢利"}, profit + tax),
            ({"en": "Income tax expense", "hans": "所得税费用", "hant": "所得稅開支"}, -tax),
            ({"en": "Profit/(loss) for the year", "hans": "净利润", "hant": "本年度溢利/(虧損)"}, profit),
            ({"en": "Total assets", "hans": "资产总计", "hant": "資產總值"}, abs(equity) * 3),
            ({"en": "Total equity", "hans": "所有者权益合计", "hant": "權益總額"}, equity)]
    lang = spec.get("lang", "en")
    page = PageSpec()
    lk_font = spec.get("cjk", "sans_cjk") if lang != "en" else spec.get("latin", "sans")
    end = d(spec, f["period_end"])
    heading = {"en": f"{c.name_en}  Financial statements for the year ended {end}",
               "hans": f"{c.name_zh}  截至{end}止年度财务报表", "hant": f"{hant(c.name_zh)}  截至{end}止年度財務報表"}[lang[:4] if lang[:4] in ("hans", "hant") else "en"]
    page.para(20, 24, heading, 170, lk_font, 12)
    unit = "HK$'000" if thousands else "HK$"
    page.text(150, 44, str(int(f["period_end"][:4])), lk_font, 10, align="right")
    page.text(190, 44, str(int(f["period_end"][:4]) - 1), lk_font, 10, align="right")
    page.text(190, 50, unit, lk_font, 9, align="right")
    page.text(150, 50, unit, lk_font, 9, align="right")
    y = 60
    for labels, v in rows:
        page.text(20, y, labels.get(lang[:4], labels["en"]), lk_font, 10.5)
        for col, val in ((150, v), (190, int(v * rng.uniform(0.7, 0.95)))):
            shown = round(val / k)
            page.text(col, y, f"({abs(shown):,})" if shown < 0 else f"{shown:,}", lk_font, 10.5, align="right")
        y += 9
    auditor = f.get("auditor")
    if auditor:
        y = page.para(20, y + 10, f"Auditor: {auditor}. In our opinion the financial statements give a true and fair view.",
                      170, lk_font, 10)
    if f.get("going_concern_doubt"):
        page.para(20, y + 4, "Emphasis: a material uncertainty exists that may cast significant doubt on the Company's ability "
                  "to continue as a going concern.", 170, lk_font, 10)
    return [page], f


def work_experience_letter(f: dict, ctx: dict, spec: dict, rng: random.Random):
    start, end = d(spec, f["start_date"]), d(spec, f["end_date"])
    if spec.get("layout") == "rows":
        rows = [Row({"hans": "姓名", "hant": "姓名", "en": "Name"}, ctx["applicant"].name_zh),
                Row({"hans": "任职部门及职务", "hant": "任職部門及職務", "en": "Post"}, script(spec, f["position"])),
                Row({"hans": "入职日期", "hant": "入職日期", "en": "From"}, start),
                Row({"hans": "离职日期", "hant": "離職日期", "en": "To"}, end),
                Row({"hans": "单位名称", "hant": "單位名稱", "en": "Employer"}, script(spec, f["employer"]))]
        f.update(position=script(spec, f["position"]), employer=script(spec, f["employer"]))
        return [rows_page(spec, {"hans": "工作经历证明", "hant": "工作經歷證明", "en": "Work experience"}, rows, rng,
                          seal_text=f["employer"])], f
    f.update(position=script(spec, f["position"]), employer=script(spec, f["employer"]))
    text = [script(spec, f"{ctx['applicant'].name_zh}自{start}至{end}期间在本单位任{f['position']}，工作认真负责。"),
            script(spec, "此证明仅用于办理赴港工作手续。")]
    return [prose_page(spec, script(spec, "任职经历证明"), text, closing=[f["employer"], fmt_date(ctx["as_of"], "zh")],
                       seal_text=f["employer"])], f


def business_plan(f: dict, ctx: dict, spec: dict, rng: random.Random):
    c = ctx["company"]
    rows = [Row({"en": "Company", "hant": "公司"}, c.name_en),
            Row({"en": "Date business started", "hant": "開業日期"}, fmt_date(c.commenced, spec.get("date", "iso"))),
            Row({"en": "Issued and paid-up capital", "hant": "已發行及繳足股本"}, money(spec, f["capital_hkd"])),
            Row({"en": "Expected turnover, first year", "hant": "首年預計營業額"}, money(spec, f["projected_turnover_hkd"])),
            Row({"en": "Expected turnover, second year", "hant": "次年預計營業額"}, money(spec, f["projected_turnover_hkd"] * 2)),
            Row({"en": "New local posts, first year", "hant": "首年新增本地職位"}, str(f["local_jobs"])),
            Row({"en": "New local posts, second year", "hant": "次年新增本地職位"}, str(f["local_jobs"] + 6))]
    return [rows_page(spec, {"en": "Business Plan: Key Figures", "hant": "業務計劃摘要"}, rows, rng)], f


def company_profile(f: dict, ctx: dict, spec: dict, rng: random.Random):
    """No fields: scored by classification only."""
    c, lang = ctx["company"], spec.get("lang", "en")
    if lang == "en":
        text = [f"Who we are. Founded in {c.commenced.year}, {c.name_en} is a Hong Kong firm specialising in {c.nature_en.lower()}.",
                f"What we do. We serve {rng.randint(40, 400)} corporate customers across Hong Kong and the Greater Bay Area.",
                f"Our people. {rng.randint(10, 300)} staff, most of them based in our office at {c.address}.",
                "Affiliations. Member of the Hong Kong Chamber of Small and Medium Business."]
        return [prose_page(spec, "Corporate Background", text, letterhead=c.name_en)], f
    text = [script(spec, f"{c.name_zh}成立于{c.commenced.year}年，主要从事{c.nature_zh}业务。"),
            script(spec, f"公司现有员工{rng.randint(10, 300)}人，客户遍及香港及粤港澳大湾区。"),
            script(spec, "公司为香港中华总商会会员。")]
    return [prose_page(spec, script(spec, "公司简介"), text, letterhead=script(spec, c.name_zh))], f


def recruitment_evidence(f: dict, ctx: dict, spec: dict, rng: random.Random):
    """No fields: scored by classification only."""
    post, lang = ctx["post"], spec.get("lang", "en")
    when = fmt_date(date(ctx["as_of"].year, max(1, ctx["as_of"].month - 3), 5), spec.get("date", "dmy_text"))
    if lang == "en":
        rows = [Row({"en": "Vacancy"}, post), Row({"en": "Advertised in"}, rng.choice(["CTgoodjobs", "Labour Department iCMS"])),
                Row({"en": "First advertised"}, when), Row({"en": "Applicants"}, str(rng.randint(5, 60))),
                Row({"en": "Interviewed"}, str(rng.randint(1, 5))), Row({"en": "Outcome"}, "No local candidate met the requirements")]
        return [rows_page(spec, {"en": "Local Recruitment Record"}, rows, rng)], f
    rows = [Row({"hans": "招聘职位", "hant": "招聘職位"}, post), Row({"hans": "刊登日期", "hant": "刊登日期"}, when),
            Row({"hans": "应征人数", "hant": "應徵人數"}, str(rng.randint(5, 60))),
            Row({"hans": "结果", "hant": "結果"}, script(spec, "未能聘得合适的本地人选"))]
    return [rows_page(spec, {"hans": "本地招聘记录", "hant": "本地招聘記錄"}, rows, rng)], f
