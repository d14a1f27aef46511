"""The ninety-first drawn set (sample_docs/drawn_charts_ninetyfirst.py), read cold at 28 / 29. What it needed: a
forecast drawn as a bar chart, the first period's figure over its bar ('HK$1.9M' over 'Year 1'), the taller later
bars' figures higher on the page."""
from extractors.business_plan import extract as extract_plan
from tests.synthetic import doc_of_rows


def test_the_first_bar_of_a_sales_chart():
    doc = doc_of_rows([[(160, "Projected sales")], [(620, "HK$3.1M")], [(300, "HK$2.4M")], [], [(300, "Yr 1"), (620, "Yr 2")]])
    assert extract_plan(doc)["projected_turnover_hkd"].value == 2400000
