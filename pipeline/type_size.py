"""The size of the type a line is set in, from its words' boxes: a word's box spans from its
tallest letter's top to its lowest letter's foot, so its height over that span in ems (a capital
or an ascender reaches about 0.72 em, a lower-case x 0.5 em, a descender 0.21 em below the line,
a Han character about 0.88 em) gives the em. Words without letters or figures say nothing."""
from __future__ import annotations

import re
import statistics

from .model import Word

HAN = re.compile(r"[\u2e80-\u9fff]")
TALL = re.compile(r"[A-Z0-9bdfhiklt()/\[\]{}|!?#$%&@]")
SHORT = re.compile(r"[a-z]")
BELOW = re.compile(r"[gjpqy(),;/\[\]{}|]")


def _span_in_ems(text: str) -> float | None:
    if HAN.search(text):
        return 0.88
    top = 0.72 if TALL.search(text) else 0.5 if SHORT.search(text) else None
    return None if top is None else top + (0.21 if BELOW.search(text) else 0.0)


def em_size(words: list[Word]) -> float:
    """The line's type size in pixels (its words' median em); 0 where no word tells."""
    ems = [(w.bbox[3] - w.bbox[1]) / span for w in words if (span := _span_in_ems(w.text))]
    return float(statistics.median(ems)) if ems else 0.0
