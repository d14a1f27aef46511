"""The three-hundred-and-third drawn set (sample_docs/drawn_siskin_threehundredthird.py), read cold at 13 / 15: a letter
naming the post in a bracket after the person ('侯某（技术部，结构工程师）自…') gave no post, and one ending
'…起獲委任為區域財務總監，任職至今' gave '至今'. What it needed: a bracket's last part that ends as a post does
(data/prose.yaml: post_heads) the post; 委任為 a post's cue (起獲委任為 the later post's); 至今 no post after a cue.
Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_post_in_a_bracket_after_the_person():
    doc = doc_of_rows([[(140, "在职证明")], [(140, "兹证明 易文静（财务中心、高级会计师）于 2016年 3月 1日入职我公司，现仍在职。")],
                       [(140, "特此证明。")], [(140, "长沙湘江物流有限公司")]], han=False)
    assert registry.extract("work_experience_letter", doc)["position"].value == "高级会计师"


def test_a_post_one_was_appointed_to_and_holds_to_this_day():
    doc = doc_of_rows([[(140, "服務證明")], [(140, "茲證明 何志遠先生自 2013年 7月 1日起服務本公司， 2020年 6月 1日起獲委任為營運總監，")],
                       [(140, "任職至今。")], [(140, "佛山南海紡織有限公司")]], han=False)
    assert registry.extract("work_experience_letter", doc)["position"].value == "營運總監"
