"""The hundred-and-fifty-second drawn set (sample_docs/drawn_testamurs_hundredfiftysecond.py), four certificates in
wording and layouts no set drew, read cold at 22 / 24. What it needed: a testamur's subject on a line of its own with its
'in', under the degree in capitals ('MASTER OF SCIENCE' / 'in Data Analytics'); a graduation certificate's number after
its registry's name for it (证书电子注册号)."""
from extractors import registry
from tests.synthetic import doc_of_rows
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_a_subject_with_its_in_under_the_degree():
    doc = doc_of_rows([[(560, "UNIVERSITY OF EASTMOOR")], [(500, "This is to certify that")], [(640, "LI WENJUN")],
                       [(420, "was admitted to the degree of")], [(560, "MASTER OF SCIENCE")], [(600, "in Data Analytics")],
                       [(200, "Given under the seal of the University on the twelfth day of July 2024")]])
    assert registry.extract("degree_certificate", doc)["major"].value == "Data Analytics"


def test_a_number_after_its_registry_name():
    doc = _han_doc([(640, "毕业证书"), (180, "学生韦明轩，性别男，2000年3月15日生，于2018年9月至2021年6月在本校数控技术专业三年制专科学习，"),
                    (180, "修完教学计划规定的全部课程，成绩合格，准予毕业。"), (900, "校名：桂北职业技术学院"), (900, "2021年6月28日"),
                    (180, "证书电子注册号：198746202106000412")])
    assert registry.extract("graduation_certificate", doc)["certificate_number"].value == "198746202106000412"
