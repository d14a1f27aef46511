"""The eighty-fifth drawn set (sample_docs/drawn_slides_eightyfifth.py), read cold at 25 / 28. What it needed:
local hires counted ('3 local hires in Y1'); a testamur's subject under an 'in' on a line of its own; a company's
equity stated as a capital deficiency or a total deficit, which is negative."""
from extractors.applicant_docs import extract_degree
from extractors.business_plan import extract as extract_plan
from extractors.financial_statement import extract as extract_statements
from tests.synthetic import doc_of_rows


def test_local_hires_counted():
    assert extract_plan(doc_of_rows([[(100, "People: we expect 5 local hires by the end of year two")]]))["local_jobs"].value == 5


def test_a_subject_under_an_in_of_its_own():
    doc = doc_of_rows([[(500, "Be it known that")], [(500, "WEN Xiaoyu")], [(500, "was admitted to the degree of")],
                       [(500, "Bachelor of Engineering")], [(500, "with First Class Honours")], [(560, "in")], [(500, "Civil and Structural Engineering")]])
    assert extract_degree(doc)["major"].value == "Civil and Structural Engineering"


def test_a_deficiency_is_negative_equity():
    doc = doc_of_rows([[(160, "Statement of financial position at 31 March 2026")], [(1000, "2026")], [(160, "Revenue"), (1000, "310,200")],
                       [(160, "Deficiency in assets"), (1000, "185,400")]])
    assert extract_statements(doc)["total_equity"].value == -185400
