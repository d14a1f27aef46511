"""The two-hundred-and-eighty-eighth drawn set (sample_docs/drawn_jacana_twohundredeightyeighth.py), four graduation
certificates read cold at 16 / 24. What it needed: 'Certificate of Graduation' as a title; no paper's name taken for its
holder's (研究生毕业证书 opens with the label 研究生, and 毕 is a surname); an associate programme as a level. Tested
on other wording."""
from extractors import registry
from extractors.value_types import PARSERS
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_a_certificate_of_graduation():
    best, score = best_type([(140, "CERTIFICATE OF GRADUATION"), (140, "Student LUO Jia, female, studied Nursing at this college"),
                             (140, "from September 2013 to July 2016 and has completed the programme.")])
    assert best == "graduation_certificate" and score >= load_rules()["min_score"]


def test_no_papers_name_is_a_persons():
    assert PARSERS["person"]("毕业证书") is None and PARSERS["person"]("毕晓东") == "毕晓东"


def test_an_associate_programme_is_a_level():
    doc = doc_of_rows([[(140, "DIPLOMA")], [(140, "This is to certify that HE Lin has completed the two-year associate degree")],
                       [(140, "programme in Logistics Management and graduated on 1 July 2015.")]])
    assert registry.extract("graduation_certificate", doc)["level"].value.lower() == "associate"
