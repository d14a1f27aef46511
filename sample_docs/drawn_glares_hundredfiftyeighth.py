"""A hundred-and-fifty-eighth drawn set: travel documents in four layouts no set drew. A passport's data page
photographed with a flash, a bright glare over its upper corner (not its zone); the data page cut tight round its lower
half, the zone and the portrait's foot only and the printed fields under the glare of nothing; the permit's front on a
scan whose paper is yellowed and speckled; the data page at the top of an A4 page under a typed cover note ('Copy of the
applicant's passport'). Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredfiftyeighth`). Every name and number is made up."""
from __future__ import annotations

import random
import zlib
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, png_bytes, write_drawn

FIRST = sixteenth.Holder("戴", "思远", "DAI", "SIYUAN", "M", date(1988, 5, 16), "江西/JIANGXI", "EL2750381", date(2021, 7, 6),
                         date(2031, 7, 5), "C91837260", date(2022, 5, 30), date(2032, 5, 29), (360, 460))
SECOND = sixteenth.Holder("蒋", "可欣", "JIANG", "KEXIN", "F", date(1997, 1, 9), "浙江/ZHEJIANG", "EN6091537", date(2024, 3, 18),
                          date(2034, 3, 17), "C40526971", date(2025, 1, 14), date(2035, 1, 13), (360, 460))


def passport_flash_glare() -> tuple[bytes, dict]:
    page = sixteenth.data_page(FIRST).convert("RGB")
    glare = Image.new("L", page.size, 0)
    ImageDraw.Draw(glare).ellipse([560, -80, 1080, 300], fill=255)
    glare = glare.filter(ImageFilter.GaussianBlur(60))
    page = Image.composite(Image.new("RGB", page.size, (255, 255, 255)), page, glare)
    img = Image.new("RGB", (1400, 1000), (70, 62, 55))
    img.paste(page, (200, 150))
    return png_bytes(img.rotate(-2, resample=Image.Resampling.BICUBIC, fillcolor=(70, 62, 55))), sixteenth.truth(FIRST, "passport-glare")


def passport_cut_tight() -> tuple[bytes, dict]:
    page = sixteenth.data_page(SECOND)
    return png_bytes(page.crop((0, page.height // 2 - 40, page.width, page.height))), \
        {k: v for k, v in sixteenth.truth(SECOND, "passport-cut").items() if k != "name_zh"}


def permit_yellowed() -> tuple[bytes, dict]:
    s = Sheet()
    s.img.paste(sixteenth._permit_front(FIRST), (380, 300))
    rng = random.Random(158)
    for _ in range(1800):
        x, y = rng.randrange(0, s.img.width), rng.randrange(0, s.img.height)
        s.d.point((x, y), fill=(120, 110, 90))
    img = Image.eval(s.scanned(zlib.crc32(b"yellowed")), lambda v: v)
    tint = Image.new("RGB", img.size, (236, 222, 180))
    return png_bytes(Image.blend(img, tint, 0.25)), sixteenth.truth(FIRST, "permit-yellowed")


def passport_under_cover_note() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 120, "Copy of the applicant's passport (data page)", 30, "sans_bold")
    s.text(140, 170, "Certified true copy by the employer, 1 December 2026", 22, "sans")
    s.img.paste(sixteenth.data_page(SECOND), (300, 260))
    return png_bytes(s.scanned(zlib.crc32(b"covernote"))), sixteenth.truth(SECOND, "passport-cover-note")


def write_all(folder: Path) -> list[dict]:
    papers = [("passport-glare.png", passport_flash_glare, "travel_document", "flash-glare"),
              ("passport-cut-tight.png", passport_cut_tight, "travel_document", "cut-tight"),
              ("permit-yellowed.png", permit_yellowed, "travel_document", "yellowed-paper"),
              ("passport-cover-note.png", passport_under_cover_note, "travel_document", "under-cover-note")]
    return write_drawn(folder, papers)
