"""A seventeenth drawn set, drawn after the sixteenth: not new layouts but a new way in. Each side's
papers fed through an office's duplex document feeder and saved as one multi-page TIFF, as SPEC §2
allows: every sheet scanned on both sides, so behind each page comes its back. Most backs are
blank, with what a blank side carries (the front's print showing through the paper, mirrored and
faint; dust specks; a line saying the page is blank on purpose); the contract's back is its
signature page, which has no title. The documents are the seventh and eighth sets' layouts; what is
new is that each document's back belongs to it and reads as no document of its own. Read once
through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
seventeenth`). Every name and number is made up."""
from __future__ import annotations

import random
import zlib
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

from . import drawn_papers_eighth as eighth
from . import drawn_papers_seventh as seventh
from .drawn_forms import Sheet

SHOW_THROUGH = 0.9  # of the way from the front's print to white, on the back


def _scan(sheet: Sheet, name: str) -> Image.Image:
    return sheet.scanned(zlib.crc32(name.encode())).convert("RGB")


def show_through(front: Image.Image) -> Image.Image:
    """A blank back through which the front's print shows: mirrored, faint and soft."""
    mirrored = front.transpose(Image.Transpose.FLIP_LEFT_RIGHT).convert("L").filter(ImageFilter.GaussianBlur(2.5))
    faint = np.asarray(mirrored, dtype=np.float32)
    faint = faint + (247 - faint) * SHOW_THROUGH
    return Image.fromarray(faint.clip(0, 255).astype(np.uint8)).convert("RGB")


def specked(seed: int) -> Image.Image:
    """A blank back with the dust a feeder's glass leaves."""
    rng = random.Random(seed)
    s = Sheet()
    for _ in range(40):
        x, y, r = rng.randrange(60, 1590), rng.randrange(60, 2280), rng.choice((1, 2, 2, 3, 5))
        s.d.ellipse([x - r, y - r, x + r, y + r], fill=(70, 70, 70))
    return _scan(s, f"specks-{seed}")


def left_blank(words: str) -> Image.Image:
    s = Sheet()
    s.text(827 - 11 * len(words), 1150, words, 26, "serif")
    return _scan(s, words)


def signature_page(c: seventh.Company) -> Image.Image:
    """The contract's last page: the parties sign under a line that points back to the terms."""
    s = Sheet()
    s.wrapped(140, 200, "IN WITNESS whereof the parties have signed this agreement on the date first written above.", 70,
              26, "serif")
    s.text(140, 420, f"For and on behalf of {c.name}", 26, "serif")
    s.d.line([140, 600, 700, 600], fill=(40, 40, 40), width=2)
    s.text(140, 612, "Authorised signature", 22, "serif")
    s.text(140, 820, "Accepted by the employee", 26, "serif")
    s.d.line([140, 1000, 700, 1000], fill=(40, 40, 40), width=2)
    s.text(140, 1012, c.employee, 22, "serif")
    s.d.line([170, 560, 380, 520, 520, 585, 640, 540], fill=(20, 30, 120), width=3)  # a signature's stroke
    return _scan(s, f"signature-{c.name}")


def applicant_feed(i: int) -> tuple[list[Image.Image], list[tuple[str, str, dict]]]:
    """Graduation notice (its print showing through its back), degree conferment (a back left blank on
    purpose), consent letter (a back with specks)."""
    g = eighth.GRADUATES[i]
    fronts = [("graduation_certificate", "notice-hant"), ("degree_certificate", "conferment"), ("consent_letter", "chopped")]
    pages, docs = [], []
    for k, (kind, layout) in enumerate(fronts):
        front = _scan(eighth.LAYOUTS[kind][layout](g), f"applicant-{i}-{k}")
        back = show_through(front) if k == 0 else left_blank("This page is intentionally left blank.") if k == 1 \
            else specked(i * 10 + k)
        pages += [front, back]
        docs.append((kind, layout, eighth.truth(g, kind, layout)))
    return pages, docs


def employer_feed(i: int) -> tuple[list[Image.Image], list[tuple[str, str, dict]]]:
    """Contract (its back the signature page), BR renewal notice (print showing through), a statement
    of two years (specks), scanned in grey."""
    c = seventh.COMPANIES[i]
    fronts = [("employment_contract", "clauses"), ("br_certificate", "renewal"), ("financial_statement", "two-years")]
    pages, docs = [], []
    for k, (kind, layout) in enumerate(fronts):
        front = _scan(seventh.LAYOUTS[kind][layout](c), f"employer-{i}-{k}")
        back = signature_page(c) if k == 0 else show_through(front) if k == 1 else specked(100 + i * 10 + k)
        pages += [front.convert("L"), back.convert("L")]
        docs.append((kind, layout, seventh.truth(c, kind, layout)))
    return pages, docs


def write_all(folder: Path) -> list[dict]:
    """Each side's feed for each of two parties, one multi-page TIFF each; the truth, one entry a
    document: {file, pages (1-based, the front and its back), type, layout, fields (with its type)}."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(2):
        for side, feed in (("applicant", applicant_feed), ("employer", employer_feed)):
            pages, docs = feed(i)
            file = f"feeder-{side}-{i + 1}.tif"
            pages[0].save(folder / file, save_all=True, append_images=pages[1:], compression="tiff_lzw", dpi=(200, 200))
            for n, (kind, layout, fields) in enumerate(docs):
                out.append({"file": file, "pages": [2 * n + 1, 2 * n + 2], "type": kind, "layout": f"{layout}-duplex",
                            "fields": {"type": kind, **fields}})
    return out
