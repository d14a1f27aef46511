"""A thirty-ninth drawn set, drawn after the thirty-eighth: pages fed crooked through a cheap scanner and saved
small, as many uploads are: the seventh set's company papers and the eighth set's graduate's papers, each turned
three to six degrees either way (a sheet fed askew, not a photograph), at 150 dpi in grey, as a JPEG at low
quality. The same drawings as those sets, so what changes is the scan alone. Read once through the product before
any reader changes for it (`scripts/bench_drawn_forms.py --set thirtyninth`). Every name and number is made up."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from PIL import Image, ImageFilter

from . import drawn_papers_eighth as eighth
from . import drawn_papers_seventh as seventh

TURNS = [-5.0, 3.5, -3.0, 6.0, 4.0, -4.5, 5.5, -6.0, 3.0, -3.5]


def fed_askew(page: Image.Image, degrees: float) -> bytes:
    """The page turned on the glass, scanned at 150 dpi in grey and saved as a small JPEG."""
    turned = page.convert("L").rotate(degrees, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=235)
    small = turned.resize((round(turned.width * 0.75), round(turned.height * 0.75)), Image.Resampling.LANCZOS)
    small = small.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    small.save(buf, "JPEG", quality=55, dpi=(150, 150))
    return buf.getvalue()


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    drawn = [(kind, name, draw, seventh.COMPANIES[0], seventh.truth) for kind, drawings in seventh.LAYOUTS.items()
             for name, draw in drawings.items()]
    drawn += [(kind, name, draw, eighth.GRADUATES[0], eighth.truth) for kind, drawings in eighth.LAYOUTS.items()
              for name, draw in drawings.items()]
    out = []
    for k, (kind, name, draw, party, truth) in enumerate(drawn):
        file = f"{kind}-{name}-askew.jpg"
        page = draw(party).scanned(zlib.crc32(file.encode()))
        (folder / file).write_bytes(fed_askew(page, TURNS[k % len(TURNS)]))
        out.append({"file": file, "type": kind, "layout": name, "fields": truth(party, kind, name)})
    return out
