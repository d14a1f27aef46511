"""The three-hundred-and-fifteenth drawn set (sample_docs/drawn_lark_threehundredfifteenth.py), of graduation
certificates, read cold at 11 / 12: a holder's row ('学生姓名：…') over the certificate's sentence, its first line
indented as far as the row's colon, gave no holder: the sentence was taken for the name wrapping, measured from the
colon's edge. What it needed: a value's wrapped lines measured from the value's first word, not from its colon's.
Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_holder_row_over_a_sentence_indented_to_its_colon():
    doc = doc_of_rows([[(640, "毕业证书")], [(200, "学生姓名：柯雨桐")],
                       [(370, "该生于 2015年 9月至 2019年 6月在本校市场营销专业学习，成绩合格，准予毕业。")],
                       [(820, "岭东商学院")], [(200, "证书编号： 194331201905000318")]], han=True)
    assert registry.extract("graduation_certificate", doc)["holder_name"].value == "柯雨桐"
