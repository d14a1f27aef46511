"""The forty-fourth drawn set (sample_docs/drawn_chineseemployer_fortyfourth.py): a whole clean application whose
Hong Kong employer writes in traditional Chinese. What it needed: a post written in Chinese is matched against the
families of study by its Chinese words (data: pipeline/reference_data/relevance.yaml, compared simplified), and
a family for the sciences (a materials engineer's chemistry)."""
from validators.derived import related_families


def test_a_post_in_chinese_is_relevant_to_its_field_of_study():
    assert related_families("材料化学", "材料工程師") == ["sciences"]
    assert "computing" in related_families("计算机科学与技术", "數據工程師")
    assert related_families("化学", "软件工程师") == [] and related_families("历史学", "销售经理") == []
