"""Where a machine-readable zone may be on a page image: wide, dense text bands found by their
shape (OpenCV), each kept with its slant so it can be cut out level; and the turn a page is
upright at, told by reading its zone's band alone."""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageOps

from . import ocr
from .mrz import zone_line_turn

WORK_WIDTH = 1000
MAX_SLANT = 30.0


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
    th = cv2.erode(th, np.ones((3, 3), np.uint8), iterations=2)  # OpenCV's default kernel, spelt out
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
        image_box = (int(box[0] / scale), int(box[1] / scale), int(box[2] / scale), int(box[3] / scale))
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
    turned = image.rotate(band.slant, resample=Image.Resampling.BICUBIC, center=band.center, fillcolor="white")
    (cx, cy), (w, h) = band.center, band.size
    return turned.crop((max(0, int(cx - w / 2)), max(0, int(cy - h / 2)),
                        min(image.width, int(cx + w / 2)), min(image.height, int(cy + h / 2))))


BAND_READ_WIDTH = 1600  # a band read for its turn: OCR-B about 35 px high, as tesseract reads it best


def zone_turn(image: Image.Image) -> int | None:
    """The clockwise quarter turn at which the image's zone reads the right way up, told from its
    band alone: a band found level (turn 0 or 180) or, once the image is turned a quarter, on its
    side (90 or 270); the lowest and the highest band read as they lie, OCR-B's filler reads as
    '<' runs one way up and '>' runs the other (mrz.zone_line_turn). None where no band reads
    as a zone line. A few small reads, where trying the page at every turn reads it whole four times."""
    for base in (0, 90):
        turned = image.rotate(-base, expand=True) if base else image
        bands = find_bands(turned)
        for band in {b.box: b for b in bands[:1] + bands[-1:]}.values():
            crop = ImageOps.grayscale(cut_out(turned, band))
            crop = crop.resize((BAND_READ_WIDTH, max(1, round(crop.height * BAND_READ_WIDTH / crop.width))), Image.Resampling.LANCZOS)
            turn = zone_line_turn(ocr.ocr_words(crop, lang="eng", psm=6))
            if turn is not None:
                return (base + turn) % 360
    return None
