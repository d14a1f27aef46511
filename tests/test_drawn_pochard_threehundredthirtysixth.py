"""The three-hundred-and-thirty-sixth drawn set (sample_docs/drawn_pochard_threehundredthirtysixth.py), read cold at
15 / 20 and left unmended at stop 76: a Taiwan university's diploma titled 畢業證書 that also confers the degree was
typed a graduation certificate, so none of the degree's fields counted, and its holder ('學生林冠廷係臺灣省…人') was
not read. What it needed: a paper that confers a degree is a degree certificate whatever its title (doc_types.yaml
`overrules`); a holder before 係 ('is'). Tested on other wording."""
from extractors import registry
from tests.synthetic import best_type, doc_of_rows


def test_a_diploma_that_confers_a_degree_is_a_degree_certificate():
    rows = [(560, "南嶼大學"), (600, "畢業證書"), (160, "學生黃柏翰係新竹縣人民國八十九年一月九日生"),
            (160, "在本校資訊管理學系修畢規定課程經考核及格准予畢業"), (160, "並依法授予管理學士學位此證"), (160, "校長 周明德")]
    assert best_type(rows)[0] == "degree_certificate"


def test_an_english_diploma_that_admits_to_a_degree():
    rows = [(600, "DIPLOMA"), (500, "Westbay Polytechnic University"), (160, "This is to certify that Chen Meiling"),
            (160, "having completed the prescribed course of study"), (160, "was admitted to the Degree of Bachelor of Arts"),
            (160, "Given under the seal of the University on 30 June 2018")]
    assert best_type(rows)[0] == "degree_certificate"


def test_a_graduation_certificate_that_confers_nothing_stays_one():
    rows = [(600, "毕业证书"), (160, "学生宋嘉怡，性别女，一九九八年四月生，于二〇一六年九月至二〇二〇年六月"),
            (160, "在本校财务管理专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"), (160, "校长：何立群")]
    assert best_type(rows)[0] == "graduation_certificate"


def test_a_holder_before_is():
    doc = doc_of_rows([[(600, "學位證書")], [(160, "學生葉芷瑜係屏東縣人民國九十年八月三日生")],
                       [(160, "在本校應用外語學系修業期滿依法授予文學士學位")]])
    assert registry.extract("degree_certificate", doc)["holder_name"].value == "葉芷瑜"
