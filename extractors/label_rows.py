"""How a page's labels stand in their rows: a label beside a row no field reads (its other language), a label
outmatched on the same words, a label that heads a table's column (its value below, the next heading beside it)."""
from __future__ import annotations

import re
from dataclasses import replace

from pipeline.labels import Label, find_labels, fold
from pipeline.pairs import Candidate
from pipeline.period_columns import cell_spans
from pipeline.text import is_han

from .declarations import Declared

COLUMN_HEADINGS = 2  # other fields' labels on a label's line that make the line a table's headings
LATIN_HEADING = r"[A-Z][A-Za-z.'/&-]*"
TABLE_COLUMNS, HEADING_WORDS = 3, 3  # headings over a table's row: at least so many (Position | From | To), each of at most so many words
HEADING_CELL = 12  # characters of a heading row's words no label covers ('Department'): more are values


def twin_of_another_row(label: Label, others: list[Label], lines: list[list], vocabulary: set[str]) -> bool:
    """A label in Latin letters right after a Chinese label that opens its line and that no field reads: the row's
    label in its other language ('拟赴港单位 Employer in Hong Kong'), not the field's. (Only so: in a row of several
    labels, 'Sex 性别 Date of birth 出生日期', each heading is its own.)"""
    words = lines[label.line]
    return any(o.line == label.line and o.first == 0 and (o.last + 1 == label.first or o.first == label.first and o.last < label.last)
               and _han(words[o.first:o.last + 1]) and not _han(words[o.last + 1:label.last + 1])
               and fold("".join(w.text for w in words[o.first:o.last + 1])) not in vocabulary for o in others)


def _han(words: list) -> bool:
    return bool(words) and all(is_han(c) for w in words for c in w.text if c.isalpha())


def outmatched(label: Label, other: Label) -> bool:
    return (label.line == other.line and label.first <= other.last and other.first <= label.last
            and other.score > label.score)


def heads_a_column(lines: list[list], label: Label, labels: dict[str, list[Label]]) -> bool:
    """A label in a row of the type's labels, no colon after it, over a cell that is no label ('Position held |
    Department | Date joined | Date left' over one employment's row): its value is below, not beside it."""
    others = [lb for found in labels.values() for lb in found if lb.line == label.line and lb.first != label.first]
    if label.colon or label.line + 1 >= len(lines):
        return False
    labelled_below = any(lb.line == label.line + 1 for found in labels.values() for lb in found)
    if not labelled_below and _headings_over_a_row(lines[label.line], lines[label.line + 1]):
        return True
    if len(others) < COLUMN_HEADINGS:
        return False
    covered = {k for lb in [label, *others] for k in range(lb.first, lb.last + 1)}
    if sum(len(w.text) for k, w in enumerate(lines[label.line]) if k not in covered) > HEADING_CELL:
        return False  # values stand between the labels ('服務機構 順德智造科技有限公司 職位 項目經理'): a grid of pairs
    x0, h = label.bbox[0], label.bbox[3] - label.bbox[1]
    under = [w for w in lines[label.line + 1] if abs(w.bbox[0] - x0) <= h]
    return bool(under) and not any(lb.line == label.line + 1 for found in labels.values() for lb in found)


def _headings_over_a_row(heads: list, row: list) -> bool:
    """A row of short headings in capitals (each with its Han translation or none: 'Position 职位'), no figure among them,
    each over a cell of the row below that starts under it, a figure among those ('Employee | Department | Designation |
    From | To' over one employment's row; not a grid of pairs, '姓名 | 梁某 | 性别 | 男' over '出生年月 | 1987.05 | …')."""
    cells = _cells(heads)
    if len(cells) < TABLE_COLUMNS or not any(ch.isdigit() for w in row for ch in w.text) \
            or not all(re.fullmatch(LATIN_HEADING, w.text) or is_han(w.text) for w in heads) \
            or not all(any(re.fullmatch(LATIN_HEADING, w.text) for w in c) for c in cells) \
            or any(_words_in(c) > HEADING_WORDS or any(ch.isdigit() for w in c for ch in w.text) for c in cells):
        return False
    starts = [c[0].bbox[0] for c in _cells(row)]
    h = heads[0].bbox[3] - heads[0].bbox[1]
    return len(starts) >= len(cells) - 1 and sum(any(abs(x - c[0].bbox[0]) <= h for x in starts) for c in cells) >= len(cells) - 1


def _words_in(cell: list) -> int:
    """A cell's words, a run of Han characters one word (OCR gives Han a character a word: '任 职 期 间')."""
    return sum(1 for k, w in enumerate(cell) if not (k and is_han(w.text) and is_han(cell[k - 1].text)))


def _cells(words: list) -> list[list]:
    return [words[a:b + 1] for a, b in cell_spans(words)]


def before_next_label(cand: Candidate, lines: list[list], label: Label, labels: dict[str, list[Label]], key: str) -> Candidate | None:
    """A value beside a label inside a sentence, cut where another field's label follows on the line: what comes after is
    that label's ('… fully paid, and we expect … sales to come to around HK$3.6 million')."""
    nearer = [lb.first for k, found in labels.items() if k != key for lb in found if lb.line == label.line and lb.first > label.last]
    if not nearer:
        return cand
    edge = lines[label.line][min(nearer)].bbox[0]
    words = tuple(w for w in cand.words if w.bbox[2] <= edge)
    return replace(cand, words=words) if words else None


def labels_on(lines: list[list], fields: list[Declared], others: list[Label] = ()) -> tuple[dict[str, list[Label]], dict[str, list[Label]]]:
    """Each field's labels, and the rows of fallback labels that stand beside a field's own ('職稱' where '職務' is on
    the page): those end other values, and give one only where the field's own labels give none. Where two labels lie
    on the same words, the closer match keeps them: 'Name of Business' is the business name's label, not loosely
    'nature of bus'; '学科门类' a row no field reads."""
    own = {f.key: find_labels(lines, list(f.labels)) + [lb for lb in find_labels(lines, list(f.colon_labels))  # alone, a heading
                                                       if lb.colon and lb.last + 1 < len(lines[lb.line])] for f in fields}
    spare = {f.key: find_labels(lines, list(f.fallback)) for f in fields if f.fallback}
    vocabulary = {fold(lb) for f in fields for lb in f.labels}
    found = {key: labels or spare.get(key, []) for key, labels in own.items()}
    # (each standing in for its field apart from the field's own labels: 'capital' in 'capital injected' is that label's)
    beside_of = {key: [lb for lb in labels if not any(lb.line == o.line and lb.first <= o.last and o.first <= lb.last for o in own[key])]
                 for key, labels in spare.items() if own[key]}
    # (a field's own fallback on the same words outmatches none of its labels: 'capital' in 'injected capital')
    kept = {key: [lb for lb in labels if not any(outmatched(lb, other) for k, more in found.items() if k != key for other in more)
                  and not any(outmatched(lb, other) for other in [*others, *(b for k, bs in beside_of.items() if k != key for b in bs)])
                  and not twin_of_another_row(lb, others, lines, vocabulary)] for key, labels in found.items()}
    return kept, beside_of


def last_in_column(lines: list[list], cand: Candidate, labelled: set[int]) -> Candidate:
    """A column's last cell, where a heading's value below it goes on down a table's rows at its pitch: of several posts
    a career's rows name ('2015.07—2018.06 | 财务部 | 会计' over '2018.07—至今 | 财务部 | 财务主管'), the last is the one held,
    and the last row's period ends the stay."""
    n = next((k for k, line in enumerate(lines) if cand.words[0] in line), None)
    if n is None or cand.placement != "below":
        return cand
    x0, h = cand.words[0].bbox[0], cand.words[0].bbox[3] - cand.words[0].bbox[1]
    pitch = cand.words[0].bbox[1] - cand.label.bbox[1]
    last, top = cand, cand.words[0].bbox[1]
    for k, line in enumerate(lines[n + 1:], n + 1):
        if not line or k in labelled or not 0 < line[0].bbox[1] - top <= 1.25 * pitch:
            break
        start = next((k for k, w in enumerate(line) if abs(w.bbox[0] - x0) <= h), None)
        if start is None:
            break
        cell = [line[start]]
        for w in line[start + 1:]:
            if w.bbox[0] - cell[-1].bbox[2] > h:
                break
            cell.append(w)
        last, top = replace(cand, words=tuple(cell)), line[0].bbox[1]
    return last
