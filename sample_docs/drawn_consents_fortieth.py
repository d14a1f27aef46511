"""A fortieth drawn set, drawn after the thirty-ninth: consents as the applicant's unit gives them in other
forms than a letter: a ruled form of the person's particulars with the unit's opinion written in by pen and
its chop over the date; an English translation of a research institute's consent, its seal only described;
and the consent of a talent service centre that keeps the file of a person with no working unit. Read once
through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set fortieth`).
Every name and number is made up."""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .drawn_forms import Sheet, png_bytes
from .drawn_papers_eighth import _chop
from .drawn_redheader_thirtieth import _centred, _typeset

PEN = (20, 30, 120)


@dataclass(frozen=True)
class Consent:
    name: str
    pinyin: str
    sex: str
    id_no: str
    unit: str
    unit_en: str
    post: str
    hk_employer: str
    signed: date


PEOPLE = [
    Consent("沈浩宇", "SHEN Haoyu", "男", "420106198807214419", "武汉东湖光学研究所", "Wuhan Donghu Institute of Optics",
            "副研究员", "Clearwater Photonics Limited", date(2026, 4, 8)),
    Consent("郑雨萱", "ZHENG Yuxuan", "女", "350102199302286021", "福州市人才服务中心", "Fuzhou Talent Service Centre",
            "", "Northpoint Marine Services Limited", date(2026, 5, 20)),
]


def opinion_form(p: Consent) -> Sheet:
    """A ruled form of particulars; the unit's opinion by pen, its chop over the date."""
    s = Sheet()
    _centred(s, 160, "赴港工作人员单位意见表", 48)
    rows = [("姓名", p.name, "性别", p.sex), ("身份证号码", p.id_no, "", ""), ("工作单位", p.unit, "", ""),
            ("现任职务", p.post, "", ""), ("拟赴港工作单位", p.hk_employer, "", "")]
    y = 320
    for label, value, label2, value2 in rows:
        s.d.rectangle([140, y, 480, y + 90], outline="black", width=2)
        s.d.rectangle([480, y, 1520, y + 90], outline="black", width=2)
        s.text(160, y + 26, label, 32, "serif_cjk")
        s.text(500, y + 26, value, 32, "serif_cjk" if not value.isascii() else "sans")
        if label2:
            s.d.line([1000, y, 1000, y + 90], fill="black", width=2)
            s.d.line([1160, y, 1160, y + 90], fill="black", width=2)
            s.text(1030, y + 26, label2, 32, "serif_cjk")
            s.text(1190, y + 26, value2, 32, "serif_cjk")
        y += 90
    s.d.rectangle([140, y, 480, y + 420], outline="black", width=2)
    s.d.rectangle([480, y, 1520, y + 420], outline="black", width=2)
    s.text(160, y + 180, "单位意见", 32, "serif_cjk")
    s.text(520, y + 50, "同意该同志赴香港工作。", 40, "hand_cjk", PEN)
    s.text(1000, y + 250, "（单位盖章）", 28, "serif_cjk")
    s.text(1000, y + 320, f"{p.signed.year}年{p.signed.month}月{p.signed.day}日", 30, "hand_cjk", PEN)
    _chop(s, 1180, y + 270, p.unit)
    return s


def translation_en(p: Consent) -> Sheet:
    """An English translation: the seal is described in brackets, none is printed."""
    s = Sheet()
    s.text(1260, 100, "(Translation)", 26, "serif")
    s.text(520, 200, "LETTER OF CONSENT", 40, "serif_bold")
    s.text(160, 330, "To: Immigration Department, Hong Kong SAR", 28, "serif")
    body = (f"This is to certify that {p.pinyin} (Chinese ID card No. {p.id_no}) has been an associate research fellow "
            f"of our institute since 2016. Our institute agrees that {p.pinyin} takes up employment in Hong Kong with "
            f"{p.hk_employer}, and will keep the post open during the employment.")
    s.wrapped(160, 420, body, 74, 28, "serif", 46)
    s.text(880, 800, p.unit_en, 28, "serif")
    s.text(880, 850, "[Seal of the institute]", 26, "serif")
    s.text(880, 900, f"{p.signed.day} {p.signed:%B %Y}", 28, "serif")
    s.text(160, 1100, "Translated from the Chinese original by the applicant; the original bears the institute's seal.", 22,
           "serif")
    return s


def file_keeper(p: Consent) -> Sheet:
    """A talent service centre keeps the file of a person who has no working unit, and consents for it."""
    s = Sheet()
    _centred(s, 180, "证  明", 56)
    body = (f"兹有{p.name}（身份证号：{p.id_no}），其人事档案现存放于我中心。经研究，我中心同意其赴香港工作，"
            "对其在香港就业无异议。")
    y = 380
    for line in _typeset(body, 24):
        s.text(200, y, line, 36, "serif_cjk")
        y += 70
    s.text(200, y + 40, "特此证明。", 36, "serif_cjk")
    s.text(900, y + 260, p.unit, 34, "serif_cjk")
    s.text(960, y + 330, f"{p.signed.year}年{p.signed.month}月{p.signed.day}日", 34, "serif_cjk")
    _chop(s, 1120, y + 300, p.unit)
    return s


def truth(p: Consent, layout: str) -> dict:
    english = layout == "translation-en"
    out = {"organisation": p.unit_en if english else p.unit, "applicant_name": p.pinyin if english else p.name,
           "date": p.signed.isoformat()}
    if not english:  # a translation describes the seal; whether that counts is the operator's to judge
        out["seal_present"] = True
    return out


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    drawn = [("consent-form-1.png", opinion_form(PEOPLE[0]), "opinion-form", PEOPLE[0]),
             ("consent-translation-1.png", translation_en(PEOPLE[0]), "translation-en", PEOPLE[0]),
             ("consent-file-keeper-2.png", file_keeper(PEOPLE[1]), "file-keeper", PEOPLE[1])]
    out = []
    for file, sheet, layout, p in drawn:
        (folder / file).write_bytes(png_bytes(sheet.scanned(zlib.crc32(file.encode()))))
        out.append({"file": file, "type": "consent_letter", "layout": layout, "fields": truth(p, layout)})
    return out
