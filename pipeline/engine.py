"""Two ways to call tesseract, with the same answers. In-process through tesserocr (the
default): the language models stay loaded between pages and no image is written to disk,
which halves the time of a page and cuts orientation detection to a third
(docs/BENCHMARKS.md). The tesseract command through pytesseract when tesserocr is not
installed or INTAKE_OCR_ENGINE=cli: a process per call.

Rows are [text, [x0, y0, x1, y1], confidence 0..100] for each word."""
from __future__ import annotations

import functools
import os
import shutil
import subprocess
import threading
from contextlib import contextmanager
from pathlib import Path

import pytesseract
from PIL import Image

from .errors import MissingDependency

OCR_TIMEOUT_S = 120
# Tesseract's own threads fight our thread pool on 2 cores; one thread per page is fastest.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

try:
    import tesserocr
except ImportError:  # a platform without a tesserocr wheel still works, more slowly
    tesserocr = None


def name() -> str:
    wanted = os.environ.get("INTAKE_OCR_ENGINE", "tesserocr")
    return "tesserocr" if wanted == "tesserocr" and tesserocr is not None else "cli"


@functools.lru_cache(maxsize=1)
def _cli_version() -> str:
    if not shutil.which("tesseract"):
        raise MissingDependency("tesseract is not installed: run `make setup` "
                                "(Debian: apt-get install tesseract-ocr tesseract-ocr-chi-sim "
                                "tesseract-ocr-chi-tra tesseract-ocr-osd)")
    return str(pytesseract.get_tesseract_version())


@functools.lru_cache(maxsize=2)
def version(engine: str) -> str:
    """The engine's tesseract version. The Debian command is required either way: it brings
    the language files and locates them."""
    cli = _cli_version()
    if engine == "cli":
        return cli
    return tesserocr.tesseract_version().split()[1]


@functools.lru_cache(maxsize=1)
def tessdata_dir() -> Path | None:
    if os.environ.get("TESSDATA_PREFIX"):
        return Path(os.environ["TESSDATA_PREFIX"])
    out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
    for line in (out.stdout + out.stderr).splitlines():
        if '"' in line:
            return Path(line.split('"')[1])
    return None


# --- in-process -------------------------------------------------------------------------

_idle: dict[tuple, list] = {}
_idle_lock = threading.Lock()


@contextmanager
def _api(lang: str, variables: dict[str, str]):
    """A loaded tesseract for these languages and init variables, lent to one thread at a
    time; as many exist per kind as pages are read at once."""
    key = (lang, tuple(sorted(variables.items())))
    with _idle_lock:
        api = _idle[key].pop() if _idle.get(key) else None
    if api is None:
        api = tesserocr.PyTessBaseAPI(path=str(tessdata_dir()) + "/", lang=lang, variables=dict(variables))
    try:
        yield api
    finally:
        with _idle_lock:
            _idle.setdefault(key, []).append(api)


def _recognize(api, image: Image.Image, psm: int) -> None:
    api.SetPageSegMode(psm)
    api.SetImage(image)
    if not api.Recognize(timeout=OCR_TIMEOUT_S * 1000):
        raise RuntimeError(f"tesseract gave up on a {image.width}x{image.height} image")


def _words_inprocess(image: Image.Image, lang: str, psm: int, variables: dict[str, str]) -> list:
    level = tesserocr.RIL.WORD
    rows: list = []
    with _api(lang, variables) as api:
        _recognize(api, image, psm)
        iterator = api.GetIterator()
        if iterator is None:
            return rows  # nothing on the page
        for it in tesserocr.iterate_level(iterator, level):
            try:
                text = (it.GetUTF8Text(level) or "").strip()
            except RuntimeError:  # tesserocr's way of saying the page holds no text
                break
            box = it.BoundingBox(level)
            if text and box:
                rows.append([text, list(box), it.Confidence(level)])
    return rows


def _text_inprocess(image: Image.Image, lang: str, psm: int, variables: dict[str, str]) -> str:
    with _api(lang, variables) as api:
        _recognize(api, image, psm)
        try:
            return api.GetUTF8Text()
        except RuntimeError:
            return ""


def _osd_inprocess(image: Image.Image) -> list:
    with _api("osd", {}) as api:
        api.SetPageSegMode(tesserocr.PSM.OSD_ONLY)
        api.SetImage(image)
        found = api.DetectOrientationScript()
    if not found:
        return [0, "", 0.0]
    # tesserocr reports the page's orientation counter-clockwise; the command (and we) report
    # the clockwise turn that makes it upright.
    return [(360 - int(found["orient_deg"])) % 360, str(found["script_name"]), float(found["orient_conf"])]


# --- the tesseract command ----------------------------------------------------------------

def _config(psm: int, variables: dict[str, str]) -> str:
    return " ".join([f"--psm {psm}"] + [f"-c {k}={v}" for k, v in sorted(variables.items())])


def _words_cli(image: Image.Image, lang: str, psm: int, variables: dict[str, str]) -> list:
    data = pytesseract.image_to_data(image, lang=lang, config=_config(psm, variables), timeout=OCR_TIMEOUT_S,
                                     output_type=pytesseract.Output.DICT)
    rows = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        conf = float(data["conf"][i])
        if text and conf >= 0:
            x, y, w, h = data["left"][i], data["top"][i], data["width"][i], data["height"][i]
            rows.append([text, [x, y, x + w, y + h], conf])
    return rows


def _text_cli(image: Image.Image, lang: str, psm: int, variables: dict[str, str]) -> str:
    return pytesseract.image_to_string(image, lang=lang, config=_config(psm, variables), timeout=OCR_TIMEOUT_S)


def _osd_cli(image: Image.Image) -> list:
    try:
        osd = pytesseract.image_to_osd(image, config="--psm 0", timeout=OCR_TIMEOUT_S,
                                       output_type=pytesseract.Output.DICT)
    except (pytesseract.TesseractError, RuntimeError):
        return [0, "", 0.0]  # too little text to tell
    return [int(osd.get("rotate", 0)), str(osd.get("script", "")), float(osd.get("orientation_conf", 0.0))]


def words(image: Image.Image, lang: str, psm: int, variables: dict[str, str]) -> list:
    return (_words_inprocess if name() == "tesserocr" else _words_cli)(image, lang, psm, variables)


def text(image: Image.Image, lang: str, psm: int, variables: dict[str, str]) -> str:
    return (_text_inprocess if name() == "tesserocr" else _text_cli)(image, lang, psm, variables)


def osd(image: Image.Image) -> list:
    """[clockwise degrees to turn upright, script, orientation confidence]."""
    return (_osd_inprocess if name() == "tesserocr" else _osd_cli)(image)
