"""Plain typed data that flows through the pipeline: folder -> files -> pages -> documents
-> fields -> checks -> checklist -> report. Every stage takes and returns these objects."""
from __future__ import annotations

import statistics
from typing import Any, Literal

from pydantic import BaseModel, PrivateAttr
from pydantic import Field as PydField

SCHEMA_VERSION = "1.1"  # 1.1: a document's pages in later files (`continued`)

BBox = tuple[int, int, int, int]  # x0, y0, x1, y1 in pixels of the rendered page


def union(boxes: list[BBox]) -> BBox:
    """The smallest box holding every box given."""
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
Source = Literal["mrz", "text_layer", "ocr", "form", "derived"]
Outcome = Literal["pass", "fail", "review", "not_applicable"]
ItemStatus = Literal["verified", "needs_review", "unreadable", "missing", "not_required"]
CaseStatus = Literal["complete", "needs_review", "incomplete"]

DOCUMENT_TYPES = (
    "travel_document", "photo", "hkid_copy", "degree_certificate", "graduation_certificate",
    "qualification_report", "work_experience_letter", "consent_letter", "applicant_form",
    "employer_form", "employment_contract", "br_certificate", "financial_statement",
    "company_profile", "business_plan", "recruitment_evidence", "dependant_document", "unknown",
)


class Word(BaseModel):
    text: str
    bbox: BBox
    conf: float = 1.0  # 0..1; text-layer words are certain

    def moved(self, dx: int, dy: int) -> Word:
        """The word read from a crop, boxed in the pixels of the page it was cut from."""
        x0, y0, x1, y1 = self.bbox
        return Word(text=self.text, conf=self.conf, bbox=(x0 + dx, y0 + dy, x1 + dx, y1 + dy))


class FormField(BaseModel):
    """A filled-in AcroForm field of a PDF: what the applicant typed, not what is printed."""
    name: str
    value: str
    bbox: BBox
    choice: bool = False  # a check box's or radio button's state, not typed text


class Page(BaseModel):
    """One page as read: its words in reading order, with where they came from."""
    file: str
    number: int  # 1-based within its file
    width: int
    height: int
    dpi: int
    source: Literal["text_layer", "ocr", "none"]
    lang: str = ""
    rotation: int = 0  # degrees the page was turned to read it upright
    words: list[Word] = PydField(default_factory=list)
    image_sha256: str = ""
    dhash: str = ""  # difference hash of the upright page image, for finding it in other cases
    form_fields: list[FormField] = PydField(default_factory=list)
    stored_size: tuple[int, int] | None = None  # the image as uploaded (EXIF applied), before turning or enlarging
    # readers ask for a page's lines hundreds of times: grouped once for these very words
    _lines: tuple[tuple[int, ...], list[list[Word]]] | None = PrivateAttr(default=None)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    def lines(self) -> list[list[Word]]:
        """Words grouped into visual lines, top to bottom, left to right."""
        key = tuple(id(w) for w in self.words)
        if self._lines is None or self._lines[0] != key:
            self._lines = (key, group_lines(self.words))
        return [list(line) for line in self._lines[1]]


def mean_conf(words: list[Word]) -> float:
    return sum(w.conf for w in words) / len(words) if words else 0.0


def group_lines(words: list[Word]) -> list[list[Word]]:
    """Words into lines, left to right: each word joins the line whose last word it is level
    with, so a line of a skewed scan is followed along its slope (a long line 2 degrees off
    drops by more than a line's height across the page, and the short line under it must not
    be read into it)."""
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.bbox[0], w.bbox[1])):
        level = [r for r in rows if _level(w, r)]
        if level:
            min(level, key=lambda r: abs(middle(w.bbox) - middle(r[-1].bbox))).append(w)
        else:
            rows.append([w])
    return sorted(rows, key=lambda r: (middle(r[0].bbox), r[0].bbox[0]))


def _level(w: Word, row: list[Word]) -> bool:
    """The word's middle within the line's last word, or that word's middle within the word
    (a word boxed taller than the print, 'English):' over two lines' height), and no further
    from it than the line's usual height: one tall junk box (a photo edge read as text) takes
    no other line's words."""
    # a comma or full stop read alone sits low on the line: the word before it says where the line is
    last = next((x for x in reversed(row) if any(c.isalnum() for c in x.text)), row[-1])
    if not (last.bbox[1] <= middle(w.bbox) <= last.bbox[3] or w.bbox[1] <= middle(last.bbox) <= w.bbox[3]):
        return False
    # (a line begun by a point alone, an item's number half read ('1.' as '.'), is as tall as the word that follows it)
    sized = [x for x in row[-5:] if any(c.isalnum() for c in x.text)] or [w]
    return abs(middle(w.bbox) - middle(last.bbox)) <= statistics.median(x.bbox[3] - x.bbox[1] for x in sized)


def centre(bbox: BBox) -> tuple[float, float]:
    return (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2


def middle(bbox: BBox) -> float:
    """A box's height halfway: where lines and rows are compared."""
    return (bbox[1] + bbox[3]) / 2


class Field(BaseModel):
    value: Any
    confidence: float
    file: str
    page: int
    bbox: BBox | None = None
    source: Source
    # Other readings of the same ink where one reading cannot be trusted alone (a re-read
    # name), or the page's own reading when the case chose another of them.
    readings: list[str] = PydField(default_factory=list)


class DocError(BaseModel):
    code: str
    message: str


class DocPart(BaseModel):
    """The pages of a document that go on in a later file (SPEC §2: one document may span files)."""
    file: str
    sha256: str
    pages: list[int]


class Document(BaseModel):
    id: str
    file: str
    sha256: str
    pages: list[int]
    type: str
    type_confidence: float
    fields: dict[str, Field] = PydField(default_factory=dict)
    errors: list[DocError] = PydField(default_factory=list)
    continued: list[DocPart] = PydField(default_factory=list)

    def all_pages(self) -> list[tuple[str, int]]:
        """(file, page) of every page, this file's and the later files'."""
        return [(self.file, p) for p in self.pages] + [(part.file, p) for part in self.continued for p in part.pages]


class CheckResult(BaseModel):
    id: str
    outcome: Outcome
    message: str
    evidence: list[dict[str, Any]] = PydField(default_factory=list)
    item: str | None = None  # checklist item the check bears on


class ChecklistItem(BaseModel):
    item: str
    required: bool
    status: ItemStatus
    documents: list[str]
    reason: str


class Report(BaseModel):
    schema_version: str = SCHEMA_VERSION
    case_id: str
    as_of: str
    scheme: str
    status: CaseStatus
    documents: list[Document]
    checklist: list[ChecklistItem]
    checks: list[CheckResult]
    manifest: dict[str, Any]
