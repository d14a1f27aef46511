"""The three-hundred-and-fifth drawn set (sample_docs/drawn_dipper_threehundredfifth.py), of business plans, read cold at
11 / 12: a bullet 'Seed funding from founders: HK$650k' gave no capital ('funding' a label only with a colon right
after it). What it needed: 'seed funding' and funding from the founders a capital's labels. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_seed_funding_is_the_capital():
    doc = doc_of_rows([[(140, "Brightfern Tutoring Limited - year one at a glance")],
                       [(140, "* Seed funding put up by the partners: HK$420k")], [(140, "* Tuition income, first year: HK$1.3m")],
                       [(140, "* Local tutors hired in year one: 6")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 420000.0
