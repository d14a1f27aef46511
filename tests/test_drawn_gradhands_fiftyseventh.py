"""The fifty-seventh drawn set (sample_docs/drawn_gradhands_fiftyseventh.py): graduation certificates in three layouts
no set drew. What they needed: a major read with the college that teaches it ('网络教育学院会计学'); a level printed as
a route ('专科起点本科') as printed, not its first word; a cue after a date that labels the next date ('入学日期
2012年9月1日 毕业日期 2016年6月30日': the second is the graduation; extractors/prose)."""
from extractors.applicant_docs import _without_college
from extractors.prose import Prose, best


def test_a_major_without_its_college():
    assert _without_college("网络教育学院会计学") == "会计学"
    assert _without_college("计算机体系结构") == "计算机体系结构" and _without_college("会计学") == "会计学"


def test_a_cue_that_labels_the_next_date():
    prose = Prose("入学日期 2012年9月1日 毕业日期 2016年6月30日")
    award = best(prose.dates(), "award")
    assert award is not None and award.value == "2016-06-30"
    assert best(Prose("于2016年6月30日毕业").dates(), "award").value == "2016-06-30"
