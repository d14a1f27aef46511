"""Find and read a machine-readable zone in a page image, in any orientation."""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageFilter, ImageOps

from pipeline import mrz as mrzlib
from pipeline import mrz_repair, ocr

WHITELIST = {"tessedit_char_whitelist": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<",
             "load_system_dawg": "0", "load_freq_dawg": "0"}
WORK_WIDTH = 1000
MAX_SLANT = 30.0

# How a band is prepared for tesseract: (width in px a band is scaled to, treatment). The
# first ones are tried on every band, in turn until one gives a valid zone; the rest only on
# the most promising bands when none did. Greyscale at 2000 px reads generated and clean scans
# best (names too, which no digit checks); the order of the rest was measured on PassportEye's
# specimens (docs/BENCHMARKS.md): small, blurred or tinted scans each need a different one.
FIRST_PREPARATIONS = [(2000, "gray"), (1000, "sharp")]
MORE_PREPARATIONS = [(1500, "otsu"), (2600, "otsu"), (1500, "color"), (2000, "sharp"),
                     (1500, "sharp"), (1000, "otsu"), (2000, "color")]
PROMISING_BANDS = 3


@dataclass(frozen=True)
class Band:
    """A candidate zone: its upright bounding box in the image (the evidence box), and the
    rotated rectangle it was found as (centre, long and short side, slant in degrees
    counter-clockwise) from which it is cut out level."""
    box: tuple[int, int, int, int]
    center: tuple[float, float]
    size: tuple[float, float]
    slant: float = 0.0


def find_bands(image: Image.Image) -> list[Band]:
    """Wide, dense text bands (MRZ candidates), lowest first. The classic recipe: black-hat
    to keep dark text on light ground, horizontal gradient, close into lines, keep blobs
    much longer than tall; a slanted band (a phone photo) is kept with its slant."""
    scale = WORK_WIDTH / image.width
    gray = np.asarray(ImageOps.grayscale(image.resize((WORK_WIDTH, max(1, int(image.height * scale))))))
    rect = cv2.getStructuringElement(cv2.MORPH_RECT, (13, 5))
    sq = cv2.getStructuringElement(cv2.MORPH_RECT, (25, 25))
    blackhat = cv2.morphologyEx(cv2.GaussianBlur(gray, (3, 3), 0), cv2.MORPH_BLACKHAT, rect)
    grad = np.absolute(cv2.Sobel(blackhat, cv2.CV_32F, 1, 0, ksize=-1))
    grad = (255 * (grad - grad.min()) / max(1e-6, grad.max() - grad.min())).astype("uint8")
    grad = cv2.morphologyEx(grad, cv2.MORPH_CLOSE, rect)
    _, th = cv2.threshold(grad, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    th = cv2.morphologyEx(th, cv2.MORPH_CLOSE, sq)
    th = cv2.erode(th, None, iterations=2)
    contours, _ = cv2.findContours(th, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    bands = []
    height = gray.shape[0]
    for c in contours:
        (cx, cy), (rw, rh), angle = cv2.minAreaRect(c)
        if rw < rh:
            rw, rh, angle = rh, rw, angle - 90
        angle = (angle + 90) % 180 - 90  # the long side's slant, in (-90, 90]
        if not (rw / max(1.0, rh) > 4 and rw > 0.35 * WORK_WIDTH and abs(angle) <= MAX_SLANT):
            continue
        x, y, w, h = cv2.boundingRect(c)
        pad_x, pad_y = int(0.04 * w), int(0.25 * h) + 4
        box = (max(0, x - pad_x), max(0, y - pad_y), min(WORK_WIDTH, x + w + pad_x), min(height, y + h + pad_y))
        image_box = tuple(int(v / scale) for v in box)
        if abs(angle) < 2:  # level enough: the upright box is the band
            bands.append(upright_band(image_box))
        else:
            bands.append(Band(image_box, (cx / scale, cy / scale), ((rw * 1.08) / scale, (rh * 1.5 + 8) / scale),
                              round(angle, 1)))
    return sorted(_merge_lines(bands), key=lambda b: -b.box[3])[:4]


def _merge_lines(bands: list[Band]) -> list[Band]:
    """Two or three MRZ lines are often found as separate bands: join level bands stacked
    closely with the same horizontal extent into one band holding the whole zone."""
    out: list[Band] = []
    for b in sorted(bands, key=lambda b: b.box[1]):
        if out and not out[-1].slant and not b.slant:
            a = out[-1].box
            h = b.box[3] - b.box[1]
            overlap = min(a[2], b.box[2]) - max(a[0], b.box[0])
            if b.box[1] - a[3] < 1.2 * h and overlap > 0.7 * min(a[2] - a[0], b.box[2] - b.box[0]):
                out[-1] = upright_band((min(a[0], b.box[0]), a[1], max(a[2], b.box[2]), max(a[3], b.box[3])))
                continue
        out.append(b)
    return out


def upright_band(box: tuple[int, int, int, int]) -> Band:
    return Band(box, ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), (box[2] - box[0], box[3] - box[1]))


def cut_out(image: Image.Image, band: Band) -> Image.Image:
    """The band, level: a slanted one is turned about its centre before it is cut."""
    if not band.slant:
        return image.crop(band.box)
    turned = image.rotate(band.slant, resample=Image.BICUBIC, center=band.center, fillcolor="white")
    (cx, cy), (w, h) = band.center, band.size
    return turned.crop((max(0, int(cx - w / 2)), max(0, int(cy - h / 2)),
                        min(image.width, int(cx + w / 2)), min(image.height, int(cy + h / 2))))


def prepare(crop: Image.Image, width: int, treatment: str) -> Image.Image:
    """Tesseract reads OCR-B best with capitals 35-45 px high: a 44-character line about
    2000 px wide. Small scans read better at other sizes or binarised; 'color' leaves the
    thresholding to tesseract, which picks the best channel and so drops tinted rules."""
    big = crop.resize((width, max(1, int(crop.height * width / crop.width))), Image.LANCZOS)
    if treatment == "color":
        return big
    gray = ImageOps.autocontrast(ImageOps.grayscale(big))
    if treatment == "otsu":
        _, th = cv2.threshold(np.asarray(gray), 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
        return Image.fromarray(th)
    if treatment == "sharp":
        return gray.filter(ImageFilter.UnsharpMask(3, 150, 2))
    return gray


def level(crop: Image.Image) -> Image.Image:
    """A slanted band merges its two lines: straighten what slant is left after cutting."""
    skew = ocr.estimate_skew(crop)
    return crop.rotate(skew, resample=Image.BICUBIC, expand=True, fillcolor="white") if abs(skew) >= 0.3 else crop


def ocr_band(crop: Image.Image, preparation: tuple[int, str]) -> list[str]:
    text = ocr.ocr_text(prepare(crop, *preparation), lang="eng", psm=6, variables=WHITELIST)
    return [mrzlib.clean_line(ln) for ln in text.splitlines() if len(mrzlib.clean_line(ln)) >= 20]


def parse_lines(lines: list[str]) -> mrzlib.MRZ | None:
    """Best MRZ from OCRed lines: try every run of 1-3 consecutive lines against each format.
    OCR shortens filler runs, so a line may be well short of its length; a passport's 'P'
    line prefers TD3, and among equal scores the closer lengths win."""
    best, best_key = None, None
    for fmt, (n, length) in mrzlib.FORMATS.items():
        for i in range(len(lines) - n + 1):
            group = lines[i:i + n]
            name_row = mrz_repair.NAME_ROW.get(fmt)
            if any(not (length - (22 if r == name_row else 12) <= len(ln) <= length + 4) for r, ln in enumerate(group)):
                continue
            if fmt == "EEP" and not group[0].startswith("C"):
                continue
            m = mrz_repair.repair(group, fmt)
            if m is None:
                continue
            prefer = 1 if (group[0].startswith("P") == (fmt == "TD3")) else 0
            key = (m.rank, prefer, -sum(abs(len(ln) - length) for ln in group))
            if best_key is None or key > best_key:
                best, best_key = m, key
    return best


def read_mrz(image: Image.Image) -> tuple[mrzlib.MRZ | None, tuple[int, int, int, int] | None, int]:
    """(mrz, its box in the image as given, rotation applied in degrees clockwise).
    Every band in every quarter turn is read once; when none gives a valid zone, the most
    promising bands are read again prepared other ways."""
    best, best_box, best_rot = None, None, 0
    tried = []
    for rot in (0, 180, 90, 270):
        turned = image.rotate(-rot, expand=True) if rot else image
        bands = find_bands(turned)
        bands.append(upright_band((0, int(turned.height * 0.62), turned.width, turned.height)))
        for band in bands:
            crop = level(cut_out(turned, band))
            promise = (0.0, 0)
            for preparation in FIRST_PREPARATIONS:
                lines = ocr_band(crop, preparation)
                m = parse_lines(lines)
                # Promise for a second reading: digits right on a plausible zone, then fillers
                # seen (garbage passes digits by luck but names no state).
                promise = max(promise, (m.score if m and not m.problems else 0.0, sum(ln.count("<") for ln in lines)))
                if m and (best is None or m.rank > best.rank):
                    best, best_box, best_rot = m, band.box, rot
                    if settled(m):
                        return best, best_box, best_rot
            tried.append((promise, crop, band, rot))
    if best is None or not best.digits_valid:
        # A scan made through the back of a transparency, or flipped by software without
        # saying so in EXIF, shows the zone mirrored: read as it is, it is no zone at all.
        for rot in (0, 180):
            turned = ImageOps.mirror(image.rotate(-rot, expand=True) if rot else image)
            for band in find_bands(turned)[:2]:
                m = parse_lines(ocr_band(level(cut_out(turned, band)), FIRST_PREPARATIONS[0]))
                if m and m.digits_valid and (best is None or m.rank > best.rank):
                    x0, y0, x1, y1 = band.box
                    return m, (turned.width - x1, y0, turned.width - x0, y1), rot
    tried.sort(key=lambda t: t[0], reverse=True)
    for _, crop, band, rot in tried[:PROMISING_BANDS]:
        for preparation in MORE_PREPARATIONS:
            m = parse_lines(ocr_band(crop, preparation))
            if m and (best is None or m.rank > best.rank):
                best, best_box, best_rot = m, band.box, rot
                if settled(m):
                    return best, best_box, best_rot
    return best, best_box, best_rot


def settled(m: mrzlib.MRZ) -> bool:
    """No other reading of the zone could rank higher: every check digit holds and the codes
    name states. What else is wrong (an impossible date) the zone itself says."""
    return m.digits_valid and m.codes_known
