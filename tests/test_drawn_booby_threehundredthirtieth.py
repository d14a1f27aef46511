"""The three-hundred-and-thirtieth and -thirty-first drawn sets (sample_docs/drawn_booby_threehundredthirtieth.py,
drawn_loon_threehundredthirtyfirst.py), read cold at 10 / 12 and 20 / 21: a post 'in the function of …' not read; a
Hong Kong company's 恒 written 恆 when the page was set in traditional characters (every OpenCC standard writes 恆,
Hong Kong prints 恒); a contract's post after 甲方之 read with its 之. What they needed: 'in the function of' a post's
cue; 恒 kept on a traditional page; 甲方之 no part of the post. Tested on other wording."""
from extractors import registry
from pipeline.text import simplified_only_as_traditional
from tests.synthetic import doc_of_rows


def test_a_post_in_the_function_of():
    doc = doc_of_rows([[(160, "Oakridge Tools (Dongguan) Co., Ltd.")], [(160, "Ms. PAN Xiaoyu worked with us from 02.05.2016 until 30.11.2022")],
                       [(160, "in the function of Export Sales Coordinator, based in our Dongguan office.")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "Export Sales Coordinator"


def test_heng_kept_on_a_traditional_page():
    assert simplified_only_as_traditional("恒隆地產代理有限公司") == "恒隆地產代理有限公司"
    assert simplified_only_as_traditional("项目經理") == "項目經理"


def test_a_post_after_party_a_and_its_zhi():
    doc = doc_of_rows([[(600, "僱傭合約")], [(160, "甲方：港灣智能物流有限公司")], [(160, "乙方：尤嘉欣")],
                       [(160, "一、乙方同意出任甲方之物流系統分析師，合約期兩年。")]])
    assert registry.extract("employment_contract", doc)["position"].value == "物流系統分析師"
