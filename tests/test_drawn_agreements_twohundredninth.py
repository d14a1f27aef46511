"""The two-hundred-and-ninth drawn set (sample_docs/drawn_agreements_twohundredninth.py), a test set of four contracts
and two consents, read cold at 29 / 33 (the contracts 25 / 25). What it needed: a consent known by its employer being
'agreeable to' the move, and no work letter made of 'our employee' and a post kept 'until' a return (a stay 'in our
employ' is a work letter's). Tested on other wording."""
from pipeline.classify import load_rules
from tests.synthetic import best_type


def test_an_employer_agreeable_to_the_move_is_a_consent():
    best, score = best_type([(140, "Foshan Shunde Lighting Controls Co., Ltd."), (140, "20 November 2026"),
                         (140, "We are agreeable to our employee, Ms. DAI Xin, joining Brightfield Optics Limited in Hong Kong."),
                         (140, "Her post will be held for her until she returns.")])
    assert best == "consent_letter" and score >= load_rules()["min_score"]
