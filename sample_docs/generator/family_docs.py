"""What each document type states in the layout families, as rows and running text. Each
function takes the classic truth fields, the case context and the family's spec, and returns the
pages and the truth fields. Wording here is written to differ from the classic layouts: new
labels, synonyms, sentences and orders, with decoys (other dates, names and numbers) beside the
values. Employer documents are in family_employer.py."""
from __future__ import annotations

import random
from datetime import date

from .applicant_docs import face_image
from .families import d, hant, money, name, prose_page, rows_page, script
from .family_employer import (  # noqa: F401  # noqa: F401
    br_certificate,
    business_plan,
    company_profile,
    employer_form,
    employment_contract,
    financial_statement,
    recruitment_evidence,
    work_experience_letter,
)
from .layouts import Row, fmt_date
from .render import Picture, Rect

SEX = {"M": ("Male", "男"), "F": ("Female", "女")}


def travel_document(f: dict, ctx: dict, spec: dict, rng: random.Random):
    p = ctx["applicant"]
    f.update(surname=p.surname, given_names=p.given_names, sex=p.sex)
    passport = f["kind"] == "passport"
    expiry = date.fromisoformat(f["date_of_expiry"])
    issued = date(expiry.year - 10, expiry.month, min(expiry.day, 28))
    rows = [Row({"en": "Surname", "hans": "姓", "hant": "姓"}, p.surname),
            Row({"en": "Given names", "hans": "名", "hant": "名"}, p.given_names),
            Row({"en": "Name in Chinese", "hans": "中文姓名", "hant": "中文姓名"}, f["name_zh"]),
            Row({"en": "Sex", "hans": "性别", "hant": "性別"}, f"{SEX[p.sex][1]}/{p.sex}"),
            Row({"en": "Birth date", "hans": "出生日期", "hant": "出生日期"}, d(spec, f["date_of_birth"])),
            Row({"en": "Issued on", "hans": "签发日期", "hant": "簽發日期"}, fmt_date(issued, spec.get("date", "iso"))),
            Row({"en": "Valid until", "hans": "有效期至", "hant": "有效期至"}, d(spec, f["date_of_expiry"])),
            Row({"en": "Document No.", "hans": "证件号码", "hant": "證件號碼"}, f["document_number"])]
    if not passport:  # the card has no room for the date of issue: its validity says it
        rows = [r for r in rows if r.labels["en"] != "Issued on"]
    heading = {"en": "PASSPORT" if passport else "EXIT-ENTRY PERMIT (HONG KONG AND MACAO)",
               "hans": "护照" if passport else "往来港澳通行证", "hant": "護照" if passport else "往來港澳通行證"}
    w, h = (125, 88) if passport else (85.6, 54)
    page = rows_page(spec, heading, rows, rng, size=(w, h), x=w * 0.3, width=w * 0.68, top=15 if passport else 11,
                     font_size=5.0 if passport else 3.2, heading_size=8 if passport else 6)
    page.background = rng.choice([(238, 242, 236), (244, 240, 246), (232, 240, 248)])
    page.ops.append(Picture(3, h * 0.2, w * 0.24, h * 0.42, face_image(rng)))
    page.ops.append(Rect(0, h * 0.78, w, h * 0.22, stroke=None, fill=(248, 248, 246)))
    for i, line in enumerate(f["mrz"]):
        page.text(w * 0.036, h * 0.875 + i * 6.2, line, "ocrb", 10.2 if passport else 9.6)
    return [page], f


def degree_certificate(f: dict, ctx: dict, spec: dict, rng: random.Random):
    p, uni, major = ctx["holder"], ctx["uni"], ctx["major"]
    english = spec.get("lang", "en").startswith("en")
    level_en, level_zh = "Bachelor", "学士"
    f.update(holder_name=p.name_en if english else script(spec, p.name_zh),
             institution=uni[2] if english else script(spec, uni[1]), major=major[1] if english else script(spec, major[0]),
             degree=f"{level_en} of {major[3]}" if english else script(spec, f"{major[2]}{level_zh}学位"))
    if spec.get("layout") == "prose" and english:
        text = [f"The Senate of {uni[2]} hereby certifies that {name(spec, p.surname, p.given_names)}, born on "
                f"{d(spec, f['date_of_birth'])}, having satisfied the examiners in the discipline of {major[1]}, was admitted "
                f"to the degree of {f['degree']} on {d(spec, f['date_awarded'])}.",
                f"Serial number of this certificate: {f['certificate_number']}"]
        return [prose_page(spec, "Certificate of Degree", text, closing=["Chairman of the Degree Committee"],
                           letterhead=uni[2])], f
    if spec.get("layout") == "prose":
        sex = SEX[p.sex][1]
        text = [script(spec, f"{p.name_zh}，{sex}，生于{d(spec, f['date_of_birth'])}。该生在我校{major[0]}专业修完本科全部课程，"
                             f"经审核，符合学士学位授予条件，现授予{major[2]}学士学位。"),
                script(spec, f"学位证书编号　{f['certificate_number']}")]
        return [prose_page(spec, script(spec, "学士学位证书"), text,
                           closing=[script(spec, uni[1]), d(spec, f["date_awarded"])], seal_text=script(spec, uni[1]))], f
    rows = [Row({"en": "Name of graduate", "hans": "姓名", "hant": "姓名"}, f["holder_name"].title() if english else f["holder_name"]),
            Row({"en": "Date of birth", "hans": "出生年月日", "hant": "出生年月日"}, d(spec, f["date_of_birth"])),
            Row({"en": "Degree conferred", "hans": "授予学位", "hant": "授予學位"}, f["degree"]),
            Row({"en": "Discipline", "hans": "学科专业", "hant": "學科專業"}, f["major"]),
            Row({"en": "Date of conferment", "hans": "授予日期", "hant": "授予日期"}, d(spec, f["date_awarded"])),
            Row({"en": "Serial No.", "hans": "证书号", "hant": "證書號"}, f["certificate_number"])]
    heading = {"en": f"{uni[2]} - DEGREE CERTIFICATE", "hans": f"{uni[1]}学位证书", "hant": hant(f"{uni[1]}学位证书")}
    return [rows_page(spec, heading, rows, rng, size=(297, 210), x=50, width=200, top=70, font_size=13,
                      seal_text=script(spec, uni[1]) if not english else "")], f


def graduation_certificate(f: dict, ctx: dict, spec: dict, rng: random.Random):
    p, uni, major, year = ctx["holder"], ctx["uni"], ctx["major"], ctx["grad_year"]
    f.update(holder_name=script(spec, f["holder_name"]), institution=script(spec, uni[1]), major=script(spec, major[0]),
             level=script(spec, "本科"))
    sex = SEX[p.sex][1]
    if spec.get("layout") == "prose":
        text = [script(spec, f"兹证明{p.name_zh}（{sex}），出生于{fmt_date(p.date_of_birth, spec.get('date', 'zh'))}，"
                             f"自{year - 4}年9月起就读于我校{major[0]}专业（本科，学制四年），已修满规定学分，"
                             f"经考核成绩合格，于{d(spec, f['graduation_date'])}准予毕业。"),
                script(spec, f"证书号：{f['certificate_number']}")]
        return [prose_page(spec, script(spec, "本科毕业证书"), text, closing=[script(spec, uni[1]), script(spec, "校长签章")],
                           seal_text=script(spec, uni[1]))], f
    rows = [Row({"en": "Student", "hans": "学生姓名", "hant": "學生姓名"}, f["holder_name"]),
            Row({"en": "Gender", "hans": "性别", "hant": "性別"}, sex),
            Row({"en": "Born", "hans": "出生日期", "hant": "出生日期"}, fmt_date(p.date_of_birth, spec.get("date", "iso"))),
            Row({"en": "Programme", "hans": "所学专业", "hant": "所學專業"}, f["major"]),
            Row({"en": "Education level", "hans": "学历层次", "hant": "學歷層次"}, f["level"]),
            Row({"en": "Admitted", "hans": "入学时间", "hant": "入學時間"}, fmt_date(p.date_of_birth.replace(year=year - 4, month=9, day=1),
                                                                          spec.get("date", "iso"))),
            Row({"en": "Graduated", "hans": "毕业时间", "hant": "畢業時間"}, d(spec, f["graduation_date"])),
            Row({"en": "University", "hans": "学校名称", "hant": "學校名稱"}, f["institution"]),
            Row({"en": "Certificate No.", "hans": "证书编号", "hant": "證書編號"}, f["certificate_number"])]
    heading = {"en": "GRADUATION CERTIFICATE", "hans": "毕业证书", "hant": "畢業證書"}
    return [rows_page(spec, heading, rows, rng, size=(297, 210), x=60, width=190, top=62, font_size=12,
                      seal_text=f["institution"])], f


def consent_letter(f: dict, ctx: dict, spec: dict, rng: random.Random):
    p, org = ctx["applicant"], f["organisation"]
    id_number = f"{rng.randint(110000, 659999)}{p.date_of_birth.strftime('%Y%m%d')}{rng.randint(0, 9999):04d}"
    since = fmt_date(p.date_of_birth.replace(year=ctx["grad_year"], month=7, day=15), spec.get("date", "zh"))
    sealed = f["seal_present"]
    english = spec.get("lang", "").startswith("en")
    f.update(organisation=script(spec, org), applicant_name=p.name_en if english else script(spec, p.name_zh))
    when = d(spec, f["date"])
    if english:
        text = ["To the Immigration Department of the Hong Kong Special Administrative Region:",
                f"We confirm that {name(spec, p.surname, p.given_names)} (Resident Identity Card No. {id_number}) has been "
                f"on the staff of {org} since {fmt_date(p.date_of_birth.replace(year=ctx['grad_year'], month=7, day=15), 'dmy_text')}. "
                "Our organisation has no objection to the above-named taking up employment in Hong Kong.",
                f"Dated this {when}."]
        return [prose_page(spec, "NO OBJECTION LETTER", text, closing=["Official chop:", org], seal_text=org if sealed else "",
                           letterhead=org)], f
    if spec.get("layout") == "rows":
        rows = [Row({"hans": "员工姓名", "hant": "員工姓名", "en": "Employee"}, f["applicant_name"]),
                Row({"hans": "居民身份证号", "hant": "居民身份證號", "en": "ID No."}, id_number),
                Row({"hans": "入职时间", "hant": "入職時間", "en": "Joined"}, since),
                Row({"hans": "所在单位", "hant": "所在單位", "en": "Employer"}, f["organisation"]),
                Row({"hans": "单位意见", "hant": "單位意見", "en": "Opinion"}, script(spec, "同意该员工赴香港工作")),
                Row({"hans": "填表日期", "hant": "填表日期", "en": "Date"}, when)]
        return [rows_page(spec, {"hans": "员工赴港工作单位意见表", "hant": "員工赴港工作單位意見表", "en": "Consent"}, rows, rng,
                          seal_text=f["organisation"] if sealed else "")], f
    text = [script(spec, "致香港特别行政区政府入境事务处："),
            script(spec, f"{p.name_zh}同志（公民身份号码{id_number}）于{since}加入本公司，任职期间表现良好。"
                         "现其受聘于香港一家公司，本公司知悉并同意其赴港就业，特出具此函。")]
    return [prose_page(spec, script(spec, "关于同意员工赴港就业的函"), text,
                       closing=[script(spec, org) + script(spec, "（公章）"), when], seal_text=script(spec, org) if sealed else "",
                       letterhead=script(spec, org))], f


def hkid_copy(f: dict, ctx: dict, spec: dict, rng: random.Random):
    p = ctx["applicant"]
    number = f["hkid_number"]
    shown = {"paren": number, "space": number.replace("(", " (")}[spec.get("hkid", "paren")]
    rows = [Row({"en": "Name", "hant": "姓名"}, f"{p.surname}, {p.given_names}"),
            Row({"en": "Chinese name", "hant": "中文姓名"}, hant(p.name_zh)),
            Row({"en": "Date of Birth", "hant": "出生日期"}, fmt_date(p.date_of_birth, spec.get("date", "dmy_dash"))),
            Row({"en": "Sex", "hant": "性別"}, SEX[p.sex][0] if spec.get("lang", "").startswith("en") else "男" if p.sex == "M" else "女"),
            Row({"en": "Date of Issue", "hant": "簽發日期"}, f"({rng.randint(1, 12):02d}-{rng.randint(18, 24)})"),
            Row({"en": "ID No.", "hant": "身份證號碼"}, shown)]
    page = rows_page(spec, {"en": "HONG KONG IDENTITY CARD", "hant": "香港身份證"}, rows, rng, size=(85.6, 54), x=4,
                     width=52, top=14, font_size=4.2, heading_size=6)
    page.background = (226, 236, 244)
    page.ops.append(Picture(60, 14, 22, 28, face_image(rng)))
    return [page], f


def photo(f: dict, ctx: dict, spec: dict, rng: random.Random):
    f.update(width_px=spec["width"], height_px=spec["height"], format=spec.get("format", "jpeg"))
    return [], f


def applicant_form(f: dict, ctx: dict, spec: dict, rng: random.Random):
    p, boxes = ctx["applicant"], spec.get("style") == "boxes"
    f.update(sex=p.sex, employer_name=ctx["company"].name_en, position=ctx["post"], monthly_salary_hkd=float(ctx["monthly"]))
    kind = "boxes" if boxes else "text"
    dob = d(spec, f["date_of_birth"])
    rows = [Row({"en": "Family name", "hant": "姓"}, p.surname, kind),
            Row({"en": "Other names", "hant": "名"}, p.given_names, kind),
            Row({"en": "Chinese name", "hant": "中文姓名"}, f["name_zh"]),
            Row({"en": "Sex", "hant": "性別"}, p.sex, "tick" if boxes else "text",
                [({"en": "M", "hant": "男"}, p.sex == "M"), ({"en": "F", "hant": "女"}, p.sex == "F")]),
            Row({"en": "Date of birth (DD/MM/YYYY)" if boxes else "Birth date", "hant": "出生日期"},
                dob if not boxes else f["date_of_birth"][8:] + f["date_of_birth"][5:7] + f["date_of_birth"][:4], kind),
            Row({"en": "Place of birth", "hant": "出生地點"}, p.birthplace[1].title()),
            Row({"en": "Travel document No.", "hant": "旅行證件號碼"}, f["travel_document_number"], kind),
            Row({"en": "Hong Kong degree (full-time, locally accredited)?", "hant": "曾否在港修讀全日制本地學位課程"},
                "Yes" if ctx["hk_degree"] else "No", "tick",
                [({"en": "Yes", "hant": "是"}, ctx["hk_degree"]), ({"en": "No", "hant": "否"}, not ctx["hk_degree"])]),
            Row({"en": "Name of employer", "hant": "僱主名稱"}, ctx["company"].name_en),
            Row({"en": "Job title", "hant": "職位名稱"}, ctx["post"]),
            Row({"en": "Salary per month", "hant": "每月薪金"}, money(spec, ctx["monthly"])),
            Row({"en": "Date of application", "hant": "申請日期"}, fmt_date(ctx["as_of"], spec.get("date", "iso")))]
    page = rows_page(spec, {"en": "ID 990A  Application for Entry for Employment (Mainland Professionals)",
                            "hant": "ID 990A 內地人才及專業人士來港就業申請表"}, rows, rng, heading_size=11, font_size=9.5,
                     footer=["I declare that the above particulars are true."])
    return [page], f


def qualification_report(f: dict, ctx: dict, spec: dict, rng: random.Random):
    p = ctx["holder"]
    english = spec.get("lang", "").startswith("en")
    if english:
        f.update(holder_name=p.name_en, institution=ctx["uni"][2], major=ctx["major"][1], level="Undergraduate")
    rows = [Row({"en": "Name", "hans": "姓名", "hant": "姓名"}, f["holder_name"]),
            Row({"en": "Date of Birth", "hans": "出生日期", "hant": "出生日期"}, d(spec, f["date_of_birth"])),
            Row({"en": "Awarding Institution", "hans": "毕业院校", "hant": "畢業院校"}, f["institution"]),
            Row({"en": "Level", "hans": "学历层次", "hant": "學歷層次"}, f["level"]),
            Row({"en": "Major", "hans": "所学专业", "hant": "所學專業"}, f["major"]),
            Row({"en": "Date of Graduation", "hans": "毕业日期", "hant": "畢業日期"}, d(spec, f["graduation_date"])),
            Row({"en": "Certificate Number", "hans": "证书编号", "hant": "證書編號"}, f["certificate_number"]),
            Row({"en": "Online Verification Code", "hans": "在线验证码", "hant": "在線驗證碼"}, f["verification_code"]),
            Row({"en": "Valid Until", "hans": "报告有效期至", "hant": "報告有效期至"}, d(spec, f["valid_until"]))]
    heading = {"en": "Online Verification Report of Higher Education Qualification Certificate",
               "hans": "中国高等教育学历证书查询结果", "hant": "中國高等教育學歷證書查詢結果"}
    return [rows_page(spec, heading, rows, rng, heading_size=12)], f
