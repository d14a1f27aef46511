"""The hundred-and-ninety-seventh drawn set (sample_docs/drawn_sponsorships_hundredninetyseventh.py), a test set of
form ID 990B in four layouts, read cold at 19 / 24. What it needed: a title in brackets heads no document ('Name (as in
passport)' on a form is no passport, which split the page in two); that row as the person's name; a Talent List answer
'N/A - not under the list' as no."""
from extractors import registry
from flows.case import analyse_file
from pipeline.ingest import describe_file
from sample_docs.drawn_sponsorships_hundredninetyseventh import passport_name_na_talent
from tests.synthetic import doc_of_rows

ROWS = [[(1280, "ID 990B")], [(140, "Company"), (720, "Birchway Dental Supplies Limited")], [(140, "BR No."), (720, "38204719")],
        [(140, "Name (as in passport)"), (720, "LI YU")], [(140, "Talent List profession"), (720, "N/A - does not apply")]]


def test_a_title_in_brackets_heads_nothing(tmp_path):
    png, _ = passport_name_na_talent()
    (tmp_path / "id990b.png").write_bytes(png)
    assert [d.type for d in analyse_file(describe_file(tmp_path, tmp_path / "id990b.png"), 0).documents] == ["employer_form"]


def test_the_name_as_in_passport_and_a_talent_answer_of_none():
    read = registry.extract("employer_form", doc_of_rows(ROWS))
    assert (read["applicant_name"].value, read["talent_list"].value) == ("LI YU", False)
