"""The seventy-fifth drawn set (sample_docs/drawn_leaders_seventyfifth.py), read cold at 21 / 25. What it needed:
lower-case words after a label up to a wide gap qualify it ('Post to be offered ……… Process Development Scientist',
the dot leader lost; pipeline/word_runs.qualifier); a label's words inside a question with its options ('Post on the
Talent List (Yes/No)') give no value; a question that ends its line answered on the next ('2. What is the projected
turnover in the first year of operation?' over 'HK$ 2,100,000'); a period's length is no count of jobs ('in the
first twelve months')."""
from extractors.base import DocView
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def _doc(rows: list[list[tuple[int, str]]], han: bool = False) -> DocView:
    return doc_of_rows(rows, han=han, top=300, step=90)


def test_a_label_qualified_up_to_a_lost_dot_leader_and_a_question_with_its_options():
    doc = _doc([[(140, "ID 990B")], [(140, "Name of employer"), (880, "Hillside Biologics Limited")],
                [(140, "Post to be offered"), (880, "Process Development Scientist")],
                [(140, "Monthly salary offered"), (880, "HK$49,800")], [(140, "Post on the Talent List (Yes/No)"), (880, "No")]])
    fields = extract("employer_form", doc)
    assert (fields["position"].value, fields["monthly_salary_hkd"].value) == ("Process Development Scientist", 49800)


def test_questions_answered_on_the_line_under_them():
    doc = _doc([[(140, "1. How much capital has been or will be injected into the business?")], [(200, "HK$ 800,000")],
                [(140, "2. What is the projected turnover in the first year of operation?")], [(200, "HK$ 2,100,000")],
                [(140, "3. How many local employees will be hired in the first twelve months?")], [(200, "3")]])
    fields = extract("business_plan", doc)
    assert (fields["capital_hkd"].value, fields["projected_turnover_hkd"].value, fields["local_jobs"].value) == (800000, 2100000, 3)


def test_a_row_of_headings_that_ends_with_a_question_is_no_question_answered_below():
    """Found on the fifty-second and sixty-first sets' 990B of headings over one row, when questions answered below came in."""
    doc = _doc([[(140, "ID 990B")], [(140, "Name of employer"), (700, "Post"), (1000, "Monthly salary (HK$)"), (1400, "Talent List post?")],
                [(140, "Brightwave Precision Limited"), (700, "Design Engineer"), (1000, "38,000"), (1400, "No")]])
    fields = extract("employer_form", doc)
    assert (fields["position"].value, fields["monthly_salary_hkd"].value) == ("Design Engineer", 38000)


def test_the_next_questions_number_ends_a_question_answered_below():
    """Found by the fresh clone's run of the fifty-fourth set's test: 'Q7.' opens the next question, no answer."""
    doc = _doc([[(140, "Q6. What is your post?")], [(140, "Q7. Salary")]])
    assert "position" not in extract("employer_form", doc) or extract("employer_form", doc)["position"].value != "Q7. Salary"
