"""Lines the page's OCR lost whole: a row of print with no word on it.

Tesseract's page layout sometimes drops a line entirely, most often a table's first row just
under a heading or a rule (a CHSI report came out with no 姓名 row at all, while the same row
cut out alone reads 姓名潘瑞然). Such rows are found from the ink, by the page's horizontal
profile within its text column, and read again on their own."""
from __future__ import annotations

import re

import numpy as np
from PIL import Image, ImageOps

from . import ocr
from .model import Word
from .text import HAN_RANGE

INK = 60  # darker than the paper by this much is print
MAX_LOST = 4  # rows read again per page: more means the page is mostly pictures
SURE = 0.75  # a row read again is added only when read this surely
GAP = 2  # ink rows this close are one band


def reread_lost_lines(image: Image.Image, words: list[Word], lang: str) -> list[Word]:
    """Words with the rows of print no word covers read again and added when read surely."""
    han = [w for w in words if re.search(rf"[{HAN_RANGE}]", w.text)]
    if len(han) < 5:
        return words
    height = float(np.median([w.bbox[3] - w.bbox[1] for w in han]))
    x0 = int(np.percentile([w.bbox[0] for w in words], 5))
    x1 = int(np.percentile([w.bbox[2] for w in words], 95))
    if x1 - x0 < 4 * height:
        return words
    page = ocr.without_rules(image) or ImageOps.grayscale(image)
    gray = np.asarray(page)
    ink = gray[:, x0:x1] < int(np.median(gray)) - INK
    lost = [band for band in _bands(ink.sum(axis=1), height)
            if not any(_overlaps(band, (w.bbox[1], w.bbox[3])) for w in words)]
    added: list[Word] = []
    for top, bottom in lost[:MAX_LOST]:
        again = [w for x_start, x_end in _pieces(ink[top:bottom].sum(axis=0), height)
                 for w in _read_piece(page, (x0 + x_start, top, x0 + x_end, bottom), height, lang)]
        text = "".join(w.text for w in again)
        if again and sum(w.conf for w in again) / len(again) >= SURE \
                and len(re.findall(rf"[{HAN_RANGE}0-9A-Za-z]", text)) >= 2:
            added += again
    return words + added if added else words


def _read_piece(page: Image.Image, box: tuple[int, int, int, int], height: float, lang: str) -> list[Word]:
    """One run of print within a lost row, read as a word first: on two or three Han characters
    with paper round them tesseract's line reading (psm 7) often finds nothing at all, and on
    the whole row a label and its value far apart come out as nothing or as Latin junk."""
    pad = int(height / 2)
    box = (max(0, box[0] - pad), max(0, box[1] - pad), min(page.width, box[2] + pad), min(page.height, box[3] + pad))
    for psm in (8, 7):
        again = ocr.ocr_words(page.crop(box), lang=lang, psm=psm)
        if again:
            return [w.moved(box[0], box[1]) for w in again]
    return []


def _pieces(columns: np.ndarray, height: float) -> list[tuple[int, int]]:
    """Runs of inked columns split where the paper between them is wider than 1.5 characters:
    a table row's label and its value."""
    xs = np.nonzero(columns)[0]
    if not len(xs):
        return []
    cuts = np.nonzero(np.diff(xs) > 1.5 * height)[0]
    starts = [xs[0]] + [xs[i + 1] for i in cuts]
    ends = [xs[i] + 1 for i in cuts] + [xs[-1] + 1]
    return list(zip(starts, ends))


def _bands(profile: np.ndarray, height: float) -> list[tuple[int, int]]:
    """Runs of rows with ink, as tall as a line of the page's print (0.6-1.8 of it): a taller
    run is a picture, a seal or a QR code; a shorter one a rule's remains or specks."""
    on = profile >= max(3, 0.02 * profile.max(initial=0))
    bands, start, last = [], None, -GAP - 1
    for y, ink in enumerate(on):
        if not ink:
            continue
        if start is None or y - last > GAP:
            if start is not None:
                bands.append((start, last + 1))
            start = y
        last = y
    if start is not None:
        bands.append((start, last + 1))
    return [(a, b) for a, b in bands if 0.6 * height <= b - a <= 1.8 * height]


def _overlaps(band: tuple[int, int], span: tuple[int, int]) -> bool:
    return min(band[1], span[1]) - max(band[0], span[0]) > 0
