"""The size of the type each line is set in, from its words' boxes. Tesseract boxes a word from its tallest
letter's top to its lowest letter's foot, so its height over that span in ems (a capital or an ascender
reaches about 0.72 em, a lower-case x 0.5 em, a descender 0.21 em below the line, a Han character about
0.88 em) gives the em; a text layer's words and PP-OCR's are boxed the height of their line whatever their
letters, so there the box's height is the size. Which way a page boxes its words shows in its lines: where
words of one line with different letters stand different heights, the boxes are the glyphs'."""
from __future__ import annotations

import re
import statistics

from .model import Page, Word

HAN = re.compile(r"[\u2e80-\u9fff]")
TALL = re.compile(r"[A-Z0-9bdfhiklt()/\[\]{}|!?#$%&@]")
SHORT = re.compile(r"[a-z]")
BELOW = re.compile(r"[gjpqy(),;/\[\]{}|]")
APART = 1.25  # a line's type this much larger than another's is other type
UNEVEN = 1.15  # words of one line this much apart in height where their letters differ: glyph-tight boxes


def _span_in_ems(text: str) -> float | None:
    if HAN.search(text):
        return 0.88
    top = 0.72 if TALL.search(text) else 0.5 if SHORT.search(text) else None
    return None if top is None else top + (0.21 if BELOW.search(text) else 0.0)


def em_size(words: list[Word]) -> float:
    """A line's type size in pixels from glyph-tight boxes (its words' median em); 0 where no word tells."""
    ems = [(w.bbox[3] - w.bbox[1]) / span for w in words if (span := _span_in_ems(w.text))]
    return float(statistics.median(ems)) if ems else 0.0


def _box_height(words: list[Word]) -> float:
    return float(statistics.median([w.bbox[3] - w.bbox[1] for w in words])) if words else 0.0


def _glyph_tight(lines: list[list[Word]]) -> bool:
    """Whether a page's boxes follow their letters: on most lines whose words' letters reach different
    spans, the tallest-spanned word stands taller than the shortest-spanned one."""
    votes = []
    for ws in lines:
        spanned = [(span, w.bbox[3] - w.bbox[1]) for w in ws if (span := _span_in_ems(w.text))]
        if len(spanned) < 2 or max(s for s, _ in spanned) < UNEVEN * min(s for s, _ in spanned):
            continue
        low, high = min(spanned), max(spanned)
        votes.append(high[1] >= UNEVEN * low[1])
    return bool(votes) and sum(votes) * 2 > len(votes)


def line_sizes(lines: list[list[Word]], pages: list[Page]) -> list[float]:
    """Each line's type size, each page's lines measured the way that page boxes its words: glyph-tight
    boxes by their letters, a text layer's by their height. 0 (unknown) on a page read into line-high
    boxes by OCR (PP-OCR): their height follows the detector's box, which a line of Latin letters among
    Han ones, or a short line, makes lower, and says nothing of the type."""
    keys = [id(p) for p in pages]
    by_page = {id(p): p for p in pages}
    tight = {k: _glyph_tight([ws for ws, q in zip(lines, keys) if q == k]) for k in by_page}
    return [em_size(ws) if tight[k] else _box_height(ws) if by_page[k].source == "text_layer" else 0.0
            for ws, k in zip(lines, keys)]


def body_size(sizes: list[float], lengths: list[int]) -> float:
    """The running text's size: the size most of the characters are set in (a diploma has more display
    lines than sentences, but its sentences hold more characters)."""
    known = [(size, n) for size, n in zip(sizes, lengths) if size > 0]
    half, seen = sum(n for _, n in known) / 2, 0
    for size, n in sorted(known):
        seen += n
        if seen >= half:
            return size
    return 0.0


def larger(a: float, b: float) -> bool:
    return a > 0 and b > 0 and a >= APART * b


def apart(a: float, b: float) -> bool:
    return larger(a, b) or larger(b, a)
