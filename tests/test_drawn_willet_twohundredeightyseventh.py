"""The two-hundred-and-eighty-seventh drawn set (sample_docs/drawn_willet_twohundredeightyseventh.py), four business plans
read cold at 8 / 12. What it needed: a label inside a question answered after its mark ('How much will the owners put
in?  HK$600,000.'); Hong Kong jobs as a caption; a headcount a later milestone of the first year raises (增至) over the
first hires. Tested on other wording."""
from extractors import registry
from extractors.plan_hires import local_hires
from tests.synthetic import doc_of_rows


def test_questions_answered_after_their_marks():
    doc = doc_of_rows([[(140, "Larkspur Florists Limited")], [(140, "What will the founders put in?  HK$450,000 in cash.")],
                       [(140, "What sales do you forecast for the first year?  HK$1.8 million.")]])
    read = registry.extract("business_plan", doc)
    assert (read["capital_hkd"].value, read["projected_turnover_hkd"].value) == (450000.0, 1800000.0)


def test_hong_kong_jobs_as_a_caption_over_its_figure():
    doc = doc_of_rows([[(140, "Hong Kong jobs in year one"), (700, "Paid-up capital")], [(140, "6"), (700, "HK$300,000")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 6


def test_a_headcount_raised_by_a_later_milestone_of_the_first_year():
    text = "第2个月：聘请本地员工1名；第9个月：本地员工增加至3名；第20个月：本地员工增至8名。"
    assert local_hires(text)[0] == 3


def test_no_answer_taken_from_a_yes_no_question_or_a_bracketed_instruction():
    doc = doc_of_rows([[(100, "Is the post on the Talent List of Hong Kong? (please tick)")], [(200, "Yes"), (400, "No")],
                       [(100, "We wish to employ the applicant in the post of  PROJECT SURVEYOR  at a monthly salary")]])
    assert registry.extract("employer_form", doc)["position"].value == "PROJECT SURVEYOR"
