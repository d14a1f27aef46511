"""The two-hundred-and-eleventh drawn set (sample_docs/drawn_eighteenthhand_twohundredeleventh.py), an eighteenth whole
clean application, read cold at 56 / 59 fields with 3 / 18 checks not passed: the drawn portrait (no face), an employer
named with its clause's heading ('Parties. …') and so named differently from the BR certificate, and a market research
post not seen as using a marketing degree. What it needed: a clause's heading kept out of the party named before its
bracket, and no sentence ended by a heading's point ('Term. Two years …'); a profile known by a company's start told
with its staff; market research among a business degree's posts. Tested on other wording."""
import pytest

from extractors import registry
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows
from validators.derived import related_families


def test_clause_headings_are_no_part_of_their_values():
    doc = doc_of_rows([[(560, "SERVICE CONTRACT")],
                       [(140, "Parties. Ironbark Survey Services Limited (the Employer) and Mr. QIU Bo (the Employee).")],
                       [(140, "Duration. Eighteen months from 1 June 2027.")],
                       [(140, "Pay. HK$29,000 per month.")]])
    out = registry.extract("employment_contract", doc)
    assert (out["employer_name"].value, out["term_months"].value) == ("Ironbark Survey Services Limited", 18)


def test_a_profile_told_by_the_company_start_and_its_staff():
    best, score = best_type([(140, "Meet Ironbark"), (140, "Ironbark Survey Services was set up in 2025 to map building services"),
                         (140, "for property managers. Its twelve staff work from Kwun Tong.")])
    assert best == "company_profile" and score >= load_rules()["min_score"]


def test_a_plan_that_tells_its_setting_up_stays_a_plan():
    # a new company's plan tells when it was set up and whom it will take on: what is to come makes it a plan
    best, _ = best_type([(140, "Riverbend Glassworks Limited"), (140, "The company was set up in August 2026 to make lighting glass."),
                     (140, "We anticipate sales of HK$2.2M in the first financial year and intend to take on five staff in Hong Kong.")])
    assert best == "business_plan"


@pytest.mark.parametrize("major, post", [("市场营销", "Market Research Analyst"), ("Marketing", "Brand Insights Manager")])
def test_market_research_uses_a_marketing_degree(major, post):
    assert "business" in related_families(major, post)
