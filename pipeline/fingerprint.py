"""What the integrity checks look at: a PDF's edit traces (incremental updates, the program
that wrote it, creation and modification dates) and each page's fingerprints (a difference
hash of its image, hashed word shingles of its text) so the same page can be found in
another case. All deterministic from the file's bytes."""
from __future__ import annotations

import hashlib
import mmap
import re
from datetime import datetime
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from .model import Page
from .pages import PDFIUM_LOCK

SHINGLE = 4  # words per shingle: long enough that a template's shared phrasing alone rarely matches
MAX_SHINGLES = 1500


def pdf_traces(path: Path) -> dict:
    """Signs that a PDF was changed after it was made. A linearized file legitimately ends
    twice; every further %%EOF is an incremental update appended by an editor or a signer."""
    eofs, linearized = 0, False
    if path.stat().st_size:
        with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
            eofs = sum(1 for _ in re.finditer(rb"%%EOF", data))
            linearized = b"/Linearized" in data[:2048]
    info: dict[str, int | str] = {"incremental_updates": max(0, eofs - 1 - (1 if linearized else 0))}
    try:
        with PDFIUM_LOCK:
            pdf = pdfium.PdfDocument(path)
            meta = pdf.get_metadata_dict(skip_empty=True)
            pdf.close()
    except pdfium.PdfiumError:
        meta = {}
    for key in ("Producer", "Creator"):
        if meta.get(key):
            info[key.lower()] = meta[key]
    for key, name in (("CreationDate", "created"), ("ModDate", "modified")):
        when = _pdf_date(meta.get(key, ""))
        if when:
            info[name] = when
    return info


def _pdf_date(raw: str) -> str | None:
    m = re.match(r"D?:?(\d{4})(\d{2})?(\d{2})?", raw or "")
    if not m:
        return None
    try:
        return datetime(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)).date().isoformat()
    except ValueError:
        return None


def image_dhash(image: Image.Image, size: int = 16) -> str:
    """Difference hash (size x size bits): robust to rescans, JPEG and small shading; a
    hand-written 3 lines rather than the imagehash package, which pulls in SciPy."""
    px = np.asarray(image.convert("L").resize((size + 1, size), Image.Resampling.BILINEAR), dtype=np.int16)
    bits = (px[:, :-1] > px[:, 1:]).flatten()
    return f"{int(''.join('1' if b else '0' for b in bits), 2):0{size * size // 4}x}"


def hamming(a: str, b: str) -> int:
    return bin(int(a, 16) ^ int(b, 16)).count("1")


def text_shingles(page: Page) -> list[int]:
    """Sorted 32-bit hashes of the page's word 4-grams, after case and punctuation are dropped."""
    words = [w for w in (re.sub(r"[^\w]", "", x.text.lower()) for x in page.words) if w]
    grams = {" ".join(words[i:i + SHINGLE]) for i in range(max(0, len(words) - SHINGLE + 1))}
    hashes = sorted(int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "big") for g in grams)
    return hashes[:MAX_SHINGLES]


def page_numbers(page: Page) -> list[int]:
    """Hashes of the page's long numbers (5+ digits: certificate and document numbers, amounts,
    compact dates): what makes a page one person's or one company's, unlike a form's boilerplate."""
    runs = {re.sub(r"[,，]", "", m) for m in re.findall(r"\d[\d,，]{3,}\d", page.text)}
    return sorted(int.from_bytes(hashlib.blake2b(r.encode(), digest_size=4).digest(), "big") for r in runs if len(r) >= 5)


def jaccard(a: list[int], b: list[int]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0
