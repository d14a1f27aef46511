"""The two-hundred-and-seventy-seventh drawn set (sample_docs/drawn_lapwing_twohundredseventyseventh.py), read cold at
18 / 29. What it needed: an item's number half read ('1.' as a lone '.') joins its line, not a line of its own between a
question and its answer; 'you are appointed' a post's cue; an offer known by its monthly base and initial contract; a
notice or a probation in months no term. Tested on other wording."""
from extractors import registry
from extractors.value_types import _months
from pipeline.classify import load_rules
from pipeline.model import Word, group_lines
from tests.synthetic import best_type, doc_of_rows


def test_a_lone_point_before_a_question_joins_its_line():
    words = [Word(text=".", bbox=(150, 318, 156, 324), conf=0.5)]
    x = 180
    for token in "Which post is offered?".split():
        words.append(Word(text=token, bbox=(x, 300, x + 15 * len(token), 326), conf=0.95))
        x += 15 * len(token) + 9
    words.append(Word(text="Buyer", bbox=(180, 344, 255, 370), conf=0.95))
    assert [[w.text for w in line] for line in group_lines(words)] == [[".", "Which", "post", "is", "offered?"], ["Buyer"]]


def test_you_are_appointed_names_the_post():
    doc = doc_of_rows([[(140, "Harbourside Architects Limited")],
                       [(140, "You are appointed Project Architect with effect from 1 May 2027 at HK$52,000 a month.")]])
    assert registry.extract("employment_contract", doc)["position"].value == "Project Architect"


def test_an_offer_by_its_monthly_base_and_initial_contract():
    best, score = best_type([(140, "Dear Ms. HU,"), (140, "We would like you to join us as Data Analyst, on a monthly base of HKD 41,000"),
                             (140, "and an initial contract of eighteen months.")])
    assert best == "employment_contract" and score >= load_rules()["min_score"]


def test_a_notice_or_a_probation_is_no_term():
    assert [_months(t) for t in ("one month's notice", "6 months probation", "6 months", "三個月試用期")] == [None, None, 6, None]
