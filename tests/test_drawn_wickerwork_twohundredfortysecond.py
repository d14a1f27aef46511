"""The two-hundred-and-forty-second drawn set (sample_docs/drawn_wickerwork_twohundredfortysecond.py): a contract, a BR
certificate, a degree, a consent and a plan, read cold at 23 / 26. What it needed: a holder named before ', born on'
('Ms. WEI Lanting, born on …'); a title that a sentence wraps onto a line of its own, the next line's label not ending
it ('Bachelor of' / 'Management.' over 'President: …'); a name that ends where an application begins (…冯思琪应聘…).
Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_holder_named_before_born_on_and_a_degree_wrapped():
    doc = doc_of_rows([[(140, "Xiangshan Maritime University")], [(140, "BACHELOR'S DEGREE")],
                       [(140, "Mr. DONG Haoran, born on 3 May 1997, having completed the programme in Marine Engineering, is awarded the degree of")],
                       [(140, "Bachelor of Engineering.")], [(140, "Chairman: LIANG Wei")], [(140, "1 July 2019")]])
    fields = registry.extract("degree_certificate", doc)
    assert (fields["holder_name"].value, fields["degree"].value) == ("DONG HAORAN", "Bachelor of Engineering")


def test_a_name_that_ends_where_an_application_begins():
    doc = doc_of_rows([[(140, "同意函")], [(140, "兹同意我院职工孔令仪应征香港某科技公司数据工程师岗位。")], [(140, "杭州西溪信息研究院")]])
    assert registry.extract("consent_letter", doc)["applicant_name"].value == "孔令仪"
