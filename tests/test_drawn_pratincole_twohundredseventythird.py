"""The two-hundred-and-seventy-third drawn set (sample_docs/drawn_pratincole_twohundredseventythird.py), read cold at
17 / 21. What it needed: a plan known by its first 12 months and the founders' savings; 'Financing:' a capital's label;
work done in turn (先后从事…、…工作) ends with the post reached, without the word for the work. Tested on other wording."""
from extractors import registry
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows

ROWS = [(140, "Tamarind Yoga Studio Limited"), (160, "Finance:  HK$750k of our own"), (160, "Sales (first 12 months):  HK$2.4M")]


def test_a_plan_of_short_lines_is_known():
    best, score = best_type(ROWS)
    assert best == "business_plan" and score >= load_rules()["min_score"]


def test_finance_is_a_capitals_label():
    doc = doc_of_rows([[row] for row in ROWS])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 750000.0


def test_work_done_in_turn_ends_with_the_post_reached():
    doc = doc_of_rows([[(140, "兹证明祁明同志于 2012年 3月至 2018年 5月在我单位工作，先后从事质检员、质量主管工作。")], [(700, "江西赣南稀土材料有限公司")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "质量主管"
