"""The forty-second drawn set (sample_docs/drawn_spellings_fortysecond.py): a clean application whose papers spell
the same names differently. What it needed: LYU (a passport's ü) is pinyin, so the MRZ's surname is kept
(pipeline/names.pinyin_syllables); LU and LYU are one name with the dots dropped (pipeline/names.dotless); a form's
travel document number misread into no number's shape is settled by the MRZ's (validators/settle.py)."""
from extractors.pinyin_names import clean_name
from pipeline.model import Document, Field
from pipeline.names import same_person
from sample_docs import drawn_spellings_fortysecond as fortysecond
from tests.conftest import read_as_one_case
from validators.settle import settle_travel_numbers


def test_u_with_dots_spelt_three_ways():
    assert clean_name("LYU") == "LYU" and clean_name("NYU") == "NYU"
    assert same_person("LYU XINRAN", "LU XINRAN")[0] and same_person("吕欣然", "LU XINRAN")[0]
    assert not same_person("LYU XINRAN", "LI XINYI")[0]


def _document(kind: str, **values) -> Document:
    fields = {k: Field(value=v, confidence=0.9, file="x.png", page=1, source=source)
              for k, (v, source) in values.items()}
    return Document(id=kind, file="x.png", sha256="0", pages=[1], type=kind, type_confidence=0.9, fields=fields)


def test_a_form_number_misread_is_settled_by_the_verified_one():
    passport = _document("travel_document", document_number=("EJ7730518", "mrz"))
    for read, settled in (("E7730518", "EJ7730518"), ("E773058", "EJ7730518"), ("E6123456", "E6123456"),
                          ("EK7730518", "EK7730518")):  # a well-shaped number that differs is left as read
        form = settle_travel_numbers([passport, _document("applicant_form", travel_document_number=(read, "ocr"))])[1]
        assert form.fields["travel_document_number"].value == settled


def test_one_applicant_spelt_lyu_and_lu(tmp_path):
    fortysecond.write_all(tmp_path / "drawn")
    report = read_as_one_case(tmp_path / "drawn", ["passport.png", "offer.png"], tmp_path)
    fields = {d["type"]: {k: v["value"] for k, v in d["fields"].items()} for d in report["documents"]}
    assert fields["travel_document"]["surname"] == "LYU"
    assert {c["id"]: c["outcome"] for c in report["checks"]}["identity.name_consistent"] == "pass"
