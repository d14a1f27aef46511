"""The hundred-and-thirty-ninth drawn set (sample_docs/drawn_branchlines_hundredthirtyninth.py), four consents read cold
at 15 / 16. What it needed: an ordinal day whose 1 was read as I ('Date: Ist December 2026')."""
from extractors import registry
from extractors.base import parse_date
from tests.synthetic import doc_of_rows


def test_an_ordinal_read_with_an_i():
    assert parse_date("Ist December 2026") == "2026-12-01"
    assert parse_date("I1th June 2025") == "2025-06-11"
    doc = doc_of_rows([[(140, "Fuzhou Minjiang Software Co., Ltd.")], [(140, "We consent to Ms CAI Yuhan taking up employment in Hong Kong.")],
                       [(140, "Signed: LIN Jiawei")], [(140, "Date: Ist December 2026")]])
    assert registry.extract("consent_letter", doc)["date"].value == "2026-12-01"
