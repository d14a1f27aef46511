"""The two-hundred-and-second drawn set (sample_docs/drawn_records_twohundredsecond.py), a fifth test set of four work
experience letters, read cold at 11 / 16. What it needed: a letter known for what it is by a stay with the firm told
with its end ('on our payroll since … until her departure', 'employed with us … till'), not by one phrase; a post
after 承担 ('承担系统架构师工作') where no post is named otherwise."""
import pytest

from extractors import registry
from pipeline.classify import load_rules
from tests.synthetic import best_type
from tests.test_drawn_slips_hundrednineteenth import _han_doc


@pytest.mark.parametrize("told", [
    "Mr. KONG Weiran was on our payroll from 3 June 2013 until 30 April 2020 as a Field Service Engineer.",
    "Ms. PAN Yuting was in our employ from 2011 till 2019, latterly as Senior Buyer.",
])
def test_a_letter_that_tells_a_stay_with_the_firm_and_its_end(told):
    best, score = best_type([(140, "Harbin Northstar Instruments Co., Ltd."), (140, "Dear Sir or Madam,"), (140, told)])
    assert best == "work_experience_letter" and score >= load_rules()["min_score"]


def test_a_post_after_chengdan():
    doc = _han_doc([(700, "工作证明"), (140, "李晓峰同志，自2015年3月2日入职我单位，在财务处承担高级会计师"),
                    (140, "工作，2021年8月31日离职。特此证明。"), (900, "广州南沙港务研究所"), (980, "2026年11月20日")])
    assert registry.extract("work_experience_letter", doc)["position"].value == "高级会计师"
