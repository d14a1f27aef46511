"""The two-hundred-and-fifth drawn set (sample_docs/drawn_moneyplans_twohundredfifth.py), an eleventh test set of five
business plans, read cold at 7 / 15. What it needed: shares paid for 'at HK$1 each'; local people hired where the
plan says 本港, or who 'will join us', or fill posts; a plan's table known by its first year's money and its jobs;
'Owners' equity' for capital, 'Jobs for HK residents', a sum the plan expects to 'generate'; a count after local
people that stops at its sentence's end (not 'HK$1.5 million' in the next). Tested on other wording."""
import pytest

from extractors import registry
from extractors.plan_hires import local_hires
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_shares_paid_for_at_their_price():
    doc = doc_of_rows([[(140, "Hillcrest Bakery Limited")],
                       [(140, "The sole director has paid for 250,000 ordinary shares at HK$2 each.")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 500000.0


@pytest.mark.parametrize("text, count", [
    ("開業後將聘用本港員工5名，負責門市銷售。", 5),
    ("Two Hong Kong designers will join us in the spring.", 2),
    ("All four posts will be filled with local graduates.", 4),
])
def test_local_people_in_other_words(text, count):
    assert local_hires(text)[0] == count


def test_a_table_of_the_first_year_money_and_jobs():
    rows = [(140, "Quayside Frames Limited"), (140, "Owner's equity    HK$300,000"),
            (140, "Year-one sales    HK$1,100,000"), (140, "Jobs for HK residents    3")]
    best, score = best_type(rows)
    assert best == "business_plan" and score >= load_rules()["min_score"]
    out = registry.extract("business_plan", doc_of_rows([[(140, "Quayside Frames Limited")],
                                                         [(140, "Owner's equity"), (700, "HK$300,000")],
                                                         [(140, "Jobs for HK residents"), (700, "3")]]))
    assert (out["capital_hkd"].value, out["local_jobs"].value) == (300000.0, 3)


def test_a_sum_the_plan_expects_to_generate():
    doc = doc_of_rows([[(140, "Northpoint Tutors Limited")], [(140, "Paid-up capital: HK$200,000")],
                       [(140, "We expect to generate about HK$2.4m in our first year.")]])
    assert registry.extract("business_plan", doc)["projected_turnover_hkd"].value == 2400000.0


def test_a_count_of_local_people_stops_at_its_sentence():
    doc = doc_of_rows([[(140, "Northpoint Tutors Limited")],
                       [(140, "Our tutors will be Hong Kong residents. The share capital of HK$2 million is paid.")]])
    out = registry.extract("business_plan", doc)
    assert "local_jobs" not in out or out["local_jobs"].value != 2
