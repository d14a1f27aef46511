"""The line a chop is stamped over, read several ways and settled by vote. A consent letter's
organisation is printed where the chop lands, and on a grey copy the chop cannot be lifted
out by colour: every reading of that line loses other characters to the ring (杭州模湖,
术州西湖, 栓州西湖 for 杭州西湖). Read alone, as simplified and traditional Chinese, as it
is and with the stamp's grey whitened, the line's readings mostly agree character by
character, and the commonest character at each place is the printed one."""
from __future__ import annotations

import re
from collections import Counter

import numpy as np
from PIL import Image

from pipeline import ocr
from pipeline.model import BBox
from pipeline.seals import seal_free
from pipeline.text import simplified

READS = ("chi_sim", "chi_tra")


def rows_beside(image: Image.Image, seal: BBox, char_height: float) -> list[tuple[int, int]]:
    """(top, bottom) of the text rows within the seal's height, found from the print either
    side of it, where no ring ink is (a line under a chop runs out on at least one side)."""
    x0, y0, x1, y1 = seal
    w = x1 - x0
    dark = np.asarray(image.convert("L")) < 96  # black print; a grey copy's stamp is lighter
    side = np.concatenate([dark[y0:y1, max(0, x0 - w):x0], dark[y0:y1, x1:x1 + w]], axis=1)
    counts = side.sum(axis=1)
    if not len(counts) or counts.max() == 0:
        return []
    inked = list(counts > max(2, 0.1 * counts.max())) + [False]
    rows, start = [], None
    for i, on in enumerate(inked):
        if on and start is None:
            start = i
        elif not on and start is not None:
            if i - start >= 0.4 * char_height:
                rows.append((y0 + start, y0 + i))
            start = None
    return rows


def readings_under(image: Image.Image, seal: BBox, char_height: float, pattern: str) -> list[tuple[str, BBox]]:
    """What `pattern` matches in each reading of each row the seal crosses, with the row's box."""
    x0, _, x1, _ = seal
    w = x1 - x0
    pad = int(char_height * 0.3)
    out = []
    for top, bottom in rows_beside(image, seal, char_height):
        box = (max(0, x0 - 2 * w), max(0, top - pad), min(image.width, x1 + 2 * w), min(image.height, bottom + pad))
        for copy in seal_free(image.crop(box), image.crop(seal)):
            for lang in READS:
                text = simplified(re.sub(r"\s", "", "".join(w.text for w in ocr.ocr_words(copy, lang=lang, psm=7))))
                m = re.search(pattern, text)
                if m:
                    out.append((m.group(0), box))
    return out


def vote(readings: list[str]) -> str | None:
    """The commonest character at each place among the readings of the commonest length;
    a tie goes to the earlier reading."""
    if not readings:
        return None
    lengths = Counter(len(r) for r in readings)
    length = max(lengths, key=lambda n: (lengths[n], n))
    same = [r for r in readings if len(r) == length]
    out = []
    for i in range(length):
        counts = Counter(r[i] for r in same)
        best = max(counts.values())
        out.append(next(r[i] for r in same if counts[r[i]] == best))
    return "".join(out)


def unsure_places(readings: list[str], value: str) -> set[int]:
    """The places in `value` where its readings of the same length do not all agree."""
    same = [r for r in readings if len(r) == len(value)]
    return {i for i in range(len(value)) if len({r[i] for r in same}) > 1}


def mend_place_opening(value: str, readings: list[str]) -> str:
    """A company name opens with its place (广州天河...), and under a chop those are the
    characters the ring breaks. A reading that opens with no known place at all is broken
    there: where one known place (the longest that fits) differs from it only at characters
    its readings disagree on, that place is put in (广硒尺河 read beside 广故为河 is 广州天河). A reading that opens with a city is left alone, since what
    follows may be the company's own name (上海浦江 is no district, 上海松江 is). With fewer
    than two readings nothing is known to be unsure, and nothing is mended."""
    from validators.reference import mainland_place_openings  # reference data lives with the rules
    places = mainland_place_openings()
    unsure = unsure_places(readings, value)
    if len([r for r in readings if len(r) == len(value)]) < 2 or not unsure \
            or any(value.startswith(p) for p in places):
        return value
    fits: dict[int, set[str]] = {}
    for place in places:
        head = value[:len(place)]
        wrong = {i for i, (a, b) in enumerate(zip(head, place)) if a != b}
        if len(head) == len(place) and wrong <= unsure:
            fits.setdefault(len(place), set()).add(place)
    if not fits or len(fits[max(fits)]) > 1:
        return value  # no place fits, or two fit alike
    n = max(fits)
    return next(iter(fits[n])) + value[n:]
