"""The three-hundredth drawn set (sample_docs/drawn_wryneck_threehundredth.py), read cold at 14 / 15: a relieving
letter's rows 'Designation at joining: Junior Designer' over 'Designation at relieving: Senior Designer' gave the post
held on joining. What it needed: a post's label naming the post held on joining counts less than the same label
elsewhere (data/fields.yaml: first_posts). Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_the_post_held_on_joining_gives_way_to_the_post_held_last():
    doc = doc_of_rows([[(140, "Seabright Logistics Co., Ltd.")], [(140, "SERVICE CERTIFICATE")],
                       [(140, "Name of staff:  Ms. LIANG Yuwei")], [(140, "Position on appointment:  Shipping Clerk")],
                       [(140, "Position:  Freight Operations Supervisor")], [(140, "Appointed:  03/09/2014")],
                       [(140, "Last day of service:  31/05/2022")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "Freight Operations Supervisor"
