"""A contract's text cut into its sentences and clauses, each with the lines it spans: a clause that wraps over
lines is read whole, and its evidence still points at the lines (extractors/employment_contract.py reads pay from them)."""
from __future__ import annotations

import re

from pipeline.text import HAN_RANGE

from .base import Line

# A clause's number or its heading in capitals or title case ('5.', 'HOUSING.', 'Salary.', 'Place of Work.'):
# the start of the sentence after it.
HEADING_PART = re.compile(r"^(?:\d{1,2}\.|[A-Z][A-Z&/ -]{1,30}\.|[A-Z][a-z]+(?: (?:of|and|[A-Z][a-z]+)){0,3}\.)$")


FULL_LINE = 0.75  # of the page's furthest right edge: a line that reaches it is full, its sentence wraps onto the next


def clauses(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """The text cut into sentences/clauses, each with the lines it spans, so a clause that
    wraps over lines is read whole and its evidence still points at the lines."""
    out: list[tuple[str, list[Line]]] = []
    buf, owners, after_row = "", [], False
    right = {id(ln.page): max((x.bbox[2] for x in lines if x.page is ln.page and x.words), default=0) for ln in lines}
    for line in lines:
        starts_item = re.match(r"^(\d{1,2}[.)、]|[一二三四五六七八九十]+[、.]|第[一二三四五六七八九十\d]+条|\(?[a-z]\))\s*", line.text)
        # a table's row is a clause of its own ('Monthly basic salary | HK$68,000'), which no row after it qualifies
        row = len(line.cells()) > 1
        if (starts_item or row or after_row) and buf:
            out.append((buf.strip(), owners))
            buf, owners = "", []
        after_row = row
        for part in re.split(r"(?<=[。；;])|(?<=\.)\s(?=[A-Z(])", line.text):
            if not part:
                continue
            # a Chinese sentence wrapped mid-word ('本校不提' / '供房屋津貼'), its line full, joins with no space
            last = owners[-1] if owners and owners[-1] is not line else None
            wrapped = last is not None and bool(last.words) and last.bbox[2] >= FULL_LINE * right[id(last.page)]
            joined = not buf or buf.endswith(tuple("，。；、")) or (wrapped and re.search(f"[{HAN_RANGE}]$", buf) and re.match(f"[{HAN_RANGE}]", part)) \
                or (wrapped and re.search(r"\d$", buf) and re.match(r"[,，]\s?\d{3}", part))  # a sum wrapped in its thousands ('38' / ',000元')
            part = re.sub(r"^([,，])\s(?=\d{3})", r"\1", part) if joined and re.search(r"\d$", buf) else part
            buf += ("" if joined else " ") + part
            if line not in owners:
                owners.append(line)
            if re.search(r"[。；;]$|\.$", part.strip()) and not HEADING_PART.match(part.strip()):
                out.append((buf.strip(), owners))
                buf, owners = "", []
    if buf.strip():
        out.append((buf.strip(), owners))
    return out
