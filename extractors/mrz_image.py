"""Find and read a machine-readable zone in a page image, in any orientation."""
from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageFilter, ImageOps

from pipeline import mrz as mrzlib
from pipeline import mrz_repair, ocr
from pipeline.mrz_bands import cut_out, find_bands, upright_band

WHITELIST = {"tessedit_char_whitelist": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<",
             "load_system_dawg": "0", "load_freq_dawg": "0"}

# How a band is prepared for tesseract: (width in px a band is scaled to, treatment). The
# first ones are tried on every band, in turn until one gives a valid zone; the rest only on
# the most promising bands when none did. Greyscale at 2000 px reads generated and clean scans
# best (names too, which no digit checks); the order of the rest was measured on PassportEye's
# specimens (docs/BENCHMARKS.md): small, blurred or tinted scans each need a different one.
FIRST_PREPARATIONS = [(2000, "gray"), (1000, "sharp")]
MORE_PREPARATIONS = [(1500, "otsu"), (2600, "otsu"), (1500, "color"), (2000, "sharp"),
                     (1500, "sharp"), (1000, "otsu"), (2000, "color")]
PROMISING_BANDS = 3


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


def read_mrz(image: Image.Image, upright: bool = False) -> tuple[mrzlib.MRZ | None, tuple[int, int, int, int] | None, int]:
    """(mrz, its box in the image as given, rotation applied in degrees clockwise).
    Every band in every quarter turn is read once; when none gives a valid zone, the most
    promising bands are read again prepared other ways. An image known `upright` (its print
    read surely as it is) is searched as it is, and only bands that showed a zone's digits
    or fillers are read again: a page without a zone then costs a few readings, not dozens."""
    best, best_box, best_rot = None, None, 0
    tried = []
    for rot in (0,) if upright else (0, 180, 90, 270):
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
    if not upright and (best is None or not best.digits_valid):
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
    if upright:
        tried = [t for t in tried if t[0] > (0.0, 0)]
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
