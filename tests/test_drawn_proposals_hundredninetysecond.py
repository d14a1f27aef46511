"""The hundred-and-ninety-second drawn set (sample_docs/drawn_proposals_hundredninetysecond.py), an eighth test set of
five business plans, read cold at 10 / 15. What it needed: roles 'all to be filled by Hong Kong residents'; a sum's
sentence ending at its full stop (the next sentence's 'HK$1.3 million' is no capital); local people named by their work
as a label ('Local instructors: 4'), not local users or buyers; a plan known by its capital paid in."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_roles_all_filled_by_residents():
    doc = doc_of_rows([[(140, "Oakhollow Robotics Limited")], [(140, "Paid-up capital: HK$600,000")],
                       [(140, "We will open five posts, all to be filled by Hong Kong permanent residents.")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 5


def test_a_sums_sentence_ends_at_its_full_stop():
    doc = doc_of_rows([[(140, "Tallpine Accounting Limited")],
                       [(140, "The paid-up capital is HK$250,000. We expect fees of about HK$2.2 million in the first year.")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 250000.0


def test_local_people_as_a_label_not_local_users():
    doc = doc_of_rows([[(140, "Capital paid in: HK$400,000")], [(140, "Local coaches: 3")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 3
    users = doc_of_rows([[(140, "Capital paid in: HK$400,000")], [(140, "Local users in the first year: 5000")]])
    assert "local_jobs" not in registry.extract("business_plan", users)
