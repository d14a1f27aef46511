"""The three-hundred-and-twentieth drawn set (sample_docs/drawn_gannet_threehundredtwentieth.py), of a consent, a BR
certificate, a contract and accounts, read cold at 19 / 21: the BR certificate's 'KWAI FOO ROAD' in a typewriter's
face read 'F00'; the contract's 'What is the pay?' over its sum gave no salary. What it needed: noughts in a word of
capitals read as O; 'pay' a contract's label of the monthly salary. Tested on other wording."""
from extractors import registry
from extractors.value_types import PARSERS
from tests.synthetic import doc_of_rows


def test_noughts_in_a_word_of_capitals_are_os():
    assert PARSERS["address"]("FLAT 3, 9/F, 26 T0NG M00N STREET, SAI KUNG") == "FLAT 3, 9/F, 26 TONG MOON STREET, SAI KUNG"


def test_pay_labels_a_contracts_salary():
    doc = doc_of_rows([[(560, "EMPLOYMENT CONTRACT")], [(140, "Employer"), (600, "Fernbank Robotics Limited")],
                       [(140, "Employee"), (600, "Mr. GAO Minjie")], [(140, "Post"), (600, "Controls Engineer")],
                       [(140, "Pay"), (600, "HK$41,500 per month")]])
    assert registry.extract("employment_contract", doc)["monthly_salary_hkd"].value == 41500.0
