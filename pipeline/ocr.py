"""The one wrapper around tesseract: version probe, orientation, deskew, word boxes, and a
cache keyed by the page image, the engine version and the settings, so nothing is OCRed twice."""
from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytesseract
from PIL import Image, ImageOps

from .errors import MissingDependency
from .model import Word

TESSDATA_LANGS = ("eng", "chi_sim", "chi_tra", "osd")
OCR_TIMEOUT_S = 120
# Tesseract's own threads fight our thread pool on 2 cores; one thread per page is fastest.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@functools.lru_cache(maxsize=1)
def tesseract_version() -> str:
    if not shutil.which("tesseract"):
        raise MissingDependency("tesseract is not installed: run `make setup` "
                                "(Debian: apt-get install tesseract-ocr tesseract-ocr-chi-sim "
                                "tesseract-ocr-chi-tra tesseract-ocr-osd)")
    return str(pytesseract.get_tesseract_version())


@functools.lru_cache(maxsize=1)
def tessdata_versions() -> dict[str, str]:
    """sha256 prefix of each language file, so a changed model changes the manifest."""
    out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
    folder = None
    for line in (out.stdout + out.stderr).splitlines():
        if '"' in line:
            folder = Path(line.split('"')[1])
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
    d = Path(os.environ.get("INTAKE_CACHE_DIR") or Path.home() / ".cache" / "asmtp-intake" / "ocr")
    d.mkdir(parents=True, exist_ok=True)
    return d


def image_key(image: Image.Image) -> str:
    h = hashlib.sha256()
    h.update(f"{image.mode}{image.size}".encode())
    h.update(image.tobytes())
    return h.hexdigest()


def _cached(kind: str, image: Image.Image, settings: str, compute):
    key = hashlib.sha256(f"{kind}|{image_key(image)}|{tesseract_version()}|{settings}".encode()).hexdigest()
    path = cache_dir() / key[:2] / f"{key}.json"
    if path.is_file():
        try:
            return json.loads(path.read_text())
        except (OSError, ValueError):
            pass  # a damaged entry is recomputed
    value = compute()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(value))
    os.replace(tmp, path)
    return value


def detect_orientation(image: Image.Image) -> tuple[int, str, float]:
    """(degrees clockwise to turn the page upright, script name, confidence). Pages with
    too little text for OSD come back as (0, '', 0)."""
    small = _fit(image, 1600)

    def compute():
        try:
            osd = pytesseract.image_to_osd(small, config="--psm 0", timeout=OCR_TIMEOUT_S,
                                           output_type=pytesseract.Output.DICT)
            return [int(osd.get("rotate", 0)), str(osd.get("script", "")),
                    float(osd.get("orientation_conf", 0.0))]
        except (pytesseract.TesseractError, RuntimeError):
            return [0, "", 0.0]

    rotate, script, conf = _cached("osd", small, "psm0", compute)
    return rotate, script, conf


def estimate_skew(image: Image.Image, limit: float = 10.0) -> float:
    """Small skew angle in degrees (counter-clockwise positive), by the projection profile:
    the angle at which text rows make the sharpest horizontal histogram."""
    gray = ImageOps.grayscale(_fit(image, 1000))
    arr = np.asarray(gray, dtype=np.uint8)
    ink = arr < 128
    if ink.mean() < 0.002:
        return 0.0
    mask = Image.fromarray((ink * 255).astype(np.uint8))

    def score(angle: float) -> float:
        rows = np.asarray(mask.rotate(angle, resample=Image.NEAREST, expand=False)).sum(axis=1, dtype=np.float64)
        return float(np.square(np.diff(rows)).sum())

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
        image = image.rotate(skew, resample=Image.BICUBIC, expand=True, fillcolor="white")
    return image, rotate, skew, script, conf


def without_red_ink(image: Image.Image) -> Image.Image:
    """Grayscale for OCR with red seals (chops) lifted out: in the red channel a red stamp is
    almost white while black print stays black, so text under a seal becomes readable."""
    if image.mode != "RGB":
        return image.convert("L")
    small = np.asarray(_fit(image, 600), dtype=np.int16)
    r, g, b = small[..., 0], small[..., 1], small[..., 2]
    red = (r > 140) & (r - g > 60) & (r - b > 60)
    if red.mean() < 0.001:
        return ImageOps.grayscale(image)
    return image.getchannel("R")


def ocr_words(image: Image.Image, lang: str = "eng", psm: int = 3, config: str = "") -> list[Word]:
    """Word boxes and confidences (0..1) in the image's pixels."""
    tesseract_version()
    image = without_red_ink(image)
    cfg = f"--psm {psm} {config}".strip()

    def compute():
        data = pytesseract.image_to_data(image, lang=lang, config=cfg, timeout=OCR_TIMEOUT_S,
                                         output_type=pytesseract.Output.DICT)
        out = []
        for i, text in enumerate(data["text"]):
            text = (text or "").strip()
            conf = float(data["conf"][i])
            if not text or conf < 0:
                continue
            x, y, w, h = data["left"][i], data["top"][i], data["width"][i], data["height"][i]
            out.append([text, [x, y, x + w, y + h], round(conf / 100.0, 3)])
        return out

    rows = _cached("words", image, f"{lang}|{cfg}", compute)
    return [Word(text=t, bbox=tuple(b), conf=c) for t, b, c in rows]


def ocr_text(image: Image.Image, lang: str = "eng", psm: int = 7, config: str = "") -> str:
    """Plain text of a small region (a line, a band)."""
    tesseract_version()
    cfg = f"--psm {psm} {config}".strip()
    return _cached("text", image, f"{lang}|{cfg}",
                   lambda: pytesseract.image_to_string(image, lang=lang, config=cfg, timeout=OCR_TIMEOUT_S))


def _fit(image: Image.Image, longest: int) -> Image.Image:
    if max(image.size) <= longest:
        return image
    scale = longest / max(image.size)
    return image.resize((max(1, int(image.width * scale)), max(1, int(image.height * scale))), Image.BILINEAR)
