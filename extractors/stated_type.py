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
FULLER_BY = 2  # rows more than another type's that make a paper this type (a level and a code beside a certificate's rows)


Row = tuple[int, tuple]  # a stated value's page and box


def _stated(doc_type: str, doc: DocView) -> tuple[float, set[Row]]:
    """(share of the type's fields the document states in rows of their own, those rows): each row once (one
    'Period: 2019-2023' row states a start and an end)."""
    found = [f for f, stated in read_stated(doc_type, doc).values() if stated and f.value not in (None, "")]
    return len(found) / max(1, len(declarations()[doc_type])), {(f.page, f.bbox) for f in found}


def type_by_stated_rows(doc: DocView) -> str | None:
    """The type most of whose fields the document states in rows, at least MIN_ROWS of them, where no
    other type's rows state as much (a payslip's employee, post and salary are a contract's and a form's alike);
    or a type whose rows hold all of that one's and more (fuller_type)."""
    stated = {t: _stated(t, doc) for t in typed_by_rows()}
    ranked = sorted(((share, len(rows)), t) for t, (share, rows) in stated.items())[::-1]
    if not ranked:
        return None
    ((share, rows), best), runner_up = ranked[0], ranked[1][0] if len(ranked) > 1 else (0.0, 0)
    if rows < MIN_ROWS or share < MIN_SHARE:
        return None
    return _fuller(best, stated) or (None if runner_up[0] >= share else best)


def fuller_type(doc_type: str, doc: DocView) -> str | None:
    """The type of typed_by_rows whose rows in the document hold every row the type's fields are stated in and
    FULLER_BY more, with at least MIN_SHARE of its own fields: the paper is that type, which shares fields with
    the first (a report's table states a graduation certificate's holder, school, major, date and number, and a
    level, a birth date and a code besides). None where the type states fewer than MIN_ROWS rows."""
    own = _stated(doc_type, doc)
    if len(own[1]) < MIN_ROWS:
        return None
    return _fuller(doc_type, {doc_type: own} | {t: _stated(t, doc) for t in typed_by_rows() if t != doc_type})


def _fuller(doc_type: str, stated: dict[str, tuple[float, set[Row]]]) -> str | None:
    own = stated[doc_type][1]
    fuller = [(len(rows), t) for t, (share, rows) in stated.items()
              if t != doc_type and share >= MIN_SHARE and len(rows) >= len(own) + FULLER_BY and _holds_rows(rows, own)]
    return max(fuller)[1] if fuller else None


def _holds_rows(rows: set[Row], own: set[Row]) -> bool:
    """Every row of `own` among `rows`: on the same page, level with one of them (the same row read as two
    fields' values may be boxed a little differently)."""
    def level(a: Row, b: Row) -> bool:
        return a[0] == b[0] and abs((a[1][1] + a[1][3]) - (b[1][1] + b[1][3])) / 2 < max(8, (a[1][3] - a[1][1]) / 2)
    return all(any(level(r, o) for r in rows) for o in own if o[1])


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
