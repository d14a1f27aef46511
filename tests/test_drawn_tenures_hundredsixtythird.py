"""The hundred-and-sixty-third drawn set (sample_docs/drawn_tenures_hundredsixtythird.py), a test set of four work
experience letters drawn after those letters' mends, read cold at 13 / 15. What it needed: a table of posts held one
after another read for the whole time worked, first start to last end (its period column's first cell is one post's
time, and the sentences' reader does not stand over the rows joined). Left: the post of the latest row ('市场经理'); the
first row's is read."""
from extractors import registry
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_posts_held_one_after_another():
    doc = _han_doc([(560, "员工任职情况证明"), (140, "姓名：龙嘉琪　身份证号：430102199305216024"), (140, "起止日期　部门　职务"),
                    (140, "2015年7月1日至2018年6月30日　市场部　市场专员"), (140, "2018年7月1日至2023年9月30日　市场部　市场经理"),
                    (140, "特此证明。"), (900, "长沙星沙文化传媒有限公司"), (980, "2026年11月12日")])
    read = registry.extract("work_experience_letter", doc)
    assert (read["start_date"].value, read["end_date"].value) == ("2015-07-01", "2023-09-30")
