"""The two-hundred-and-eightieth drawn set (sample_docs/drawn_sandgrouse_twohundredeightieth.py), a whole clean
application read cold at 69 / 69 with a false alarm on the post's relevance (采购经理 and 国际经济与贸易) and the drawn
portrait. What it needed: trade as a field of study whose posts buy, sell and ship goods, in both scripts. Tested on other
wording."""
from validators.derived import related_families


def test_trade_posts_use_a_trade_degree():
    assert related_families("International Trade", "Procurement Officer") and related_families("国际商务", "外贸跟单员")


def test_a_trade_degree_is_no_nurses():
    assert not related_families("国际经济与贸易", "Staff Nurse")
