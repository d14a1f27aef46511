"""The two-hundred-and-sixty-fifth drawn set (sample_docs/drawn_dunlin_twohundredsixtyfifth.py), read cold at 33 / 35.
What it needed: a field's fallback label stands in where its own labels give no value ('Capital's in: HK$…' in a line
that ends 'all paid up'); Hong Kong staff called 本港僱員. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_fallback_label_stands_in_where_the_own_label_gives_nothing():
    doc = doc_of_rows([[(140, "Sea Glass Studio Limited")], [(140, "Capital:  HK$650,000 from my sister and me, fully paid.")],
                       [(140, "Sales in the first year should reach about HK$900,000.")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 650000.0


def test_a_paid_capital_still_stands_over_a_registered_one():
    doc = doc_of_rows([[(140, "Registered capital:  HK$5,000,000")], [(140, "Paid-up capital:  HK$800,000")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 800000.0


def test_hong_kong_staff_called_by_the_territory():
    doc = doc_of_rows([[(140, "年度"), (600, "第一年"), (900, "第二年")], [(140, "本港員工（名）"), (600, "4"), (900, "7")],
                       [(140, "營業額（港元）"), (600, "1,500,000"), (900, "2,400,000")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 4
