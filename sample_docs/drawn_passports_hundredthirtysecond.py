"""A hundred-and-thirty-second drawn set: travel documents in five layouts no set drew. A passport's data page scanned
grey at 150 dpi, turned three degrees, saved as a small JPEG; the data page beside the booklet's next page on one
landscape sheet; the permit's front copied with the copier's lid open (black all round the card); the data page upside
down in a PDF; the permit's front and back side by side, not one above the other. Each is a case of its own. Read once
through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set hundredthirtysecond`). Every
name and number is made up."""
from __future__ import annotations

import io
import zlib
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, png_bytes, write_drawn
from .generator.render import pil_font

FIRST = sixteenth.Holder("贺", "子轩", "HE", "ZIXUAN", "M", date(1990, 12, 3), "湖南/HUNAN", "EM4071826", date(2022, 8, 15),
                         date(2032, 8, 14), "C58203147", date(2023, 2, 1), date(2033, 1, 31), (360, 460))
SECOND = sixteenth.Holder("莫", "婉清", "MO", "WANQING", "F", date(1994, 6, 27), "广西/GUANGXI", "EJ9308215", date(2020, 11, 3),
                          date(2030, 11, 2), "C69174502", date(2024, 9, 10), date(2034, 9, 9), (360, 460))


def _jpeg(img: Image.Image, quality: int, dpi: int) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality, dpi=(dpi, dpi))
    return buf.getvalue()


def passport_grey_150() -> tuple[bytes, dict]:
    s = Sheet()
    s.img.paste(sixteenth.data_page(FIRST), (300, 300))
    img = s.scanned(zlib.crc32(b"grey150")).rotate(3, resample=Image.Resampling.BICUBIC, fillcolor="white").convert("L")
    img = img.resize((img.width * 3 // 4, img.height * 3 // 4), Image.Resampling.BILINEAR)
    return _jpeg(img, 60, 150), sixteenth.truth(FIRST, "passport-grey-150")


def passport_spread_landscape() -> tuple[bytes, dict]:
    s = Sheet()
    s.img = Image.new("RGB", (2339, 1654), "white")
    s.d = ImageDraw.Draw(s.img)
    s.img.paste(sixteenth.data_page(SECOND), (120, 400))
    facing = Image.new("RGB", (1000, 700), (246, 240, 228))
    d = ImageDraw.Draw(facing)
    d.text((60, 60), "签证 / VISAS", font=pil_font("sans_cjk", 26), fill=(60, 60, 60))
    d.rectangle([140, 200, 760, 560], outline=(120, 60, 140), width=4)
    d.text((170, 230), "ENTRY  HONG KONG", font=pil_font("sans_bold", 30), fill=(120, 60, 140))
    d.text((170, 290), "12 JUL 2025", font=pil_font("sans", 28), fill=(120, 60, 140))
    s.img.paste(facing, (1180, 400))
    return png_bytes(s.scanned(zlib.crc32(b"spread"))), sixteenth.truth(SECOND, "passport-spread")


def permit_lid_open() -> tuple[bytes, dict]:
    img = Image.new("RGB", (1654, 2339), (18, 18, 20))
    card = sixteenth._permit_front(FIRST, 1.2)
    img.paste(card, (380, 300))
    return png_bytes(img), sixteenth.truth(FIRST, "permit-lid-open")


def passport_upside_down_pdf() -> tuple[bytes, dict]:
    s = Sheet()
    s.img.paste(sixteenth.data_page(SECOND), (300, 300))
    page = s.scanned(zlib.crc32(b"upside")).rotate(180)
    buf = io.BytesIO()
    page.save(buf, "PDF", resolution=200)
    return buf.getvalue(), sixteenth.truth(SECOND, "passport-upside-down")


def permit_side_by_side() -> tuple[bytes, dict]:
    s = Sheet()
    s.img = Image.new("RGB", (2339, 1654), "white")
    s.d = ImageDraw.Draw(s.img)
    s.img.paste(sixteenth._permit_front(SECOND), (200, 500))
    s.img.paste(sixteenth._permit_back(SECOND), (1200, 500))
    return png_bytes(s.scanned(zlib.crc32(b"sidebyside"))), sixteenth.truth(SECOND, "permit-side-by-side")


def write_all(folder: Path) -> list[dict]:
    papers = [("passport-grey.jpg", passport_grey_150, "travel_document", "passport-grey-150"),
              ("passport-spread.png", passport_spread_landscape, "travel_document", "passport-spread"),
              ("permit-lid-open.png", permit_lid_open, "travel_document", "permit-lid-open"),
              ("passport-upside-down.pdf", passport_upside_down_pdf, "travel_document", "passport-upside-down"),
              ("permit-side-by-side.png", permit_side_by_side, "travel_document", "permit-side-by-side")]
    return write_drawn(folder, papers)
