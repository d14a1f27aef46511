"""A fifteenth drawn set, drawn after the fourteenth: earlier papers with the marks that copies for an
application carry over their print. A grey 'COPY 副本' watermark printed diagonally across a BR
certificate and an offer letter; a degree certificate and a graduation notice on security paper
(a tinted guilloche of fine wavy lines under the print); a blue 'CERTIFIED TRUE COPY' stamp with a
signature scrawled across it over each. Read once through the product before any reader changes
for it (`scripts/bench_drawn_forms.py --set fifteenth`). Every name and number is made up."""
from __future__ import annotations

import math
import zlib
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw

from . import drawn_papers_eighth as eighth
from . import drawn_papers_seventh as seventh
from .drawn_forms import Sheet
from .generator.render import pil_font

STAMP_BLUE = (40, 70, 170)
WATERMARK_GREY = (200, 200, 200)
GUILLOCHE = (150, 200, 185)


def _ink(s: Sheet, layer: Image.Image) -> Sheet:
    """A mark printed or stamped over the page: multiplied, so the print shows through it."""
    s.img = ImageChops.multiply(s.img, layer)
    s.d = ImageDraw.Draw(s.img)
    return s


def watermarked(s: Sheet) -> Sheet:
    """'COPY 副本' in large grey letters, diagonal, twice down the page."""
    w, h = s.img.size
    layer = Image.new("RGB", (w, h), "white")
    for cy in (h // 3, 2 * h // 3):
        mark = Image.new("RGB", (1400, 260), "white")
        ImageDraw.Draw(mark).text((20, 20), "COPY 副本", font=pil_font("sans_cjk", 200), fill=WATERMARK_GREY)
        mark = mark.rotate(30, expand=True, fillcolor="white")
        layer.paste(ImageChops.darker(layer.crop((w // 2 - mark.width // 2, cy - mark.height // 2,
                                                  w // 2 + mark.width - mark.width // 2, cy + mark.height - mark.height // 2)), mark),
                    (w // 2 - mark.width // 2, cy - mark.height // 2))
    return _ink(s, layer)


def on_security_paper(s: Sheet) -> Sheet:
    """A tinted guilloche under the print: bands of fine sine waves across the whole sheet."""
    w, h = s.img.size
    layer = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(layer)
    for k in range(0, h, 18):
        phase = k / 40
        points = [(x, k + 7 * math.sin(x / 23 + phase) + 4 * math.sin(x / 7)) for x in range(0, w, 4)]
        d.line(points, fill=GUILLOCHE, width=1)
    return _ink(s, layer)


def certified_copy(s: Sheet, x: int, y: int) -> Sheet:
    """A rectangular blue stamp, 'CERTIFIED TRUE COPY' and a date line, a signature scrawled over it."""
    layer = Image.new("RGB", s.img.size, "white")
    d = ImageDraw.Draw(layer)
    d.rectangle([x, y, x + 560, y + 190], outline=STAMP_BLUE, width=5)
    d.text((x + 40, y + 25), "CERTIFIED TRUE COPY", font=pil_font("sans_bold", 40), fill=STAMP_BLUE)
    d.text((x + 40, y + 95), "Date: 12 MAR 2026", font=pil_font("sans", 28), fill=STAMP_BLUE)
    d.text((x + 40, y + 140), "Signed: ______________", font=pil_font("sans", 28), fill=STAMP_BLUE)
    scrawl = [(x + 120 + t * 9, y + 150 - 38 * math.sin(t / 2.2) - t * 2) for t in range(45)]
    d.line(scrawl, fill=(25, 25, 60), width=4)
    return _ink(s, layer)


def br_watermarked(c: seventh.Company) -> Sheet:
    return watermarked(seventh.br_certificate_bilingual(c))


def offer_watermarked(c: seventh.Company) -> Sheet:
    return watermarked(seventh.offer_letter_table(c))


def degree_on_security_paper(g: eighth.Graduate) -> Sheet:
    return certified_copy(on_security_paper(eighth.degree_bilingual_table(g)), 900, 1700)


def notice_on_security_paper(g: eighth.Graduate) -> Sheet:
    return certified_copy(on_security_paper(eighth.graduation_notice_hant(g)), 200, 1650)


def write_all(folder: Path) -> list[dict]:
    """Each marked paper of two parties, a 200-dpi scan each; the truth, one entry a file, as the
    unmarked paper's."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(2):
        c, g = seventh.COMPANIES[i], eighth.GRADUATES[i]
        papers = [("br_certificate", "watermarked", br_watermarked(c), seventh.truth(c, "br_certificate", "bilingual")),
                  ("employment_contract", "offer-watermarked", offer_watermarked(c),
                   seventh.truth(c, "employment_contract", "offer-table")),
                  ("degree_certificate", "security-certified", degree_on_security_paper(g),
                   eighth.truth(g, "degree_certificate", "bilingual-table")),
                  ("graduation_certificate", "security-certified-hant", notice_on_security_paper(g),
                   eighth.truth(g, "graduation_certificate", "notice-hant"))]
        for kind, layout, sheet, fields in papers:
            file = f"{kind}-{layout}-{i + 1}.png"
            sheet.scanned(zlib.crc32(file.encode())).save(folder / file, dpi=(200, 200))
            out.append({"file": file, "type": kind, "layout": layout, "fields": {"type": kind, **fields}})
    return out
