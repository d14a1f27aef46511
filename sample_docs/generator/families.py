"""Layout families: the same document, with the same truth, printed in another layout, wording,
language and value format. families.yaml lists them per type with their status: `tuned` where
readers were written or changed against the family, `cold` where none has been. The `classic`
family of each type is the generator's original layout. Choosing the family uses its own random
stream, so the classic documents of a seed stay as they were."""
from __future__ import annotations

import functools
import random
from datetime import date
from pathlib import Path

import opencc
import yaml

from .applicant_docs import GenDoc
from .layouts import Look, Row, fmt_date, fmt_money, fmt_name, label, prose, seal, set_rows, title
from .render import PageSpec

FAMILIES_FILE = Path(__file__).with_name("families.yaml")
_S2T = opencc.OpenCC("s2t")


@functools.lru_cache(maxsize=1)
def families() -> dict:
    """type -> {family id -> spec}."""
    return yaml.safe_load(FAMILIES_FILE.read_text(encoding="utf-8"))["types"]


def status(doc_type: str, family: str) -> str:
    return families().get(doc_type, {}).get(family, {}).get("status", "tuned")


def choose(doc_type: str, rng: random.Random, which: str = "all") -> str:
    """which: all (every family of the type, classic included), classic, or new (all but classic)."""
    names = list(families().get(doc_type, {"classic": {}}))
    if which == "classic":
        return "classic"
    if which == "new":
        names = [n for n in names if n != "classic"] or ["classic"]
    return rng.choice(names)


def restyle(doc: GenDoc, family: str, ctx: dict, rng: random.Random) -> GenDoc:
    """The document printed in `family`; its truth fields are the classic ones plus any the new
    layout states besides (a form that also states the employer, say)."""
    if family == "classic":
        return doc
    from . import family_docs
    spec = families()[doc.type][family]
    pages, fields = getattr(family_docs, doc.type)(dict(doc.fields), ctx, spec, rng)
    out = GenDoc(doc.type, pages, {k: v for k, v in fields.items() if v is not None}, note=doc.note)
    out.family = family
    return out


# ---- helpers the per-type layouts share ------------------------------------------------------

def look(spec: dict, **kw) -> Look:
    return Look(style=spec.get("style", "left"), lang=spec.get("lang", "en"), latin=spec.get("latin", "sans"),
                cjk=spec.get("cjk", "sans_cjk"), size=kw.get("size", spec.get("size", 10.5)),
                colon="：" if spec.get("lang") in ("hans", "hant") else ":", hand=spec.get("fill") == "hand")


def hant(s: str) -> str:
    return _S2T.convert(s)


def script(spec: dict, s: str) -> str:
    """Han text in the family's script: traditional families print traditional characters."""
    return hant(s) if spec.get("lang", "").startswith("hant") or spec.get("lang") == "en_hant" else s


def d(spec: dict, iso: str) -> str:
    return fmt_date(date.fromisoformat(iso), spec.get("date", "iso"))


def money(spec: dict, v: float) -> str:
    return fmt_money(v, spec.get("money", "hkd_symbol"))


def name(spec: dict, surname: str, given: str) -> str:
    return fmt_name(surname, given, spec.get("name", "upper"))


def ordered(rows: list[Row], spec: dict, rng: random.Random) -> list[Row]:
    order = spec.get("order", "fixed")
    if order == "reverse":
        return rows[::-1]
    if order == "shuffle":
        rows = rows[:]
        rng.shuffle(rows)
    return rows


def rows_page(spec: dict, heading: dict, rows: list[Row], rng: random.Random, *, size=(210.0, 297.0), x=20.0, width=170.0,
              top=50.0, font_size=None, heading_size=16.0, footer: list[str] = (), seal_text: str = "") -> PageSpec:
    """A page of a title and the rows in the family's look; the footer lines under them."""
    page = PageSpec(width=size[0], height=size[1])
    lk = look(spec, size=font_size or spec.get("size", 10.5))
    title(page, label(heading, lk.lang), lk, y=top - 22 if top > 30 else 8, size=heading_size)
    y = set_rows(page, ordered(rows, spec, rng), top, lk, x=x, width=width)
    if footer:
        y = prose(page, y + 8, list(footer), lk, x=x, width=width)
    if seal_text:
        seal(page, x + width * 0.7, y + 4, seal_text)
    return page


def prose_page(spec: dict, heading: str, paragraphs: list[str], *, closing: list[str] = (), seal_text: str = "",
               letterhead: str = "") -> PageSpec:
    page = PageSpec()
    lk = look(spec, size=spec.get("size", 11))
    if letterhead:
        page.text(105, 16, letterhead, lk.cjk if not letterhead.isascii() else lk.latin, 13, align="center")
    title(page, heading, lk, y=34, size=17)
    if spec.get("columns") == 2:  # the clauses run down the left column, then the right
        half = (len(paragraphs) + 1) // 2
        y = max(prose(page, 52, list(paragraphs[:half]), lk, x=18, width=82),
                prose(page, 52, list(paragraphs[half:]), lk, x=110, width=82))
    else:
        y = prose(page, 52, list(paragraphs), lk)
    y += 10
    for line in closing:
        page.text(115, y, line, lk.cjk if not line.isascii() else lk.latin, lk.size + 1)
        y += 9
    if seal_text:
        seal(page, 150, y - 12, seal_text, 20)
    return page
