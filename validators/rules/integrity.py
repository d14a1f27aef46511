"""Integrity signals: they send a case to review, never reject it on their own."""
from __future__ import annotations

import re

from ..facts import CaseFacts
from . import result, rule

MARKS = r"\b(SPECIMEN|SAMPLE|VOID)\b|样本|樣本|样张|樣張"


@rule("integrity.specimen_marks", None)
def specimen_marks(f: CaseFacts):
    rid = "integrity.specimen_marks"
    hits = []
    for d in f.documents:
        for fld in d.fields.values():
            if isinstance(fld.value, str) and re.search(MARKS, fld.value):
                hits.append({"document": d.id, "file": d.file, "page": fld.page, "value": fld.value})
    hits += [{"document": d["document"], "file": d["file"], "page": d["page"], "value": d["text"]}
             for d in f.marks]
    if hits:
        return result(rid, "review", "SPECIMEN / SAMPLE / 样本 marks found", *hits)
    return result(rid, "pass", "no specimen or sample marks")
