"""The thirty-fifth drawn set (sample_docs/drawn_sidebyside_thirtyfifth.py): two documents side by side on one
page. What it needed: a page's words split at the widest blank band no word crosses, where the part beside it
is headed by another type's title, as the band between two documents one above the other already was
(pipeline/two_up.split_beside, pipeline/classify._two_up)."""
from pipeline.model import Word
from pipeline.two_up import split_beside
from sample_docs import drawn_sidebyside_thirtyfifth as thirtyfifth
from tests.conftest import read_as_one_case


def _word(text: str, x: int, y: int) -> Word:
    return Word(text=text, bbox=(x, y, x + 120, y + 30))


def test_a_page_splits_at_the_band_no_word_crosses():
    left = [_word(f"L{i}", 100 + 130 * (i % 3), 100 + 50 * i) for i in range(6)]
    right = [_word(f"R{i}", 900 + 130 * (i % 3), 100 + 50 * i) for i in range(6)]
    assert split_beside(left + right, 1654) == (left, right)
    # a title across the middle closes the band: one document
    assert split_beside(left + right + [Word(text="TITLE", bbox=(300, 40, 1100, 80))], 1654) is None


def test_two_certificates_side_by_side_are_two_documents(tmp_path):
    thirtyfifth.write_all(tmp_path / "drawn")
    certificates, cards = "certificates-side-by-side-1.png", "cards-side-by-side-2.png"
    report = read_as_one_case(tmp_path / "drawn", [certificates, cards], tmp_path)
    docs = {(d["file"], d["type"]): {k: v["value"] for k, v in d["fields"].items()} for d in report["documents"]}
    assert docs[(certificates, "graduation_certificate")]["certificate_number"] == "102781201705004312"
    assert docs[(certificates, "degree_certificate")]["certificate_number"] == "1027842017003906"
    assert docs[(cards, "travel_document")]["document_number"] == "CK2604417"
    assert docs[(cards, "hkid_copy")]["hkid_number"] == "WX720916(7)"
