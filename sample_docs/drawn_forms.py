"""Forms ID 990A and ID 990B drawn in layouts the generator does not make (issue 26: forms had
no cold family). Each layout is drawn here by hand, apart from the generator and its readers:
items numbered as on the Immigration Department's own form, values typed on dotted lines, a
ruled grid of label and value cells, labels in Chinese first, and fillable PDFs whose fields
are named Text1, Text2... as form software names them. `scripts/bench_drawn_forms.py` reads
them through the product. Every name and number is made up."""
from __future__ import annotations

import io
import random
import textwrap
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from .generator.identity import hkid_check_char
from .generator.render import pil_font

W, H = 1654, 2339  # A4 at 200 dpi
QUESTION_HK = ("Has the applicant obtained any degree or higher qualification in a full-time and "
               "locally-accredited programme in Hong Kong?")
QUESTION_TALENT = "Is the post under the Talent List of Hong Kong?"


@dataclass
class Particulars:
    surname: str
    given_names: str
    name_zh: str
    sex: str
    date_of_birth: date
    travel_document_number: str
    hkid_number: str
    employer_name: str
    position: str
    monthly_salary_hkd: int
    hk_local_degree: bool
    br_number: str
    talent_list: bool


PEOPLE = [
    Particulars("TANG", "SHUYAO", "唐书瑶", "F", date(1994, 5, 21), "E73019284", "R204817(%s)", "Harbourlight Analytics Limited",
                "Data Engineer", 41500, False, "67120394", False),
    Particulars("QIAO", "WENBIN", "乔文斌", "M", date(1988, 11, 3), "EC2958417", "K730264(%s)", "Northpoint Marine Services Limited",
                "Naval Architect", 58000, False, "70235816", True),
]


def _hkid(pattern: str) -> str:
    body = pattern.split("(")[0]
    return pattern % hkid_check_char(body)


def truth(p: Particulars, kind: str) -> dict:
    if kind == "applicant_form":
        return {"surname": p.surname, "given_names": p.given_names, "name_zh": p.name_zh, "sex": p.sex,
                "date_of_birth": p.date_of_birth.isoformat(), "travel_document_number": p.travel_document_number,
                "hkid_number": _hkid(p.hkid_number), "employer_name": p.employer_name, "position": p.position,
                "monthly_salary_hkd": float(p.monthly_salary_hkd), "hk_local_degree": p.hk_local_degree}
    return {"employer_name": p.employer_name, "br_number": p.br_number, "applicant_name": f"{p.surname} {p.given_names}",
            "position": p.position, "monthly_salary_hkd": float(p.monthly_salary_hkd), "talent_list": p.talent_list}


class Sheet:
    """A page drawn top to bottom; `y` is where the next row goes."""

    def __init__(self) -> None:
        self.img = Image.new("RGB", (W, H), "white")
        self.d = ImageDraw.Draw(self.img)
        self.y = 120

    def text(self, x: int, y: int, s: str, size: int = 30, font: str = "sans", ink=(0, 0, 0)) -> int:
        f = pil_font(font if s.isascii() or font.endswith("cjk") else "sans_cjk", size)
        self.d.text((x, y), s, font=f, fill=ink)
        return x + int(f.getlength(s))

    def wrapped(self, x: int, y: int, s: str, width: int, size: int = 24, font: str = "sans", leading: int = 34,
                indent: int = 0) -> None:
        """Text wrapped at `width` characters, the lines after the first set in by `indent`."""
        for k, part in enumerate(textwrap.wrap(s, width)):
            self.text(x + (indent if k else 0), y + leading * k, part, size, font)

    def boxes(self, x: int, y: int, chars: str, n: int, size: int = 44) -> int:
        """n letter boxes side by side, `chars` written one a box in a pen's hand."""
        for i in range(n):
            self.d.rectangle([x + i * size, y, x + (i + 1) * size, y + size], outline="black", width=2)
            if i < len(chars):
                self.text(x + i * size + 10, y + 4, chars[i], 32, "hand", (20, 30, 120))
        return x + n * size

    def tick(self, x: int, y: int, ticked: bool, size: int = 34) -> None:
        self.d.rectangle([x, y, x + size, y + size], outline="black", width=3)
        if ticked:  # a cross, as a pen marks a box
            self.d.line([x + 5, y + 5, x + size - 5, y + size - 5], fill=(20, 30, 120), width=5)
            self.d.line([x + 5, y + size - 5, x + size - 5, y + 5], fill=(20, 30, 120), width=5)

    def scanned(self, seed: int) -> Image.Image:
        """A flatbed scan's look: a slight turn, blur and grey paper."""
        rng = random.Random(seed)
        img = self.img.rotate(rng.uniform(-0.6, 0.6), resample=Image.Resampling.BICUBIC, fillcolor="white")
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        return Image.eval(img, lambda v: int(18 + v * 0.9))


def png_bytes(img: Image.Image, dpi: int | None = 200) -> bytes:
    """A drawn page as a PNG file's bytes; `dpi` None for a screenshot, which states none."""
    buf = io.BytesIO()
    img.save(buf, "PNG", **({"dpi": (dpi, dpi)} if dpi else {}))
    return buf.getvalue()


def write_sheets(folder: Path, layouts: dict, name=lambda kind, layout: f"{kind}-{layout}.png") -> list[dict]:
    """Each drawing of `layouts` ((type, layout): a function giving the sheet and its truth) scanned
    into `folder` as a file of its own, with its truth entry."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for (kind, layout), draw in layouts.items():
        sheet, fields = draw()
        file = name(kind, layout)
        (folder / file).write_bytes(png_bytes(sheet.scanned(zlib.crc32(file.encode()))))
        out.append({"file": file, "type": kind, "layout": layout, "fields": fields})
    return out


def text_lines(s: Sheet, x: int, y: int, lines: list[str], size: int = 24, font: str = "serif", leading: int = 42) -> int:
    """Lines of text one under another from y; returns the y under them."""
    for line in lines:
        s.text(x, y, line, size, font)
        y += leading
    return y


def scanned_png(sheet: Sheet, name: str) -> bytes:
    """A drawn sheet as a flatbed scans it, its look seeded by the file's name, as a PNG file's bytes."""
    return png_bytes(sheet.scanned(zlib.crc32(name.encode())))


def br_sheet(rows: list[tuple[str, str]], value_x: int = 560) -> Sheet:
    """A business registration certificate's rows under its title, an address going on under its row with no label."""
    s = Sheet()
    s.text(440, 140, "BUSINESS REGISTRATION CERTIFICATE", 40, "serif_bold")
    s.text(640, 200, "商業登記證", 40, "serif_cjk")
    y = 360
    for label, value in rows:
        s.text(140, y, label, 26, "serif")
        s.text(value_x, y, value, 26, "mono")
        y += 50 if not label else 80
    return s


def write_drawn(folder: Path, papers: list[tuple[str, Callable[[], tuple[bytes, dict]], str, str]]) -> list[dict]:
    """Each (file, draw, type, layout), `draw()` giving the file's bytes and its fields, written into `folder`."""
    return write_papers(folder, [(file, data, kind, layout, fields) for file, draw, kind, layout in papers for data, fields in [draw()]])


def write_case(folder: Path, papers: list[tuple[str, bytes, str, dict]], layout: str, case: str, settings: dict) -> list[dict]:
    """A whole application's (file, bytes, type, fields) written into `folder`, each truth entry naming the case and its
    settings; a paper's type is scored as a field only where no other field tells it (a profile, a recruitment record)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for file, data, kind, fields in papers:
        (folder / file).write_bytes(data)
        out.append({"file": file, "type": kind, "layout": layout, "case": case, "settings": settings,
                    "fields": {k: v for k, v in fields.items() if k != "type" or kind in ("company_profile", "recruitment_evidence")}})
    return out


def write_papers(folder: Path, papers: list[tuple[str, bytes, str, str, dict]]) -> list[dict]:
    """Each (file, bytes, type, layout, fields) written into `folder`, with its truth entry."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for file, data, kind, layout, fields in papers:
        (folder / file).write_bytes(data)
        out.append({"file": file, "type": kind, "layout": layout, "fields": fields})
    return out


def _ticks(s: Sheet, x: int, y: int, options: list[tuple[str, bool]]) -> None:
    for label, ticked in options:
        s.tick(x, y, ticked)
        x = s.text(x + 48, y, label) + 70


def applicant_numbered(p: Particulars) -> Sheet:
    """Numbered items as on the department's own form: letter boxes, a date in three box groups."""
    s = Sheet()
    s.text(1330, 60, "ID 990A", 34, "sans_bold")
    s.text(120, 120, "APPLICATION FOR ENTRY FOR EMPLOYMENT AS PROFESSIONALS IN HONG KONG", 32, "sans_bold")
    s.text(120, 170, "Part A  Personal particulars of applicant  申請人個人資料", 30, "sans_bold")
    rows = [("1", "Name in Chinese 中文姓名", "rect", p.name_zh), ("2", "Surname (in English) 英文姓氏", "comb", p.surname),
            ("3", "Given names (in English) 英文名字", "comb", p.given_names)]
    y = 250
    for n, label, kind, value in rows:
        s.text(120, y, n)
        s.text(170, y, label, 26)
        if kind == "rect":
            s.d.rectangle([700, y - 10, 1500, y + 50], outline="black", width=2)
            s.text(720, y, value, 34, "hand_cjk", (20, 30, 120))
        else:
            s.boxes(700, y - 8, value, 16)
        y += 100
    s.text(120, y, "4")
    s.text(170, y, "Sex 性別", 26)
    _ticks(s, 700, y - 4, [("Male 男", p.sex == "M"), ("Female 女", p.sex == "F")])
    y += 100
    s.text(120, y, "5")
    s.text(170, y, "Date of birth 出生日期", 26)
    dob = p.date_of_birth
    x = s.boxes(700, y - 8, f"{dob.day:02d}", 2) + 30
    x = s.boxes(x, y - 8, f"{dob.month:02d}", 2) + 30
    s.boxes(x, y - 8, str(dob.year), 4)
    s.text(700, y + 44, "Day 日", 20)
    s.text(818, y + 44, "Month 月", 20)
    s.text(936, y + 44, "Year 年", 20)
    y += 120
    s.text(120, y, "6")
    s.text(170, y, "Travel document No. 旅行證件號碼", 26)
    s.boxes(700, y - 8, p.travel_document_number, 12)
    y += 100
    s.text(120, y, "7")
    s.text(170, y, "Hong Kong Identity Card No. (if any)", 26)
    s.d.rectangle([700, y - 10, 1100, y + 50], outline="black", width=2)
    s.text(720, y, _hkid(p.hkid_number), 32, "hand", (20, 30, 120))
    y += 110
    s.text(120, y, "Part B  Particulars of employment  受聘資料", 30, "sans_bold")
    y += 80
    for n, label, value in (("8", "Name of employer 僱主名稱", p.employer_name), ("9", "Post 職位", p.position),
                            ("10", "Monthly salary (HK$) 月薪（港幣）", f"{p.monthly_salary_hkd:,}")):
        s.text(120, y, n)
        s.text(170, y, label, 26)
        s.d.rectangle([700, y - 10, 1500, y + 50], outline="black", width=2)
        s.text(720, y, value, 30, "hand", (20, 30, 120))
        y += 100
    s.text(120, y, "Part C  Education  教育", 30, "sans_bold")
    y += 80
    s.text(120, y, "11")
    s.wrapped(170, y, QUESTION_HK, 80, 24, leading=34)
    _ticks(s, 170, y + 90, [("Yes 是", p.hk_local_degree), ("No 否", not p.hk_local_degree)])
    return s


def applicant_dotted(p: Particulars) -> Sheet:
    """Values typed on dotted lines after their labels, in English only."""
    s = Sheet()
    s.text(120, 100, "Form ID 990A", 30, "serif")
    s.text(120, 150, "Application for Entry for Employment as Professionals in Hong Kong", 34, "serif_bold")
    s.text(120, 200, "Section 1 - Details of the applicant", 30, "serif_bold")
    rows = [("Surname", p.surname), ("Given names", p.given_names), ("Name in Chinese characters", p.name_zh),
            ("Sex (M/F)", p.sex), ("Date of birth", p.date_of_birth.strftime("%d %B %Y")),
            ("Passport / permit number", p.travel_document_number), ("HKID card number (if any)", _hkid(p.hkid_number)),
            ("Name of employer in Hong Kong", p.employer_name), ("Post to be taken up", p.position),
            ("Monthly salary offered (HK$)", f"{p.monthly_salary_hkd:,}")]
    y = 290
    for label, value in rows:
        x = s.text(120, y, label + ":", 30, "serif")
        s.text(x + 10, y + 16, "." * int((1520 - x) / 8.3), 30, "serif", (90, 90, 90))
        s.text(x + 60, y - 6, value, 32, "mono" if value.isascii() else "sans_cjk")
        y += 90
    y += 30
    s.text(120, y, "Section 2 - Education in Hong Kong", 30, "serif_bold")
    s.wrapped(120, y + 60, QUESTION_HK, 86, 26, "serif", leading=36)
    x = s.text(120, y + 160, "Answer (Yes/No):", 30, "serif")
    s.text(x + 10, y + 176, "." * 40, 30, "serif", (90, 90, 90))
    s.text(x + 60, y + 154, "Yes" if p.hk_local_degree else "No", 32, "mono")
    return s


def _grid(s: Sheet, y: int, rows: list[list[str]], widths: list[int], height: int = 80) -> int:
    """A ruled table; odd cells are labels, even cells values typed in them."""
    x0 = 120
    for r, row in enumerate(rows):
        x = x0
        for c, cell in enumerate(row):
            s.d.rectangle([x, y, x + widths[c], y + height], outline="black", width=2)
            if cell:
                s.text(x + 12, y + 22, cell, 26 if c % 2 == 0 else 30, "sans" if c % 2 == 0 else "mono")
            x += widths[c]
        y += height
    return y


def applicant_grid(p: Particulars) -> Sheet:
    """A ruled grid of label and value cells, two pairs a row."""
    s = Sheet()
    s.text(120, 100, "ID 990A  APPLICATION FORM (EMPLOYMENT AS PROFESSIONALS)", 34, "sans_bold")
    s.text(120, 170, "A. APPLICANT", 30, "sans_bold")
    y = _grid(s, 220, [["Surname", p.surname, "Given names", p.given_names],
                       ["Chinese name", p.name_zh, "Sex", "Female" if p.sex == "F" else "Male"],
                       ["Date of birth", p.date_of_birth.strftime("%d/%m/%Y"), "HKID No.", _hkid(p.hkid_number)],
                       ["Travel doc. No.", p.travel_document_number, "", ""]], [300, 420, 300, 400])
    s.text(120, y + 50, "B. EMPLOYMENT", 30, "sans_bold")
    y = _grid(s, y + 100, [["Employer", p.employer_name], ["Position", p.position],
                           ["Monthly salary", f"HK${p.monthly_salary_hkd:,}"]], [300, 1120])
    s.wrapped(120, y + 50, "C. " + QUESTION_HK, 78, 26, leading=36, indent=40)
    _ticks(s, 160, y + 150, [("Yes", p.hk_local_degree), ("No", not p.hk_local_degree)])
    return s


def applicant_chinese_first(p: Particulars) -> Sheet:
    """Simplified Chinese labels first, the English after, values after a full-width colon."""
    s = Sheet()
    s.text(120, 100, "ID 990A 以专业人士身份来港就业申请表", 36, "sans_cjk")
    s.text(120, 160, "第一部分 申请人资料 Part 1 Applicant", 30, "sans_cjk")
    rows = [("姓（英文）Surname", p.surname), ("名（英文）Given names", p.given_names), ("中文姓名 Name in Chinese", p.name_zh),
            ("性别 Sex", "女 F" if p.sex == "F" else "男 M"),
            ("出生日期 Date of birth", f"{p.date_of_birth.year}年{p.date_of_birth.month:02d}月{p.date_of_birth.day:02d}日"),
            ("旅行证件号码 Travel document No.", p.travel_document_number), ("香港身份证号码 HKID No.", _hkid(p.hkid_number)),
            ("雇主名称 Name of employer", p.employer_name), ("职位 Post", p.position),
            ("月薪 Monthly salary", f"港币 {p.monthly_salary_hkd:,} 元")]
    y = 250
    for label, value in rows:
        x = s.text(120, y, label + "：", 28, "sans_cjk")
        s.text(max(x + 20, 760), y, value, 30, "sans_cjk")
        s.d.line([max(x + 10, 750), y + 44, 1520, y + 44], fill="black", width=1)
        y += 86
    y += 30
    s.text(120, y, "第二部分 Part 2", 30, "sans_cjk")
    s.text(120, y + 60, "申请人是否曾在香港修读全日制本地评审课程并取得学位或更高资历？", 28, "sans_cjk")
    s.wrapped(120, y + 110, QUESTION_HK, 92, 22, leading=30)
    _ticks(s, 160, y + 200, [("是 Yes", p.hk_local_degree), ("否 No", not p.hk_local_degree)])
    return s


def employer_numbered(p: Particulars) -> Sheet:
    s = Sheet()
    s.text(1330, 60, "ID 990B", 34, "sans_bold")
    s.text(120, 120, "EMPLOYMENT AS PROFESSIONALS IN HONG KONG - PARTICULARS OF EMPLOYER", 30, "sans_bold")
    s.text(120, 170, "Part A  Particulars of the employer  僱主資料", 30, "sans_bold")
    y = 260
    s.text(120, y, "1")
    s.text(170, y, "Name of company 公司名稱", 26)
    s.d.rectangle([700, y - 10, 1500, y + 50], outline="black", width=2)
    s.text(720, y, p.employer_name, 28, "hand", (20, 30, 120))
    y += 100
    s.text(120, y, "2")
    s.text(170, y, "Business Registration No. 商業登記號碼", 26)
    s.boxes(700, y - 8, p.br_number, 8)
    y += 110
    s.text(120, y, "Part B  Particulars of the person to be employed  受聘人資料", 30, "sans_bold")
    y += 80
    for n, label, value in (("3", "Name of applicant (in English) 申請人姓名", f"{p.surname} {p.given_names}"),
                            ("4", "Post offered 受聘職位", p.position),
                            ("5", "Monthly salary (HK$) 月薪（港幣）", f"{p.monthly_salary_hkd:,}")):
        s.text(120, y, n)
        s.text(170, y, label, 26)
        s.d.rectangle([700, y - 10, 1500, y + 50], outline="black", width=2)
        s.text(720, y, value, 30, "hand", (20, 30, 120))
        y += 100
    s.text(120, y, "6")
    s.text(170, y, QUESTION_TALENT, 26)
    _ticks(s, 170, y + 60, [("Yes 是", p.talent_list), ("No 否", not p.talent_list)])
    return s


def employer_grid(p: Particulars) -> Sheet:
    s = Sheet()
    s.text(120, 100, "ID 990B  EMPLOYER'S PARTICULARS", 34, "sans_bold")
    y = _grid(s, 200, [["Company", p.employer_name], ["BR No.", p.br_number], ["Employee", f"{p.surname} {p.given_names}"],
                       ["Job title", p.position], ["Salary per month", f"HK$ {p.monthly_salary_hkd:,}.00"]], [360, 1060])
    s.text(120, y + 60, QUESTION_TALENT, 26)
    _ticks(s, 160, y + 120, [("Yes", p.talent_list), ("No", not p.talent_list)])
    return s


def employer_chinese_first(p: Particulars) -> Sheet:
    """Traditional Chinese labels first; the answers written, not ticked."""
    s = Sheet()
    s.text(120, 100, "ID 990B 僱主資料表格", 36, "sans_cjk")
    rows = [("僱主名稱 Name of employer", p.employer_name), ("商業登記證號碼 BR No.", p.br_number),
            ("受聘人姓名 Name of the person to be employed", f"{p.surname} {p.given_names}"),
            ("受聘職位 Post offered", p.position), ("每月薪金 Monthly salary", f"港幣 {p.monthly_salary_hkd:,} 元"),
            ("職位是否屬人才清單 Is the post on the Talent List", "是 Yes" if p.talent_list else "否 No")]
    y = 220
    for label, value in rows:
        s.text(120, y, label + "：", 26, "sans_cjk")
        s.text(160, y + 50, value, 30, "sans_cjk")
        s.d.line([150, y + 94, 1520, y + 94], fill="black", width=1)
        y += 140
    return s


def fillable(p: Particulars, kind: str) -> bytes:
    """A fillable PDF whose fields form software named Text1, Text2...: the names say nothing,
    the printed label beside each field does."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    title = "ID 990A  Application for Entry for Employment as Professionals in Hong Kong" if kind == "applicant_form" \
        else "ID 990B  Employment as Professionals in Hong Kong - Particulars of Employer"
    c.drawString(50, 800, title)
    c.setFont("Helvetica", 10)
    t = truth(p, kind)
    if kind == "applicant_form":  # no Chinese name: the form's face is in Helvetica
        rows = [("Surname", t["surname"]), ("Given names", t["given_names"]),
                ("Sex", t["sex"]), ("Date of birth (dd/mm/yyyy)", p.date_of_birth.strftime("%d/%m/%Y")),
                ("Travel document number", t["travel_document_number"]), ("Hong Kong Identity Card number", t["hkid_number"]),
                ("Name of employer", t["employer_name"]), ("Post", t["position"]), ("Monthly salary (HK$)", f"{p.monthly_salary_hkd:,}"),
                ("Degree from a full-time locally-accredited programme in Hong Kong? (Yes/No)", "Yes" if p.hk_local_degree else "No")]
    else:
        rows = [("Name of company", t["employer_name"]), ("Business Registration number", t["br_number"]),
                ("Name of the person to be employed", t["applicant_name"]), ("Post offered", t["position"]),
                ("Monthly salary (HK$)", f"{p.monthly_salary_hkd:,}"), ("Is the post on the Talent List? (Yes/No)", "Yes" if p.talent_list else "No")]
    y = 740
    for n, (label, value) in enumerate(rows, 1):
        for k, part in enumerate(textwrap.wrap(label, 50)):  # a long label on two lines, clear of the field
            c.drawString(50, y + 6 - 12 * k, part)
        c.acroForm.textfield(name=f"Text{n}", value=value, x=330, y=y, width=230, height=20, borderWidth=1, fontSize=10)
        y -= 40
    c.showPage()
    c.save()
    return buf.getvalue()


APPLICANT_LAYOUTS = {"numbered": applicant_numbered, "dotted": applicant_dotted, "grid": applicant_grid,
                     "chinese-first": applicant_chinese_first}
EMPLOYER_LAYOUTS = {"numbered": employer_numbered, "grid": employer_grid, "chinese-first": employer_chinese_first}


def write_all(folder: Path, people: list[Particulars] | None = None, applicant_layouts: dict | None = None,
              employer_layouts: dict | None = None, fillable_form=fillable, pdf_layout: str = "fillable") -> list[dict]:
    """Every layout for every made-up person, a file each in `folder` (this module's set unless
    another is given), the PDF one named `pdf_layout`; returns the truth, one entry a file:
    {file, type, layout, fields}."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, p in enumerate(people or PEOPLE):
        for kind, layouts in (("applicant_form", applicant_layouts or APPLICANT_LAYOUTS),
                              ("employer_form", employer_layouts or EMPLOYER_LAYOUTS)):
            for name, draw in layouts.items():
                file = f"{kind}-{name}-{i + 1}.png"
                draw(p).scanned(zlib.crc32(file.encode())).save(folder / file, dpi=(200, 200))
                out.append({"file": file, "type": kind, "layout": name, "fields": truth(p, kind)})
            file = f"{kind}-{pdf_layout}-{i + 1}.pdf"
            (folder / file).write_bytes(fillable_form(p, kind))
            stated = {k: v for k, v in truth(p, kind).items() if k != "name_zh"}
            out.append({"file": file, "type": kind, "layout": pdf_layout, "fields": stated})
    return out
