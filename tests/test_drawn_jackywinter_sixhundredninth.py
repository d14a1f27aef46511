"""The six-hundred-and-ninth drawn set (sample_docs/drawn_jackywinter_sixhundredninth.py), stop 86's second round, read cold at
13 / 18: a plan whose first section is headed by a profile's title ('一、公司概況') typed a profile; a travel document's number in
letter boxes whose J and 1 PP-OCR's Chinese model read as 丁 and 】. Tested on other wording."""
from extractors.forms import DIGITS, LETTERS, _in_alphabet
from tests.synthetic import best_type


def test_a_numbered_sections_title_heads_no_paper():
    rows = [(560, "青禾智能物流有限公司"), (600, "商业计划书（2027—2029）"), (160, "1. 公司简介"), (160, "本公司于2026年8月在香港注册成立，注册资本港币八十万元，"),
            (160, "主要为本地零售商提供仓储自动化服务，客户包括多家连锁超市。"), (160, "2. 未来三年预测"),
            (160, "预计营业额（港元） 2,400,000 3,100,000 4,000,000"), (160, "本地员工人数 3 5 6")]
    assert best_type(rows)[0] == "business_plan"


def test_box_letters_read_as_han_lookalikes():
    assert _in_alphabet("丁【N", LETTERS) == "JIN"
    assert _in_alphabet("K丁5【】20", LETTERS + DIGITS) == "KJ51120"
    assert _in_alphabet("【9】2", DIGITS) == "1912"
