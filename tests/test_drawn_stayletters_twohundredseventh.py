"""The two-hundred-and-seventh drawn set (sample_docs/drawn_stayletters_twohundredseventh.py), a seventh test set of five
work experience letters, read cold at 12 / 20. What it needed: a letter known by a stay 'with our company' or as 'a
member of our staff' told with its end ('until', 'at the time of leaving'); the post a letter gives 'at the time of
leaving', or its subject line after 'Former'. Tested on other wording."""
import pytest

from extractors import registry
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


@pytest.mark.parametrize("told", [
    "Ms. HE Jia was with our firm from 4 May 2014 until 1 June 2020 in our Ningbo office.",
    "Mr. YAO Bin was a member of our staff between 2015 and 2019; when he left he was our Safety Officer.",
])
def test_a_letter_that_tells_a_stay_and_its_end(told):
    best, score = best_type([(140, "Shaoxing Riverside Textiles Co., Ltd."), (140, "12 November 2026"), (140, told)])
    assert best == "work_experience_letter" and score >= load_rules()["min_score"]


@pytest.mark.parametrize("rows, post", [
    ([[(140, "Shaoxing Riverside Textiles Co., Ltd.")], [(140, "Certificate of Employment")],
      [(140, "Ms. HE Jia worked for us from 4 May 2014 to 1 June 2020. At the time of leaving, she was a Dyeing")],
      [(140, "Process Engineer.")]], "Dyeing Process Engineer"),
    ([[(140, "Shaoxing Riverside Textiles Co., Ltd.")], [(140, "Reference")], [(140, "Re: Ms. WEI Lan - Former Product Designer")], [],
      [(140, "Ms. WEI worked for us from 2 March 2016 to 30 September 2022.")]], "Product Designer"),
])
def test_the_post_at_leaving(rows, post):
    assert registry.extract("work_experience_letter", doc_of_rows(rows))["position"].value == post
