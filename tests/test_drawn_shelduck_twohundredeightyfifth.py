"""The two-hundred-and-eighty-fifth drawn set (sample_docs/drawn_shelduck_twohundredeightyfifth.py), a whole
application of a Talent List architect, read cold at 54 / 61: its 'Degree Verification Report' was typed a degree,
its row 'Degree Certificate No.:' heading a line as a degree's title does. What it needed: a title followed by its
number's label on a row names no paper; a verification report known by its title. Tested on other wording."""
from pipeline.classify import load_rules
from tests.synthetic import best_type


def test_a_verification_report_with_a_row_for_the_degree_certificate_number():
    best, score = best_type([(140, "Academic Degree Verification Report"), (140, "Holder:  LIN QIAO"),
                             (140, "Degree Certificate Number:  1948731987000213"), (140, "Degree:  Bachelor of Laws"),
                             (140, "Check Code:  ZK4P8QW2MN7T")])
    assert best == "qualification_report" and score >= load_rules()["min_score"]


def test_a_degree_title_on_its_own_line_still_names_a_degree():
    best, _ = best_type([(140, "Degree Certificate"), (140, "This is to certify that LIN QIAO has been awarded the"),
                         (140, "degree of Bachelor of Laws."), (140, "Certificate No. 1948731987000213")])
    assert best == "degree_certificate"
