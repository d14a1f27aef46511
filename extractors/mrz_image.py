"""Find and read a machine-readable zone in a page image, in any orientation."""
from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageOps

from pipeline import ocr

from . import mrz as mrzlib

WHITELIST = {"tessedit_char_whitelist": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<",
             "load_system_dawg": "0", "load_freq_dawg": "0"}
WORK_WIDTH = 1000


def find_bands(image: Image.Image) -> list[tuple[int, int, int, int]]:
    """Boxes of wide, dense text bands (MRZ candidates), lowest first, in image pixels.
    The classic recipe: black-hat to keep dark text on light ground, horizontal gradient,
    close into lines, keep blobs much wider than tall."""
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
    boxes = []
    for c in contours:
        x, y, w, h = cv2.boundingRect(c)
        if w / max(1, h) > 4 and w > 0.35 * WORK_WIDTH:
            pad_x, pad_y = int(0.04 * w), int(0.25 * h) + 4
            x0, y0 = max(0, x - pad_x), max(0, y - pad_y)
            x1, y1 = min(WORK_WIDTH, x + w + pad_x), min(gray.shape[0], y + h + pad_y)
            boxes.append(tuple(int(v / scale) for v in (x0, y0, x1, y1)))
    return sorted(_merge_lines(boxes), key=lambda b: -b[3])[:4]


def _merge_lines(boxes: list[tuple]) -> list[tuple]:
    """Two or three MRZ lines are often found as separate bands: join bands stacked closely
    with the same horizontal extent into one band holding the whole zone."""
    boxes = sorted(boxes, key=lambda b: b[1])
    out: list[list[int]] = []
    for b in boxes:
        if out:
            a = out[-1]
            h = b[3] - b[1]
            overlap = min(a[2], b[2]) - max(a[0], b[0])
            if b[1] - a[3] < 1.2 * h and overlap > 0.7 * min(a[2] - a[0], b[2] - b[0]):
                out[-1] = [min(a[0], b[0]), a[1], max(a[2], b[2]), max(a[3], b[3])]
                continue
        out.append(list(b))
    return [tuple(b) for b in out]


def _ocr_band(crop: Image.Image) -> list[str]:
    # A slanted band merges its two lines; straighten it, then enlarge it so a 44-character
    # line is about 2000 px wide: tesseract reads OCR-B best with capitals 35-45 px high.
    skew = ocr.estimate_skew(crop)
    if abs(skew) >= 0.3:
        crop = crop.rotate(skew, resample=Image.BICUBIC, expand=True, fillcolor="white")
    if crop.width < 2000:
        f = 2000 / crop.width
        crop = crop.resize((2000, max(1, int(crop.height * f))), Image.BICUBIC)
    gray = ImageOps.autocontrast(ImageOps.grayscale(crop))
    text = ocr.ocr_text(gray, lang="eng", psm=6, variables=WHITELIST)
    return [mrzlib.clean_line(l) for l in text.splitlines() if len(mrzlib.clean_line(l)) >= 20]


def parse_lines(lines: list[str]) -> mrzlib.MRZ | None:
    """Best MRZ from OCRed lines: try every run of 1-3 consecutive lines against each format.
    OCR shortens filler runs, so a line may be well short of its length; a passport's 'P'
    line prefers TD3, and among equal scores the closer lengths win."""
    best, best_key = None, None
    for fmt, (n, length) in mrzlib.FORMATS.items():
        for i in range(len(lines) - n + 1):
            group = lines[i:i + n]
            name_row = mrzlib.NAME_ROW.get(fmt)
            if any(not (length - (22 if r == name_row else 12) <= len(l) <= length + 4) for r, l in enumerate(group)):
                continue
            if fmt == "EEP" and not group[0].startswith("C"):
                continue
            m = mrzlib.repair(group, fmt)
            if m is None:
                continue
            prefer = 1 if (group[0].startswith("P") == (fmt == "TD3")) else 0
            key = (m.score, prefer, -sum(abs(len(l) - length) for l in group))
            if best_key is None or key > best_key:
                best, best_key = m, key
    return best


def read_mrz(image: Image.Image) -> tuple[mrzlib.MRZ | None, tuple[int, int, int, int] | None, int]:
    """(mrz, its box in the image as given, rotation applied in degrees clockwise)."""
    best, best_box, best_rot = None, None, 0
    for rot in (0, 180, 90, 270):
        turned = image.rotate(-rot, expand=True) if rot else image
        bands = find_bands(turned)
        h = turned.height
        bands.append((0, int(h * 0.62), turned.width, h))  # fallback: the bottom of the page
        for box in bands:
            m = parse_lines(_ocr_band(turned.crop(box)))
            if m and (best is None or m.score > best.score):
                best, best_box, best_rot = m, box, rot
                if m.valid:
                    return best, best_box, best_rot
    return best, best_box, best_rot
