"""A form's yes/no answers. A ticked box beside an option word on the question's line (or the
line under it) gives the answer; without tick boxes, the answer written after the question
does. The questions' wording and the answers' words are data (data/questions.yaml)."""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from pipeline.layout import TickBox, option_beside, tick_boxes
from pipeline.model import Field

from .base import DocView, Line, after_label

TICK_CONFIDENCE = 0.85  # a box's ink read against its neighbour's: a stray mark can still mislead


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.safe_load((Path(__file__).parent / "data" / "questions.yaml").read_text(encoding="utf-8"))


def answer_of(text: str) -> bool | None:
    word = re.sub(r"[^\w]", "", text).lower()
    answers = _data()["answers"]
    return True if word in answers["yes"] else False if word in answers["no"] else None


def _boxes_by_page(doc: DocView) -> dict[int, list[TickBox]]:
    return {id(page): tick_boxes(image) for page, image in zip(doc.pages, doc.images)}


def _ticked(line: Line, boxes: list[TickBox]) -> bool | None:
    """The answer of the one ticked box beside an option on the line or the line under it."""
    x0, y0, x1, y1 = line.bbox
    h = y1 - y0
    options = []
    for box in boxes:
        cy = (box.bbox[1] + box.bbox[3]) / 2
        if y0 - h / 2 <= cy <= y1 + 2 * h:
            word = option_beside(box, line.page.words)
            answer = answer_of(word.text) if word else None
            if answer is not None:
                options.append((box, answer))
    chosen = {answer for box, answer in options if box.ticked}
    return chosen.pop() if len(chosen) == 1 and len(options) >= 2 else None


def yes_no(doc: DocView, field: str) -> Field | None:
    labels = _data()["questions"][field]["labels"]
    lines = doc.lines()
    boxes: dict[int, list[TickBox]] | None = None
    for line in lines:
        if not any(re.search(p, line.text, flags=re.IGNORECASE) for p in labels):
            continue
        boxes = boxes if boxes is not None else _boxes_by_page(doc)
        answer = _ticked(line, boxes.get(id(line.page), []))
        if answer is not None:
            return doc.field(answer, line, confidence=min(line.conf, TICK_CONFIDENCE))
    value, line = after_label(lines, labels, r"(?i)\b(?:yes|no)\b|是|否")
    if value is None:
        return None
    return doc.field(answer_of(value), line)

