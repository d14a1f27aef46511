"""The hundred-and-ninety-eighth drawn set (sample_docs/drawn_indentures_hundredninetyeighth.py), a test set of four
employment contracts, read cold at 22 / 25. What it needed: a Han name without the next clause's number run into it
('邵雨晴一、乙方…'); a post after 甲方 and its department ('担任甲方护理部护士长一职': the department's post, as a work letter's is read); a salary wrapped in its thousands
('港币 38' / ',000元')."""
from extractors import registry
from extractors.value_types import _han_name
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_a_name_without_the_next_clauses_number():
    assert _han_name("邵雨晴一、乙方同意") == "邵雨晴" and _han_name("王一鸣") == "王一鸣"


def test_a_post_after_the_employer_and_its_department_and_a_wrapped_salary():
    doc = _han_doc([(640, "劳动合同"), (140, "甲方：Brightmoor Care Homes Limited"), (140, "乙方：戴婉清"),
                    (140, "一、乙方同意担任甲方康复部物理治疗师一职。二、甲方每月支付乙方工资港币42"), (140, ",000元。")])
    read = registry.extract("employment_contract", doc)
    assert (read["position"].value, read["monthly_salary_hkd"].value) == ("康复部物理治疗师", 42000.0)
