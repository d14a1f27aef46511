"""The hundred-and-fifty-fourth drawn set (sample_docs/drawn_sponsors_hundredfiftyfourth.py), a test set of four ID
990B forms drawn after the employer form's mends, read cold at 23 / 24. What it needed: the applicant asked for as
'Whom does it wish to employ?' (the mend before had 'the person you wish to employ'; a label is data, and each new
wording of it still costs a field)."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_whom_does_it_wish_to_employ():
    doc = doc_of_rows([[(1260, "ID 990B")], [(140, "Which company is applying?"), (760, "Riverton Biologics Limited")],
                       [(140, "Whom does it wish to employ?"), (760, "QIU Yanan")], [(140, "In what post?"), (760, "Bioprocess Engineer")]])
    assert registry.extract("employer_form", doc)["applicant_name"].value == "QIU YANAN"
