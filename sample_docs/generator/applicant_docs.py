"""The applicant's documents as page descriptions plus the field values they state."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from PIL import Image, ImageDraw, ImageFilter

from .identity import Person, degree_number, eep_mrz, graduation_number, td3_mrz
from .render import FormText, PageSpec, Picture, Rect, Seal

DATE_STYLES = ("iso", "dmy_text", "dmy_slash", "zh")


@dataclass
class GenDoc:
    type: str
    pages: list[PageSpec]
    fields: dict = field(default_factory=dict)
    note: str = ""
    family: str = "classic"  # the layout family (families.yaml)


def fmt_date(d: date, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "dmy_text":
        return f"{d.day} {d.strftime('%B')} {d.year}"
    if style == "dmy_slash":
        return d.strftime("%d/%m/%Y")
    return f"{d.year}年{d.month}月{d.day}日"


def face_image(rng: random.Random, w: int = 472, h: int = 591) -> Image.Image:
    """A drawn head-and-shoulders portrait on a light background (no real person)."""
    bg = rng.choice([(250, 250, 250), (245, 247, 250), (236, 242, 250)])
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    # Studio light falls off across the backdrop, differently in every photo.
    fall, horizontal = rng.uniform(-8, 8), rng.random() < 0.5
    for k in range(0, w if horizontal else h, 4):
        t = k / (w if horizontal else h)
        shade = tuple(max(0, min(255, int(c - fall * t))) for c in bg)
        d.rectangle([k, 0, k + 3, h] if horizontal else [0, k, w, k + 3], fill=shade)
    skin = rng.choice([(236, 200, 170), (225, 185, 150), (240, 210, 185)])
    hair = rng.choice([(25, 20, 20), (45, 35, 30), (15, 15, 15)])
    # Every face differs in place, size and proportions, as two people's photos do.
    cx, cy = w // 2 + rng.randint(-int(w * 0.04), int(w * 0.04)), int(h * rng.uniform(0.41, 0.47))
    fw, fh = int(w * rng.uniform(0.25, 0.29)), int(h * rng.uniform(0.25, 0.29))
    shoulders = rng.uniform(0.38, 0.5)
    d.ellipse([cx - int(w * shoulders), int(h * rng.uniform(0.78, 0.86)), cx + int(w * shoulders), int(h * 1.4)],
              fill=rng.choice([(30, 40, 70), (60, 60, 60), (20, 20, 30), (90, 30, 40), (200, 200, 205)]))
    d.rectangle([cx - int(fw * 0.35), cy + int(fh * 0.8), cx + int(fw * 0.35), int(h * 0.88)], fill=skin)
    volume = rng.randint(10, 32)
    d.ellipse([cx - fw - rng.randint(2, 24), cy - fh - volume, cx + fw + rng.randint(2, 24), cy + int(fh * rng.uniform(0.1, 0.9))], fill=hair)
    d.ellipse([cx - fw, cy - fh, cx + fw, cy + fh], fill=skin)
    d.chord([cx - fw - 4, cy - fh - 28, cx + fw + 4, cy - int(fh * 0.1)], 180, 360, fill=hair)
    ey = cy - int(fh * 0.12)
    for sx in (-1, 1):
        ex = cx + sx * int(fw * 0.42)
        d.line([ex - 28, ey - 30, ex + 28, ey - 34], fill=hair, width=9)
        d.ellipse([ex - 26, ey - 12, ex + 26, ey + 12], fill=(250, 250, 250))
        d.ellipse([ex - 11, ey - 11, ex + 11, ey + 11], fill=(40, 30, 25))
    d.polygon([(cx, ey + 10), (cx - 14, cy + int(fh * 0.32)), (cx + 14, cy + int(fh * 0.32))], fill=tuple(int(c * 0.85) for c in skin))
    d.chord([cx - 40, cy + int(fh * 0.42), cx + 40, cy + int(fh * 0.62)], 0, 180, fill=(170, 80, 80))
    return img.filter(ImageFilter.GaussianBlur(1.2))


def passport(p: Person, number: str, issued: date, expiry: date, rng: random.Random, mrz: list[str] | None = None) -> GenDoc:
    page = PageSpec(width=125, height=88, background=rng.choice([(236, 240, 232), (240, 236, 244), (244, 244, 236)]))
    lines = mrz or td3_mrz(p, number, expiry)
    page.text(62, 8, "中华人民共和国  PEOPLE'S REPUBLIC OF CHINA", "sans_cjk", 7.5, align="center")
    page.text(8, 14, "护照", "sans_cjk", 8)
    page.text(8, 17.5, "PASSPORT", "sans", 6.5)
    page.ops.append(Picture(6, 21, 30, 38, face_image(rng)))
    x, y = 41, 16
    rows = [("类型/Type", "P"), ("国家码/Country Code", "CHN"), ("护照号/Passport No.", number)]
    for i, (label, value) in enumerate(rows):
        page.text(x + i * 27, y, label, "sans_cjk", 5)
        page.text(x + i * 27, y + 4, value, "sans_bold", 8)
    y += 10
    for label, value in [("姓名/Name", f"{p.name_zh}"), ("", p.name_en.replace(" ", ", ", 1)),
                         ("性别/Sex", f"{'男' if p.sex == 'M' else '女'}/{p.sex}"),
                         ("出生日期/Date of birth", p.date_of_birth.strftime("%d %b %Y").upper()),
                         ("出生地点/Place of birth", f"{p.birthplace[0]}/{p.birthplace[1]}"),
                         ("签发日期/Date of issue", issued.strftime("%d %b %Y").upper()),
                         ("有效期至/Date of expiry", expiry.strftime("%d %b %Y").upper())]:
        if label:
            page.text(x, y, label, "sans_cjk", 5)
            y += 3.6
        page.text(x, y, value, "sans_cjk" if not value.isascii() else "sans_bold", 8)
        y += 4.6
    page.text(100, 60, "签发机关/Authority", "sans_cjk", 5)
    page.text(100, 64, "国家移民管理局", "sans_cjk", 6.5)
    page.text(100, 67, "NIA", "sans_bold", 7)
    page.ops.append(Rect(0, 70, 125, 18, stroke=None, fill=(248, 248, 246)))
    for i, line in enumerate(lines):
        page.text(4.5, 77 + i * 6.2, line, "ocrb", 10.2)
    fields = {"kind": "passport", "document_number": number, "surname": p.surname, "given_names": p.given_names,
              "name_zh": p.name_zh, "nationality": "CHN", "date_of_birth": p.date_of_birth.isoformat(), "sex": p.sex,
              "date_of_expiry": expiry.isoformat(), "mrz": lines}
    return GenDoc("travel_document", [page], fields)


def eep_card(p: Person, number: str, expiry: date, rng: random.Random, mrz: list[str] | None = None) -> GenDoc:
    page = PageSpec(width=85.6, height=54, background=(232, 240, 248))
    lines = mrz or eep_mrz(p, number, expiry)
    issued = date(expiry.year - 10, expiry.month, min(expiry.day, 28))
    page.text(42.8, 6, "往来港澳通行证", "sans_cjk", 9, align="center")
    page.text(42.8, 9.5, "EXIT-ENTRY PERMIT FOR TRAVELLING TO AND FROM HONG KONG AND MACAO", "sans", 3.6, align="center")
    page.ops.append(Picture(4, 12, 19, 24, face_image(rng)))
    x, y = 26, 15
    for label, value in [("姓名", f"{p.name_zh}  {p.surname}, {p.given_names}"),
                         ("出生日期", p.date_of_birth.strftime("%Y.%m.%d")),
                         ("性别", "男" if p.sex == "M" else "女"),
                         ("有效期限", f"{issued.strftime('%Y.%m.%d')}-{expiry.strftime('%Y.%m.%d')}"),
                         ("签发机关", "公安部出入境管理局"), ("证件号码", number)]:
        page.text(x, y, label, "sans_cjk", 4.5)
        page.text(x + 10, y, value, "sans_cjk", 5.5)
        y += 4.4
    page.ops.append(Rect(0, 42, 85.6, 12, stroke=None, fill=(245, 248, 250)))
    page.text(3.5, 50, lines[0], "ocrb", 9.6)
    fields = {"kind": "eep", "document_number": number, "name_zh": p.name_zh, "nationality": "CHN",
              "date_of_birth": p.date_of_birth.isoformat(), "date_of_expiry": expiry.isoformat(), "mrz": lines}
    return GenDoc("travel_document", [page], fields)


def degree_certificate(p: Person, uni: tuple, major: tuple, year: int, rng: random.Random, english: bool = False,
                       level: str = "bachelor", number: str | None = None) -> GenDoc:
    code, uni_zh, uni_en = uni
    awarded = date(year, rng.choice((6, 7)), rng.randint(1, 28))
    level_digit = {"doctor": "2", "master": "3", "bachelor": "4"}[level]
    number = number or degree_number(code, level_digit, year, rng)
    page = PageSpec(width=297, height=210)
    page.ops.append(Rect(8, 8, 281, 194, stroke=(150, 30, 30), width=1.2))
    serif = rng.choice(("serif_cjk", "sans_cjk"))
    lvl_zh = {"doctor": "博士", "master": "硕士", "bachelor": "学士"}[level]
    lvl_en = {"doctor": "Doctor", "master": "Master", "bachelor": "Bachelor"}[level]
    if english:
        page.text(148, 40, uni_en.upper(), "serif_bold", 22, align="center")
        page.text(148, 58, "DEGREE CERTIFICATE", "serif_bold", 18, align="center")
        y = page.para(40, 80, f"This is to certify that {p.name_en.title()}, born on {fmt_date(p.date_of_birth, 'dmy_text')}, "
                      f"has fulfilled the requirements of the programme in {major[1]} and has been awarded the degree of "
                      f"{lvl_en} of {major[3]}.", 217, "serif", 14)
        page.text(40, y + 20, f"Conferred on {fmt_date(awarded, 'dmy_text')}", "serif", 13)
        page.text(40, 185, f"Certificate No. {number}", "serif", 11)
        degree = f"{lvl_en} of {major[3]}"
    else:
        page.text(148, 42, "学位证书", serif, 30, align="center")
        y = page.para(45, 75, f"{p.name_zh}，{'男' if p.sex == 'M' else '女'}，{p.date_of_birth.year}年{p.date_of_birth.month}月"
                      f"{p.date_of_birth.day}日生。在{uni_zh}{major[0]}专业完成了{lvl_zh}学位的学习，成绩合格，根据《中华人民共和国学位条例》"
                      f"的规定，授予{major[2]}{lvl_zh}学位。", 207, serif, 16, 1.8)
        page.text(160, y + 18, f"{uni_zh}", serif, 15)
        page.text(160, y + 28, "学位评定委员会主席", serif, 13)
        page.text(160, y + 40, f"{awarded.year}年{awarded.month}月{awarded.day}日", serif, 13)
        page.text(30, 190, f"证书编号：{number}", serif, 11)
        page.ops.append(Seal(185, y + 30, 20, uni_zh + "学位评定委员会"))
        degree = f"{major[2]}{lvl_zh}学位"
    fields = {"holder_name": p.name_en if english else p.name_zh, "date_of_birth": p.date_of_birth.isoformat(),
              "institution": uni_en if english else uni_zh, "degree": degree, "major": major[1] if english else major[0],
              "date_awarded": awarded.isoformat(), "certificate_number": number}
    return GenDoc("degree_certificate", [page], fields)


def graduation_certificate(p: Person, uni: tuple, major: tuple, year: int, rng: random.Random) -> GenDoc:
    code, uni_zh, _ = uni
    grad = date(year, 6, rng.randint(20, 30))
    number = graduation_number(code, year, "05", rng)
    page = PageSpec(width=297, height=210)
    page.ops.append(Rect(10, 10, 277, 190, stroke=(40, 60, 120), width=1.0))
    font = rng.choice(("serif_cjk", "sans_cjk"))
    page.text(148, 42, "毕业证书", font, 30, align="center")
    page.ops.append(Picture(30, 60, 30, 40, face_image(rng)))
    y = page.para(75, 70, f"学生{p.name_zh}，性别{'男' if p.sex == 'M' else '女'}，{p.date_of_birth.year}年{p.date_of_birth.month}月"
                  f"{p.date_of_birth.day}日生，于{year - 4}年9月至{year}年{grad.month}月在本校{major[0]}专业四年制本科学习，"
                  f"修完教学计划规定的全部课程，成绩合格，准予毕业。", 190, font, 15, 1.8)
    page.text(170, y + 18, f"校名：{uni_zh}", font, 13)
    page.text(170, y + 28, "校长：", font, 13)
    page.text(170, y + 38, f"{grad.year}年{grad.month}月{grad.day}日", font, 13)
    page.text(30, 188, f"证书编号：{number}", font, 11)
    page.ops.append(Seal(200, y + 28, 20, uni_zh))
    fields = {"holder_name": p.name_zh, "institution": uni_zh, "major": major[0], "level": "本科",
              "graduation_date": grad.isoformat(), "certificate_number": number}
    return GenDoc("graduation_certificate", [page], fields)


def consent_letter(p: Person, org_zh: str, when: date, rng: random.Random, sealed: bool = True, id_number: str = "") -> GenDoc:
    page = PageSpec()
    font = rng.choice(("serif_cjk", "sans_cjk"))
    title = rng.choice(["同意函", "单位同意函", "同意赴港工作证明"])
    page.text(105, 40, title, font, 20, align="center")
    page.text(25, 60, "香港特别行政区入境事务处：", font, 12)
    body = rng.choice([
        f"兹有我单位员工{p.name_zh}（身份证号：{id_number}），自{when.year - 5}年起在我单位工作。我单位同意其赴香港工作，特此证明。",
        f"我单位职工{p.name_zh}同志，身份证号{id_number}，现申请赴港就业。经研究，本单位同意其前往香港工作，并无异议。特此函告。",
    ])
    y = page.para(33, 72, body, 150, font, 12, 1.9)
    page.text(120, y + 30, f"单位名称（盖章）：{org_zh}", font, 12)
    page.text(120, y + 42, f"日期：{when.year}年{when.month}月{when.day}日", font, 12)
    if sealed:
        page.ops.append(Seal(150, y + 32, 21, org_zh))
    fields = {"organisation": org_zh, "applicant_name": p.name_zh, "date": when.isoformat(), "seal_present": sealed}
    return GenDoc("consent_letter", [page], fields)


def photo(rng: random.Random) -> GenDoc:
    return GenDoc("photo", [], {"width_px": 472, "height_px": 591, "face_detected": True}, note="photo")


def hkid_copy(p: Person, number: str, rng: random.Random) -> GenDoc:
    page = PageSpec(width=85.6, height=54, background=(225, 236, 245))
    page.text(42.8, 7, "香港永久性居民身份證", "sans_cjk", 7, align="center")
    page.text(42.8, 11, "HONG KONG PERMANENT IDENTITY CARD", "sans_bold", 5.5, align="center")
    page.text(6, 19, p.name_zh, "sans_cjk", 7)
    page.text(6, 24, f"{p.surname}, {p.given_names}", "sans_bold", 6)
    page.text(6, 30, f"{p.date_of_birth.strftime('%d-%m-%Y')}    {'男' if p.sex == 'M' else '女'} {p.sex}", "sans_cjk", 5.5)
    page.text(6, 48, number, "sans_bold", 8)
    page.ops.append(Picture(55, 16, 24, 30, face_image(rng)))
    return GenDoc("hkid_copy", [page], {"hkid_number": number})


def applicant_form(p: Person, td_number: str, hk_degree: bool, rng: random.Random, fillable: bool = False) -> GenDoc:
    """ID 990A. `fillable`: the Latin answers are AcroForm fields, as in a form filled in on screen
    (the Chinese name stays printed: reportlab's form fields cannot hold Han text)."""
    pages = [PageSpec(), PageSpec()]
    a = pages[0]
    a.text(20, 20, "ID 990A", "sans_bold", 10)
    a.text(105, 32, "APPLICATION FOR ENTRY FOR EMPLOYMENT AS PROFESSIONALS IN THE HKSAR", "sans_bold", 11, align="center")
    a.text(105, 39, "Admission Scheme for Mainland Talents and Professionals", "sans", 10, align="center")
    a.text(20, 52, "Part A  Particulars of the Applicant", "sans_bold", 11)
    y = 64
    for label, value in [("Surname (in English)", p.surname), ("Given names (in English)", p.given_names),
                         ("Name in Chinese", p.name_zh), ("Sex", p.sex),
                         ("Date of birth", p.date_of_birth.strftime("%d/%m/%Y")),
                         ("Place of birth", p.birthplace[1].title()),
                         ("Travel document No.", td_number)]:
        a.ops.append(Rect(20, y - 5.5, 170, 8, stroke=(120, 120, 120), width=0.2))
        a.text(22, y, label + ":", "sans", 10)
        if fillable and value.isascii():
            a.ops.append(FormText(95, y, value, "sans", 11, name=label.split(" (")[0].replace(" ", "").replace(".", "")))
        else:
            a.text(95, y, value, "sans_cjk" if not value.isascii() else "sans", 11)
        y += 10
    a.text(20, y + 6, "Has the applicant obtained any degree or higher qualification in a full-time and", "sans", 10)
    a.text(20, y + 12, f"locally-accredited programme in Hong Kong?  {'Yes' if hk_degree else 'No'}", "sans", 10)
    b = pages[1]
    b.text(20, 30, "Part B  Education and Employment", "sans_bold", 11)
    b.text(20, 44, "Declaration: I declare that the information given in this application is true and correct.", "sans", 10)
    b.text(20, 70, f"Signature of applicant: {p.name_en}", "sans", 10)
    fields = {"surname": p.surname, "given_names": p.given_names, "name_zh": p.name_zh,
              "date_of_birth": p.date_of_birth.isoformat(), "travel_document_number": td_number, "hk_local_degree": hk_degree}
    return GenDoc("applicant_form", pages, fields)


def work_experience_letter(p: Person, org_zh: str, start: date, end: date, post_zh: str, rng: random.Random) -> GenDoc:
    page = PageSpec()
    font = rng.choice(("serif_cjk", "sans_cjk"))
    page.text(105, 40, rng.choice(["在职证明", "工作证明"]), font, 20, align="center")
    body = rng.choice([
        f"兹证明{p.name_zh}，自{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日在我单位工作，担任{post_zh}一职。特此证明。",
        f"{p.name_zh}同志于{start.year}年{start.month}月{start.day}日入职我单位，现任{post_zh}，在职至今（{end.year}年{end.month}月{end.day}日）。特此证明。",
    ])
    y = page.para(30, 65, body, 150, font, 12, 1.9)
    page.text(120, y + 30, org_zh, font, 12)
    page.text(120, y + 42, f"{end.year}年{end.month}月{end.day}日", font, 12)
    page.ops.append(Seal(140, y + 28, 20, org_zh))
    return GenDoc("work_experience_letter", [page], {"employer": org_zh, "position": post_zh, "start_date": start.isoformat(),
                                                     "end_date": end.isoformat()})


def qualification_report(p: Person, uni: tuple, major: tuple, year: int, number: str, issued: date,
                         rng: random.Random) -> GenDoc:
    """教育部学历证书电子注册备案表, the CHSI online verification report: a table of the
    registered qualification, an online verification code and a validity date."""
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    valid_until = date.fromordinal(issued.toordinal() + rng.choice([30, 90, 180]))
    page = PageSpec()
    page.text(105, 24, "教育部学历证书电子注册备案表", "sans_cjk", 17, align="center")
    page.text(105, 32, f"更新日期：{issued.year}年{issued.month:02d}月{issued.day:02d}日", "sans_cjk", 9, align="center")
    page.ops.append(Picture(150, 42, 30, 40, face_image(rng)))
    rows = [("姓名", p.name_zh), ("性别", "男" if p.sex == "M" else "女"),
            ("证件号码", f"{rng.randint(110000, 659999)}{p.date_of_birth.strftime('%Y%m%d')}{rng.randint(0, 9999):04d}"),
            ("民族", "汉族"), ("出生日期", f"{p.date_of_birth.year}年{p.date_of_birth.month:02d}月{p.date_of_birth.day:02d}日"),
            ("学校名称", uni[1]), ("层次", "本科"), ("专业", major[0]), ("学制", "4年"),
            ("学历类别", "普通高等教育"), ("学习形式", "普通全日制"),
            ("入学日期", f"{year - 4}年09月01日"), ("毕（结）业日期", f"{year}年06月30日"),
            ("毕（结）业", "毕业"), ("证书编号", number), ("校（院）长姓名", rng.choice(["邱勇", "金力", "王恩哥", "吴朝晖"]))]
    y = 48
    for label, value in rows:
        page.ops.append(Rect(20, y - 5.5, 125, 8, stroke=(90, 90, 90), width=0.2))
        page.text(22, y, label, "sans_cjk", 10)
        page.text(60, y, value, "sans_cjk", 10)
        y += 8
    page.text(22, y + 10, f"在线验证码：{code}", "sans_cjk", 11)
    page.text(22, y + 18, f"报告有效期至：{valid_until.year}年{valid_until.month:02d}月{valid_until.day:02d}日", "sans_cjk", 10)
    page.para(22, y + 28, "注：本备案表可登录学信网（www.chsi.com.cn）输入在线验证码进行查询验证。", 166, "sans_cjk", 9)
    for i in range(21):  # a QR-code-like block; its pattern is decoration, not data
        for j in range(21):
            if rng.random() < 0.45 or i in (0, 20) or j in (0, 20):
                page.ops.append(Rect(160 + i * 1.2, y + 4 + j * 1.2, 1.2, 1.2, stroke=None, fill=(0, 0, 0)))
    fields = {"holder_name": p.name_zh, "date_of_birth": p.date_of_birth.isoformat(), "institution": uni[1], "level": "本科",
              "major": major[0], "graduation_date": f"{year}-06-30", "certificate_number": number,
              "verification_code": code, "valid_until": valid_until.isoformat()}
    return GenDoc("qualification_report", [page], fields)


def marriage_certificate(p: Person, spouse: Person, when: date, rng: random.Random) -> GenDoc:
    page = PageSpec(width=180, height=125, background=(250, 238, 238))
    page.text(90, 18, "结婚证", "sans_cjk", 20, align="center")
    page.text(20, 35, f"持证人：{p.name_zh}", "sans_cjk", 11)
    page.text(20, 46, f"登记日期：{when.year}年{when.month}月{when.day}日", "sans_cjk", 11)
    page.text(20, 60, f"姓名：{p.name_zh}    性别：{'男' if p.sex == 'M' else '女'}", "sans_cjk", 11)
    page.text(20, 70, f"姓名：{spouse.name_zh}    性别：{'男' if spouse.sex == 'M' else '女'}", "sans_cjk", 11)
    page.text(20, 92, "登记机关：民政局婚姻登记处", "sans_cjk", 11)
    page.ops.append(Seal(140, 95, 18, "婚姻登记专用章"))
    return GenDoc("dependant_document", [page], {"spouse_name": spouse.name_zh})
