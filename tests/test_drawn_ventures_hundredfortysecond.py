"""The hundred-and-forty-second drawn set (sample_docs/drawn_ventures_hundredfortysecond.py), five plans drawn to test
the plans' readers on wording they were not mended for, read cold at 13 / 15. What it needed: local people by role that
a milestone says were hired ('three local sales engineers and one local service technician hired'); a row labelled
'Staff (HK residents)'."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_local_hires_in_a_milestone():
    doc = doc_of_rows([[(140, "Milestones")], [(140, "1. October 2026: company incorporated; HK$2,000,000 of share capital paid up.")],
                       [(140, "3. March 2027: three local sales engineers and one local service technician hired.")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 4


def test_staff_who_are_residents():
    doc = doc_of_rows([[(140, "Plan - key figures")], [(140, "Sales, first year: HK$1,150,000")], [(140, "Staff (HK residents): 5")],
                       [(140, "Staff (from the Mainland): 1")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 5
