"""The two-hundred-and-ninety-second drawn set (sample_docs/drawn_gallinule_twohundredninetysecond.py), two degrees and two
contracts read cold at 25 / 26. What it needed: a translated degree's school without the committee that confers it
('The Academic Degree Evaluation Committee of … hereby confers upon'). Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_the_school_without_its_degree_committee():
    doc = doc_of_rows([[(140, "Degree Certificate")],
                       [(140, "The Degree Assessment Committee of Huaibei University of Technology confers upon SU Ming,")],
                       [(140, "born on 2 June 1994, the degree of Bachelor of Engineering.")]])
    assert registry.extract("degree_certificate", doc)["institution"].value == "Huaibei University of Technology"
