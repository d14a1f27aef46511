"""The line a chop is stamped over, read several ways and settled by vote. A consent letter's
organisation is printed where the chop lands, and on a grey copy the chop cannot be lifted
out by colour: every reading of that line loses other characters to the ring (杭州模湖,
术州西湖, 栓州西湖 for 杭州西湖). Read alone, as simplified and traditional Chinese, from the
copies seals.seal_free makes, the line's readings mostly agree character by character, and
the character read most surely at each place is the printed one."""
from __future__ import annotations

import os
import re
from collections import Counter
from itertools import combinations

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


def readings_under(image: Image.Image, seal: BBox, char_height: float, pattern: str) -> list[tuple[str, BBox, list[float]]]:
    """What `pattern` matches in each reading of each row the seal crosses, with the row's box
    and, for each character, the confidence of the word it was read in."""
    x0, _, x1, _ = seal
    w = x1 - x0
    pad = int(char_height * 0.3)
    out = []
    for top, bottom in rows_beside(image, seal, char_height):
        box = (max(0, x0 - 2 * w), max(0, top - pad), min(image.width, x1 + 2 * w), min(image.height, bottom + pad))
        for copy in seal_free(image.crop(box), image.crop(seal)):
            for lang in READS:
                text, sureness = "", []
                for word in ocr.ocr_words(copy, lang=lang, psm=7):
                    chars = simplified(re.sub(r"\s", "", word.text))
                    text += chars
                    sureness += [word.conf] * len(chars)
                m = re.search(pattern, text)
                if m:
                    out.append((m.group(0), box, sureness[m.start():m.end()]))
    return out


def vote(readings: list[str], sureness: list[list[float]] | None = None) -> str | None:
    """At each place, among the readings of the commonest length, the character read most
    surely in sum (each reading counts 1 for each character when `sureness` is not given);
    a tie goes to the earlier reading. Where the ring breaks a character tesseract mostly
    says so (训 for 前 at 0.00, 浦 at 0.96 in the copy with the stamp lifted), so two weak
    misreadings that agree do not outvote one sure reading."""
    if not readings:
        return None
    lengths = Counter(len(r) for r in readings)
    length = max(lengths, key=lambda n: (lengths[n], n))
    same = _of_length(readings, sureness, length)
    out = []
    for i in range(length):
        weight: dict[str, float] = {}
        for r, s in same:
            weight[r[i]] = weight.get(r[i], 0.0) + s[i]
        best = max(weight.values())
        out.append(next(r[i] for r, _ in same if weight[r[i]] == best))
    return "".join(out)


def _of_length(readings: list[str], sureness: list[list[float]] | None, n: int) -> list[tuple[str, list[float]]]:
    """The readings `n` characters long, each with its characters' confidences (1 each when
    none are given). A reading one or two characters longer is taken too, without the
    characters that keep it from agreeing with the others: the chop's own lettering read in
    among the line's (有杭限州西湖 beside 杭州西湖)."""
    sureness = sureness or [[1.0] * len(r) for r in readings]
    same = [(r, s) for r, s in zip(readings, sureness) if len(r) == n]
    longer = [(r, s) for r, s in zip(readings, sureness) if n < len(r) <= n + EXTRA_CHARACTERS]
    return same + [_without_extra(r, s, n, [x for x, _ in same]) for r, s in longer] if same else same


EXTRA_CHARACTERS = 2


def _without_extra(reading: str, sure: list[float], n: int, others: list[str]) -> tuple[str, list[float]]:
    """`reading` less the characters whose removal leaves it agreeing with `others` at the
    most places (the first such removal on a tie)."""
    best: tuple[int, tuple[int, ...]] = (-1, ())
    for drop in combinations(range(len(reading)), len(reading) - n):
        kept = "".join(c for i, c in enumerate(reading) if i not in drop)
        agree = sum(a == b for o in others for a, b in zip(kept, o))
        if agree > best[0]:
            best = (agree, drop)
    keep = [i for i in range(len(reading)) if i not in best[1]]
    return "".join(reading[i] for i in keep), [sure[i] for i in keep]


# A character tesseract read at this confidence or more is taken as printed: where the ring
# broke one, the readings put it at 0.00-0.45; print clear of the ring reads at 0.85-0.97.
SURE = 0.6
# Another character read at this confidence or more at the same place leaves it unsure
# however surely the winner was read: the engines misread a broken character surely too.
RIVAL = 0.5


def unsure_places(readings: list[str], value: str, sureness: list[list[float]] | None = None) -> set[int]:
    """The places in `value` no reading of the same length read surely: where its character
    was read by none at SURE or more or another was read there at RIVAL or more, or, without
    confidences, where the readings disagree."""
    if sureness is None:
        same_text = [r for r in readings if len(r) == len(value)]
        return {i for i in range(len(value)) if len({r[i] for r in same_text}) > 1}
    same = _of_length(readings, sureness, len(value))

    def unsure(i: int) -> bool:
        held = max((s[i] for r, s in same if r[i] == value[i]), default=0.0)
        rival = max((s[i] for r, s in same if r[i] != value[i]), default=0.0)
        return held < SURE or rival >= RIVAL
    return {i for i in range(len(value)) if unsure(i)}


def mend_place_opening(value: str, readings: list[str], sureness: list[list[float]] | None = None) -> str:
    """A company name opens with its place (广州天河...), and under a chop those are the
    characters the ring breaks. A reading that opens with no known place at all is broken
    there: where one known place (the longest that fits) differs from it only at unsure
    characters (unsure_places), that place is put in (广硒尺河 read beside 广故为河 is
    广州天河). Where two fit alike, the one whose characters the readings hold more surely
    is put in (武冰洪山, 冰 read at 0.00 and 洪 at 0.44, is 武汉洪山, not 武汉青山); where
    the readings favour none, the place they open with alike (深强前海 with 强 and 海 unsure
    fits six of 深圳's districts: it is 深圳前海). A reading that opens with a city is
    left alone, since what follows may be the company's own name (上海浦江 is no district,
    上海松江 is). With fewer than two readings nothing is mended."""
    from pipeline.reference import mainland_place_openings  # reference data lives with the rules
    places = mainland_place_openings()
    unsure = unsure_places(readings, value, sureness)
    if len([r for r in readings if len(r) == len(value)]) < 2 or not unsure \
            or any(value.startswith(p) for p in places):
        return value
    fits: dict[int, set[str]] = {}
    for place in places:
        head = value[:len(place)]
        wrong = {i for i, (a, b) in enumerate(zip(head, place)) if a != b}
        if len(head) == len(place) and wrong <= unsure:
            fits.setdefault(len(place), set()).add(place)
    if not fits:
        return value
    n = max(fits)
    same = _of_length(readings, sureness, len(value))
    support = {place: sum(s[i] for r, s in same for i in range(n) if r[i] == place[i]) for place in fits[n]}
    most = max(support.values())
    place = os.path.commonprefix([p for p in fits[n] if support[p] == most])
    if place not in places:
        return value  # two fit alike, the readings favour neither, and they share no place
    return place + value[len(place):]
