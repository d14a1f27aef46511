"""The two-hundred-and-eighty-first drawn set (sample_docs/drawn_pipit_twohundredeightyfirst.py), read cold at 14 / 15.
What it needed: a label ending its line, the sentence going on past the year it is for and the verb that tells the figure
to come ('Revenue / for our first year of operation is projected to reach HK$1.8 million'). Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_figure_after_its_period_and_verb_on_the_next_line():
    doc = doc_of_rows([[(140, "Kite Hill Pet Grooming Limited")],
                       [(140, "We groom dogs and cats in Tai Po and sell pet food online. Our turnover")],
                       [(140, "in our first year of trading is expected to be HK$2.6 million, from about 40 visits a week.")]])
    assert registry.extract("business_plan", doc)["projected_turnover_hkd"].value == 2600000.0
