"""The two-hundred-and-seventieth drawn set (sample_docs/drawn_sanderling_twohundredseventieth.py), read cold at
28 / 29. What it needed: a plan's capital as the equity raised. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_the_equity_invested_is_the_capital():
    doc = doc_of_rows([[(400, "Year 1"), (700, "Year 2")], [(140, "Equity funding (HK$)"), (400, "500,000"), (700, "")],
                       [(140, "Sales (HK$)"), (400, "1,800,000"), (700, "2,600,000")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 500000.0
