"""The two-hundred-and-ninety-third drawn set (sample_docs/drawn_stork_twohundredninetythird.py), a whole application of a
cold chain manager, read cold at 62 / 65 with no false alarm from a misread (its degree numbers' level digit, drawn wrong,
was the drawing's flaw, mended in the drawing). What it needed: 'About <name>' heading a company's profile; a degree
'from a local institution' as ID 990A's question; a letter's 'last post … was'. Tested on other wording."""
from extractors import registry
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_about_a_company_heads_its_profile():
    best, score = best_type([(140, "About Lanternfish"), (140, "Lanternfish Aquaria Limited designs fish tanks for restaurants and hotels."),
                             (140, "It opened in Aberdeen in 2025.")])
    assert best == "company_profile" and score >= load_rules()["min_score"]


def test_a_degree_from_a_local_university_answered_no():
    doc = doc_of_rows([[(1240, "ID 990A")], [(140, "Surname"), (800, "MO")], [(140, "Holds a degree from a local university"), (800, "No")]])
    assert registry.extract("applicant_form", doc)["hk_local_degree"].value is False


def test_a_last_post_that_was():
    doc = doc_of_rows([[(140, "Fujian Strait Aquatic Products Co., Ltd.")],
                       [(140, "Ms. LIN Qian worked in our Fuzhou plant from 3 June 2014 to 31 March 2020. Her final post with us")],
                       [(140, "was Export Documentation Supervisor.")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "Export Documentation Supervisor"
