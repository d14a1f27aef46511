"""The case as the rules see it: typed fields by document type, the as_of date, settings."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pipeline.model import Document, Field

MARKS = r"\b(SPECIMEN|SAMPLE|VOID)\b|样本|樣本|样张|樣張"  # a specimen's or a sample's marks


def marks_on(pages: list[tuple[str, int, str]], documents: list[Document]) -> list[dict]:
    """SPECIMEN-like words on pages given as (file, page number, text), with the document each
    page belongs to."""
    by_page = {where: d.id for d in documents for where in d.all_pages()}
    out = []
    for file, number, text in pages:
        m = re.search(MARKS, text)
        if m:
            out.append({"document": by_page.get((file, number), ""), "file": file, "page": number, "text": m.group(0)})
    return out


def dependants(settings: dict) -> int:
    try:
        return int(settings.get("dependants") or 0)
    except (TypeError, ValueError):
        return 0


@dataclass
class CaseFacts:
    case_id: str
    as_of: date
    documents: list[Document]
    settings: dict = field(default_factory=dict)
    marks: list[dict] = field(default_factory=list)  # SPECIMEN-like words seen on pages
    files: list[dict] = field(default_factory=list)  # per input file: name, sha256, pdf edit traces
    pages: list[dict] = field(default_factory=list)  # this case's page fingerprints
    other_cases: list[dict] = field(default_factory=list)  # fingerprints of other cases in the output store

    def docs(self, doc_type: str) -> list[Document]:
        return [d for d in self.documents if d.type == doc_type]

    def field(self, doc_type: str, name: str) -> tuple[Document, Field] | tuple[None, None]:
        for d in self.docs(doc_type):
            f = d.fields.get(name)
            if f is not None and f.value not in (None, ""):
                return d, f
        return None, None

    def value(self, doc_type: str, name: str):
        _, f = self.field(doc_type, name)
        return f.value if f else None

    @property
    def dependants(self) -> int:
        return dependants(self.settings)


def evidence(doc: Document | None, name: str, f: Field | None) -> dict:
    if doc is None or f is None:
        return {}
    return {"document": doc.id, "field": name, "value": f.value, "file": f.file, "page": f.page,
            "bbox": list(f.bbox) if f.bbox else None}


def months_between(start: date, end: date) -> int:
    """Whole months from start to end (a month counts once the day of month is reached)."""
    m = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        m -= 1
    return m
