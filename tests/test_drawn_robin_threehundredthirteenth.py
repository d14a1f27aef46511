"""The three-hundred-and-thirteenth drawn set (sample_docs/drawn_robin_threehundredthirteenth.py), of qualification
reports, read cold at 32 / 36. Its report told in one sentence gave its holder's birth date as the graduation date and
no sex. What it needed: 'graduated from' a graduation's cue nearer the date than the 'from' of a stay's start, and a
report's reading by role (data/prose.yaml); the sex set off by commas in the holder's sentence. Tested on other
wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_report_told_in_a_sentence():
    doc = doc_of_rows([[(520, "Academic Qualification Verification Report")],
                       [(140, "Ms. PAN Yuxin, female, born on 03/11/1996, graduated from Lingnan Coastal College on")],
                       [(140, "01/07/2018 with a bachelor's degree. Certificate number: 194331201805000862")],
                       [(140, "Online verification code: 7KDQ2X9M4TWB8ZRN")]])
    read = registry.extract("qualification_report", doc)
    assert read["graduation_date"].value == "2018-07-01"
    assert read["sex"].value == "F"


def test_a_chinese_report_names_the_sex_between_commas():
    doc = doc_of_rows([[(520, "学历核验结果")], [(140, "申报人 卢嘉怡，女， 1995年 8月 2日出生， 2017年 6月毕业于华南工商学院。")],
                       [(140, "在线验证码： B3XK9QW2M7TZ4RPD")]])
    assert registry.extract("qualification_report", doc)["sex"].value == "F"
