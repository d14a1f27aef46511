"""The hundred-and-twelfth drawn set (sample_docs/drawn_ninthhand_hundredtwelfth.py), a ninth whole clean application
read cold at 64 / 65 (checks not passed 1 / 18, the drawn portrait). What it needed: a table of pay items whose column
heading states the currency ('Item | Amount (HK$) | Paid'): its bare figures are sums in it."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_bare_figures_under_a_currency_heading():
    doc = doc_of_rows([[(140, "Employer: Kestrelstone Advanced Materials Limited")], [(140, "Remuneration package:")],
                       [(160, "Item"), (700, "Amount (HK$)"), (1100, "Paid")],
                       [(160, "Basic salary"), (700, "180,000"), (1100, "monthly")],
                       [(160, "Guaranteed 13th month payment"), (700, "180,000"), (1100, "each December")]])
    found = registry.extract("employment_contract", doc)
    assert (found["monthly_salary_hkd"].value, found["guaranteed_bonus_hkd"].value) == (180000, 180000)
