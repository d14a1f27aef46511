"""A paper no type's words claim, typed by the fields it states in rows: a table of 'Paid-up share
capital | HK$…' and 'Sales | HK$…' under a heading that names no type is a plan by what it states
(labels and value types from data/fields.yaml, found by layout as every declared field is)."""
from __future__ import annotations

from .base import DocView
from .declarations import declarations
from .declared import read_stated

MIN_ROWS = 2  # one row ('Name: …', 'Date: …') fits any paper
AS_STATED = 0.5  # the confidence of a type told by its rows alone


def stated_rows(doc_type: str, doc: DocView) -> int:
    """How many of the type's fields the document states in rows of their own, each on its own
    words (one 'Period: 2019-2023' row is a start and an end, one row)."""
    found = read_stated(doc_type, doc)
    boxes = {(f.page, f.bbox) for f, stated in found.values() if stated and f.value not in (None, "")}
    return len(boxes)


def type_by_stated_rows(doc: DocView) -> str | None:
    """The type whose fields the document states in rows, where it states at least MIN_ROWS of
    them and more than of any other type's; none where two types tie (a payslip's employee,
    post and salary are a contract's and a form's alike)."""
    counts = sorted(((stated_rows(t, doc), t) for t in declarations()), reverse=True)
    if not counts or counts[0][0] < MIN_ROWS or (len(counts) > 1 and counts[1][0] >= counts[0][0]):
        return None
    return counts[0][1]
