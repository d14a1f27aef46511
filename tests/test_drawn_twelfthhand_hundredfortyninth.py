"""The hundred-and-forty-ninth drawn set (sample_docs/drawn_twelfthhand_hundredfortyninth.py), a twelfth whole clean
application, read cold at 52 / 64 with 3 checks of 18 not passed. What it needed: a ruled form upright, which tesseract
reads worse than the same page on its side (it reads a page's vertical lines as text turned, boxing its words taller
than wide), kept upright; a question wrapped in its cell ('Do you hold a local degree from a' / 'Hong Kong
institution?'); a year's 0 read through a chop as brackets ('2()26年'); a monospaced 0 read '@' in an address; an
acoustic post in engineering's family. Left: the drawn portrait is no face; the case drew no record of local
recruitment, and the check says so (a right finding, not a false alarm)."""
from extractors import registry
from extractors.base import parse_date
from extractors.value_types import PARSERS
from flows.case import analyse_file
from pipeline.ingest import describe_file
from sample_docs.drawn_forms import scanned_png
from sample_docs.drawn_twelfthhand_hundredfortyninth import applicant_numbered_table
from tests.synthetic import doc_of_rows
from validators.derived import related_families


def test_a_ruled_form_read_upright(tmp_path):
    (tmp_path / "id990a.png").write_bytes(scanned_png(applicant_numbered_table(), "id990a.png"))
    result = analyse_file(describe_file(tmp_path, tmp_path / "id990a.png"), 0)
    assert result.pages[0].rotation == 0
    fields = result.documents[0].fields
    assert (fields["surname"].value, fields["travel_document_number"].value, fields["hk_local_degree"].value) == ("HE", "EJ7310482", False)


def test_a_question_wrapped_in_its_cell():
    doc = doc_of_rows([[(1280, "ID 990A")], [(160, "1.9"), (258, "Monthly salary (HK$)"), (880, "42,000")],
                       [(258, "Do you hold a local degree from a"), (880, "No")], [(160, "1.10"), (258, "Hong Kong institution?")]])
    assert registry.extract("applicant_form", doc)["hk_local_degree"].value is False


def test_zeros_read_as_brackets_and_at_signs():
    assert parse_date("2()26年 11月 26日") == "2026-11-26"
    assert PARSERS["address_english_first"]("FLAT B, 9/F, KWAI CHEONG CENTRE, 5@ KWAI CHEONG ROAD") == "FLAT B, 9/F, KWAI CHEONG CENTRE, 50 KWAI CHEONG ROAD"


def test_an_acoustic_post_is_engineering():
    assert related_families("建筑环境与能源应用工程", "Acoustic Consultant")
