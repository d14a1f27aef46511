"""A thirty-third drawn set, drawn after the thirty-second: two documents copied onto one A4 page, as applicants
often copy their identity papers: a passport's data page above a Hong Kong identity card, and a permit's front
beside an identity card. Each page holds two documents; each is scored on its own (the bench takes the document of the
page that has the entry's type, where there is one).
Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
thirtythird`). Every name and number is made up."""
from __future__ import annotations

import zlib
from dataclasses import replace
from pathlib import Path

from pipeline.text import traditional

from . import drawn_papers_eleventh as eleventh
from . import drawn_travel_sixteenth as sixteenth
from .drawn_forms import Sheet, png_bytes


def holder_of_both(i: int) -> eleventh.Applicant:
    """The card's holder is the passport's: the eleventh set's card particulars with the sixteenth's name."""
    h = sixteenth.HOLDERS[i]
    return replace(eleventh.APPLICANTS[i], name_hant=traditional(h.name_zh), surname=h.surname, given=h.given, born=h.born)


def passport_and_card(i: int) -> Sheet:
    s = Sheet()
    s.img.paste(sixteenth.data_page(sixteenth.HOLDERS[i]), (300, 200))
    s.img.paste(eleventh._card(holder_of_both(i)), (390, 1150))
    return s


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(2):
        h, a = sixteenth.HOLDERS[i], holder_of_both(i)
        file = f"id-papers-copy-{i + 1}.png"
        (folder / file).write_bytes(png_bytes(passport_and_card(i).scanned(zlib.crc32(file.encode()))))
        passport = {k: v for k, v in sixteenth.truth(h, "passport-photocopy").items() if k in ("type", "document_number", "date_of_birth")}
        out += [{"file": file, "pages": [1], "type": "travel_document", "layout": "passport-over-card", "fields": passport},
                {"file": file, "pages": [1], "type": "hkid_copy", "layout": "card-under-passport",
                 "fields": {"type": "hkid_copy", "hkid_number": a.hkid}}]
    return out
