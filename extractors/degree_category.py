"""A Mainland degree named by its category and its level apart: a category's row (学位类别 | 法学, 学科门类 | 经济学) with the
level read alone (学位级别 | 硕士) or named only by the certificate's title (学士学位证书)."""
from __future__ import annotations

import re

from pipeline.model import Field
from pipeline.text import simplified

from .applicant_docs import DISCIPLINES
from .base import DocView, mended
from .running_text import RunningText

CATEGORY_ROW = re.compile(rf"(?:学位类别|學位類別|学科门类|學科門類)\s*[:：]?\s*({DISCIPLINES})")
LEVEL_ALONE = re.compile(r"\s*(学士|硕士|博士)\s*(?:学位)?\s*")
LEVEL_IN_TITLE = re.compile(r"(学士|硕士|博士)学位证书")


def with_category(doc: DocView, out: dict[str, Field]) -> dict[str, Field]:
    """A degree read as its level alone ('硕士') named whole by its category's row ('法学硕士'); none read, the level the
    title names and the category's row ('经济学学士')."""
    degree = out.get("degree")
    level = LEVEL_ALONE.fullmatch(simplified(str(degree.value))) if degree else LEVEL_IN_TITLE.search(simplified(doc.text))
    found = RunningText(doc.lines()).search(CATEGORY_ROW.pattern) if level else (None, None)
    if not level or not found[0]:
        return out
    if degree:
        mended(degree, found[0].group(1) + level.group(1))
    else:
        out["degree"] = doc.field(found[0].group(1) + level.group(1), found[1])
    return out


FIELD_IN_BRACKETS = re.compile(r"[（(]((?!荣誉|榮譽)[\u4e00-\u9fff]{2,10})[)）]")


def field_in_brackets(out: dict[str, Field]) -> dict[str, Field]:
    """A Hong Kong degree's field printed in brackets in its name ('社會科學碩士（公共政策）學位'): the major, where none is read."""
    degree = out.get("degree")
    found = FIELD_IN_BRACKETS.search(str(degree.value)) if degree and "major" not in out else None
    if degree and found:
        out["major"] = Field(value=found.group(1), confidence=degree.confidence, file=degree.file, page=degree.page, bbox=degree.bbox,
                             source="derived")
    return out
