"""A forty-seventh drawn set, drawn after the forty-sixth: the forty-second set's whole clean application (one
applicant spelt LYU, LU and 呂, an employer 'Limited' and 'Ltd.') photographed a page at a time with a phone on a
desk instead of scanned (the ninth set's way: a slant, light from one side, soft focus), every other shot held
sideways with EXIF saying so; the photograph is uploaded as taken. The case is clean: a check on its papers that
does not pass is a false alarm. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set fortyseventh`). Every name and number is made up."""
from __future__ import annotations

import zlib
from pathlib import Path

from PIL import Image

from . import drawn_spellings_fortysecond as fortysecond
from .drawn_photos_ninth import jpeg_as_taken, photographed

CASE = "lyu-by-phone"


def write_all(folder: Path, types: tuple[str, ...] | None = None) -> list[dict]:
    """The set's photographs; with `types`, only the papers of those types (a test's, drawn sooner)."""
    out = fortysecond.write_all(folder)
    for k, entry in enumerate(out):
        entry["case"] = CASE
        file = folder / entry["file"]
        if file.suffix != ".png" or (types is not None and entry["type"] not in types):
            continue  # the photograph itself
        with Image.open(file) as page:
            shot = photographed(page.convert("RGB"), zlib.crc32(file.name.encode()))
        file.unlink()
        entry["file"] = f"IMG_{4100 + k}.jpg"
        (folder / entry["file"]).write_bytes(jpeg_as_taken(shot, 6 if k % 2 else 1))
    return out
