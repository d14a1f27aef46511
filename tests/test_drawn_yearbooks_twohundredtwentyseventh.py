"""The two-hundred-and-twenty-seventh drawn set (sample_docs/drawn_yearbooks_twohundredtwentyseventh.py), a test set of
three sets of accounts and three plans, read cold at 21 / 24 (the accounts 15 / 15). What it needed: a plan known by
what is to come with the people it hires; a figure before its caption ('HK$1.1M  seed capital from the founders') read
as the caption's value. Tested on other wording."""
from extractors import registry
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows

ROWS = [(140, "Moonbay Pottery Limited"), (140, "Year one"), (160, "HK$600K   seed money from the two owners"),
        (160, "HK$1.9M   sales"), (160, "3   potters hired in Hong Kong")]


def test_a_plan_known_by_the_people_it_hires():
    best, score = best_type(ROWS)
    assert best == "business_plan" and score >= load_rules()["min_score"]


def test_figures_before_their_captions():
    doc = doc_of_rows([[(140, "Moonbay Pottery Limited")], [(140, "Year one")], [(160, "HK$600K"), (480, "seed money from the two owners")],
                       [(160, "HK$1.9M"), (480, "sales")], [(160, "3"), (480, "potters hired in Hong Kong")]])
    read = registry.extract("business_plan", doc)
    assert (read["capital_hkd"].value, read["projected_turnover_hkd"].value, read["local_jobs"].value) == (600000.0, 1900000.0, 3)
