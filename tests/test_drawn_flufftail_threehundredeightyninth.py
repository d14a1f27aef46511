"""The three-hundred-and-eighty-ninth to -ninety-fourth drawn sets (sample_docs/drawn_flufftail_threehundredeightyninth.py
… drawn_crowned_threehundredninetyfourth.py), read cold at 90 / 97: a letter typed none ('has been with … having joined
on …, currently works as'); 现任公司财务总监 no post (公司 the firm's own word); a holder after 'confers the degree of …
upon'; a school whose name holds a row's label (楚雄民族学院, 民族) cut there; a level whose bracket lost its close
(本科（四年). Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import best_type, doc_of_rows


def test_years_with_the_firm_type_a_letter():
    rows = [(160, "Bluefern Dairy (Hohhot) Co., Ltd."), (160, "Mr. AN Rui has been with us for nine years, having joined in 2017;"),
            (160, "he currently works as Quality Inspector.")]
    assert best_type(rows)[0] == "work_experience_letter"


def test_the_firms_post():
    rows = [[(700, "在职证明")], [(160, "兹证明袁子墨自2016年3月1日起在我公司工作，现任公司人事经理一职。")], [(900, "贵阳筑城物业服务有限公司")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["position"].value == "人事经理"


def test_a_holder_after_the_degree_conferred():
    rows = [[(500, "WESTRIDGE UNIVERSITY")], [(220, "the University hereby confers the degree of")], [(220, "MASTER OF ARTS")],
            [(220, "upon")], [(220, "QIN HAOYU")], [(220, "Given this 2nd day of July 2021")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["holder_name"].value == "QIN HAOYU"


def test_a_school_whose_name_holds_a_rows_label():
    rows = [[(500, "学历信息")], [(220, "姓名：龙思雨")], [(220, "院校名称：黔南民族学院")], [(220, "层次：专科（三年")]]
    out = extract("qualification_report", doc_of_rows(rows, han=True, source="ocr"))
    assert (out["institution"].value, out["level"].value) == ("黔南民族学院", "专科")
