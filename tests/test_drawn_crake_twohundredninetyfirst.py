"""The two-hundred-and-ninety-first drawn set (sample_docs/drawn_crake_twohundredninetyfirst.py), four business plans read
cold at 11 / 12. What it needed: 'Money in' as the capital's label. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_money_in():
    doc = doc_of_rows([[(140, "Pebble Lane Bakery Limited")], [(140, "Money in:  HK$260,000 (both partners)")],
                       [(140, "Sales in year one:  HK$1.2 million")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 260000.0
