"""Columns of running text: a page set in two columns (a bilingual contract, English on the
left and Chinese on the right, or one text in two columns) gives lines that run across the
gutter, so a sentence read line by line jumps from one column to the other. Where a gutter
runs down the page between wrapped paragraphs, each line is cut at it and the left column is
read before the right. A form's labels and values are not columns: its labels are short and
end raggedly, where wrapped text fills its column up to the gutter."""
from __future__ import annotations

import statistics

from .model import Word
from .text import is_han

GUTTER = 2.5  # the gap between columns, in line heights
MIN_SPLIT_LINES = 4  # lines with text either side of the gutter
MIN_TEXT_LINES = 3  # of them, lines of wrapped text either side (a table's two text rows are no columns)
# share of the split lines whose both sides are text, not a label or a figure; a certificate's title,
# issuer and date stand side by side in short lines over and under its two columns
FULL = 0.5
LEFT_TEXT, RIGHT_TEXT = 12, 6  # characters a side of a line of wrapped text holds at least
APART = 1.5  # line heights at least between a split line's two sides
FILLED = 0.5  # share of the left sides that end near the gutter, as wrapped lines do
NEAR = 0.2  # 'near the gutter': within this share of the left column's width


def _height(words: list[Word]) -> float:
    return float(statistics.median(w.bbox[3] - w.bbox[1] for w in words))


def _gaps(words: list[Word]) -> list[tuple[int, int]]:
    """The wide gaps of a line (x from, x to)."""
    h = _height(words)
    return [(a.bbox[2], b.bbox[0]) for a, b in zip(words, words[1:]) if b.bbox[0] - a.bbox[2] > GUTTER * h]


def _sides(words: list[Word], x: float) -> tuple[list[Word], list[Word]] | None:
    """The line's words left and right of x; None when a word crosses it, or when Han print
    runs across it: OCR gives Han print a word a character, so no word crosses a gutter, but
    the characters either side of it stand no further apart than a character's width."""
    if any(w.bbox[0] < x < w.bbox[2] for w in words):
        return None
    left, right = [w for w in words if w.bbox[2] <= x], [w for w in words if w.bbox[0] >= x]
    if left and right and (is_han(left[-1].text[-1:]) or is_han(right[0].text[:1])) \
            and right[0].bbox[0] - left[-1].bbox[2] <= _height(words):
        return None
    return left, right


def _chars(words: list[Word]) -> int:
    """Letters and Han characters: a column of figures (a statement's amounts) is no text."""
    return sum(c.isalpha() for w in words for c in w.text)


def _is_gutter(lines: list[list[Word]], x: float) -> bool:
    split = [s for s in (_sides(ws, x) for ws in lines) if s and s[0] and s[1]]
    if len(split) < MIN_SPLIT_LINES:
        return False
    text = [s for s in split if _chars(s[0]) >= LEFT_TEXT and _chars(s[1]) >= RIGHT_TEXT]
    if len(text) < max(MIN_TEXT_LINES, FULL * len(split)):
        return False
    # columns stand apart across their gutter; centred lines split at a word's space do not
    apart = [s[1][0].bbox[0] - s[0][-1].bbox[2] > APART * _height(s[0] + s[1]) for s in split]
    if sum(apart) < FULL * len(split):
        return False
    left = min(w.bbox[0] for s in split for w in s[0])
    ends = [max(w.bbox[2] for w in s[0]) for s in split]
    reach = max(ends)
    return sum(reach - e <= NEAR * (reach - left) for e in ends) >= FILLED * len(ends)


def find_gutter(lines: list[list[Word]]) -> float | None:
    """The x of a gutter between two columns of wrapped text, if the page has one."""
    counts: dict[int, int] = {}
    for ws in lines:
        for a, b in _gaps(ws):
            mid = (a + b) // 2
            counts[mid] = counts.get(mid, 0) + 1
    # the middles of the lines' wide gaps, the commonest first; each is tried as the gutter
    for x in sorted(counts, key=lambda m: -sum(n for k, n in counts.items() if abs(k - m) < 20))[:8]:
        if _is_gutter(lines, x):
            return x
    return None


def in_reading_order(lines: list[list[Word]]) -> list[list[Word]]:
    """The page's lines with each run of two-column lines read column by column. A line that
    crosses the gutter (a title over both columns) ends a run."""
    x = find_gutter(lines)
    if x is None:
        return lines
    out: list[list[Word]] = []
    left: list[list[Word]] = []
    right: list[list[Word]] = []
    for ws in lines:
        sides = _sides(ws, x)
        if sides is None:
            out += left + right + [ws]
            left, right = [], []
            continue
        left += [sides[0]] if sides[0] else []
        right += [sides[1]] if sides[1] else []
    return out + left + right
