"""The hundred-and-twenty-fifth drawn set (sample_docs/drawn_certificates_hundredtwentyfifth.py), read cold at 24 / 27.
What it needed: a certificate numbered in the Taiwan and Hong Kong way, its year in brackets ('(108)南科大碩字第001234號');
a field of study that lists its parts before its 'and' ('Mechanical Design, Manufacturing and Automation'); a
contract's term on a line labelled 'Contract'."""
from extractors import registry
from extractors.value_types import _subject
from tests.synthetic import doc_of_rows
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_a_number_with_its_year_in_brackets():
    doc = _han_doc([(620, "南屏科技大學"), (680, "學位證書"), (160, "(108)南科大碩字第001234號"),
                    (160, "學生林佩蓉，女，在本校電機工程學系碩士班修業期滿，成績及格，授予工學碩士學位。")])
    assert registry.extract("degree_certificate", doc)["certificate_number"].value == "(108)南科大碩字第001234號"


def test_a_field_listed_to_its_and():
    assert _subject("Mechanical Design, Manufacturing and Automation") == "Mechanical Design, Manufacturing and Automation"
    assert _subject("Law, Politics and Society, Class I") == "Law, Politics and Society"
    assert _subject("Computer Science, First Class Honours") == "Computer Science"


def test_a_term_labelled_contract():
    doc = doc_of_rows([[(130, "Dear Xu Ming,")], [(130, "We are delighted to offer you the position of Robotics Software Engineer")],
                       [(130, "with Brightwater Robotics Limited on the following terms:")], [(150, "- Start date: 1 March 2027")],
                       [(150, "- Contract: 24 months, renewable")], [(150, "- Salary: HKD 62,000 per month")]])
    assert registry.extract("employment_contract", doc)["term_months"].value == 24
