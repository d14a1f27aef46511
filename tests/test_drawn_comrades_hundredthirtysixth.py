"""The hundred-and-thirty-sixth drawn set (sample_docs/drawn_comrades_hundredthirtysixth.py), four consents read cold at
15 / 16. What it needed: 'Comrade' before a name in English, as Mr or Dr."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_comrade():
    doc = doc_of_rows([[(140, "China Huabei Power Engineering Group Co., Ltd.")], [(140, "25 November 2026")],
                       [(140, "Comrade LIU Yang, a senior electrical engineer of our group since 2012, has applied to work in Hong Kong.")],
                       [(140, "After study, the group agrees to his application.")]])
    assert registry.extract("consent_letter", doc)["applicant_name"].value == "LIU YANG"
