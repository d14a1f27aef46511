"""The two-hundred-and-third drawn set (sample_docs/drawn_budgets_twohundredthird.py), a tenth test set of five business
plans, read cold at 6 / 15. What it needed: a plan known by what is to come said with both money and people, or by a
forecast's year columns ('Year 1 Year 2'), where no title or phrase names it; a label and its sum wrapped across a
paragraph's lines (extractors/sentence_labels.py); 'takings' for a shop's turnover; a count of local people given as
the answer to a question; staff counted by their place ('Employees in HK') in a table's row. Tested on other wording."""
import pytest

from extractors import registry
from extractors.plan_hires import local_hires
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


@pytest.mark.parametrize("rows", [
    # a forecast's year columns over its money and its people
    [(140, "Harbourline Optics Limited"), (140, "Shareholders' funds HK$420,000"), (500, "Year 1   Year 2   Year 3"),
     (140, "Sales (HK$)   900,000   1,300,000   1,700,000"), (140, "Staff in Hong Kong   2   3   4")],
    # the first year's money and people in prose, no title
    [(140, "Kestrel Freight Services (HK) Limited"),
     (140, "Our first-year turnover is put at HK$3.2m, and the office will be staffed by five people, each recruited"),
     (140, "in Hong Kong.")],
])
def test_a_plan_known_by_its_money_and_people_to_come(rows):
    best, score = best_type(rows)
    assert best == "business_plan" and score >= load_rules()["min_score"]


def test_a_label_and_its_sum_wrapped_across_lines():
    doc = doc_of_rows([[(140, "Juniper Tea House Limited")],
                       [(140, "We open in Tai Hang in May 2027 with a team of three, all of them local. Issued")],
                       [(140, "capital: HK$380,000, fully subscribed. Expected turnover for the second year is")],
                       [(140, "HK$2,900,000, and our first-year takings should come to HK$1,750,000.")]])
    out = registry.extract("business_plan", doc)
    assert out["capital_hkd"].value == 380000.0
    assert out["projected_turnover_hkd"].value == 1750000.0  # not the second year's


@pytest.mark.parametrize("text, count", [
    ("Q3. How many people will you take on in Hong Kong? 7 in the first year.", 7),
    ("Will you employ anyone in Hong Kong, and how many? A. Eight, by the end of year one.", 8),
])
def test_a_count_that_answers_the_question(text, count):
    assert local_hires(text)[0] == count


def test_staff_counted_by_their_place_in_a_table_row():
    doc = doc_of_rows([[(140, "Fernleaf Studio Limited")], [(140, "Paid-up capital: HK$250,000")],
                       [(700, "Year 1"), (1000, "Year 2")], [(140, "Employees in Hong Kong"), (700, "4"), (1000, "6")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 4
