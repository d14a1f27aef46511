"""One document over several files (SPEC §2), as applicants upload a page at a time: a file whose
first page goes on from the document the file before it ends with (in the files' natural order:
scan2 before scan10) is that document's next pages, not a document of its own. The pages must lean
to the same type with no title of it heading them, and show that they go on: a weak page (a card's
back), a page numbered past the first ('Page 2 of 2', '第2页'), or clause numbers that continue. The
joined document is read again over all its pages, so a field on the later page is found."""
from __future__ import annotations

import logging
import re
import tempfile
import traceback
from pathlib import Path

from extractors.base import DocView
from extractors.registry import extract
from pipeline.amounts import chinese_numeral
from pipeline.classify import load_rules
from pipeline.errors import plain_message
from pipeline.ingest import InputFile, snapshot
from pipeline.model import DocError, DocPart, Document, Page
from pipeline.read import PageImages, ReadPage
from pipeline.script import in_script

from .case import FileAnalysis, read_pages

log = logging.getLogger(__name__)
NEVER_CONTINUED = ("unknown", "photo")  # a photo is one image; an unknown paper has no type to go on in
LATER_PAGE = [re.compile(r"\bpage\s*(\d{1,3})(?:\s*(?:of|/)\s*\d{1,3})?\b", re.IGNORECASE),
              re.compile(r"第\s*(\d{1,3})\s*[页頁]"), re.compile(r"^[-–—]\s*(\d{1,3})\s*[-–—]$")]
CLAUSE = re.compile(r"^(?:(\d{1,2})[.)]\s|\((\d{1,2}|[a-z])\)\s|第([一二三四五六七八九十百\d]{1,4})条)")


def natural(name: str) -> list:
    """scan2 before scan10."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", name)]


def page_number(page: Page) -> int | None:
    """The number a page prints for itself ('Page 2 of 3', '第2页 共3页', '- 2 -'), if any."""
    for line in page.lines():
        text = " ".join(w.text for w in line).strip()
        for rx in LATER_PAGE:
            m = rx.search(text)
            if m:
                return int(m.group(1))
    return None


def clause_numbers(page: Page) -> list[tuple[str, int]]:
    """The page's numbered clauses in order, each as (its style, its number)."""
    out = []
    for line in page.lines():
        m = CLAUSE.match(" ".join(w.text for w in line).strip())
        if not m:
            continue
        if m.group(1):
            out.append(("arabic", int(m.group(1))))
        elif m.group(2):
            inner = m.group(2)
            out.append(("bracket", int(inner) if inner.isdigit() else ord(inner) - ord("a") + 1))
        else:
            n = int(m.group(3)) if m.group(3).isdigit() else chinese_numeral(m.group(3))
            if n:
                out.append(("chinese", n))
    return out


def goes_on(doc: Document, last_page: Page, nxt: FileAnalysis, first_page: Page) -> bool:
    """Whether `nxt`'s first document is the next pages of `doc`, whose last page is `last_page`."""
    head = nxt.documents[0]
    if doc.type in NEVER_CONTINUED or not head.pages or head.pages[0] != 1 or nxt.titled:
        return False
    if head.type != doc.type and not (head.type == "unknown" and nxt.leaning == doc.type):
        return False
    if head.type == "unknown":  # a weak page leaning the same way, as within a file
        return True
    if (page_number(first_page) or 0) >= 2:
        return True
    before, after = clause_numbers(last_page), clause_numbers(first_page)
    return bool(before and after) and after[0] == (before[-1][0], before[-1][1] + 1)


def join_continued(files: list[InputFile], analyses: list[FileAnalysis]) -> None:
    """Move each file's opening pages that go on from the document before into that document,
    and read it again over all its pages. A fault here leaves the files as each was read."""
    try:
        _join(files, analyses)
    except Exception:
        log.error("joining documents over files failed; each file is reported as read:\n%s", traceback.format_exc())


def _join(files: list[InputFile], analyses: list[FileAnalysis]) -> None:
    pages = {a.name: {p.number: p for p in a.pages} for a in analyses}
    by_name = {f.name: f for f in files}
    ordered = sorted(analyses, key=lambda a: natural(a.name))
    last: Document | None = None
    for k, a in enumerate(ordered):
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        if last is not None and a.documents and 1 in pages[a.name]:
            tail = last.continued[-1] if last.continued else None
            last_page = pages[tail.file if tail else last.file][(tail or last).pages[-1]]
            if goes_on(last, last_page, a, pages[a.name][1]):
                _move(a, last)
        if nxt is not None and nxt.documents and _only_a_weak_page(a) and nxt.documents[0].type == a.leaning:
            # a card's back photographed before its front: the page leans to the document after it
            _move(a, nxt.documents[0])
        if a.documents:
            last = a.documents[-1] if a.documents[-1].pages else None  # a file that could not be read ends no document
    for doc in (d for a in analyses for d in a.documents if d.continued):  # once each, over all its files
        _read_again(doc, by_name)


def _only_a_weak_page(a: FileAnalysis) -> bool:
    """A file that is one weak page leaning to a type that goes on over pages, no title heading it."""
    return (len(a.documents) == 1 and a.documents[0].type == "unknown" and a.documents[0].pages == [1]
            and not a.titled and a.leaning not in NEVER_CONTINUED)


def _move(a: FileAnalysis, into: Document) -> None:
    head = a.documents.pop(0)
    into.continued.append(DocPart(file=a.name, sha256=a.sha256, pages=head.pages))


def _read_again(doc: Document, files: dict[str, InputFile]) -> None:
    """The document's fields read over its pages in every file (the OCR cache answers at once)."""
    script = load_rules()["types"].get(doc.type, {}).get("script")
    try:
        with tempfile.TemporaryDirectory(prefix="intake-continued-") as work:
            read: list[ReadPage] = []
            parts = [(doc.file, doc.sha256, doc.pages)] + [(p.file, p.sha256, p.pages) for p in doc.continued]
            for k, (file, sha256, numbers) in enumerate(parts):
                item, folder = files[file], Path(work) / str(k)
                folder.mkdir()
                copy = snapshot(item, folder)
                if item.sha256 != sha256:
                    raise ValueError(f"{file} changed while the case was read")
                read += [r for r in read_pages(item, copy, folder, None) if r.page.number in numbers]
            view = DocView(file=doc.file, pages=[in_script(r.page, script) for r in read], images=PageImages(read))
            doc.fields = extract(doc.type, view)
    except Exception as exc:  # the document keeps what its first file gave
        log.error("reading %s again over its later files failed:\n%s", doc.file, traceback.format_exc())
        doc.errors.append(DocError(code="extraction_failed", message=f"reading its later pages: {type(exc).__name__}: "
                                                                     f"{plain_message(exc)}"))
