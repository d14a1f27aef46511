"""A fiftieth drawn set, drawn after the forty-ninth: Hong Kong identity cards in other designs than the eleventh
set's and copied in other ways: a card whose number stands top right beside the holder's Chinese commercial code
numbers (a row of four-digit codes under the Chinese name), a card with its issue date and symbols in a row under
the number, a copy enlarged to 150 % on a page with the front and the (numberless) back, and a card photographed
in the hand on a desk. The designs are drawn here, not the real cards'. Each is scored on its number. Read once
through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set fiftieth`). Every
name and number is made up."""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

from .drawn_forms import Sheet, png_bytes
from .drawn_photos_ninth import jpeg_as_taken, photographed
from .generator.identity import hkid_check_char
from .generator.render import pil_font

TINT = (226, 232, 236)
INK = (30, 30, 40)


@dataclass(frozen=True)
class Holder:
    name_hant: str
    codes: str  # Chinese commercial codes of the name, one four-digit code a character
    english: str
    born: str
    body: str

    @property
    def number(self) -> str:
        return f"{self.body}({hkid_check_char(self.body)})"


HOLDERS = [Holder("梁嘉欣", "2733 1367 6580", "LEUNG, Ka Yan", "14-08-1991", "K402736"),
           Holder("駱思涵", "7657 1835 3211", "LUO, Sihan", "21-08-1992", "R518403"),
           Holder("陳子朗", "7115 1311 2597", "CHAN, Tsz Long", "02-11-1987", "Z683910"),
           Holder("蔡思敏", "5591 1835 2404", "CHOI, Sze Man", "30-05-1995", "M905172")]


def _text(d: ImageDraw.ImageDraw, x: int, y: int, s: str, size: int, font: str = "sans") -> None:
    d.text((x, y), s, font=pil_font(font if s.isascii() else "sans_cjk", size), fill=INK)


def number_top_right(h: Holder) -> Image.Image:
    card = Image.new("RGB", (860, 540), TINT)
    d = ImageDraw.Draw(card)
    d.rounded_rectangle([0, 0, 859, 539], radius=36, outline=(90, 100, 120), width=3)
    _text(d, 40, 26, "香港永久性居民身份證", 30)
    _text(d, 40, 66, "HONG KONG PERMANENT IDENTITY CARD", 22, "sans_bold")
    _text(d, 560, 120, h.number, 40, "sans_bold")
    _text(d, 40, 150, h.name_hant, 40)
    _text(d, 40, 205, h.codes, 24)
    _text(d, 40, 245, h.english, 30)
    _text(d, 40, 310, "出生日期 Date of Birth", 20)
    _text(d, 40, 338, h.born, 30)
    _text(d, 40, 410, "簽發日期 Date of Issue  (07-22)", 20)
    d.rectangle([600, 200, 820, 480], fill=(175, 180, 190))
    return card


def row_under_number(h: Holder) -> Image.Image:
    card = Image.new("RGB", (860, 540), (236, 228, 222))
    d = ImageDraw.Draw(card)
    d.rounded_rectangle([0, 0, 859, 539], radius=36, outline=(110, 100, 90), width=3)
    _text(d, 300, 28, "香港永久性居民身份證", 30)
    _text(d, 300, 68, "HONG KONG PERMANENT IDENTITY CARD", 20, "sans_bold")
    d.rectangle([40, 40, 260, 320], fill=(180, 175, 170))
    _text(d, 300, 130, h.name_hant, 38)
    _text(d, 300, 185, h.english, 28)
    _text(d, 300, 240, h.born, 28)
    _text(d, 40, 380, h.number, 44, "sans_bold")
    _text(d, 40, 450, "***AZ    (11-19)    C", 24)
    return card


def back() -> Image.Image:
    card = Image.new("RGB", (860, 540), TINT)
    d = ImageDraw.Draw(card)
    d.rounded_rectangle([0, 0, 859, 539], radius=36, outline=(90, 100, 120), width=3)
    d.rectangle([80, 180, 220, 300], fill=(200, 180, 110))
    _text(d, 300, 220, "This card is the property of the Government", 22)
    return card


def enlarged_front_and_back(h: Holder) -> Sheet:
    s = Sheet()
    front = row_under_number(h)
    s.img.paste(front.resize((1290, 810)), (180, 160))
    s.img.paste(back().resize((1290, 810)), (180, 1100))
    return s


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []

    def add(file: str, data: bytes, h: Holder, layout: str) -> None:
        (folder / file).write_bytes(data)
        out.append({"file": file, "type": "hkid_copy", "layout": layout, "fields": {"type": "hkid_copy", "hkid_number": h.number}})

    copy = Sheet()
    copy.img.paste(number_top_right(HOLDERS[0]), (160, 220))
    add("hkid-copy-1.png", png_bytes(copy.scanned(zlib.crc32(b"1"))), HOLDERS[0], "number-top-right")
    copy = Sheet()
    copy.img.paste(row_under_number(HOLDERS[1]), (400, 260))
    add("hkid-copy-2.png", png_bytes(copy.scanned(zlib.crc32(b"2"))), HOLDERS[1], "row-under-number")
    add("hkid-enlarged-3.png", png_bytes(enlarged_front_and_back(HOLDERS[2]).scanned(zlib.crc32(b"3"))), HOLDERS[2],
        "enlarged-front-back")
    sheet = Image.new("RGB", (1654, 1100), (250, 250, 250))
    sheet.paste(number_top_right(HOLDERS[3]).resize((1290, 810)), (180, 140))
    add("hkid-photo-4.jpg", jpeg_as_taken(photographed(sheet, zlib.crc32(b"4")), 1), HOLDERS[3], "photographed")
    return out

