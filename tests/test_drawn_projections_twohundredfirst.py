"""The two-hundred-and-first drawn set (sample_docs/drawn_projections_twohundredfirst.py), a ninth test set of five
business plans, read cold at 10 / 15. What it needed: a count of local hires chosen among the counts of a clause that
says where people will work and that they are hired or counted (extractors/plan_hires.py, its words data), where no
phrase the plan reader knows states it; a capital contributed 'in cash for their shares'."""
import pytest

from extractors import registry
from extractors.plan_hires import local_hires
from tests.synthetic import doc_of_rows


@pytest.mark.parametrize("text, count", [
    ("Over the next year we plan to hire 4 engineers for our Hong Kong office.", 4),
    ("Number of employees to be based in Hong Kong by month 12: 6", 6),
    ("本公司計劃於香港招聘3名銷售人員。", 3),
    ("Our local team will grow to nine people in the first year, mostly designers.", 9),
    ("Staff on payroll in HK at year end: eleven.", 11),
])
def test_a_count_of_local_people_in_wording_no_phrase_holds(text, count):
    assert local_hires(text)[0] == count


@pytest.mark.parametrize("text", [
    "The market in Hong Kong is worth HK$2.1 billion and grew 8% last year.",  # no one hired
    "We will hire 3 engineers in Shenzhen.",  # not where the plan's local jobs are
    "In year one we plan to employ staff in Hong Kong.",  # no count of people ('year one' is a year's)
    "We shall recruit in Hong Kong within 12 months.",  # a period, not people
])
def test_clauses_without_a_count_of_local_people_give_none(text):
    assert local_hires(text) is None


def test_the_count_is_read_in_a_plan_where_no_phrase_states_it():
    doc = doc_of_rows([[(140, "Westbrook Dental Lab Limited")], [(140, "Paid-up capital: HK$500,000")],
                       [(140, "We aim to bring on board 3 dental technicians, hired here in Hong Kong.")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 3


def test_capital_contributed_for_shares():
    doc = doc_of_rows([[(140, "Eastfield Print Limited")],
                       [(140, "The three shareholders have contributed HK$900,000 in cash for their shares.")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 900000.0
