"""A degree named by its initials before its subject ('BSc (Hons) Computer Science', 'MPhil Economics'): the degree as printed
(its initials, data/prose.yaml: degree_initials, which give its level) and the subject its major."""
from __future__ import annotations

import re

from pipeline.model import Field

from .prose import vocabulary

SUBJECT = r"[A-Z][a-z]+(?: (?:and |of |& )?[A-Z][a-z]+)*"


def subject_apart(out: dict[str, Field]) -> dict[str, Field]:
    degree = out.get("degree")
    if degree is None or not isinstance(degree.value, str):
        return out
    levels = {k.replace(".", "").lower(): v for k, v in vocabulary()["degree_initials"].items()}
    m = re.fullmatch(rf"(([A-Za-z.]{{2,7}})(?:\s*\((?:Hons|Honours)\.?\))?)\s+(?:in\s+)?({SUBJECT})", degree.value.strip())
    level = levels.get(m.group(2).replace(".", "").lower()) if m else None
    if m is None or level is None:
        return out
    degree.value, degree.readings = m.group(1), [degree.value] + degree.readings
    out["degree_level"] = Field(value=level, confidence=degree.confidence, file=degree.file, page=degree.page, bbox=degree.bbox,
                                source="derived")
    if "major" not in out:
        out["major"] = Field(value=m.group(3), confidence=degree.confidence, file=degree.file, page=degree.page, bbox=degree.bbox,
                             source="derived")
    return out
