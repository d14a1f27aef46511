"""The two-hundred-and-forty-seventh drawn set (sample_docs/drawn_plover_twohundredfortyseventh.py), a whole clean
application, read cold at 65 / 67 with no false alarm: ID 990A's and ID 990B's names handwritten in boxes, a hand's 'J'
read by tesseract as 'T' or 'S' ('TIAHU', 'LUO SIAHUI'), and ID 990B's 'Name of the person employed' no label. The forms'
Latin names are now read again by PP-OCR: ID 990A takes the second reading where it, not the first, spells the form's
Chinese name; the case settles a form's name by the MRZ's where a reading is it. Tested on another name and wording."""
from pathlib import Path

from extractors import registry
from extractors.base import DocView
from extractors.forms import add_name_reading
from flows.case import read_pages
from pipeline.ingest import describe_file
from pipeline.model import Document, Field
from pipeline.read import PageImages
from sample_docs.drawn_forms import Sheet, scanned_png
from tests.synthetic import doc_of_rows
from validators.settle import settle_latin_names


def _document(kind: str, fields: dict[str, tuple[str, str, list[str]]]) -> Document:
    made = {k: Field(value=v, confidence=0.9, file="x.png", page=1, source=src, readings=r) for k, (v, src, r) in fields.items()}
    return Document(id=kind, file="x.png", sha256="0", pages=[1], type=kind, type_confidence=0.9, fields=made)


def test_a_forms_name_settled_by_the_zone_where_a_reading_is_it():
    passport = _document("travel_document", {"surname": ("JIANG", "mrz", []), "given_names": ("JUNJIE", "mrz", [])})
    witnessed = _document("employer_form", {"applicant_name": ("TIANG Tuntie", "ocr", ["JIANG JUNJIE"])})
    alone = _document("employer_form", {"applicant_name": ("TIANG Tuntie", "ocr", [])})
    assert settle_latin_names([passport, witnessed])[1].fields["applicant_name"].value == "JIANG JUNJIE"
    assert settle_latin_names([passport, alone])[1].fields["applicant_name"].value == "TIANG Tuntie"


def _form(tmp_path: Path) -> DocView:
    s = Sheet()
    s.text(140, 80, "ID 990A", 26, "sans_bold")
    s.text(160, 560, "中文姓名 Name in Chinese：蒋俊杰", 30, "serif_cjk")
    for k, (label, value) in enumerate([("Surname", "JIANG"), ("Given names", "JUNJIE")]):
        y = 160 + 124 * k
        s.text(160, y, label, 22, "sans")
        s.d.rectangle([160, y + 34, 1260, y + 96], outline="black", width=2)
        s.text(176, y + 44, value, 32, "hand", (20, 30, 120))
    (tmp_path / "form.png").write_bytes(scanned_png(s, "form"))
    item = describe_file(tmp_path, tmp_path / "form.png")
    read = read_pages(item, tmp_path / "form.png", tmp_path, None)
    return DocView(file=item.name, pages=[r.page for r in read], images=PageImages(read))


def test_handwritten_names_read_again_by_the_other_engine(tmp_path):
    doc = _form(tmp_path)
    fields = registry.extract("applicant_form", doc)
    assert (fields["surname"].value, fields["given_names"].value) == ("JIANG", "JUNJIE")
    misread = Field(value="TUNTIE", confidence=0.6, file=doc.file, page=1, bbox=fields["given_names"].bbox, source="ocr")
    assert add_name_reading(doc, misread) == "JUNJIE" and misread.readings == ["JUNJIE"]


def test_the_person_employed():
    doc = doc_of_rows([[(160, "ID 990B")], [(160, "4. Name of the person employed")], [(176, "HE Lanfang")], [(160, "5. Post offered")],
                       [(176, "Buyer")]])
    assert registry.extract("employer_form", doc)["applicant_name"].value.upper() == "HE LANFANG"
