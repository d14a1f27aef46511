"""The two-hundred-and-thirty-third drawn set (sample_docs/drawn_lanterns_twohundredthirtythird.py), a whole clean
application, read cold at 58 / 59 with one false alarm: its ID 990A's Hong Kong degree question, asked in both scripts
('… degree? 是否持有香港學位？'), was answered yes by the '是' of 是否 ('whether'), and `education.not_hk_local_graduate`
routed the case to IANG. 是否 asks; it answers nothing. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_whether_in_a_chinese_question_is_no_answer():
    doc = doc_of_rows([[(140, "Surname 姓"), (860, "Given names 名")], [(140, "QIU"), (860, "LANTING")],
                       [(140, "Post 職位"), (860, "Did you obtain a degree in Hong Kong? 你是否於香港取得學位？")],
                       [(140, "Process Engineer"), (860, "No")]])
    assert registry.extract("applicant_form", doc)["hk_local_degree"].value is False


def test_a_yes_after_a_chinese_question_is_still_yes():
    doc = doc_of_rows([[(140, "持有香港學位 Hong Kong degree holder："), (860, "是 Yes")]])
    assert registry.extract("applicant_form", doc)["hk_local_degree"].value is True
