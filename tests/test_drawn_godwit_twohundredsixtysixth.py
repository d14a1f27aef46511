"""The two-hundred-and-sixty-sixth drawn set (sample_docs/drawn_godwit_twohundredsixtysixth.py), read cold at 14 / 32.
What it needed: a dash set apart between a label and its value stands for a colon; posts held in turn (历任…、…) end
with the one reached; a stay told to the month by the words round it (于…入职, 'left in March 2019'); the post 'by the
time he left … was our'; a traditional Chinese plan's words (預期, 首個財政年度, 資本, 員工); the owners' money as capital;
a degree holder after 'the record of', a major after 'who studied'. Tested on other wording."""
from extractors import registry
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_a_dash_between_label_and_value():
    doc = doc_of_rows([[(140, "Qingdao Harbour Cold Chain Co., Ltd.")], [(140, "Employment period — 1 Feb 2011 to 30 Apr 2015")],
                       [(140, "Job title on departure — Senior Buyer")]])
    read = registry.extract("work_experience_letter", doc)
    assert (read["position"].value, read["start_date"].value, read["end_date"].value) == ("Senior Buyer", "2011-02-01", "2015-04-30")


def test_posts_held_in_turn_and_a_stay_in_months():
    doc = doc_of_rows([[(140, "兹证明刘洋同志于 2011年 3月入职我公司，先后担任技术员、主管、车间主任， 2019年 8月离职。")],
                       [(700, "苏州东吴精工机械有限公司")]])
    read = registry.extract("work_experience_letter", doc)
    assert (read["position"].value, read["start_date"].value, read["end_date"].value) == ("车间主任", "2011-03-01", "2019-08-31")


def test_months_and_the_post_at_leaving_in_english():
    doc = doc_of_rows([[(140, "Wuxi Lakeside Textiles Co., Ltd.")],
                       [(140, "Ms. GAO Yan came to us as an analyst in May 2012. When she left in October 2017 she was our")],
                       [(140, "Head of Research.")]])
    read = registry.extract("work_experience_letter", doc)
    assert (read["position"].value, read["start_date"].value, read["end_date"].value) == ("Head of Research", "2012-05-01", "2017-10-31")


def test_a_traditional_chinese_plan_in_a_paragraph():
    best, score = best_type([(140, "公司實收資本港幣50萬元，預期開業後營業額港幣150萬元，並聘請本地員工兩名。")])
    assert best == "business_plan" and score >= load_rules()["min_score"]


def test_the_owners_money_is_the_capital():
    doc = doc_of_rows([[(140, "Owners' money:  HK$260,000")], [(140, "Sales, year one:  HK$900,000")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 260000.0


def test_a_degree_holder_after_the_record_of_and_a_major_after_who_studied():
    doc = doc_of_rows([[(400, "NORTHRIDGE UNIVERSITY")],
                       [(140, "The Senate, having reviewed the record of WU Qing, who studied Civil Engineering, confers on")],
                       [(140, "him the degree of Bachelor of Engineering.")]])
    read = registry.extract("degree_certificate", doc)
    assert (read["holder_name"].value, read["major"].value) == ("WU QING", "Civil Engineering")


def test_a_range_dash_is_no_colon():
    doc = doc_of_rows([[(140, "Shenzhen Bay Tooling Co., Ltd.")], [(140, "Employee"), (500, "Mr. LI Wei")], [(140, "Period"), (500, "Jan 2015 – Dec 2018")],
                       [(140, "Position"), (500, "Tool Designer")]])
    read = registry.extract("work_experience_letter", doc)
    assert (read["start_date"].value, read["end_date"].value) == ("2015-01-01", "2018-12-31")
