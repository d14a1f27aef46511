"""A paper no type's words claim, typed by what it states: by the fields it states in rows (a table of
'Paid-up share capital | HK$…' and 'Sales | HK$…' under a heading that names no type is a plan; labels and
value types from data/fields.yaml, found by layout as every declared field is), or as a stay at a firm told
whole in its sentences (a post, a start and an end before the case's date: a work letter in words no phrase foresaw)."""
from __future__ import annotations

from datetime import date

from .base import DocView
from .declarations import declarations, typed_by_rows
from .declared import read_stated
from .registry import extract

MIN_ROWS = 2  # one row ('Name: …', 'Date: …') fits any paper
MIN_SHARE = 0.5  # of the type's fields: a lease's 'Term' and 'Commencement date' are two of a contract's seven, no contract
AS_STATED = 0.5  # the confidence of a type told by its rows alone


def stated_rows(doc_type: str, doc: DocView) -> tuple[float, int]:
    """(share of the type's fields the document states in rows of their own, how many rows):
    each row on its own words (one 'Period: 2019-2023' row states a start and an end)."""
    found = [f for f, stated in read_stated(doc_type, doc).values() if stated and f.value not in (None, "")]
    return len(found) / max(1, len(declarations()[doc_type])), len({(f.page, f.bbox) for f in found})


def type_by_stated_rows(doc: DocView) -> str | None:
    """The type most of whose fields the document states in rows, at least MIN_ROWS of them, where no
    other type's rows state as much (a payslip's employee, post and salary are a contract's and a form's alike)."""
    ranked = sorted(((stated_rows(t, doc), t) for t in typed_by_rows()), reverse=True)
    if not ranked:
        return None
    ((share, rows), best), runner_up = ranked[0], ranked[1][0] if len(ranked) > 1 else (0.0, 0)
    if rows < MIN_ROWS or share < MIN_SHARE or runner_up[0] >= share:
        return None
    return best


def told_as_a_past_stay(doc: DocView, as_of: str | None = None) -> bool:
    """The work letter's reader finds a post and a stay that has ended: a start, then an end not after the case's
    date (`as_of`, today where not given; a contract's term is to come, a consent's stay goes on, and neither reads so)."""
    read = extract("work_experience_letter", doc)
    start, end, post = (read.get(k) for k in ("start_date", "end_date", "position"))
    if not (start and end and post and post.value):
        return False
    return isinstance(start.value, str) and isinstance(end.value, str) and start.value < end.value <= (as_of or date.today().isoformat())


def type_by_contents(doc: DocView, as_of: str | None = None) -> str | None:
    return type_by_stated_rows(doc) or ("work_experience_letter" if told_as_a_past_stay(doc, as_of) else None)
