"""The two-hundred-and-seventy-fourth drawn set (sample_docs/drawn_knot_twohundredseventyfourth.py), read cold at
11 / 18: two letters not known as letters. What it needed: a letter of someone 'has been working' with the firm; 'Job:'
or 'Role:' a post's label and 'Dates:' a stay's, before a colon, so a letter of such rows is known by what it states.
Tested on other wording."""
from extractors import registry
from extractors.stated_type import type_by_contents
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_a_letter_of_someone_who_has_been_working_with_the_firm():
    best, score = best_type([(140, "Xinjiang Tianshan Cotton Research Institute"), (140, "Comrade ZHENG Bo has been working in our institute"),
                             (140, "since March 2009. He is now a Senior Researcher.")])
    assert best == "work_experience_letter" and score >= load_rules()["min_score"]


def test_rows_of_a_role_and_dates_state_a_stay():
    doc = doc_of_rows([[(140, "Anhui Yellow Mountain Tea Co., Ltd.")], [(140, "Employee:  Mr. SUN Hao")], [(140, "Role:  Quality Auditor")],
                       [(140, "Dates:  15.03.2014 – 30.06.2019")]])
    read = registry.extract("work_experience_letter", doc)
    assert (read["position"].value, read["start_date"].value, read["end_date"].value) == ("Quality Auditor", "2014-03-15", "2019-06-30")
    assert type_by_contents(doc, "2026-12-06") == "work_experience_letter"
