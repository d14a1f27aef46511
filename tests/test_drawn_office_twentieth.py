"""The twentieth drawn set (sample_docs/drawn_office_twentieth.py): papers as offices make them, read as the
product reads an upload. What it needed: a letter's subject line that names its addressee ('Offer of
employment to …', extractors/letters.py with extractors/data/prose.yaml)."""

from sample_docs import drawn_office_twentieth as twentieth
from tests.conftest import misread, read_each_as_uploaded

PICKED = ["offer-and-degree-1.pdf", "accounts-protected-2.pdf"]


def test_a_typed_offer_with_a_scan_behind_it_and_a_protected_report(tmp_path):
    forms = [f for f in twentieth.write_all(tmp_path / "drawn") if f["file"] in PICKED]
    docs = read_each_as_uploaded(tmp_path / "drawn", PICKED, tmp_path)  # each file's first document
    assert misread({f["file"]: f for f in forms if f["pages"][0] == 1}, docs) == {}
