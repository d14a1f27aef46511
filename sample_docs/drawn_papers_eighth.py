"""An eighth drawn set, drawn after the seventh was mended: the applicant's papers. Graduation
certificates as a ruled table of particulars and as a traditional-script notice; degree
certificates as an English university's conferment with an alphanumeric number and as a
bilingual table; a consent letter from the applicant's present employer with its chop. Each is
drawn here by hand, apart from the generator and its readers, and read once through the product
before any reader changes for it (`scripts/bench_drawn_forms.py --set eighth`). Every name,
number and institution is made up."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw

from .drawn_forms import Sheet
from .drawn_papers_seventh import write_scans
from .generator.render import pil_font

RED = (200, 30, 40)


@dataclass(frozen=True)
class Graduate:
    name_zh: str
    name_zh_hant: str
    pinyin: str  # surname first, as the certificate spells it
    sex_zh: str
    born: date
    school: str
    school_hant: str
    school_en: str
    major: str
    major_hant: str
    major_en: str
    graduated: date
    graduation_no: str
    degree_en: str  # as conferred
    degree_zh: str
    degree_no: str
    degree_no_en: str
    employer: str
    employer_en: str
    letter_date: date


GRADUATES = [
    Graduate("曹静怡", "曹靜怡", "CAO JINGYI", "女", date(1995, 4, 12), "华东理工科技大学", "華東理工科技大學",
             "East China Institute of Science and Technology", "材料化学", "材料化學", "Materials Chemistry",
             date(2017, 6, 30), "102781201705004312", "Master of Science", "工学学士", "1027842017003906",
             "ECIST-MS-2019-00871", "江苏恒澜新材料有限公司", "Jiangsu Henglan New Materials Co., Ltd.", date(2026, 1, 8)),
    Graduate("闫志远", "閆志遠", "YAN ZHIYUAN", "男", date(1990, 10, 3), "西南财经管理学院", "西南財經管理學院",
             "Southwest College of Finance and Management", "金融工程", "金融工程", "Financial Engineering",
             date(2013, 7, 1), "136511201305001968", "Bachelor of Economics", "经济学学士", "1365142013001274",
             "SCFM-BEc-2013-04412", "成都锦城数据服务有限公司", "Chengdu Jincheng Data Services Co., Ltd.", date(2026, 2, 23)),
]


def graduation_table(g: Graduate) -> Sheet:
    s = Sheet()
    s.text(620, 110, "毕 业 证 书", 56, "serif_cjk")
    cells = [("姓名", g.name_zh), ("性别", g.sex_zh), ("出生日期", f"{g.born.year}年{g.born.month}月{g.born.day}日"),
             ("学校名称", g.school), ("专业", g.major), ("学历层次", "本科"), ("学制", "四年"),
             ("毕业日期", f"{g.graduated.year}年{g.graduated.month}月{g.graduated.day}日"), ("证书编号", g.graduation_no)]
    y = 300
    for label, value in cells:
        s.d.rectangle([160, y, 560, y + 90], outline="black", width=2)
        s.d.rectangle([560, y, 1500, y + 90], outline="black", width=2)
        s.text(190, y + 26, label, 32, "sans_cjk")
        s.text(590, y + 24, value, 34, "serif_cjk" if not value.isdigit() else "mono")
        y += 90
    s.text(900, y + 120, g.school, 30, "serif_cjk")
    return s


def graduation_notice_hant(g: Graduate) -> Sheet:
    s = Sheet()
    s.text(560, 130, "畢業證明書", 60, "serif_cjk")
    body = (f"茲證明{g.name_zh_hant}（{g.sex_zh}），{g.born.year}年{g.born.month}月{g.born.day}日出生，"
            f"在本校{g.major_hant}專業修讀四年制本科課程，修業期滿，成績合格，准予畢業。")
    line, y = "", 330
    for ch in body:  # set by characters at the sheet's measure, as Chinese is set
        if len(line) == 24:
            s.text(200, y, line, 44, "serif_cjk")
            line, y = "", y + 80
        line += ch
    s.text(200, y, line, 44, "serif_cjk")
    s.text(860, y + 240, f"校名：{g.school_hant}", 34, "serif_cjk")
    s.text(860, y + 310, f"{g.graduated.year}年{g.graduated.month}月{g.graduated.day}日", 34, "serif_cjk")
    s.text(200, y + 480, f"證書編號：{g.graduation_no}", 30, "serif_cjk")
    return s


def degree_conferment(g: Graduate) -> Sheet:
    s = Sheet()
    w = pil_font("serif_bold", 48).getlength(g.school_en.upper())
    s.text(int(827 - w / 2), 200, g.school_en.upper(), 48, "serif_bold")
    lines = [("By authority of the Senate it is certified that", 32, "serif"), (g.pinyin.title(), 56, "serif_bold"),
             ("having satisfied the examiners was admitted to the degree of", 32, "serif"),
             (g.degree_en, 50, "serif_bold"), (f"in {g.major_en}", 40, "serif"),
             (f"on the {_ordinal(_conferred(g).day)} day of {_conferred(g).strftime('%B')} {_conferred(g).year}", 32, "serif")]
    y = 420
    for text, size, font in lines:
        width = pil_font(font, size).getlength(text)
        s.text(int(827 - width / 2), y, text, size, font)
        y += size + 70
    s.text(150, 1900, f"Serial No.  {g.degree_no_en}", 26, "serif")
    s.text(1050, 1900, "Registrar", 28, "serif")
    return s


def degree_bilingual_table(g: Graduate) -> Sheet:
    s = Sheet()
    s.text(580, 110, "学 士 学 位 证 书", 50, "serif_cjk")
    s.text(560, 190, "BACHELOR'S DEGREE CERTIFICATE", 32, "serif_bold")
    rows = [("姓名 Name", f"{g.name_zh}  {g.pinyin}"), ("出生日期 Date of Birth", g.born.strftime("%Y-%m-%d")),
            ("专业 Major", g.major), ("授予学位 Degree", g.degree_zh),
            ("学位授予单位 Awarding Institution", g.school), ("授予日期 Date of Award", g.graduated.strftime("%Y-%m-%d")),
            ("证书编号 Certificate No.", g.degree_no)]
    y = 320
    for label, value in rows:
        s.d.line([160, y + 100, 1500, y + 100], fill="black", width=2)
        s.text(170, y + 34, label, 26, "sans_cjk")
        s.text(760, y + 30, value, 32, "serif_cjk" if not value.replace("-", "").isdigit() else "mono")
        y += 100
    return s


def consent_letter(g: Graduate) -> Sheet:
    s = Sheet()
    s.text(600, 150, "同 意 函", 56, "serif_cjk")
    s.text(200, 330, "香港特别行政区政府入境事务处：", 34, "serif_cjk")
    body = (f"兹有我公司职工{g.name_zh}（性别：{g.sex_zh}），现任研发部工程师。我公司知悉并同意其申请赴香港工作，"
            "并保证其在港期间不涉及任何劳动纠纷。特此证明。")
    line, y = "", 430
    for ch in body:
        if len(line) == 26:
            s.text(200, y, line, 36, "serif_cjk")
            line, y = "", y + 70
        line += ch
    s.text(200, y, line, 36, "serif_cjk")
    s.text(860, y + 260, g.employer, 34, "serif_cjk")
    s.text(980, y + 330, f"{g.letter_date.year}年{g.letter_date.month}月{g.letter_date.day}日", 34, "serif_cjk")
    _chop(s, 1150, y + 280, g.employer)
    return s


def _chop(s: Sheet, cx: int, cy: int, name: str) -> None:
    """A company's round chop in red: a ring, a star, the name round the top. Stamped as ink is:
    over the print, which shows through it (the two multiplied), not painted over it."""
    stamp = Image.new("RGB", s.img.size, "white")
    d = ImageDraw.Draw(stamp)
    r = 150
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=RED, width=8)
    star = [(cx + 45 * math.cos(math.radians(-90 + 72 * k)), cy + 45 * math.sin(math.radians(-90 + 72 * k)))
            for k in (0, 2, 4, 1, 3)]
    d.polygon(star, fill=RED)
    font = pil_font("sans_cjk", 34)
    for k, ch in enumerate(name):
        angle = math.radians(-150 + 120 * k / max(1, len(name) - 1))
        x, y = cx + (r - 40) * math.cos(angle), cy + (r - 40) * math.sin(angle)
        d.text((x - 17, y - 17), ch, font=font, fill=RED)
    s.img.paste(ImageChops.multiply(s.img, stamp))


def _conferred(g: Graduate) -> date:
    """The master's degree, conferred two years after the first degree, at a July congregation."""
    return date(g.graduated.year + 2, 7, 18 if g.graduated.day > 15 else 9)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def truth(g: Graduate, kind: str, layout: str) -> dict:
    if kind == "graduation_certificate":
        hant = layout == "notice-hant"
        return {"holder_name": g.name_zh_hant if hant else g.name_zh, "institution": g.school_hant if hant else g.school,
                "major": g.major_hant if hant else g.major, "level": "本科",
                "graduation_date": g.graduated.isoformat(), "certificate_number": g.graduation_no}
    if kind == "degree_certificate" and layout == "conferment":
        return {"holder_name": g.pinyin, "institution": g.school_en, "degree": g.degree_en, "major": g.major_en,
                "date_awarded": _conferred(g).isoformat(), "certificate_number": g.degree_no_en}
    if kind == "degree_certificate":
        return {"holder_name": g.name_zh, "date_of_birth": g.born.isoformat(), "institution": g.school,
                "degree": g.degree_zh, "major": g.major, "date_awarded": g.graduated.isoformat(),
                "certificate_number": g.degree_no}
    return {"organisation": g.employer, "applicant_name": g.name_zh, "date": g.letter_date.isoformat(), "seal_present": True}


LAYOUTS = {"graduation_certificate": {"table": graduation_table, "notice-hant": graduation_notice_hant},
           "degree_certificate": {"conferment": degree_conferment, "bilingual-table": degree_bilingual_table},
           "consent_letter": {"chopped": consent_letter}}


def write_all(folder: Path) -> list[dict]:
    return write_scans(folder, GRADUATES, LAYOUTS, truth)
