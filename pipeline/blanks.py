"""A form of blanks to fill in, its values typed or written on rules: tesseract reads a value with the
rule under it into one word ('24' on its blank read '240'). Painting the rules out costs the glyphs
they touch elsewhere on the page, so only such words are taken from a reading without the rules."""
from __future__ import annotations

import numpy as np
from PIL import Image

from . import ocr
from .model import Word

UNSURE = 0.5  # a word read this unsurely or less may hold its rule
SURE_ELSEWHERE = 0.85  # a word the other reading read this surely stands
RULED_HEIGHT = 1.4  # times a word's usual height: a word whose box takes in the rule under it


def overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def read_on_blanks(image: Image.Image, words: list[Word], lang: str, psm: int) -> list[Word]:
    """The page's words, those read with their rule replaced by the reading without the rules."""
    ruled_out = ocr.without_rules(image)
    return words if ruled_out is None else unsure_replaced(words, ocr.ocr_words(ruled_out, lang=lang, psm=psm))


def unsure_replaced(kept: list[Word], other: list[Word]) -> list[Word]:
    """A word read unsurely, its box reaching down over the rule: the other reading's sure words
    there, where they are what the unsure word holds without the rule's characters."""
    height = float(np.median([w.bbox[3] - w.bbox[1] for w in kept])) if kept else 0.0
    out = []
    for w in kept:
        ruled = w.conf < UNSURE and w.bbox[3] - w.bbox[1] >= RULED_HEIGHT * height
        sure = [o for o in other if o.conf >= SURE_ELSEWHERE and overlap(w.bbox, o.bbox)] if ruled else []
        inside = "".join(o.text for o in sure)
        out += sure if sure and inside in w.text and all(_across_within(o.bbox, w.bbox) for o in sure) else [w]
    return out


def _across_within(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Box a lies across within box b, give or take b's height: no neighbouring word joined to it."""
    slack = b[3] - b[1]
    return a[0] >= b[0] - slack and a[2] <= b[2] + slack
