"""The hundred-and-eighty-second drawn set (sample_docs/drawn_covenants_hundredeightysecond.py), four employment
contracts, read cold at 25 / 26. What it needed: 'Party A' and 'Party B' as the employer's and the employee's labels,
as 甲方 and 乙方 are (a name with '(HK)' in it is no company the page names alone)."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_party_a_is_the_employer():
    doc = doc_of_rows([[(560, "LABOUR CONTRACT")], [(140, "Party A: Hillcrest Kitchen Design (HK) Limited")], [(140, "Party B: Ms YUE Qingqing")],
                       [(140, "Clause 1. Party B shall serve as Interior Designer from 1 July 2027 for two years.")]])
    read = registry.extract("employment_contract", doc)
    assert read["employer_name"].value == "Hillcrest Kitchen Design (HK) Limited"
