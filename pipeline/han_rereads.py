"""Tesseract's re-reads of a Han page, run when tesseract reads the whole page (INTAKE_PAGE_ENGINE=
tesseract; the default routes Han pages to PP-OCR): Han runs read as unsure Latin junk, and a
paragraph's last character that took in ink of the line below."""
from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
from PIL import Image

from . import ocr
from .model import Word, centre, group_lines, mean_conf
from .text import HAN_RANGE, in_han_range

MAX_REREAD_GROUPS = 20
# A Latin word on a Han page read less surely than this may be Han misread ('Az' for 吕玉 at
# 0.57, 'SEAR' at 0.69); it is replaced only when the Chinese reading is surer still.
LATIN_DOUBT = 0.75
STRIP_GAP = 24


def reread_latin_junk(image: Image.Image, words: list[Word], doubt: float = LATIN_DOUBT, sure: float = 0.0,
                      read: Callable[[Image.Image], list[Word]] | None = None, reach: float = 0.0) -> list[Word]:
    """With eng among the models, tesseract reads some Han runs (often a name at the start of a
    line) as unsure Latin junk ('PHBA', 'F20054F9F'). Read those runs again with the Chinese
    models alone (or `read`, another engine): the crops are stacked into one strip so a page
    costs one more call. `doubt`: the confidence under which a Latin word may be Han; `sure`:
    what the Han reading must reach; `reach`: line heights of paper either side of the junk
    read too (English models may find no word at all in a Han character at the run's end)."""
    groups: list[list[int]] = []
    run_on = _running_on_from_han(words, doubt)
    for i, w in enumerate(words):
        if w.conf >= (LATIN_DOUBT if i in run_on else doubt) or not re.search(r"[A-Za-z]", w.text):
            continue
        if groups and groups[-1][-1] == i - 1 and _same_line(words[i - 1], w):
            groups[-1].append(i)
        else:
            groups.append([i])
    groups = groups[:MAX_REREAD_GROUPS]
    if not groups:
        return words
    boxes = []
    for g in groups:
        side = 6 + int(reach * max(words[i].bbox[3] - words[i].bbox[1] for i in g))
        x0 = min(words[i].bbox[0] for i in g) - side
        y0 = min(words[i].bbox[1] for i in g) - 6
        x1 = max(words[i].bbox[2] for i in g) + side
        y1 = max(words[i].bbox[3] for i in g) + 6
        boxes.append((max(0, x0), max(0, y0), min(image.width, x1), min(image.height, y1)))
    strip = Image.new("RGB", (max(b[2] - b[0] for b in boxes) + 2 * STRIP_GAP,
                              sum(b[3] - b[1] + STRIP_GAP for b in boxes) + STRIP_GAP), "white")
    offsets, y = [], STRIP_GAP
    for b in boxes:
        strip.paste(image.crop(b).convert("RGB"), (STRIP_GAP, y))
        offsets.append(y)
        y += b[3] - b[1] + STRIP_GAP
    found: dict[int, list[Word]] = {k: [] for k in range(len(groups))}
    for w in (read(strip) if read else ocr.ocr_words(strip, lang="chi_sim+chi_tra", psm=6)):
        cy = (w.bbox[1] + w.bbox[3]) / 2
        for k, (b, top) in enumerate(zip(boxes, offsets)):
            if top <= cy <= top + b[3] - b[1]:
                dx, dy = b[0] - STRIP_GAP, b[1] - top
                found[k].append(w.moved(dx, dy))
                break
    replace: dict[int, list[Word]] = {}
    in_groups = {i for g in groups for i in g}
    kept = [w for i, w in enumerate(words) if i not in in_groups]
    for k, g in enumerate(groups):
        # A junk word as tall as two lines takes part of the next line into its crop: what
        # the page read there already is not read twice. Latin read unsurely again is junk still.
        new = [w for w in found[k] if not any(_centre_in(w, o) for o in kept)
               and not (w.conf < LATIN_DOUBT and re.fullmatch(r"[A-Za-z]+", w.text))]
        han = any(in_han_range(c) for w in new for c in w.text)
        if han and mean_conf(new) > max(sure, mean_conf([words[i] for i in g]) + 0.1):
            replace[g[0]] = new
            for i in g[1:]:
                replace[i] = []
    if not replace:
        return words
    out: list[Word] = []
    for i, w in enumerate(words):
        out.extend(replace.get(i, [w]))
    return out


def _running_on_from_han(words: list[Word], doubt: float) -> set[int]:
    """The unsure Latin words that run on from Han print on their line, or from junk read there, or
    into it: a Chinese letterhead's end read in English ('RAI ZR IRE Al' for …有限公司, the last two
    at 0.52) is doubted as on a Han page."""
    han = [bool(re.search(f"[{HAN_RANGE}]", w.text)) or (w.conf < doubt and bool(re.search(r"[A-Za-z]", w.text))) for w in words]
    latin = [not h and bool(re.search(r"[A-Za-z]", w.text)) and w.conf < LATIN_DOUBT for w, h in zip(words, han)]
    out: set[int] = set()
    for step in (1, -1):
        order = range(len(words)) if step == 1 else range(len(words) - 1, -1, -1)
        for i in order:
            j = i - step
            if latin[i] and 0 <= j < len(words) and (han[j] or j in out) and _same_line(*sorted((words[j], words[i]), key=lambda w: w.bbox[0])):
                out.add(i)
    return out


def _centre_in(w: Word, other: Word) -> bool:
    cx, cy = centre(w.bbox)
    return other.bbox[0] <= cx <= other.bbox[2] and other.bbox[1] <= cy <= other.bbox[3]


def _same_line(a: Word, b: Word) -> bool:
    mid = (b.bbox[1] + b.bbox[3]) / 2
    return a.bbox[1] <= mid <= a.bbox[3] and b.bbox[0] - a.bbox[2] < 3 * (a.bbox[3] - a.bbox[1])


LINE_END_DOUBT = 0.8
MAX_LINE_ENDS = 8


def reread_line_ends(image: Image.Image, words: list[Word]) -> list[Word]:
    """A paragraph's line ends on one character, and tesseract may take ink of the next line
    under it into that character (土 over the next line's strokes read 寺, in 本校土 / 木工程).
    Such an unsure last character, boxed taller than the line's print, is read again with its
    two neighbours from a strip no taller than the line."""
    fixed: dict[int, Word] = {}
    for row in group_lines(words):
        if len(fixed) >= MAX_LINE_ENDS or len(row) < 4:
            continue
        last = row[-1]
        if last.conf >= LINE_END_DOUBT or not re.fullmatch(rf"[{HAN_RANGE}]", last.text):
            continue
        height = float(np.percentile([w.bbox[3] - w.bbox[1] for w in row], 25))
        if last.bbox[3] - last.bbox[1] < 1.3 * height:
            continue
        centre = float(np.median([(w.bbox[1] + w.bbox[3]) / 2 for w in row if w.bbox[3] - w.bbox[1] <= 1.15 * height]))
        box = (max(0, row[-3].bbox[0] - 5), max(0, int(centre - 0.75 * height)),
               min(image.width, last.bbox[2] + int(height / 2)), min(image.height, int(centre + 0.75 * height)))
        again = ocr.ocr_words(image.crop(box), lang="chi_sim+chi_tra", psm=7)
        if again and re.fullmatch(rf"[{HAN_RANGE}]", again[-1].text) and again[-1].conf > last.conf + 0.1:
            fixed[id(last)] = Word(text=again[-1].text, conf=again[-1].conf,
                                   bbox=(last.bbox[0], box[1], last.bbox[2], box[3]))
    return [fixed.get(id(w), w) for w in words]
