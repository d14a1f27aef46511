"""The two-hundred-and-thirty-seventh drawn set (sample_docs/drawn_harbourfog_twohundredthirtyseventh.py), a whole clean
application, read cold at 62 / 63: its ID 990A's travel document number in a mono face ('EJ…') read by tesseract with
the J as a 3, a number of the right shape that the case could not settle by shape alone. The number's ink is now read
again by PP-OCR's recogniser as a second witness, and the case settles a form's number by the verified one only where
one of the form's readings is it. Tested on another number and face."""
from pathlib import Path

from extractors.base import DocView
from extractors.forms import add_second_reading
from flows.case import read_pages
from pipeline.ingest import describe_file
from pipeline.model import Document, Field
from pipeline.read import PageImages
from sample_docs.drawn_forms import Sheet, scanned_png
from validators.settle import settle_travel_numbers


def _document(kind: str, key: str, value: str, source: str, readings: list[str] | None = None) -> Document:
    field = Field(value=value, confidence=0.9, file="x.png", page=1, source=source, readings=readings or [])
    return Document(id=kind, file="x.png", sha256="0", pages=[1], type=kind, type_confidence=0.9, fields={key: field})


def test_a_form_number_settled_by_its_other_reading_only():
    passport = _document("travel_document", "document_number", "EH4071936", "mrz")
    witnessed = _document("applicant_form", "travel_document_number", "E34071936", "ocr", ["EH4071936"])
    alone = _document("applicant_form", "travel_document_number", "E34071936", "ocr")
    assert settle_travel_numbers([passport, witnessed])[1].fields["travel_document_number"].value == "EH4071936"
    assert settle_travel_numbers([passport, alone])[1].fields["travel_document_number"].value == "E34071936"


def test_the_second_reading_is_the_other_engines(tmp_path):
    s = Sheet()
    s.text(140, 200, "Passport No.", 26, "serif")
    s.text(640, 200, "EH4071936", 28, "mono")
    (tmp_path / "form.png").write_bytes(scanned_png(s, "form"))
    item = describe_file(tmp_path, tmp_path / "form.png")
    read = read_pages(item, tmp_path / "form.png", Path(tmp_path), None)
    doc = DocView(file=item.name, pages=[r.page for r in read], images=PageImages(read))
    word = next(w for w in read[0].page.words if w.text.startswith("E"))
    # as a misreading engine would have it: the same ink, one character wrong
    field = Field(value="E34071936", confidence=0.6, file=item.name, page=1, bbox=word.bbox, source="ocr")
    add_second_reading(doc, field)
    assert field.readings == ["EH4071936"]
