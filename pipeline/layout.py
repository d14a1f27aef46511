"""Layout elements found on the page image, whatever the words say: tick boxes (a lone square
with ink inside or not) and the option word each one stands beside, and letter boxes (a row of
touching squares, one character each). A form's yes/no answer is the option of its ticked box,
not the first 'yes' or 'no' printed near the question."""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from .model import BBox, Word

# A tick box is a lone square a little larger than the print beside it: between these fractions
# of the page's width (3.5 mm on an A4 page is 1.7 %).
MIN_SIDE, MAX_SIDE = 0.008, 0.03
TICKED = 0.06  # share of the box's inside that is ink when it is ticked or crossed
INK = 150  # grey level under which a pixel is ink


@dataclass(frozen=True)
class TickBox:
    bbox: BBox
    ink: float  # share of the inside that is ink

    @property
    def ticked(self) -> bool:
        return self.ink >= TICKED


def _outlined(dark: np.ndarray, x: int, y: int, w: int, h: int) -> bool:
    """All four sides of the box are drawn: a letter's loop ('o', 'g') is not."""
    t = max(1, min(w, h) // 8)
    sides = (dark[y:y + t, x:x + w], dark[y + h - t:y + h, x:x + w], dark[y:y + h, x:x + t], dark[y:y + h, x + w - t:x + w])
    return all(s.size and (s.max(axis=0 if s.shape[0] == t else 1) > 0).mean() >= 0.85 for s in sides)


def _squares(dark: np.ndarray, width: int) -> list[BBox]:
    contours, _ = cv2.findContours(dark, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    out: list[BBox] = []
    for c in contours:
        x, y, w, h = cv2.boundingRect(c)
        if not (MIN_SIDE * width <= w <= MAX_SIDE * width and 0.7 <= w / max(h, 1) <= 1.3):
            continue
        if len(cv2.approxPolyDP(c, 0.08 * cv2.arcLength(c, True), True)) != 4 or not _outlined(dark, x, y, w, h):
            continue
        out.append((x, y, x + w, y + h))
    # a drawn square gives an outer and an inner contour: keep the outer one
    out.sort(key=lambda b: -(b[2] - b[0]))
    kept: list[BBox] = []
    for b in out:
        if not any(k[0] <= b[0] and k[1] <= b[1] and b[2] <= k[2] and b[3] <= k[3] for k in kept):
            kept.append(b)
    return kept


def _lone(box: BBox, boxes: list[BBox]) -> bool:
    """Not one of a row of letter boxes (a comb field), whose squares touch each other."""
    side = box[2] - box[0]
    return not any(o is not box and abs(o[1] - box[1]) < side / 2 and
                   (abs(o[0] - box[2]) < side * 0.3 or abs(box[0] - o[2]) < side * 0.3) for o in boxes)


def _straight(dark: np.ndarray, length: int) -> np.ndarray:
    """The page's straight strokes at least `length` long: a pen's mark that runs out over a
    box's side (a check mark's tail) no longer joins the box into a shape that is not a square."""
    across = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
    down = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, length)))
    return np.maximum(np.asarray(across), np.asarray(down))


def _overlaps(a: BBox, b: BBox) -> bool:
    w, h = min(a[2], b[2]) - max(a[0], b[0]), min(a[3], b[3]) - max(a[1], b[1])
    return w > 0 and h > 0 and w * h > 0.5 * min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))


def tick_boxes(image: Image.Image) -> list[TickBox]:
    gray = np.asarray(image.convert("L"))
    dark = (gray < INK).astype(np.uint8) * 255
    # Then the straight strokes twice the smallest box's side: they keep a larger box's sides
    # but not a check mark run out across them, nor a letter's curves.
    boxes: list[BBox] = []
    straight = _straight(dark, max(10, int(2 * MIN_SIDE * image.width)))
    for b in _squares(dark, image.width) + _squares(straight, image.width):
        if not any(_overlaps(b, k) for k in boxes):
            boxes.append(b)
    out = []
    for b in boxes:
        if not _lone(b, boxes):
            continue
        inset = max(2, (b[2] - b[0]) // 5)
        inside = dark[b[1] + inset:b[3] - inset, b[0] + inset:b[2] - inset]
        out.append(TickBox(b, float(inside.mean() / 255) if inside.size else 0.0))
    return sorted(out, key=lambda t: (t.bbox[1], t.bbox[0]))


ROUND = 0.75  # a radio button's outline: 4πA/P² of its contour (a circle's is 1, a square's 0.79 drawn, less as traced)
FAINT = 200  # grey level under which a pixel is a grey outline's ink
DOT = 0.25  # share of a radio button's inner disc that is ink when it is chosen (a filled dot)


def radio_buttons(image: Image.Image, words: list[Word]) -> list[TickBox]:
    """Round option buttons, as a web form prints them: a lone circle of a tick box's size, with
    a dot inside when chosen. A letter's loop ('o', '0') is not one: a word of more than one
    character covers it, where a reader reads the button itself as a symbol ('©', '@')."""
    gray = np.asarray(image.convert("L"))
    dark = (gray < FAINT).astype(np.uint8) * 255  # a web page's buttons are drawn in grey
    contours, _ = cv2.findContours(dark, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    out = []
    for c in contours:
        x, y, w, h = cv2.boundingRect(c)
        perimeter = cv2.arcLength(c, True)
        if not (MIN_SIDE * image.width <= w <= MAX_SIDE * image.width and 0.8 <= w / max(h, 1) <= 1.25) or not perimeter:
            continue
        if 4 * np.pi * cv2.contourArea(c) / perimeter ** 2 < ROUND:
            continue
        box = (x, y, x + w, y + h)
        if any(len(wd.text.strip()) > 1 and _overlaps(box, wd.bbox) for wd in words):
            continue  # a letter's loop inside a word
        yy, xx = np.ogrid[:h, :w]
        reach = np.sqrt((xx - w / 2) ** 2 + (yy - h / 2) ** 2) / (min(w, h) / 2)  # 0 at the centre, 1 at the outline
        inside = dark[y:y + h, x:x + w] > 0
        if inside[(reach > 0.62) & (reach <= 0.78)].mean() > DOT:
            continue  # a filled disc, a bullet or a full stop's blot: no outline with paper inside it
        # the dot's share of the inner disc, in a tick box's measure: a dot over DOT of it is ticked
        out.append(TickBox(box, float(inside[reach <= 0.45].mean()) * TICKED / DOT))
    return out


def mark_ink(image: Image.Image, box: BBox) -> float:
    """Share of a region that is a pen's mark: its ink less the table's rules through it."""
    x0, y0, x1, y1 = (max(0, int(v)) for v in box)
    dark = (np.asarray(image.crop((x0, y0, x1, y1)).convert("L")) < INK).astype(np.uint8) * 255
    if not dark.size:
        return 0.0
    rules = _straight(dark, max(10, min(dark.shape) // 6))  # a pen's slanted stroke is no straight run this long
    return float(((dark > 0) & (rules == 0)).mean())


def option_beside(box: TickBox, words: list[Word]) -> Word | None:
    """The word just right of the box on its line: the option the box stands for. A reader
    may box the square together with its option (PP-OCR does), so a word may start over the
    box as long as it reaches well past it."""
    x0, y0, x1, y1 = box.bbox
    side, cy = x1 - x0, (y0 + y1) / 2
    near = [w for w in words if w.bbox[1] <= cy <= w.bbox[3]
            and x0 - side / 4 <= w.bbox[0] <= x1 + 4 * side and w.bbox[2] > x1 + side / 2]
    return min(near, key=lambda w: w.bbox[0], default=None)


def option_before(box: TickBox, words: list[Word]) -> Word | None:
    """The word just left of the box on its line, ending within two sides of it: the option where
    a form sets each box after its option ('Yes ☐  No ☒'). extractors/questions.py takes it only
    where every box of a question has one that names an option."""
    x0, y0, x1, y1 = box.bbox
    side, cy = x1 - x0, (y0 + y1) / 2
    near = [w for w in words if w.bbox[1] <= cy <= w.bbox[3] and x0 - 2 * side <= w.bbox[2] <= x0 + side / 4
            and w.bbox[0] < x0 - side / 2]
    return max(near, key=lambda w: w.bbox[2], default=None)


def circled(image: Image.Image, bbox: BBox) -> bool:
    """Whether a pen's ring goes round a word ('Yes / (No)'): one stroke that passes left and
    right of the word and above and below its middle, no longer than a ring round it would be
    (a rule under a line is not one). Read from the ink: an OCR box may take in the ring."""
    x0, y0, x1, y1 = bbox
    h = y1 - y0
    window = (max(0, x0 - h), max(0, y0 - h), min(image.width, x1 + h), min(image.height, y1 + h))
    dark = (np.asarray(image.crop(window).convert("L")) < INK).astype(np.uint8)
    n, _, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    mx, my = (x0 + x1) / 2 - window[0], (y0 + y1) / 2 - window[1]
    for left, top, w, hh, _area in stats[1:]:
        if left < mx - (x1 - x0) / 2 + 2 and left + w > mx + (x1 - x0) / 2 - 2 and top < my < top + hh \
                and w <= (x1 - x0) + 2 * h and left > 0 and left + w < dark.shape[1]:
            return True
    return False


STRUCK = 0.6  # share of a word's width one dark run across its middle covers where a pen struck it through


def struck_through(image: Image.Image, bbox: BBox) -> bool:
    """Whether a pen's line strikes a word through ('~~Yes~~ / No', delete as appropriate): a row of its middle dark over most
    of the word's width; print's own strokes (an 'e's bar) cross a letter, not the word."""
    x0, y0, x1, y1 = bbox
    if x1 - x0 < 8 or y1 - y0 < 6:
        return False
    h = y1 - y0
    dark = np.asarray(image.crop((x0, y0 + h // 4, x1, y1 - h // 5)).convert("L")) < INK
    return any(_longest_run(row) >= STRUCK * (x1 - x0) for row in dark)


def _longest_run(row: np.ndarray) -> int:
    best = run = 0
    for ink in row:
        run = run + 1 if ink else 0
        best = max(best, run)
    return best


def rings(image: Image.Image, region: BBox, line_height: float) -> list[BBox]:
    """Pen rings in a region, found from the ink alone (the word inside may be lost to the reading):
    one stroke closed round a space a word fits in, hollow, its corners empty (a box has ink there)."""
    x0, y0 = int(max(0, region[0])), int(max(0, region[1]))
    dark = (np.asarray(image.crop((x0, y0, int(region[2]), int(region[3]))).convert("L")) < INK).astype(np.uint8)
    n, marks, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    found = []
    for i, (left, top, w, h, area) in enumerate(stats[1:], start=1):
        if not (1.3 * line_height <= h <= 4 * line_height and 0.8 * h <= w <= 5 * h and area < 0.35 * w * h):
            continue
        ink = marks[top:top + h, left:left + w] == i
        cw, ch = max(1, w // 8), max(1, h // 8)
        corners = ink[:ch, :cw].any() or ink[:ch, -cw:].any() or ink[-ch:, :cw].any() or ink[-ch:, -cw:].any()
        closed = ink[h // 2, :w // 3].any() and ink[h // 2, -(w // 3):].any() and ink[:h // 3, w // 2].any() \
            and ink[-(h // 3):, w // 2].any()
        if closed and not corners:
            found.append((x0 + left, y0 + top, x0 + left + w, y0 + top + h))
    return found


def beside(image: Image.Image, box: TickBox) -> Image.Image:
    """The strip just right of a tick box, where its option is printed: read alone when the
    page's reading has no word there."""
    x0, y0, x1, y1 = box.bbox
    side = x1 - x0
    return image.crop((x1 + side // 8, y0 - side // 4, x1 + 3 * side, y1 + side // 4))


@dataclass(frozen=True)
class Comb:
    """A letter-box field: a row of touching squares, one character a box; `inked` says which
    boxes hold a mark, so the count of characters written is known before any reading."""
    boxes: tuple[BBox, ...]
    inked: tuple[bool, ...] = ()

    @property
    def bbox(self) -> BBox:
        return self.boxes[0][0], min(b[1] for b in self.boxes), self.boxes[-1][2], max(b[3] for b in self.boxes)

    @property
    def written(self) -> int:
        return sum(self.inked)


INKED = 0.012  # share of a letter box's inside that is ink when a character is in it (a printed I is 0.02)


def combs(image: Image.Image) -> list[Comb]:
    dark = (np.asarray(image.convert("L")) < INK).astype(np.uint8) * 255
    found = _squares(dark, image.width)
    rows: list[list[BBox]] = []
    # left to right, each square joins the row whose last square it touches (heights of one
    # row differ by a pixel or two, so rows are not told apart by a rounded top)
    for b in sorted((b for b in found if not _lone(b, found)), key=lambda b: b[0]):
        side = b[2] - b[0]
        row = next((r for r in rows if abs(r[-1][1] - b[1]) < side / 2 and abs(b[0] - r[-1][2]) < side * 0.3), None)
        if row is None:
            rows.append([b])
        else:
            row.append(b)
    return sorted((Comb(tuple(r), tuple(_inside(dark, b).mean() / 255 > INKED for b in r)) for r in rows if len(r) >= 2),
                  key=lambda c: (c.bbox[1], c.bbox[0]))


def _inside(dark: np.ndarray, b: BBox) -> np.ndarray:
    inset = max(2, (b[2] - b[0]) // 7)
    return dark[b[1] + inset:b[3] - inset, b[0] + inset:b[2] - inset]


def comb_strip(image: Image.Image, comb: Comb) -> Image.Image:
    """The boxes' insides side by side without their lines, an empty box as a gap: what OCR reads."""
    gray = image.convert("L")
    pieces = []
    for x0, y0, x1, y1 in comb.boxes:
        inset = max(2, (x1 - x0) // 7)
        pieces.append(gray.crop((x0 + inset, y0 + inset, x1 - inset, y1 - inset)))
    h = max(p.height for p in pieces)
    gap = max(4, pieces[0].width // 4)
    strip = Image.new("L", (sum(p.width for p in pieces) + gap * (len(pieces) + 1), h + 2 * gap), 255)
    x = gap
    for p in pieces:
        strip.paste(p, (x, gap))
        x += p.width + gap
    return strip

