"""A thirty-fifth drawn set, drawn after the thirty-fourth: two documents side by side on one page, as applicants
copy them to save paper: a graduation certificate and a degree certificate each reduced to half of a landscape
page, and a permit's front beside a Hong Kong identity card near the top of a portrait page. Each page holds two
documents; each is scored on its own (the bench takes the document of the page that has the entry's type). The
certificates are the eighth set's, the cards the thirty-third's. Read once through the product before any reader
changes for it (`scripts/bench_drawn_forms.py --set thirtyfifth`). Every name and number is made up."""
from __future__ import annotations

import zlib
from pathlib import Path

from PIL import Image

from . import drawn_papers_eighth as eighth
from . import drawn_papers_eleventh as eleventh
from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import H, Sheet, W, png_bytes
from .drawn_twoup_thirtythird import holder_of_both


def _half(page: Image.Image, width: int) -> Image.Image:
    return page.resize((width, int(page.height * width / page.width)), Image.Resampling.LANCZOS)


def certificates_side_by_side(g: eighth.Graduate) -> Sheet:
    """Two A4 certificates reduced onto one landscape A4 page, a gutter between them."""
    s = Sheet()
    s.img = Image.new("RGB", (H, W), "white")
    left, right = eighth.graduation_table(g).img, eighth.degree_bilingual_table(g).img
    s.img.paste(_half(left, 1110), (30, 40))
    s.img.paste(_half(right, 1110), (H - 1140, 40))
    return s


def cards_side_by_side(i: int) -> Sheet:
    s = Sheet()
    s.img.paste(sixteenth._permit_front(sixteenth.HOLDERS[i], 0.85), (60, 220))
    s.img.paste(eleventh._card(holder_of_both(i), 0.85), (60 + 731 + 80, 220))
    return s


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, g in enumerate(eighth.GRADUATES):
        file = f"certificates-side-by-side-{i + 1}.png"
        (folder / file).write_bytes(png_bytes(certificates_side_by_side(g).scanned(zlib.crc32(file.encode()))))
        out += [{"file": file, "pages": [1], "type": "graduation_certificate", "layout": "graduation-left",
                 "fields": eighth.truth(g, "graduation_certificate", "table")},
                {"file": file, "pages": [1], "type": "degree_certificate", "layout": "degree-right",
                 "fields": eighth.truth(g, "degree_certificate", "bilingual-table")}]
    for i, h in enumerate(sixteenth.HOLDERS[:2]):
        file = f"cards-side-by-side-{i + 1}.png"
        (folder / file).write_bytes(png_bytes(cards_side_by_side(i).scanned(zlib.crc32(file.encode()))))
        permit = {k: v for k, v in sixteenth.truth(h, "permit-front").items()
                  if k in ("type", "kind", "document_number", "date_of_birth", "name_zh")}
        out += [{"file": file, "pages": [1], "type": "travel_document", "layout": "permit-left", "fields": permit},
                {"file": file, "pages": [1], "type": "hkid_copy", "layout": "card-right",
                 "fields": {"type": "hkid_copy", "hkid_number": holder_of_both(i).hkid}}]
    return out
