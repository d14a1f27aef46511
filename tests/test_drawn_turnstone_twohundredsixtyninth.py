"""The two-hundred-and-sixty-ninth drawn set (sample_docs/drawn_turnstone_twohundredsixtyninth.py), a whole clean
application read cold at 63 / 64, no false alarm. What it needed: an asset manager's revenue is its fees, named by their
kind ('Management and performance fees'). Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def _statement(first_row: str, other_row: str) -> dict:
    doc = doc_of_rows([[(300, "KESTREL BAY ADVISERS LIMITED")], [(300, "Statement of profit or loss for the year ended 31 December 2025")],
                       [(900, "2025"), (1200, "2024")], [(900, "HK$"), (1200, "HK$")], [(140, first_row), (900, "12,300,000"), (1200, "10,100,000")],
                       [(140, other_row), (900, "(85,000)"), (1200, "(80,000)")], [(140, "Profit for the year"), (900, "2,410,000"), (1200, "1,960,000")]])
    return registry.extract("financial_statement", doc)


def test_fees_named_by_their_kind_are_the_revenue():
    assert _statement("Advisory and consultancy fees", "Audit fees")["revenue"].value == 12300000.0


def test_a_cost_named_fees_is_not():
    assert _statement("Turnover", "Audit fees")["revenue"].value == 12300000.0
