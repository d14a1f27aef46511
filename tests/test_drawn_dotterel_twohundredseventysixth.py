"""The two-hundred-and-seventy-sixth drawn set (sample_docs/drawn_dotterel_twohundredseventysixth.py), a whole
application read cold at 62 / 62 (its ID 990B's wrong Talent List answer caught). What it needed: marine science and its
posts as a field of study, in both scripts. Tested on other wording."""
from validators.derived import related_families


def test_marine_posts_use_a_marine_degree():
    assert related_families("海洋技术", "Oceanographer") and related_families("Marine Biology", "海洋调查员")


def test_a_marine_degree_is_no_accountants():
    assert not related_families("海洋科学", "Accounts Clerk")
