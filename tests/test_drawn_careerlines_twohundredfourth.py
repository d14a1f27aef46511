"""The two-hundred-and-fourth drawn set (sample_docs/drawn_careerlines_twohundredfourth.py), a sixth test set of five
work experience letters, read cold at 14 / 20. What it needed: a start and an end told by the verbs 'commenced' and
'concluded' (data/prose.yaml's date cues); a letter known by a post 'held' ('held the role of …'). Tested on other
wording."""
import pytest

from extractors import registry
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_a_stay_told_by_its_beginning_and_its_end():
    doc = doc_of_rows([[(140, "Dalian Seaview Marine Engineering Co., Ltd.")], [(140, "To whom it may concern")],
                       [(140, "Ms. FENG Yutong worked with us as Hull Design Engineer. Her service commenced on")],
                       [(140, "3 May 2012 and ended on 31 July 2019.")]])
    out = registry.extract("work_experience_letter", doc)
    assert (out["start_date"].value, out["end_date"].value) == ("2012-05-03", "2019-07-31")


@pytest.mark.parametrize("told", [
    "From 2 March 2015 to 30 April 2020 Mr. SHEN Kaiyu held the post of Senior Planner with our Dalian office.",
    "Ms. QIN Lu held the position of Store Manager at our Xiamen branch between 2016 and 2021.",
])
def test_a_letter_known_by_a_post_held(told):
    best, score = best_type([(140, "Dalian Seaview Marine Engineering Co., Ltd."), (140, "19 November 2026"), (140, told)])
    assert best == "work_experience_letter" and score >= load_rules()["min_score"]
