"""A declared field's label and its value inside a paragraph that wraps them across lines ('… from March 2027.
Paid-in' / 'capital: HK$700,000.'): the layout finds a label on one printed line only, so here the lines run
together (running_text.py) and the value is the first sum after the label in the same sentence, with no other
field's label between. Only for the types data/fields.yaml lists under `in_sentences`, whose papers state their
figures in prose, and only for sums with their currency, which nothing else in a sentence looks like, and dates right
after their label's colon."""
from __future__ import annotations

import functools
import re

from pipeline.model import Field

from .base import DATE_RX, RANGE_MARK, DocView, parse_date
from .declarations import Declared, declarations, in_sentences, later_period_in
from .running_text import RunningText
from .value_types import HK_DOLLARS, PARSERS

SENTENCE_END = re.compile(r"[;；。!?？]|\.(?!\d)")  # not a decimal point ('HK$8.4m')
MAX_GAP = 60  # characters from the label's end to its sum: one clause
SUM = re.compile(rf"(?:{HK_DOLLARS})\s*(?:\d[\d,.]*|[一二兩两三四五六七八九十百千]+)(?:\s*(?:million|m|k|万|萬)(?![A-Za-z]))?(?:\s*元)?"
                 rf"|\d[\d,.]*\s*(?:万|萬)?\s*(?:{HK_DOLLARS}|元)", re.IGNORECASE)
SUM_TYPES = ("money",)
# a date, where it follows its label at once across a line's break ('入职时间：2015年3' / '月2日；'): dates stand in sentences
# for other things, so only right after the label and its colon
DATE_TYPES = ("date", "period_end", "stay_start", "stay_end")
DATE_AFTER_LABEL = re.compile(rf"\s*[:：]\s*({DATE_RX})")


@functools.lru_cache(maxsize=None)
def label_pattern(label: str) -> re.Pattern:
    """A label as it may run in a sentence: its words apart by spaces, hyphens or a line's break, whole words."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", label.strip()) if w]
    body = r"[\s-]*".join(words)
    return re.compile(rf"(?<![A-Za-z]){body}(?![A-Za-z])", re.IGNORECASE)


def read_in_sentences(doc_type: str, doc: DocView, read: set[str]) -> dict[str, Field]:
    """The type's sum fields not in `read`, each its first label's sum in the same sentence."""
    if doc_type not in in_sentences():
        return {}
    fields = [f for f in declarations().get(doc_type, []) if f.type in SUM_TYPES + DATE_TYPES and f.key not in read]
    if not fields:
        return {}
    rt = RunningText(doc.lines())
    out: dict[str, Field] = {}
    for field in fields:
        found = (_labelled_date(rt.text, field) if field.type in DATE_TYPES
                 else _labelled_sum(rt.text, field, [f for f in declarations()[doc_type] if f.key != field.key]))
        if found:
            value, at = found
            out[field.key] = doc.field(value, rt.owners[at], confidence=min(rt.owners[at].conf, 0.7))
    return out


def _labelled_sum(text: str, field: Declared, others: list[Declared]) -> tuple[float, int] | None:
    """(value, offset) of the first of the field's labels followed by a sum in its sentence."""
    hits = sorted((m.start(), m.end()) for label in field.labels for m in label_pattern(label).finditer(text))
    for start, end in hits:
        rest = text[end:end + MAX_GAP]
        stop = SENTENCE_END.search(rest)
        rest = rest[:stop.start()] if stop else rest
        # a sentence's end just after its sum is no decimal point either: 'HK$700,000.' reads 700,000
        amount = SUM.search(text[end:end + MAX_GAP])
        if amount is None or amount.start() > len(rest):
            continue
        between = text[end:end + amount.start()]
        opening = max((m.end() for m in SENTENCE_END.finditer(text, max(0, start - MAX_GAP), start)), default=max(0, start - MAX_GAP))
        if later_period_in(text[opening:end] + between):
            continue  # a later year's figure ('In year two, revenue will reach …')
        if any(label_pattern(lb).search(between) for f in others for lb in f.labels):
            continue  # another field's label stands nearer the sum
        value = PARSERS[field.type](amount.group(0).rstrip("."))
        if value is not None:
            return value, start
    return None


def _labelled_date(text: str, field: Declared) -> tuple[str, int] | None:
    """(date, offset) of the first of the field's labels with a date right after its colon."""
    for start, end in sorted((m.start(), m.end()) for label in field.labels for m in label_pattern(label).finditer(text)):
        m = DATE_AFTER_LABEL.match(text, end)
        value = parse_date(m.group(1)) if m else None
        if m and value and field.type == "stay_end" and (ranged := re.match(RANGE_MARK, text[m.end():])):
            # a period's label over its range ('Employment period: 03 Apr 2018 to present'): the end is the range's end, if dated
            later = re.match(DATE_RX, text[m.end() + ranged.end():])
            value = parse_date(later.group(0)) if later else None
        if value:
            return value, start
    return None
