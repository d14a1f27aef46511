"""The two-hundred-and-fifteenth drawn set (sample_docs/drawn_departures_twohundredfifteenth.py), a test set of three
consents and three work letters, read cold at 22 / 24. What it needed: a person named between a post and an honorific
('副教授孟书瑶同志拟赴香港'); an end told by 调离 ('于2018年12月31日调离我院'). Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_person_between_a_post_and_an_honorific():
    doc = doc_of_rows([[(600, "东湖理工大学")], [(660, "同意函")],
                       [(140, "我校机械学院讲师鲁子航同志拟赴香港工作。经研究，学校同意其前往。")], [(920, "东湖理工大学人事处")],
                       [(980, "2026年11月20日")]])
    assert registry.extract("consent_letter", doc)["applicant_name"].value == "鲁子航"


def test_an_end_told_by_a_transfer_away():
    doc = doc_of_rows([[(660, "工作证明")], [(140, "我院职工邓心怡，2012年3月5日到岗，担任主管护师，于2019")], [(140, "年10月8日调离我院。特此证明。")],
                       [(900, "柳州柳江人民医院")], [(980, "2026年11月16日")]])
    assert registry.extract("work_experience_letter", doc)["end_date"].value == "2019-10-08"
