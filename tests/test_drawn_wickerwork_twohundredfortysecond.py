"""The two-hundred-and-forty-second drawn set (sample_docs/drawn_wickerwork_twohundredfortysecond.py): a contract, a BR
certificate, a degree, a consent and a plan, read cold at 23 / 26. What it needed: a holder named before ', born on'
('Ms. WEI Lanting, born on …'); a title that a sentence wraps onto a line of its own, the next line's label not ending
it ('Bachelor of' / 'Management.' over 'President: …'); a name that ends where an application begins (…冯思琪应聘…).
And the 243rd set (two ID 990A, an ID 990B as a letter, a work letter), read cold at 29 / 30: a stay labelled 'Worked
with us:'. Tested on other wording."""
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


def test_a_stay_labelled_as_worked_with_us():
    # (the 243rd set, read cold at 29 / 30: its stay under 'Worked with us:')
    doc = doc_of_rows([[(140, "Foshan Riverbend Ceramics Co., Ltd.")], [(140, "CERTIFICATE OF SERVICE")], [(140, "Ms. LEI Xiaoman")],
                       [(140, "Served with us: 12 April 2013 to 31 October 2019")], [(140, "Final post: Glaze Chemist")],
                       [(140, "Issued 24 November 2026")]])
    fields = registry.extract("work_experience_letter", doc)
    assert (fields["start_date"].value, fields["end_date"].value) == ("2013-04-12", "2019-10-31")
