"""The three-hundred-and-twelfth drawn set (sample_docs/drawn_kinglet_threehundredtwelfth.py), of work experience
letters, read cold at 15 / 16: '在我公司质量管理部任质量工程师' gave no post (任 a post's cue only after the unit itself).
What it needed: 任 after a department (部, 处, 中心, 科, 室) a post's cue. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_post_after_a_department():
    doc = doc_of_rows([[(640, "工作证明")], [(160, "兹证明 邵嘉诚 于 2014年 6月 3日至 2021年 8月 31日在本公司财务中心任成本会计。")],
                       [(860, "佛山顺德家电配件有限公司")]], han=False)
    assert registry.extract("work_experience_letter", doc)["position"].value == "成本会计"
