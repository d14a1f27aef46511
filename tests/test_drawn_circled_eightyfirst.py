"""The eighty-first drawn set (sample_docs/drawn_circled_eightyfirst.py), read cold at 22 / 28. What it needed:
captions in brackets under the line they caption ('(Surname)  (Given names)'); a salutation's name is not the
letter's subject ('Dear Ms Chan'), and a role set before the name with a comma ('our optical engineer, ZHENG Kai,')
is passed; a statement's item wrapped onto the line that holds its figures; jobs 'for Hong Kong residents'."""
from extractors import registry
from extractors.business_plan import extract as extract_plan
from extractors.consent import extract as extract_consent
from extractors.declared import read_declared
from extractors.financial_statement import extract as extract_statements
from tests.synthetic import doc_of_rows


def test_captions_in_brackets_under_their_values():
    doc = doc_of_rows([[(120, "1. Full name"), (480, "CHEN"), (820, "JIAYI")], [(480, "(Surname)"), (820, "(Given names)")],
                       [], [(120, "2. Post"), (480, "Battery Test Engineer")]], step=40)
    read = read_declared("applicant_form", doc)
    assert (read["surname"].value, read["given_names"].value) == ("CHEN", "JIAYI")


def test_the_subject_after_a_role_and_not_the_salutations_name():
    doc = doc_of_rows([[(160, "Dear Ms Lin,")],
                       [(160, "Our institute agrees and gives consent for our senior chemist, TAN Yuxuan, to join your")],
                       [(160, "company in Hong Kong from January next year.")]])
    assert registry.extract("consent_letter", doc)["applicant_name"].value == "TAN YUXUAN"
    addressed = doc_of_rows([[(160, "Dear Ms Lin,")], [(160, "We consent to the employment of our engineer in Hong Kong.")]])
    assert "applicant_name" not in extract_consent(addressed)


def test_an_item_wrapped_onto_the_line_of_its_figures():
    doc = doc_of_rows([[(160, "Revenue"), (1100, "5,310,200")], [(160, "Profit before taxation"), (1100, "902,400")],
                       [(160, "Profit after tax attributable to")], [(180, "equity holders of the company"), (1100, "766,900")]])
    assert extract_statements(doc)["profit"].value == 766900


def test_jobs_for_hong_kong_residents():
    doc = doc_of_rows([[(160, "In its first year the company will create 4 jobs for Hong Kong residents and two for others.")]])
    assert extract_plan(doc)["local_jobs"].value == 4
