"""The wrapper the pipeline calls tesseract through (engine.py runs it): version probe,
orientation, deskew, word boxes, and a cache keyed by the page image, the engine version and
the settings, so nothing is OCRed twice."""
from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageOps

from . import engine
from .errors import MissingDependency
from .model import Word

TESSDATA_LANGS = ("eng", "chi_sim", "chi_tra", "osd")


def tesseract_version() -> str:
    """The version of the tesseract that reads pages, and how it is called."""
    return f"{engine.version(engine.name())} ({engine.name()})"


@functools.lru_cache(maxsize=1)
def tessdata_versions() -> dict[str, str]:
    """sha256 prefix of each language file, so a changed model changes the manifest."""
    tesseract_version()
    folder = engine.tessdata_dir()
    have = {}
    for lang in TESSDATA_LANGS:
        f = folder / f"{lang}.traineddata" if folder else None
        if f and f.is_file():
            have[lang] = hashlib.sha256(f.read_bytes()).hexdigest()[:16]
        else:
            have[lang] = "missing"
    missing = [k for k, v in have.items() if v == "missing"]
    if missing:
        raise MissingDependency(f"tesseract language data missing: {', '.join(missing)}; run `make setup`")
    return have


def cache_dir() -> Path:
    """Private to the service account: OCR results hold passport numbers and names."""
    d = Path(os.environ.get("INTAKE_CACHE_DIR") or Path.home() / ".cache" / "asmtp-intake" / "ocr")
    d.mkdir(parents=True, exist_ok=True, mode=0o700)
    return d


CACHE_DAYS = 30  # how long an OCR result is kept after it was last used (INTAKE_CACHE_DAYS)


def cache_days() -> float:
    try:
        return float(os.environ.get("INTAKE_CACHE_DAYS", CACHE_DAYS))
    except ValueError:
        return CACHE_DAYS


def prune_cache(days: float | None = None, now: float | None = None) -> tuple[int, int]:
    """Remove cache entries not used for `days` (and temp files older than an hour); makes the
    rest private. Returns (entries removed, entries kept)."""
    limit = (now or time.time()) - 86400 * (cache_days() if days is None else days)
    removed = kept = 0
    root = cache_dir()
    os.chmod(root, 0o700)
    for sub in root.iterdir():
        if not sub.is_dir():
            continue
        os.chmod(sub, 0o700)
        for p in sub.iterdir():
            try:
                used = p.stat().st_mtime
                if used < limit or (p.suffix == ".tmp" and used < (now or time.time()) - 3600):
                    p.unlink()
                    removed += 1
                else:
                    os.chmod(p, 0o600)
                    kept += 1
            except FileNotFoundError:
                continue  # another process pruned or replaced it
    return removed, kept


def image_key(image: Image.Image) -> str:
    """SHA-256 of the image's mode, size and pixels, kept on the image: a page read by PP-OCR is
    hashed for the cache and again for its record, 50 ms each time on a full page. Images are
    not changed once read (a crop, copy or conversion is a new image, without the key)."""
    key = getattr(image, "_intake_key", None)
    if key is None:
        h = hashlib.sha256()
        h.update(f"{image.mode}{image.size}".encode())
        h.update(image.tobytes())
        key = image._intake_key = h.hexdigest()  # type: ignore[attr-defined]
    return key


def cached(kind: str, image: Image.Image, settings: str, compute, engine_id: str | None = None):
    """`compute()` for this image and settings, once: the key names the engine (tesseract's
    version unless `engine_id` names another) so two engines never share an entry."""
    key = hashlib.sha256(f"{kind}|{image_key(image)}|{engine_id or tesseract_version()}|{settings}".encode()).hexdigest()
    path = cache_dir() / key[:2] / f"{key}.json"
    if path.is_file():
        try:
            value = json.loads(path.read_text())
            os.utime(path)  # last used: what the retention period counts from
            return value
        except (OSError, ValueError):
            pass  # a damaged or just-pruned entry is recomputed
    value = compute()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # A name of its own for each writer (mkstemp, mode 0600): copies of one scan read by two
    # threads at once write the same entry.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{key[:16]}.", suffix=".tmp")
    with os.fdopen(fd, "w") as f:
        f.write(json.dumps(value))
    os.replace(tmp, path)
    return value


def detect_orientation(image: Image.Image) -> tuple[int, str, float]:
    """(degrees clockwise to turn the page upright, script name, confidence). Pages with
    too little text for OSD come back as (0, '', 0)."""
    small = fit(ImageOps.grayscale(image), 1600)  # tesseract reads gray; shrinking gray is faster
    rotate, script, conf = cached("osd", small, "psm0", lambda: engine.osd(small))
    return rotate, script, conf


MIN_INK_CONTRAST = 40  # grey levels between paper and print below which a page has no text


def estimate_skew(image: Image.Image, limit: float = 10.0) -> float:
    """Small skew angle in degrees (counter-clockwise positive), by the projection profile:
    the angle at which text rows make the sharpest horizontal histogram."""
    # a chop's ring and its lettering in an arc are no rows of print: red ink lifted first
    gray = fit(without_red_ink(image) if image.mode == "RGB" else ImageOps.grayscale(image), 1000)
    arr = np.asarray(gray, dtype=np.uint8)
    ink = arr < 128
    if ink.mean() < 0.002:
        # A light scan's thin strokes, shrunk, are grey: its ink is what is darker than half way
        # from the paper to the darkest print.
        paper, darkest = float(np.median(arr)), float(np.percentile(arr, 0.5))
        if paper - darkest < MIN_INK_CONTRAST:
            return 0.0
        ink = arr < (paper + darkest) / 2
    if ink.mean() < 0.002:
        return 0.0
    # each ink pixel's row on the page turned by `angle` (as PIL turns it, about the middle):
    # four times faster than turning the image for each of the 32 angles tried
    ys, xs = np.nonzero(ink)
    height, width = ink.shape
    x, y = xs - width / 2 + 0.5, ys - height / 2 + 0.5

    def score(angle: float) -> float:
        a = np.deg2rad(angle)
        rows = np.floor(y * np.cos(a) - x * np.sin(a) + height / 2).astype(np.int64)
        hist = np.bincount(rows[(rows >= 0) & (rows < height)], minlength=height).astype(np.float64)
        return float(np.square(np.diff(hist)).sum())

    best = max(np.arange(-limit, limit + 0.1, 1.0), key=score)
    fine = max(np.arange(best - 1.0, best + 1.01, 0.2), key=score)
    return round(float(fine), 1)


def upright(image: Image.Image, detect: bool = True) -> tuple[Image.Image, int, float, str, float]:
    """The page turned upright and deskewed, with the rotation, skew, script and OSD
    confidence found. With detect=False the page is only deskewed."""
    rotate, script, conf = detect_orientation(image) if detect else (0, "", 0.0)
    if rotate and conf < 1.0:
        rotate = 0  # OSD guesses on thin pages; a wrong turn costs more than none
    if rotate:
        # OSD's "rotate" is clockwise; PIL rotates counter-clockwise.
        image = image.rotate(-rotate, expand=True)
    skew = estimate_skew(image)
    if abs(skew) >= 0.3:
        # Bilinear: four times faster than bicubic on a full page, and reads the same.
        image = image.rotate(skew, resample=Image.Resampling.BILINEAR, expand=True, fillcolor="white")
    return image, rotate, skew, script, conf


def without_red_ink(image: Image.Image) -> Image.Image:
    """Grayscale for OCR with red seals (chops) lifted out: in the red channel a red stamp is
    almost white while black print stays black, so text under a seal becomes readable."""
    if image.mode != "RGB":
        return image.convert("L")
    small = np.asarray(fit(image, 600), dtype=np.int16)
    r, g, b = small[..., 0], small[..., 1], small[..., 2]
    red = (r > 140) & (r - g > 60) & (r - b > 60)
    if red.mean() < 0.001:
        return ImageOps.grayscale(image)
    return image.getchannel("R")


# A bilevel scan (a fax, a scanner's black-and-white mode) prints grey as scattered dots; on a
# shaded label cell they hide the print from OCR. Dots this small (pixels) are no stroke of
# print, and where they crowd this densely (share of a window's pixels) they are a shading; a
# small print's own specks (an i's dot, a broken stroke) stand alone and stay.
HALFTONE_DOT, HALFTONE_DENSITY, HALFTONE_WINDOW = 4, 0.05, 15


def without_halftone(image: Image.Image) -> Image.Image:
    """A bilevel page with the dots of its shaded areas lifted out: the print stays."""
    gray = np.asarray(image.convert("L"))
    ink = (gray < 128).astype(np.uint8)
    _, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    tiny = stats[:, cv2.CC_STAT_AREA] <= HALFTONE_DOT
    tiny[0] = False  # the paper
    dots = tiny[labels].view(np.uint8)
    # dots counted in each window (16-bit sums, not float means: a fax page's peak memory)
    counts = cv2.boxFilter(dots, cv2.CV_16U, (HALFTONE_WINDOW, HALFTONE_WINDOW), normalize=False)
    shaded = counts > HALFTONE_DENSITY * HALFTONE_WINDOW ** 2
    lifted = (dots > 0) & shaded
    if not lifted.any():
        return image
    return Image.fromarray(np.where(lifted, 255, gray).astype(np.uint8))


# A rule is a straight ink run longer than any character stroke: a 25th of the page is
# 66 px at 200 dpi, where a 12 pt character is about 35 px.
RULE_FRACTION = 25
# Form rules are often printed lighter than the text and broken up by the scan's grain:
# anything this much darker than the paper counts as ink when looking for them.
RULE_INK = 30


def _rules_mask(gray: np.ndarray, paper: int) -> tuple[np.ndarray, np.ndarray]:
    """The horizontal and the vertical rules of a page: ink runs longer than any stroke."""
    ink = (gray < paper - RULE_INK).astype(np.uint8)
    length = max(40, max(gray.shape) // RULE_FRACTION)
    return tuple(cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, size))
                 for size in ((length, 1), (1, length)))  # type: ignore[return-value]


def _leaders_mask(gray: np.ndarray, paper: int) -> np.ndarray:
    """Dot leaders ('Surname: ........ CHAN'): specks of ink no taller or wider than a full stop,
    in a row long as a rule. Typed over, they are read as letters round the value."""
    ink = (gray < paper - RULE_INK).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    dot = max(3, gray.shape[1] // DOT_FRACTION)
    small = (stats[:, cv2.CC_STAT_WIDTH] <= dot) & (stats[:, cv2.CC_STAT_HEIGHT] <= dot)
    small[0] = False  # the paper
    dots = small[labels].astype(np.uint8)
    joined = cv2.morphologyEx(dots, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (3 * dot, 1)))
    length = max(40, max(gray.shape) // RULE_FRACTION)
    runs = cv2.morphologyEx(joined, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
    return runs & dots


DOT_FRACTION = 250  # a full stop is at most this share of the page's width across (7 px at 200 dpi)


def has_leaders(image: Image.Image) -> bool:
    """Whether the page has dot leaders to type values over (a form of dotted lines)."""
    gray = np.asarray(ImageOps.grayscale(fit(image, TABLE_CHECK_SIZE)))
    return cv2.connectedComponents(_leaders_mask(gray, int(np.median(gray))))[0] - 1 >= LEADER_COUNT


LEADER_COUNT = 20  # dots on leaders that make a form of dotted lines, not an ellipsis or two
TABLE_RULES = 3  # vertical rules, and horizontal ones, that make a ruled table


def rule_counts(image: Image.Image) -> tuple[int, int]:
    """(rules across, rules down) of the page, counted once for both questions below."""
    gray = np.asarray(ImageOps.grayscale(fit(image, TABLE_CHECK_SIZE)))
    across, down = _rules_mask(gray, int(np.median(gray)))
    return cv2.connectedComponents(across)[0] - 1, cv2.connectedComponents(down)[0] - 1


def has_ruled_table(image: Image.Image, counts: tuple[int, int] | None = None) -> bool:
    """Whether the page holds a table ruled both ways: tesseract's layout analysis can take
    such a grid for a picture and lose every cell in it."""
    across, down = counts or rule_counts(image)
    return down >= TABLE_RULES and across >= TABLE_RULES


TABLE_CHECK_SIZE = 1600  # a grid's rules show at this size; the check costs little


def has_blanks(image: Image.Image, counts: tuple[int, int] | None = None) -> bool:
    """Whether the page is a form of blanks to fill in: rules across, one under each value, which
    tesseract reads into the value written on it ('24' on its blank read '240')."""
    return (counts or rule_counts(image))[0] >= BLANK_RULES


BLANK_RULES = 8  # rules across a page that make a form of blanks, not a letter's signature lines and heading rule


def without_rules(image: Image.Image) -> Image.Image | None:
    """Grayscale page with its long horizontal and vertical rules painted over with paper,
    or None when it has none. Tesseract can take the rules of a boxed form for text lines
    and lose the values between them ('CHAO' became 'oe ee ais NEEL eae')."""
    gray = np.asarray(ImageOps.grayscale(image))
    paper = int(np.median(gray))
    across, down = _rules_mask(gray, paper)
    rules = across | down | _leaders_mask(gray, paper)
    if not rules.any():
        return None
    # the rule's grey fringe, which alone reads as dashes
    rules = cv2.dilate(rules, np.ones((3, 3), np.uint8))
    out = gray.copy()
    out[rules > 0] = paper
    return Image.fromarray(out)


def ocr_words(image: Image.Image, lang: str = "eng", psm: int = 3,
              variables: dict[str, str] | None = None) -> list[Word]:
    """Word boxes and confidences (0..1) in the image's pixels."""
    tesseract_version()
    image = without_red_ink(image)
    variables = variables or {}
    rows = cached("words", image, f"{lang}|{psm}|{sorted(variables.items())}",
                   lambda: engine.words(image, lang, psm, variables))
    return [Word(text=t, bbox=tuple(b), conf=round(c / 100.0, 3)) for t, b, c in rows]


def ocr_text(image: Image.Image, lang: str = "eng", psm: int = 7, variables: dict[str, str] | None = None) -> str:
    """Plain text of a small region (a line, a band)."""
    tesseract_version()
    variables = variables or {}
    return cached("text", image, f"{lang}|{psm}|{sorted(variables.items())}",
                   lambda: engine.text(image, lang, psm, variables))


def fit(image: Image.Image, longest: int) -> Image.Image:
    """The image shrunk so its longest side is at most `longest` (never enlarged)."""
    if max(image.size) <= longest:
        return image
    scale = longest / max(image.size)
    return image.resize((max(1, int(image.width * scale)), max(1, int(image.height * scale))), Image.Resampling.BILINEAR,
                        reducing_gap=2.0)
