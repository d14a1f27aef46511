"""A twenty-eighth drawn set, drawn after the twenty-seventh: copies an applicant or an employer wrote on
in pen before scanning them, as copies for an application often are: a line in the margin naming what the
copy is for with the day it was signed, the holder's signature and date under a certificate, a checked-
against-the-original note with its date, a circled figure. The print is the seventh and eighth sets'; the
pen's dates are none of the document's. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set twentyeighth`). Every name and number is made up."""
from __future__ import annotations

import zlib
from pathlib import Path

from PIL import Image, ImageDraw

from . import drawn_papers_eighth as eighth
from . import drawn_papers_seventh as seventh
from .drawn_forms import Sheet, png_bytes
from .generator.render import pil_font

PEN = (25, 45, 150)


def _write(s: Sheet, x: int, y: int, text: str, size: int = 34, angle: float = 0) -> None:
    """Pen writing, at a slant where `angle` says so."""
    font = pil_font("hand" if text.isascii() else "hand_cjk", size)
    w = int(font.getlength(text)) + 20
    layer = Image.new("RGBA", (w, size * 2), (0, 0, 0, 0))
    ImageDraw.Draw(layer).text((10, size // 3), text, font=font, fill=PEN + (255,))
    layer = layer.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    s.img.paste(layer, (x, y), layer)


def br_for_the_application(c: seventh.Company) -> Sheet:
    s = seventh.br_certificate_bilingual(c)
    _write(s, 900, 1700, "Copy for ASMTP application", 36, 8)
    _write(s, 980, 1800, "signed 3/3/2026", 36, 8)
    return s


def graduation_signed(g: eighth.Graduate) -> Sheet:
    s = eighth.graduation_table(g)
    _write(s, 160, 1500, f"本人签名：{g.name_zh}", 40)
    _write(s, 160, 1580, "2026.3.1", 40)
    return s


def consent_checked(g: eighth.Graduate) -> Sheet:
    s = eighth.consent_letter(g)
    _write(s, 120, 1950, "原件已核对 2026年3月2日", 36, 3)
    return s


def offer_circled(c: seventh.Company) -> Sheet:
    s = seventh.offer_letter_table(c)
    d = ImageDraw.Draw(s.img)
    d.ellipse([860, 830, 1320, 920], outline=PEN, width=4)  # round the salary's row, roughly
    _write(s, 1340, 850, "OK 12/3", 34, -5)
    return s


PAPERS = [("br_certificate", "bilingual", br_for_the_application, seventh),
          ("graduation_certificate", "table", graduation_signed, eighth),
          ("consent_letter", "chopped", consent_checked, eighth),
          ("employment_contract", "offer-table", offer_circled, seventh)]


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(2):
        for kind, layout, draw, made in PAPERS:
            party = (seventh.COMPANIES if made is seventh else eighth.GRADUATES)[i]
            file = f"pen-{kind.split('_')[0]}-{i + 1}.png"
            (folder / file).write_bytes(png_bytes(draw(party).scanned(zlib.crc32(file.encode()))))
            out.append({"file": file, "type": kind, "layout": f"{layout}-pen", "fields": {"type": kind} | made.truth(party, kind, layout)})
    return out
