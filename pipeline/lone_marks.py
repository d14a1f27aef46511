"""A table cell that holds one character or two (a count '1', a sex 'F', a grade 'A'): tesseract's
layout analysis drops such a lone mark in a ruled grid while it reads the row's other cells. The
marks are found from the ink (a blob of a character's size on a row the page reads, with no word
over it and paper round it) and each is read again on its own, at twice its size, as one character."""
from __future__ import annotations

import re

import cv2
import numpy as np
from PIL import Image

from . import ocr
from .model import Word

INK = 60  # darker than the paper by this much is print
SURE = 0.8  # a mark read again is added only when read this surely
MAX_MARKS = 24  # marks read again on a page: more means the blobs are a picture's, not cells'
MARK = re.compile(r"[0-9A-Za-z]{1,2}")


def reread_lone_marks(image: Image.Image, words: list[Word], lang: str) -> list[Word]:
    """Words with the lone marks of the page's rows read again and added, where read surely."""
    if len(words) < 5:
        return words
    height = float(np.median([w.bbox[3] - w.bbox[1] for w in words]))
    gray = np.asarray(image.convert("L"))
    ink = (gray < int(np.median(gray)) - INK).astype(np.uint8)
    # a character's strokes (a Han one's, a 'i's dot) joined into one blob
    joined = cv2.dilate(ink, np.ones((max(1, int(height / 4)), max(1, int(height / 4))), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    marks = [(x, y, x + w, y + h) for x, y, w, h, _ in stats[1:n]
             if 0.5 * height <= h <= 1.4 * height and 0.15 * height <= w <= 1.6 * height]
    lone = [m for m in marks if _on_a_row(m, words) and not _near_a_word(m, words, height)]
    if not lone or len(lone) > MAX_MARKS:
        return words
    added = []
    for box in lone:
        found = _read_mark(image, box, height, lang)
        if found:
            added.append(found)
    return words + added


def _on_a_row(box: tuple[int, int, int, int], words: list[Word]) -> bool:
    """The mark stands on a line the page reads: a word beside it shares most of its height."""
    top, bottom = box[1], box[3]
    return any(min(bottom, w.bbox[3]) - max(top, w.bbox[1]) > 0.5 * (bottom - top) for w in words)


def _near_a_word(box: tuple[int, int, int, int], words: list[Word], height: float) -> bool:
    """A word over the mark or within a character of it: then the mark is that word's, read or misread."""
    gap = height
    return any(w.bbox[0] - gap < box[2] and box[0] < w.bbox[2] + gap and w.bbox[1] - gap / 2 < box[3]
               and box[1] < w.bbox[3] + gap / 2 for w in words)


def _read_mark(image: Image.Image, box: tuple[int, int, int, int], height: float, lang: str) -> Word | None:
    """The mark read as one character at twice its size: at a line's usual size tesseract reads a
    lone '1' as 'al' or nothing."""
    pad = int(height / 2)
    crop = (max(0, box[0] - pad), max(0, box[1] - pad), min(image.width, box[2] + pad), min(image.height, box[3] + pad))
    piece = image.crop(crop)
    piece = piece.resize((piece.width * 2, piece.height * 2), Image.Resampling.LANCZOS)
    again = [w for w in ocr.ocr_words(piece, lang=lang, psm=10) if w.text.strip()]
    if len(again) != 1 or not MARK.fullmatch(again[0].text) or again[0].conf < SURE:
        return None
    x0, y0, x1, y1 = again[0].bbox
    return Word(text=again[0].text, bbox=(crop[0] + x0 // 2, crop[1] + y0 // 2, crop[0] + x1 // 2, crop[1] + y1 // 2), conf=again[0].conf)
