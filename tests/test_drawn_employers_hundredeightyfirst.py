"""The hundred-and-eighty-first drawn set (sample_docs/drawn_employers_hundredeightyfirst.py), form ID 990B in four
layouts, read cold at 23 / 24. What it needed: the person's surname and given names asked apart in rows of their own,
joined as the applicant's name."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_surname_and_given_names_apart_on_the_employers_form():
    doc = doc_of_rows([[(1280, "ID 990B")], [(160, "Employer"), (640, "Tidewater Veterinary Group Limited")],
                       [(160, "Business registration number"), (640, "48213760")], [(140, "Details of the employee")],
                       [(160, "Family name"), (640, "RAO")], [(160, "First names"), (640, "XINRAN")], [(160, "Position"), (640, "Veterinary Surgeon")]])
    assert registry.extract("employer_form", doc)["applicant_name"].value == "RAO XINRAN"
