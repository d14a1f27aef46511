"""Two documents copied onto one page, one above the other (a passport's data page over an identity card) or
side by side (two certificates reduced onto a landscape page, two cards): the page's words split at the widest
blank band between its lines, or between its words' columns, where the part on the far side of it is headed by
another type's title. Each part is then read as a document of its own, on the same page."""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image

from .model import Word, middle
from .text import compact, simplified

BLANK_BAND = 0.06  # of the page's height (or width) with no line (or word) in it, at least, between the two documents
RULE_ACROSS = 0.9  # of the blank band's width a row of ink covers: a table's rule running across it
MIN_PART_WORDS = 4  # each side of a band beside the other holds a document's words, not a margin's stray mark


def split_by_band(words: list[Word], lines: list[list[Word]], height: int) -> tuple[list[Word], list[Word]] | None:
    """The words above and below the widest blank band between lines, if it is wide enough."""
    if len(lines) < 4:
        return None
    spans = sorted((min(w.bbox[1] for w in line), max(w.bbox[3] for w in line)) for line in lines)
    gaps = [(spans[k + 1][0] - max(bottom for _, bottom in spans[:k + 1]), k) for k in range(len(spans) - 1)]
    width, k = max(gaps)
    if width < BLANK_BAND * height:
        return None
    cut = max(bottom for _, bottom in spans[:k + 1])
    above = [w for w in words if middle(w.bbox) <= cut]
    return above, [w for w in words if middle(w.bbox) > cut]


def split_beside(words: list[Word], width: int, image: Callable[[], Image.Image] | None = None) -> tuple[list[Word], list[Word]] | None:
    """The words left and right of the widest blank band no word crosses, if it is wide enough and
    no rule runs across it (a wide table's columns apart, one document)."""
    spans = sorted((w.bbox[0], w.bbox[2]) for w in words)
    best, reach = (0, 0), spans[0][1] if spans else 0
    for x0, x1 in spans[1:]:
        if x0 - reach > best[0]:
            best = (x0 - reach, reach)
        reach = max(reach, x1)
    gap, cut = best
    if gap < BLANK_BAND * width:
        return None
    if image is not None and _ruled_across(image(), cut, cut + gap):  # the page's image, loaded only here
        return None
    left = [w for w in words if w.bbox[2] <= cut]
    right = [w for w in words if w.bbox[2] > cut]
    return (left, right) if min(len(left), len(right)) >= MIN_PART_WORDS else None


def _ruled_across(image: Image.Image, x0: int, x1: int) -> bool:
    band = np.asarray(image.crop((x0, 0, x1, image.height)).convert("L")) < 150
    return bool(band.size) and float(band.mean(axis=1).max()) >= RULE_ACROSS


def headed_by(lines: list[list[Word]], titles: list[str], heads) -> bool:
    """Whether one of `titles` heads these lines (the first three), as `heads(line, title)` judges."""
    head = [simplified(compact(" ".join(w.text for w in line))) for line in lines[:3]]
    return any(heads(line, t) for line in head for t in titles)
