"""The two-hundred-and-forty-fourth drawn set (sample_docs/drawn_bellbuoy_twohundredfortyfourth.py), a whole clean
application, read cold at 61 / 64 with a false alarm (`contract.relevant_to_qualification` judged the post against a
major misread): its master's degree in the official wording ('在…专业学位授予点上已通过硕士学位的课程考试…授予…学位') had
its major cut after 专业学位授予点 (taken for a professional degree), its degree read from 学位授予点's 授予, and its
school taken with the degree before it. A 学位授予点 is the major's, never a degree awarded; the school that signs by its
degree committee is the school. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_masters_degree_in_the_official_wording():
    doc = doc_of_rows([[(140, "硕士学位证书")],
                       [(140, "　　韩雪松，男，一九九零年四月九日生。在环境工程专业学位授予点上已通过硕士学位的课程考试和论文答辩，")],
                       [(140, "成绩合格。根据《中华人民共和国学位条例》的规定，授予工学硕士学位")], [(140, "梧桐理工大学学位评定委员会")],
                       [(140, "二〇一六年六月二十八日")]])
    fields = registry.extract("degree_certificate", doc)
    assert (fields["major"].value, fields["degree"].value, fields["institution"].value) == ("环境工程", "工学硕士学位", "梧桐理工大学")
