"""Red seals (company chops): where they are on a page, and the print under them read again.

A chop is stamped over the signature block, so the lines that matter most on a certificate or
consent letter (the date, the organisation, the signatory) lie under it. Page OCR sees the
chop's ring and characters as a grey pattern in the red channel and misreads the print on top
(2019年7月19日 -> '2019487 19日'). Those lines are cut out, the chop is lifted out of them
completely, and they are read again with the Chinese models alone."""
from __future__ import annotations

import re
from collections.abc import Callable

import cv2
import numpy as np
from PIL import Image

from . import ocr
from .model import BBox, Word, group_lines
from .text import HAN_RANGE

# Of the page's shorter side: a chop is 3-5 cm across on an A4 page (21 cm); a red frame
# round a certificate is a square red blob too, but as large as the page.
MIN_SEAL_SIDE, MAX_SEAL_SIDE = 0.06, 0.45


def red_mask(image: Image.Image) -> np.ndarray:
    """Saturated red pixels: stamp ink, not black print nor the paper."""
    hsv = cv2.cvtColor(np.asarray(image.convert("RGB")), cv2.COLOR_RGB2HSV)
    return cv2.bitwise_or(cv2.inRange(hsv, (0, 70, 60), (12, 255, 255)), cv2.inRange(hsv, (165, 70, 60), (180, 255, 255)))


def red_seals(image: Image.Image) -> list[BBox]:
    """Boxes of red stamps, largest first: blobs of red whose box is roughly square. Every
    contour is looked at, not only outer ones: a certificate's red frame encloses its chop."""
    red = cv2.morphologyEx(red_mask(image), cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (15, 15)))
    contours, _ = cv2.findContours(red, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    min_side, max_side = MIN_SEAL_SIDE * min(image.size), MAX_SEAL_SIDE * min(image.size)
    boxes = []
    for c in contours:
        x, y, w, h = cv2.boundingRect(c)
        if min_side <= w <= max_side and min_side <= h <= max_side and 0.6 <= w / h <= 1.6:
            boxes.append((x, y, x + w, y + h))
    boxes.sort(key=lambda b: (b[2] - b[0]) * (b[3] - b[1]), reverse=True)
    outer: list[BBox] = []
    for b in boxes:  # a ring's inner edge and the star inside are the same stamp
        if not any(_overlap_share(b, o) > 0.5 for o in outer):
            outer.append(b)
    return outer


def _overlap_share(a: BBox, b: BBox) -> float:
    """How much of box a lies within box b."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return max(0, w) * max(0, h) / max(1, (a[2] - a[0]) * (a[3] - a[1]))


# Of the angles round a circle, the share where ink lies on it: a stamp's ring is drawn all
# round; a circle Hough fits through lines of text or a table crosses paper between them.
MIN_RING_COVER = 0.75


def round_stamp(image: Image.Image) -> BBox | None:
    """A grayscale or faded copy loses the red: look for the stamp's ring instead, a circle
    2-8 cm across (at the page's scale) drawn in a line inked all round."""
    scale = 1000 / max(image.size)
    small = np.asarray(image.convert("L").resize((max(1, int(image.width * scale)), max(1, int(image.height * scale)))))
    gray = cv2.GaussianBlur(small, (5, 5), 1.5)
    short = min(gray.shape)
    circles = cv2.HoughCircles(gray, cv2.HOUGH_GRADIENT, dp=1.2, minDist=short // 4, param1=120, param2=60,
                               minRadius=int(0.05 * short), maxRadius=int(0.2 * short))
    inked = [(ring_cover(small, x, y, r), r, x, y) for x, y, r in (circles[0] if circles is not None else [])]
    inked = [c for c in inked if c[0] >= MIN_RING_COVER]
    if not inked:
        return None
    _, r, x, y = max(inked)
    x0, y0, x1, y1 = (int(v / scale) for v in (x - r, y - r, x + r, y + r))
    return x0, y0, x1, y1


def ring_cover(gray: np.ndarray, x: float, y: float, r: float) -> float:
    """Share of 180 angles round the circle where a pixel within 2 px of it is inked (darker
    than 80 % of the paper's grey)."""
    paper = np.percentile(gray, 90)
    angles = np.linspace(0, 2 * np.pi, 180, endpoint=False)
    radii = r + np.arange(-2, 3)[:, None]
    xs = np.clip(np.rint(x + radii * np.cos(angles)).astype(int), 0, gray.shape[1] - 1)
    ys = np.clip(np.rint(y + radii * np.sin(angles)).astype(int), 0, gray.shape[0] - 1)
    return float((gray[ys, xs].min(axis=0) < 0.8 * paper).mean())


def seals_on(image: Image.Image) -> list[BBox]:
    """Red stamps, or on a page with no colour at all (a grey copy) a round stamp's ring. Kept
    on the image (as `ocr.image_key` keeps its key): the page's reading and its document's
    reader both look for its chop."""
    kept: list[BBox] | None = getattr(image, "_intake_seals", None)
    if kept is None:
        found = red_seals(image)
        if not found and not _has_colour(image):
            ring = round_stamp(image)
            found = [ring] if ring else []
        kept = image._intake_seals = found  # type: ignore[attr-defined]
    return list(kept)


def _has_colour(image: Image.Image) -> bool:
    if image.mode != "RGB":
        return False
    hsv = cv2.cvtColor(np.asarray(ocr.fit(image, 600)), cv2.COLOR_RGB2HSV)
    return float((hsv[..., 1] > 60).mean()) > 0.002


def lift_seal(crop: Image.Image) -> Image.Image:
    """Red channel of a crop with the red ink turned white. In the red channel alone a chop
    stays light grey (its red reads ~150-210 of 255 after scanning) and still breaks
    characters; stretching the channel instead thins serif print until it breaks. So pixels
    clearly redder than green or blue become paper, and so do the chop's pale fringes next to
    them; black print, whose channels are alike, keeps its full stroke. Print under the ink
    shows through as a much darker red, and is kept dark."""
    rgb = np.asarray(crop.convert("RGB"), dtype=np.int16)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    reddish = (r - g > 35) & (r - b > 35)
    out = r.astype(np.float32)
    if reddish.sum() < 20:
        return Image.fromarray(np.asarray(crop.convert("L")))
    under = reddish & (r < 0.6 * np.median(r[reddish]))
    ink = reddish & ~under
    out[ink] = 255
    out[under] *= 0.5
    if ink.any():
        fringe = cv2.dilate(ink.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
        out[fringe & ~under & (r > 0.85 * np.percentile(r[ink], 10))] = 255
    return Image.fromarray(out.astype(np.uint8))


PAD = 8
# Sparse text: lines of a signature block stand apart, some half under the chop; a uniform
# block (6) or column (4) read drops a line or runs a date into junk more often.
SPARSE = 11
MIN_NEW_LINE = 0.75  # a line the page OCR missed is added only when read this surely


def reread_under_seals(image: Image.Image, words: list[Word], lang: str,
                       reader: Callable[[Image.Image], list[Word]] | None = None,
                       lettering_on_page: bool = False) -> list[Word]:
    """Words with the band of lines a seal covers read again from a seal-free crop. Line by
    line the surer reading is kept; a line the page OCR did not see at all is added. `reader`
    reads a crop (tesseract with the page's Chinese models unless another engine is given).
    With `lettering_on_page` (PP-OCR reads a chop's own lettering as text, mixed into the print
    under it), the first seal-free reading takes the lines the seal crosses outright, and what
    the page read inside the seal where the crop shows no print is dropped."""
    read = reader or (lambda crop: ocr.ocr_words(crop, lang=_reread_lang(lang), psm=SPARSE))
    for seal in seals_on(image)[:3]:
        band = _band(seal, words, image)
        if band is None:
            continue
        dx, dy = band[0], band[1]
        # Only a chop lifted out by its colour leaves all the print: a grey stamp's lifted copy
        # may lose some, so it cannot tell the stamp's lettering from print.
        lifted_by_colour = _has_colour(image.crop(seal))
        for k, clean in enumerate(seal_free(image.crop(band), image.crop(seal), lifted_by_colour)):
            new = [w.moved(dx, dy) for w in read(clean)]
            crossed = seal if lettering_on_page and lifted_by_colour and k == 0 else None
            words = _merge(words, new, band, crossed)
    return words


def _reread_lang(lang: str) -> str:
    """With eng among the models tesseract reads a Han crop as Latin words ('SPN FEB NRE');
    the print under a chop on a Chinese page is Chinese and digits, which chi_* read."""
    return "chi_sim+chi_tra" if "chi" in lang else lang


def seal_free(crop: Image.Image, seal: Image.Image, coloured: bool | None = None) -> list[Image.Image]:
    """Copies of the crop to read instead of the page: a red chop lifted out by colour; a grey
    one cannot be told from print by colour, so the crop is read as it is (alone it reads
    better than within the page), with everything lighter than black print whitened, and with
    the stamp's broad strokes lifted out (lift_grey_stamp). The lifted copy comes first: it
    keeps the most print, and a vote's tie goes to the earlier reading. `coloured`: whether the
    chop has colour, when the caller has judged it already."""
    if _has_colour(seal) if coloured is None else coloured:
        return [lift_seal(crop)]
    gray = np.asarray(crop.convert("L"))
    inked = np.asarray(seal.convert("L"))
    inked = inked[inked < 200]
    if inked.size < 50:
        return [crop.convert("L")]
    level = float(np.argmax(np.bincount(inked // 8)) * 8 + 4)  # the commonest ink grey: the stamp's
    return [Image.fromarray(lift_grey_stamp(gray, level)), crop.convert("L"),
            Image.fromarray(np.where(gray > 0.75 * level, 255, gray).astype(np.uint8))]


def lift_grey_stamp(gray: np.ndarray, level: float) -> np.ndarray:
    """A grey copy's stamp turned to paper where it is broad, print left whole. Whitening every
    pixel lighter than black print also strips the grey edge of each printed stroke, and thin
    print breaks (深圳前海 read as 和用海). The stamp's ring and characters are strokes several
    pixels wide of one flat grey; print is darker at its core and grey only along its edges,
    a pixel wide. So the grey that survives a 3-pixel opening is stamp; it and its blurred
    fringe become paper, except where something darker shows through: print under the ink,
    which multiplies with it and stays dark."""
    flat = (np.abs(gray.astype(np.float32) - level) < 0.35 * level).astype(np.uint8)
    stamp = cv2.morphologyEx(flat, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    near = cv2.dilate(stamp, np.ones((5, 5), np.uint8)).astype(bool)
    return np.where(near & (gray > 0.7 * level), 255, gray).astype(np.uint8)


def _band(seal: BBox, words: list[Word], image: Image.Image) -> BBox | None:
    """The seal's height across the text column, grown to whole lines at top and bottom. The
    column is where most words start and end (not the page: a scanner's dark edge reads as
    junk), widened to the lines the seal crosses."""
    y0, y1 = seal[1], seal[3]
    x0 = min(seal[0], int(np.percentile([w.bbox[0] for w in words], 5))) if words else seal[0]
    x1 = max(seal[2], int(np.percentile([w.bbox[2] for w in words], 95))) if words else seal[2]
    for row in group_lines(words):
        top, bottom = min(w.bbox[1] for w in row), max(w.bbox[3] for w in row)
        if top < y1 and bottom > y0:
            y0, y1 = min(y0, top), max(y1, bottom)
            x0, x1 = min(x0, row[0].bbox[0]), max(x1, row[-1].bbox[2])
    box = (max(0, x0 - PAD), max(0, y0 - PAD), min(image.width, x1 + PAD), min(image.height, y1 + PAD))
    return box if box[2] > box[0] and box[3] > box[1] else None


def _merge(words: list[Word], new: list[Word], band: BBox, take_lines_crossing: BBox | None = None) -> list[Word]:
    """The band's lines, each from the surer reading. Lines crossing `take_lines_crossing` come
    from the new reading outright, and what the old one read inside it that the seal-free crop
    shows no print at is the stamp's own lettering: dropped."""
    inside = [w for w in words if _centre_in(w.bbox, band)]
    old_rows, new_rows = group_lines(inside), group_lines(new)
    drop: set[int] = set()
    add: list[Word] = []
    for row in new_rows:
        matched = [old for old in old_rows if _same_line(old, row)]
        old = [w for m in matched for w in m]
        # the page's reading of a line may stop where the chop begins: the crop's tells
        crossing = (take_lines_crossing is not None and bool(old) and _print_chars(row) >= 2
                    and (_crosses(old, take_lines_crossing) or _crosses(row, take_lines_crossing)))
        surer = bool(old) and _quality(row) > _quality(old) and _extent(row) >= 0.6 * _extent(old)
        if old and (crossing or surer):
            drop.update(id(w) for w in old)
            add.extend(row)
        elif not old and _quality(row) >= MIN_NEW_LINE and _print_chars(row) >= 2:
            add.extend(row)
    if take_lines_crossing is not None:
        for old in old_rows:
            if not any(_same_line(old, row) for row in new_rows):
                drop.update(id(w) for w in old if _centre_in(w.bbox, take_lines_crossing))
    return [w for w in words if id(w) not in drop] + add


def _print_chars(row: list[Word]) -> int:
    return len(re.findall(rf"[{HAN_RANGE}\d]", "".join(w.text for w in row)))


def _crosses(row: list[Word], box: BBox) -> bool:
    return bool(row) and min(w.bbox[0] for w in row) < box[2] and max(w.bbox[2] for w in row) > box[0]


def _extent(row: list[Word]) -> int:
    """Width the words cover: a reading that lost half the line is no better for being sure."""
    return sum(w.bbox[2] - w.bbox[0] for w in row)


def _centre_in(box: BBox, band: BBox) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return band[0] <= cx <= band[2] and band[1] <= cy <= band[3]


def _same_line(a: list[Word], b: list[Word]) -> bool:
    """Rows overlap by more than half the shorter one's height."""
    a0, a1 = min(w.bbox[1] for w in a), max(w.bbox[3] for w in a)
    b0, b1 = min(w.bbox[1] for w in b), max(w.bbox[3] for w in b)
    return min(a1, b1) - max(a0, b0) > 0.5 * min(a1 - a0, b1 - b0)


def _quality(words: list[Word]) -> float:
    """Mean confidence, less for characters that cannot be print on these papers."""
    text = "".join(w.text for w in words)
    odd = len(re.findall(r"[^\w\u3000-\u303f\uff00-\uffef,.:;()（）《》、/-]", text))
    return sum(w.conf for w in words) / len(words) - 0.05 * odd
