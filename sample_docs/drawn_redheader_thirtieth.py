"""A thirtieth drawn set, drawn after the twenty-ninth: consent from a Mainland state-owned group and from a
university as their offices issue it, an official document under a red header (红头文件): the issuer's name as
a red banner, the document's number with its year in brackets ('宁港集团人〔2026〕17号') over a red rule, a title
that is a reply ('关于同意…赴港工作的批复'), the body, the issuer and the date under its seal, and at the foot the
copies sent (抄送) and the office that printed it with its own, later date (印发). Read once through the product
before any reader changes for it (`scripts/bench_drawn_forms.py --set thirtieth`). Every name and number is made
up."""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import ImageFont

from .drawn_forms import Sheet, png_bytes
from .drawn_papers_eighth import _chop
from .generator.render import pil_font

RED = (200, 25, 30)


@dataclass(frozen=True)
class Issuer:
    banner: str
    name: str
    number: str
    person: str
    post: str
    signed: date
    printed: date
    office: str


ISSUERS = [
    Issuer("宁港实业集团有限公司文件", "宁港实业集团有限公司", "宁港集团人〔2026〕17号", "沈嘉禾", "高级工程师",
           date(2026, 3, 3), date(2026, 3, 5), "宁港实业集团有限公司办公室"),
    Issuer("东江理工大学文件", "东江理工大学", "东理人字〔2026〕9号", "许知远", "副教授",
           date(2026, 4, 14), date(2026, 4, 16), "东江理工大学党政办公室"),
]


def _centred(s: Sheet, y: int, text: str, size: int, font: str = "serif_cjk", ink=(20, 20, 20)) -> None:
    f: ImageFont.FreeTypeFont = pil_font(font, size)
    s.d.text((827 - f.getlength(text) / 2, y), text, font=f, fill=ink)


def _typeset(text: str, width: int) -> list[str]:
    """Lines of `width` characters, a full stop or comma never opening a line (it hangs at the end of
    the line before, as Chinese typesetting does)."""
    lines, line = [], ""
    for ch in text:
        if len(line) >= width and ch not in "。，、；：）":
            lines.append(line)
            line = ""
        line += ch
    return lines + [line] if line else lines


def official_reply(i: Issuer) -> Sheet:
    s = Sheet()
    _centred(s, 150, i.banner, 64, "serif_cjk", RED)
    _centred(s, 300, i.number, 30)
    s.d.line([140, 360, 1514, 360], fill=RED, width=5)
    _centred(s, 420, f"关于同意{i.person}同志赴港工作的批复", 40)
    body = (f"{i.person}同志（{i.post}）提交的赴香港特别行政区工作申请收悉。经研究，同意{i.person}同志应聘赴港工作，"
            "其在港工作期间保留原有人事关系。请按规定办理相关手续。")
    y = 540
    for line in _typeset(body, 24):
        s.text(200, y, line, 34, "serif_cjk")
        y += 64
    s.text(920, y + 120, i.name, 34, "serif_cjk")
    s.text(980, y + 190, f"{i.signed.year}年{i.signed.month}月{i.signed.day}日", 34, "serif_cjk")
    _chop(s, 1120, y + 160, i.name)
    s.d.line([140, 2040, 1514, 2040], fill=(20, 20, 20), width=2)
    s.text(160, 2060, "抄送：人力资源部、档案室。", 28, "serif_cjk")
    s.d.line([140, 2110, 1514, 2110], fill=(20, 20, 20), width=2)
    s.text(160, 2130, i.office, 28, "serif_cjk")
    s.text(1080, 2130, f"{i.printed.year}年{i.printed.month}月{i.printed.day}日印发", 28, "serif_cjk")
    s.d.line([140, 2180, 1514, 2180], fill=(20, 20, 20), width=2)
    return s


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for k, i in enumerate(ISSUERS, 1):
        file = f"official-consent-{k}.png"
        (folder / file).write_bytes(png_bytes(official_reply(i).scanned(zlib.crc32(file.encode()))))
        out.append({"file": file, "type": "consent_letter", "layout": "red-header",
                    "fields": {"type": "consent_letter", "organisation": i.name, "applicant_name": i.person,
                               "date": i.signed.isoformat(), "seal_present": True}})
    return out

