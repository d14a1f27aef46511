"""A table whose columns are periods and which splits the period a field wants into parts
('Q1 | Q2 | Q3 | Q4 | Year 1', '1月 … 12月 | 全年'): a row's figure is the one under the whole
period's heading, not its first part's. Headings are data (pipeline/data/period_columns.yaml)."""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from .model import Word

HEADER_ROWS_UP = 10  # lines above a row its table's heading row may stand
HEADING_WORDS = 3  # words a heading may be read as ('Year', '1'; 'Full', 'year')


@functools.lru_cache(maxsize=1)
def _headings() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = yaml.safe_load((Path(__file__).parent / "data" / "period_columns.yaml").read_text(encoding="utf-8"))
    return tuple(re.compile("|".join(data[k]), re.IGNORECASE) for k in ("parts", "whole", "first"))  # type: ignore[return-value]


def _spans(words: list[Word], pattern: re.Pattern) -> list[tuple[int, int]]:
    """(first, last) word indexes of each heading the pattern reads, a heading spread over a few words."""
    out, i = [], 0
    while i < len(words):
        for j in range(min(i + HEADING_WORDS, len(words)) - 1, i - 1, -1):
            spaced = " ".join(w.text for w in words[i:j + 1])
            if pattern.fullmatch(spaced) or pattern.fullmatch(spaced.replace(" ", "")):
                out.append((i, j))
                i = j
                break
        i += 1
    return out


def cell_spans(words: list[Word]) -> list[tuple[int, int]]:
    """(first, last) word indexes of each cell of a heading row: words apart by more than a word's height."""
    out, start = [], 0
    for i in range(1, len(words) + 1):
        if i == len(words) or words[i].bbox[0] - words[i - 1].bbox[2] > words[i].bbox[3] - words[i].bbox[1]:
            out.append((start, i - 1))
            start = i
    return out


def _centre(words: list[Word], span: tuple[int, int]) -> float:
    return (words[span[0]].bbox[0] + words[span[1]].bbox[2]) / 2


def whole_period_figure(lines: list[list[Word]], row: int, after: int, stock: bool = False) -> Word | None:
    """The word of line `row` (right of word index `after`, its label) under the heading of the
    whole first period: where a heading row above names at least two of its parts and one whole
    ('Q1 … Q4 | Year 1'), or names the first year after another column ('Year 0 | Year 1 | Year 2',
    a setting-up year before it). Each figure belongs to the heading nearest its centre. A `stock` (a headcount at
    each quarter's end) is the last part's where no heading names the whole ('Q1 … Q4') or its cell is blank."""
    parts, whole, first = _headings()
    for k in range(row - 1, max(-1, row - HEADER_ROWS_UP - 1), -1):
        heads = lines[k]
        cut = _spans(heads, parts)
        wholes = [s for s in _spans(heads, whole) if not any(a <= s[0] <= b for a, b in cut)]
        firsts = _spans(heads, first)
        if len(cut) >= 2 and wholes:
            columns, wanted = cut + wholes, wholes[0]
        elif len(cut) >= 2 and stock:
            columns, wanted = cut, cut[-1]
        else:
            columns = cell_spans(heads) if firsts and firsts[0][0] > 0 else []
            found = next((c for c in columns if c[0] <= firsts[0][0] <= c[1]), None)
            if found is None or found == columns[0]:
                continue
            wanted = found
        figures = [w for w in lines[row][after + 1:] if re.fullmatch(r"\(?[\d,.]+\)?", w.text)]
        under = _under(heads, columns, wanted, figures)
        if not under and stock and len(cut) >= 2 and wanted != cut[-1]:
            under = _under(heads, columns, cut[-1], figures)  # a headcount left blank under the year's total: its last quarter's
        return under[0] if len(under) == 1 else None
    return None


def _under(heads: list[Word], columns: list[tuple[int, int]], wanted: tuple[int, int], figures: list[Word]) -> list[Word]:
    """The figures whose nearest heading is the wanted column's."""
    centres = [(_centre(heads, s), s == wanted) for s in columns]
    return [w for w in figures if min(centres, key=lambda c: abs(c[0] - (w.bbox[0] + w.bbox[2]) / 2))[1]]
