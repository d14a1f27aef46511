"""The three-hundred-and-tenth drawn set (sample_docs/drawn_finch_threehundredtenth.py), of business plans, read cold at
10 / 12: 'The shareholders have injected HK$900,000 in cash' gave no capital; milestones whose first-year headcount is
summed in brackets ('(4 local staff by the end of year one)') gave the first hires. What it needed: 'have injected' a
capital's label; a count of people by the end of the first year the team's total. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_what_the_owners_have_injected_is_the_capital():
    doc = doc_of_rows([[(140, "Seaholly Skin Clinic Limited")],
                       [(140, "Our owner has injected HK$750,000. We expect fee income of HK$2,200,000 in the first year.")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 750000.0


def test_the_headcount_at_the_end_of_the_first_year():
    doc = doc_of_rows([[(140, "Quarry Bay Audio Rental Limited - plan")], [(140, "Quarter 1: hire 1 local technician")],
                       [(140, "Quarter 3: hire 2 more technicians, 3 local staff by end of the first year")],
                       [(140, "Projected turnover: HK$1,500,000")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 3
