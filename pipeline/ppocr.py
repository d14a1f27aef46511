"""The second reading engine: PP-OCR (PaddleOCR's detection and recognition models) run on
ONNX Runtime by RapidOCR. The models ship inside the `rapidocr` wheel (PP-OCRv6 small), so
nothing is downloaded; their files' hashes name the engine in the cache key and the manifest.
Words come back in the same model as tesseract's (text, box, confidence 0..1), cached alike."""
from __future__ import annotations

import functools
import hashlib
import os
import re
import threading
from importlib import metadata
from pathlib import Path

import numpy as np
from PIL import Image

from .errors import MissingDependency
from .model import Word
from .ocr import cached

# One engine a process: its sessions hold the models (about 0.2 GB). ONNX Runtime runs a session
# from several threads at once, so the case's file workers each read a page on a core of their
# own: one thread a page, no lock. A batch is faster that way than with two threads a page taken
# in turn (docs/BENCHMARKS.md, "Reading engines"); a lone page is slower.
THREADS = int(os.environ.get("INTAKE_PPOCR_THREADS", "1"))
# Detection dominates PP-OCR's time and scales with the pixels it sees: lines are found on a copy
# whose longer side is this (0 = the page as it is, up to RapidOCR's 2000), then each line is
# recognised from the full page. Pages come here upright (tesseract's orientation detection), so
# the 180-degree line classifier is not run. docs/BENCHMARKS.md, "Reading engines", has the
# measurement that chose the size.
DET_SIDE = int(os.environ.get("INTAKE_PPOCR_DET_SIDE", "960"))
# Recognition is most of a Han page's time. In a batch every line is padded to the widest one's
# width; on one thread a line at a time is faster (a third less recognition time on Han pages).
REC_BATCH = 1
ROWS = "rows-3"  # how lines become words (_line_words); a change here must not reuse old entries


def _package():
    try:
        import rapidocr
    except ImportError as exc:
        raise MissingDependency("rapidocr is not installed: run `make setup`") from exc
    return rapidocr


_LOADING = threading.Lock()  # two file workers' first pages must not load the models twice


def _engine():
    with _LOADING:
        return _loaded_engine()


@functools.lru_cache(maxsize=1)
def _loaded_engine():
    rapidocr = _package()
    params = {"Global.log_level": "error", "Global.return_word_box": True, "Global.use_cls": False,
              "EngineConfig.onnxruntime.intra_op_num_threads": THREADS,
              "EngineConfig.onnxruntime.inter_op_num_threads": 1, "Rec.rec_batch_num": REC_BATCH}
    if DET_SIDE:
        params.update({"Det.limit_type": "max", "Det.limit_side_len": DET_SIDE})
    return rapidocr.RapidOCR(params=params)


@functools.lru_cache(maxsize=1)
def version() -> str:
    """`rapidocr 3.10.0 PP-OCRv6_det_small:sha ... det_side:960 rec_batch:1 cls:no`: the package, the model
    files it reads and the settings that change its words."""
    rapidocr = _package()
    models = Path(rapidocr.__file__).parent / "models"
    parts = [f"{p.stem}:{hashlib.sha256(p.read_bytes()).hexdigest()[:12]}" for p in sorted(models.glob("*.onnx"))]
    return f"rapidocr {metadata.version('rapidocr')} " + " ".join(parts) + f" det_side:{DET_SIDE} rec_batch:{REC_BATCH} cls:no"


def _box(points) -> tuple[int, int, int, int]:
    xs, ys = [float(p[0]) for p in points], [float(p[1]) for p in points]
    return int(min(xs)), int(min(ys)), int(round(max(xs))), int(round(max(ys)))


def _line_words(text: str, words) -> list:
    """A line's words as rows. On a Han line the model boxes every character alone; runs of
    Latin letters and digits the line's text writes without a space (1985, CN85070025) are
    joined again into one word, so that a date or a number reads as one."""
    rows: list[list] = []
    at = 0
    for w, score, poly in words:
        if not w.strip():
            continue
        found = text.find(w, at)
        spaced = found < 0 or text[at:found].strip() != "" or (found > at and text[at:found].isspace())
        at = found + len(w) if found >= 0 else at
        box, conf = list(_box(poly)), round(float(score) * 100, 1)
        prev = rows[-1] if rows else None
        # the model drops the space between English words on a small or lossy scan; a capital
        # after a small letter, or a letter after a colon, begins a word ('SilverlineTrading')
        spaced = spaced or bool(prev and ((prev[0][-1].islower() and w[0].isupper()) or (prev[0][-1] == ":" and w[0].isalpha())))
        if prev and not spaced and prev[0][-1].isascii() and w[0].isascii():
            prev[0] += w
            prev[1] = [min(prev[1][0], box[0]), min(prev[1][1], box[1]), max(prev[1][2], box[2]), max(prev[1][3], box[3])]
            prev[2] = min(prev[2], conf)
        else:
            rows.append([w, box, conf])
    return rows


def _rows(image: Image.Image) -> list:
    out = _engine()(np.asarray(image.convert("RGB")))
    rows = []
    lines = list(zip(out.boxes, out.txts, out.scores)) if out.boxes is not None else []
    word_lines = out.word_results or [()] * len(lines)
    for (box, text, score), words in zip(lines, word_lines):
        if words:
            rows += _line_words(text, words)
        elif text.strip():
            rows.append([text, list(_box(box)), round(float(score) * 100, 1)])
    return rows


def _digit_groups(rows: list) -> list:
    """A figure the model writes with a full-width comma on a Han line (39，500) comes as three
    boxes, '39', '，', '500': joined again into one word, as tesseract reads it."""
    out: list = []
    for row in rows:
        if (len(out) >= 2 and re.fullmatch(r"\d{3}(?:\.\d{1,2})?", row[0]) and out[-1][0] in (",", "，")
                and re.search(r"\d$", out[-2][0]) and row[1][0] - out[-2][1][2] < 3 * (row[1][3] - row[1][1])):
            comma = out.pop()
            first = out[-1]
            first[0] += comma[0] + row[0]
            first[1] = [min(first[1][0], row[1][0]), min(first[1][1], row[1][1]), max(first[1][2], row[1][2]),
                        max(first[1][3], row[1][3])]
            first[2] = min(first[2], comma[2], row[2])
        else:
            out.append(list(row))
    return out


def ppocr_words(image: Image.Image) -> list[Word]:
    """Word boxes and confidences (0..1) in the image's pixels; Han text comes a character a word."""
    rows = _digit_groups(cached("ppocr-words", image, ROWS, lambda: _rows(image), engine_id=version()))
    return [Word(text=t, bbox=tuple(b), conf=round(c / 100.0, 3)) for t, b, c in rows]


def ppocr_line(image: Image.Image) -> tuple[str, float]:
    """The text of an image holding one line (a letter-box strip, an option's word), read by
    the recognition model alone, with its confidence (0..1). The recogniser is called directly:
    RapidOCR keeps a call's use_det in the engine, which other threads share."""
    def read() -> list:
        from rapidocr.main import RapidOCRError
        engine = _engine()
        try:
            out = engine.recognize_txt([engine.load_img(np.asarray(image.convert("RGB")))])
        except RapidOCRError:  # nothing recognised
            return ["", 0.0]
        texts, scores = list(out.txts or ()), list(out.scores or ())
        return [" ".join(texts), round(float(min(scores)) if scores else 0.0, 3)]
    text, conf = cached("ppocr-line", image, "rec", read, engine_id=version())
    return text, conf
