"""The two-hundred-and-ninety-fifth drawn set (sample_docs/drawn_rail_twohundredninetyfifth.py), four graduation
certificates read cold at 22 / 24. What it needed, on a certificate in capitals: the school's name in capitals ending
before the small word that goes on with the sentence ('… INSTITUTE OF TECHNOLOGY ON 30 JUNE 2018'); a subject named as a
list ('Mechanical Design, Manufacturing and Automation') without the school after it. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_certificate_in_capitals():
    doc = doc_of_rows([[(140, "CERTIFICATE OF GRADUATION")],
                       [(140, "THIS IS TO CERTIFY THAT LIANG QIAO, FEMALE, HAS GRADUATED FROM THE THREE-YEAR PROGRAMME IN FOOD")],
                       [(140, "SCIENCE, NUTRITION AND SAFETY OF")], [(140, "HUAIHE INSTITUTE OF AGRICULTURE IN JULY 2016.")]])
    read = registry.extract("graduation_certificate", doc)
    assert read["institution"].value == "HUAIHE INSTITUTE OF AGRICULTURE"
    assert read["major"].value == "FOOD SCIENCE, NUTRITION AND SAFETY"
