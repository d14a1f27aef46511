"""A line's words cut into runs where they stand apart (a table's cells, a form's columns), and the
small measures a label's value is found by: the rest of a word after a label's part of it, the words
that still qualify a label, a row label's colon, a line's cells, the page's usual line gap
(pipeline/pairs.py pairs labels with values by them)."""
from __future__ import annotations

import re

from .labels import COLUMN_GAP, SEPARATORS, Label
from .model import Word, union
from .period_columns import cell_spans
from .text import is_han

MAX_RUNS = 2
QUALIFIER_WORDS = 4
HEADING_WORDS = 6
NAME_ROW = re.compile(r"(?:name|名稱|名称)\s*[:：]", re.IGNORECASE)
DASHES = ("—", "–", "--")  # a dash set apart between a label and its value stands for a colon
LABEL_TAIL = 2  # capitalised words of a label's cell after the label ('Major Field')
DAY_MONTH_YEAR = re.compile(r"\d{1,2} \d{1,2} \d{4}")
YEAR_MONTH_DAY = re.compile(r"\d{4} \d{1,2} \d{1,2}")


def rest_of(word: Word, cut: int) -> Word | None:
    """The part of a word after its first `cut` characters, boxed by its share of the width."""
    rest = word.text[cut:].lstrip(SEPARATORS)
    if not rest:
        return None
    x0, y0, x1, y1 = word.bbox
    share = (len(word.text) - len(rest)) / len(word.text)
    return Word(text=rest, conf=word.conf, bbox=(int(x0 + share * (x1 - x0)), y0, x1, y1))


def segments(words: list[Word], height: float, stop_at: list[int]) -> list[list[Word]]:
    """The words up to the first stop label, cut into runs at wide gaps (a table's cells, a form's
    columns): the first run is the likeliest value, a later one when the first is not one (a
    label's translation read as junk on a page read in English)."""
    runs: list[list[Word]] = []
    for i, w in enumerate(words):
        if i in stop_at or (i and w.bbox[0] - words[i - 1].bbox[2] > height and a_label_at(words, i)):
            break
        if not runs or w.bbox[0] - runs[-1][-1].bbox[2] > COLUMN_GAP * height:
            runs.append([])
        runs[-1].append(w)
    return date_in_boxes(runs)[:MAX_RUNS]


def date_in_boxes(runs: list[list[Word]]) -> list[list[Word]]:
    """A date written in boxes of its own (day, month, year apart, each perhaps after a box's
    edge read as '|'): one value, its parts joined by '/', boxed round all three."""
    parts = [" ".join(w.text for w in run).strip("|[] ") for run in runs[:3]]
    if len(parts) < 3 or not (DAY_MONTH_YEAR.fullmatch(" ".join(parts)) or YEAR_MONTH_DAY.fullmatch(" ".join(parts))):
        return runs
    words = [w for run in runs[:3] for w in run]
    joined = Word(text="/".join(parts), conf=min(w.conf for w in words), bbox=union([w.bbox for w in words]))
    return [[joined]] + runs[3:]


def qualifier(words: list[Word], height: float) -> int:
    """How many words after a label still qualify it: up to a colon a few words on, with no
    wide gap (a cell's edge) before it; or, in lower case, up to a wide gap with the value after
    it ('Post to be offered ……… Process Development Scientist', the dot leader lost)."""
    for i, w in enumerate(words[:QUALIFIER_WORDS + 1]):
        if i and w.bbox[0] - words[i - 1].bbox[2] > COLUMN_GAP * height:
            # a colon set apart, as a column of colons ('Post to be taken up      :  …')
            if w.text in (":", "："):
                return i + 1
            return i if all(re.match(r"[a-z]", x.text) for x in words[:i]) else 0
        # or a dash set as a colon after words that qualify the label ('Position on leaving — …'), not a range's
        # ('Period  Jan 2015 – Dec 2018')
        if w.text.endswith((":", "：")) or (w.text in DASHES and all(re.fullmatch(r"[a-z]+", x.text) for x in words[:i])):
            return i + 1
    return 0


def label_tail(words: list[Word], height: float, stop_at: list[int]) -> int:
    """How many capitalised words after a label opening its cell still name the row, before the next
    cell's value, the row's last: a table's 'Major Field | International Trade' (not a value before another
    label: 'Name Jin Li    Degree …', the next cell a label's, in `stop_at`)."""
    gaps = [i for i in range(1, len(words)) if words[i].bbox[0] - words[i - 1].bbox[2] > COLUMN_GAP * height]
    # (a row of two cells only: in 'Level  Undergraduate  Length of Schooling  4 years' the word after the label is its value)
    if len(gaps) != 1 or gaps[0] > LABEL_TAIL or gaps[0] in stop_at or not all(re.fullmatch(r"[A-Z][a-z]+\.?", w.text) for w in words[:gaps[0]]):
        return 0
    return gaps[0]


TRANSLATION_WORDS = 3  # Latin words after a Han label that translate it ('毕业院校 Graduated from')


def label_words_after(label_word: Word, label: Label, right: list[Word], height: float, stop_at: list[int]) -> int:
    """How many words after a label with no colon are still the label's: words that qualify it, its translation, a
    table's label cell's last words."""
    return (qualifier(right, height) or translation_tail(label_word, label.cut, right, height)
            or (label_tail(right, height, stop_at) if label.opens else 0))


def translation_tail(label_word: Word, cut: int, right: list[Word], height: float) -> int:
    """How many Latin words right after a Han label are its translation, not its value ('所学专业 Studied   金融工程',
    '出生 Born   2000.02.19'): set close to the label, a wider gap after them, then a value in Han or figures."""
    if not right or cut < len(label_word.text) or not is_han(label_word.text[cut - 1:cut]):
        return 0
    n = 0
    while n < min(len(right) - 1, TRANSLATION_WORDS) and re.fullmatch(r"[A-Za-z][A-Za-z.']*", right[n].text):
        n += 1
    if n == 0 or not (is_han(right[n].text[:1]) or right[n].text[:1].isdigit()):
        return 0
    before, after = right[0].bbox[0] - label_word.bbox[2], right[n].bbox[0] - right[n - 1].bbox[2]
    return n if before < 0.6 * height and after > max(2 * before, 0.6 * height) else 0


def section_name(heading: list[Word], row: list[Word]) -> tuple[Word, ...] | None:
    """The words after a 'Name:' that opens `row` when `heading` over it is a section's heading (a few words, none a
    colon's: 'Part A  The employer'): the name of the party the heading names."""
    if len(heading) > HEADING_WORDS or any(w.text.endswith((":", "：")) for w in heading):
        return None
    m = NAME_ROW.match(row[0].text) if row else None
    if not m:
        return None
    rest = row[1:] if m.end() == len(row[0].text) else [w for w in [rest_of(row[0], m.end())] if w] + row[1:]
    return tuple(rest) or None


def cell_start(words: list[Word], first: int, height: float) -> int:
    """The first word of the cell the word `first` stands in: back to a gap wider than a space."""
    while first > 0 and words[first].bbox[0] - words[first - 1].bbox[2] <= COLUMN_GAP * height:
        first -= 1
    return first


def a_label_at(words: list[Word], i: int) -> bool:
    """Words and a colon after a gap, in one cell: the label of a row no field reads ('鄧子軒    職務：…'; not '栾晓东    性别：')."""
    cell = words[i:i + 1 + cell_spans(words[i:i + 6])[0][1]]
    return re.match(r"[^\W\d_]{1,16}[:：]", "".join(w.text for w in cell)) is not None


def cell_count(words: list[Word], height: float) -> int:
    return 1 + sum(b.bbox[0] - a.bbox[2] > COLUMN_GAP * height for a, b in zip(words, words[1:]))


def line_gap(lines: list[list[Word]]) -> float:
    """The page's usual space between one line and the next (the median)."""
    gaps = sorted(min(w.bbox[1] for w in b) - max(w.bbox[3] for w in a) for a, b in zip(lines, lines[1:]) if a and b)
    return float(gaps[len(gaps) // 2]) if gaps else 0.0
