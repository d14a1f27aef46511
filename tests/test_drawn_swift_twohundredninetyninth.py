"""The two-hundred-and-ninety-ninth drawn set (sample_docs/drawn_swift_twohundredninetyninth.py), a whole application of a
Talent List actuarial analyst, read cold at 69 / 70 with one false alarm from a misread: its terms of appointment
'Signed for the Company: CHAN Ka Wai, Director' gave the signer as the employer (`employer.name_consistent` failed).
What it needed: a person after the employer's label is its signer, no party. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_the_signer_after_the_employers_label_is_no_employer():
    doc = doc_of_rows([[(140, "Marbleview Reinsurance Brokers Limited")], [(140, "Ms. DU Xin")], [(140, "Terms of appointment")],
                       [(140, "-  Title:  Claims Analyst")], [(140, "-  Start:  1 June 2027")],
                       [(140, "For the Employer:  WONG Siu Ming, Managing Director")], [(140, "Accepted by:  DU Xin")]])
    assert registry.extract("employment_contract", doc)["employer_name"].value == "Marbleview Reinsurance Brokers Limited"
