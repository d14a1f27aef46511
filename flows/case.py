"""The stages of one case as plain functions: analyse each file (read pages, classify,
extract), then validate the case and build its report. Prefect calls these; so do tests."""
from __future__ import annotations

import io
import logging
import tempfile
import traceback
from pathlib import Path

import cv2
import numpy as np
from PIL import Image
from pydantic import BaseModel

from extractors.base import DocView
from extractors.declarations import typed_by_rows
from extractors.mrz_image import read_mrz, settled
from extractors.registry import extract
from extractors.stated_type import AS_STATED, fuller_type, type_by_contents
from extractors.travel_document import mrz_in_words
from pipeline.classify import Segment, load_rules, segment
from pipeline.errors import InputError, plain_message
from pipeline.fingerprint import image_dhash, pdf_traces
from pipeline.ingest import InputFile, snapshot
from pipeline.model import DocError, Document, Page
from pipeline.mrz_bands import zone_turn
from pipeline.pages import iter_pages
from pipeline.read import PageImages, ReadPage, read_page
from pipeline.script import in_script
from pipeline.upright import read_surely

from .report import atomic_write

log = logging.getLogger(__name__)
THUMB_WIDTH = 1000
PAGES_IN_MEMORY = 8  # a file's first pages keep their images in memory; later ones wait on disk


class FileAnalysis(BaseModel):
    name: str
    sha256: str
    format: str
    size: int
    warnings: list[str]
    documents: list[Document]
    pages: list[Page]
    pdf: dict = {}  # edit traces of a PDF (fingerprint.pdf_traces)
    leaning: str = "unknown"  # the type the file's first page leans to, strong or not
    titled: bool = False  # a title of that type heads the first page (it opens a document)


def page_image_name(sha256: str, number: int) -> str:
    return f"{sha256[:16]}-p{number}.jpg"


def analyse_file(item: InputFile, file_index: int, page_dir: Path | None = None, as_of: str | None = None) -> FileAnalysis:
    """Everything about one file, never raising for a bad input: errors become data. `as_of`, the case's date
    (today where not given): a stay a paper tells has ended by it."""
    base_id = f"D{file_index + 1:02d}"
    result = FileAnalysis(name=item.name, sha256=item.sha256, format=item.format, size=item.size,
                          warnings=list(item.warnings), documents=[], pages=[])

    def failed(code: str, message: str) -> FileAnalysis:
        errors = [DocError(code=code, message=message)] + [DocError(code="warning", message=w) for w in item.warnings]
        result.sha256, result.format, result.size = item.sha256, item.format, item.size
        result.documents.append(Document(id=base_id, file=item.name, sha256=item.sha256, pages=[],
                                         type="unknown", type_confidence=0.0, errors=errors))
        return result

    if item.error:
        return failed(item.error.code, item.error.message)
    with tempfile.TemporaryDirectory(prefix="intake-file-") as work:
        try:
            copy = snapshot(item, Path(work))
            result.sha256, result.format, result.size = item.sha256, item.format, item.size
            read = read_pages(item, copy, Path(work), page_dir)
            if item.format == "pdf":
                result.pdf = pdf_traces(copy)
        except InputError as exc:
            return failed(exc.code, exc.message)
        except Exception as exc:  # a bug or an unforeseen file: report it on this file, go on
            log.error("reading %s failed:\n%s", item.name, traceback.format_exc())
            return failed("internal_error", f"could not read this file ({type(exc).__name__}: {plain_message(exc)}); "
                                            "the rest of the case was processed")
        result.pages = [r.page for r in read]
        segments = segment(read)
        if segments:
            result.leaning, result.titled = segments[0].leaning, segments[0].titled
        result.documents = _documents(item, base_id, read, segments, as_of)
    for doc in result.documents:
        doc.errors += [DocError(code="warning", message=w) for w in item.warnings]
    return result


def page_view_jpeg(image: Image.Image) -> bytes:
    """The page as the workspace shows it, at most THUMB_WIDTH wide. Only looked at, never read:
    OpenCV's area average, several times faster on a full page than PIL's bilinear."""
    scale = min(1.0, THUMB_WIDTH / image.width, THUMB_WIDTH * 2 / image.height)
    view = image.convert("RGB") if image.mode not in ("L", "RGB") else image
    if scale < 1.0:
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        view = Image.fromarray(cv2.resize(np.asarray(view), size, interpolation=cv2.INTER_AREA), view.mode)
    buf = io.BytesIO()
    view.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def read_pages(item: InputFile, copy: Path, work: Path, page_dir: Path | None) -> list[ReadPage]:
    """Each page read as it is rendered; beyond the first few, a page's image waits on disk
    until a reader asks for it, so a long file costs the memory of a few pages."""
    read = []
    for raw in iter_pages(item, copy):
        r = read_page(raw, item.name)
        r.page.dhash = image_dhash(r.image)
        if page_dir is not None:
            atomic_write(page_dir / page_image_name(item.sha256, r.page.number), page_view_jpeg(r.image))
        if len(read) >= PAGES_IN_MEMORY:
            r.spill(work)
        read.append(r)
    return read


def _documents(item: InputFile, base_id: str, read: list[ReadPage], segments: list[Segment], as_of: str | None) -> list[Document]:
    for seg in segments:
        _rescue_travel_document(seg, read)
    documents = []
    for k, seg in enumerate(segments):
        doc_id = base_id if len(segments) == 1 else f"{base_id}.{k + 1}"
        if seg.type == "unknown" and not seg.declined:
            _type_by_contents(item, read, seg, as_of)
        elif not seg.titled and seg.type in typed_by_rows():
            _fuller_by_rows(item, read, seg)
        script = load_rules()["types"].get(seg.type, {}).get("script")
        view = DocView(file=item.name, pages=[in_script(_own_part(read[i].page, seg), script) for i in seg.pages],
                       images=PageImages([read[i] for i in seg.pages]))
        doc = Document(id=doc_id, file=item.name, sha256=item.sha256, pages=[read[i].page.number for i in seg.pages],
                       type=seg.type, type_confidence=seg.confidence)
        try:
            doc.fields = extract(seg.type, view)
        except Exception as exc:
            log.error("extracting %s from %s failed:\n%s", seg.type, item.name, traceback.format_exc())
            doc.errors.append(DocError(code="extraction_failed", message=f"{type(exc).__name__}: {plain_message(exc)}"))
        if not any(p.words for p in view.pages) and seg.type not in ("photo",):
            doc.errors.append(DocError(code="no_text", message="no text could be read on these pages"))
        documents.append(doc)
    return documents


def _type_by_contents(item: InputFile, read: list[ReadPage], seg: Segment, as_of: str | None) -> None:
    """A document no type's words claim, typed by what it states where that is clearly one type's (extractors/stated_type.py)."""
    view = _as_read(item, read, seg)
    found = type_by_contents(view, as_of) if any(p.words for p in view.pages) else None
    if found:
        seg.type, seg.confidence = found, AS_STATED


def _fuller_by_rows(item: InputFile, read: list[ReadPage], seg: Segment) -> None:
    """A document its phrases alone claim, whose rows hold another type's and more, typed by its rows (a report
    whose title no report had, its 毕业日期 and 本科 a graduation certificate's words); not where the type's title heads
    a later page (a notarised certificate's, under the notary's cover)."""
    if seg.type in seg.titles:
        return
    view = _as_read(item, read, seg)
    found = fuller_type(seg.type, view)
    if found:
        seg.type, seg.confidence = found, AS_STATED


def _as_read(item: InputFile, read: list[ReadPage], seg: Segment) -> DocView:
    """The document's pages as read, in no script of its type's yet: what its rows and words state, before it has one."""
    return DocView(file=item.name, pages=[_own_part(read[i].page, seg) for i in seg.pages], images=PageImages([read[i] for i in seg.pages]))


def _own_part(page: Page, seg: Segment) -> Page:
    """The page as this document holds it: all of it, or its own part where the page holds two."""
    return page if seg.words is None else page.model_copy(update={"words": seg.words})


def _rescue_travel_document(seg, read) -> None:
    """A passport or permit photographed badly reads as noise to page OCR, and an unknown
    document is the costly mistake (A1 goes missing): look for a machine-readable zone. An
    identity card with one (a Macau card) reads much like an HKID card, which has none: a
    zone in its words whose check digits all hold makes it a travel document."""
    if seg.type not in ("unknown", "hkid_copy") or len(seg.pages) > 2 or seg.words is not None:
        return  # a part of a page that holds another document (its zone is the other's)
    page = read[seg.pages[0]].page
    in_words = mrz_in_words(DocView(file=page.file, pages=[page], images=[]))
    if in_words is not None and settled(in_words):
        seg.type, seg.confidence = "travel_document", 0.9
        return
    if seg.type != "unknown" or page.source == "text_layer" or _read_surely_without_filler(page):
        return
    try:
        image = read[seg.pages[0]].image
        found, _, _ = read_mrz(image, upright=zone_turn(image) == 0)
    except Exception:  # a reader bug must not cost the file; it stays unknown
        log.error("MRZ search failed:\n%s", traceback.format_exc())
        return
    # Garbage read many ways passes some check digits by luck; codes that name no state or
    # dates that are no dates give it away. Every digit of a zone holding is no luck, whatever
    # its codes (an old card prints 'SI<' or a number where ICAO wants a state).
    if found is not None and (found.digits_valid or (found.score >= 0.6 and not found.problems)):
        seg.type, seg.confidence = "travel_document", round(0.5 + 0.4 * found.score, 3)


# The search turns the page four ways and reads each band several ways (seconds a page): it is
# for pages that read as noise. A page read surely, with no MRZ filler in it, is what it reads
# as (a receipt, a letter of another kind).
def _read_surely_without_filler(page: Page) -> bool:
    return read_surely(page) and not any("<<" in w.text or "«" in w.text for w in page.words)
