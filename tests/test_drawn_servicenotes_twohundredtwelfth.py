"""The two-hundred-and-twelfth drawn set (sample_docs/drawn_servicenotes_twohundredtwelfth.py), an eighth test set of
five work experience letters, read cold at 15 / 20. What it needed: a letter known by a stay told as joining and leaving
('joined … on … and left on …'); the post after 'He was our'; an end 'leaving on'. Tested on other wording."""
from extractors import registry
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_a_letter_of_joining_and_leaving():
    best, score = best_type([(140, "Wuxi Lakeshore Bearings Co., Ltd."), (140, "9 November 2026"),
                         (140, "Ms. HUANG Li joined our Wuxi plant on 1 July 2012 and resigned on 30 April 2019.")])
    assert best == "work_experience_letter" and score >= load_rules()["min_score"]


def test_the_post_she_was_and_the_end_leaving_on():
    doc = doc_of_rows([[(140, "Wuxi Lakeshore Bearings Co., Ltd.")], [(140, "To whom it may concern")],
                       [(140, "Ms. HUANG Li worked at our Wuxi plant, starting 5 May 2015 and leaving on 1 March 2020.")],
                       [(140, "She was our Plant Controller.")]])
    out = registry.extract("work_experience_letter", doc)
    assert (out["position"].value, out["end_date"].value) == ("Plant Controller", "2020-03-01")

