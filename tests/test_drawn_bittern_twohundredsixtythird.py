"""The two-hundred-and-sixty-third drawn set (sample_docs/drawn_bittern_twohundredsixtythird.py), a whole clean
application for a robotics engineer on the Talent List with a notarised degree, read cold at 62 / 64 with no false alarm:
the contract's term in a numbered line 'Length: 2 years' (no label of a term), and the BR certificate's 'INNOCENTRE' split
by the address's mending of lost spaces ('INNO CENTRE', left: a building's one-word name and a street word run together
read alike). 'Length' is a term's label before a colon. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_terms_length():
    doc = doc_of_rows([[(560, "CONTRACT OF EMPLOYMENT")], [(160, "1. Job title: Sous Chef")], [(160, "2. Length: 18 months")],
                       [(160, "3. Salary: HK$32,000 a month")]])
    assert registry.extract("employment_contract", doc)["term_months"].value == 18
