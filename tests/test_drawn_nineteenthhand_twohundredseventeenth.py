"""The two-hundred-and-seventeenth drawn set (sample_docs/drawn_nineteenthhand_twohundredseventeenth.py), a nineteenth
whole clean application, read cold at 56 / 56 fields; its degree's number, drawn first with a level digit of no degree,
was rightly failed, with a message that said only that it was not of the national format. What it needed: the message
says which digit is wrong."""
from tests.test_rules import doc, facts, outcome


def test_a_level_digit_of_no_degree_is_named():
    d = doc("degree_certificate", certificate_number="1036912019004412", degree_level="bachelor", institution="南湖理工大学")
    res = outcome(facts(d), "education.certificate_number_format")
    assert res.outcome == "fail" and "6th digit (1)" in res.message and "4 bachelor" in res.message
