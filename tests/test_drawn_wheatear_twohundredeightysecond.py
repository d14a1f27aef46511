"""The two-hundred-and-eighty-second drawn set (sample_docs/drawn_wheatear_twohundredeightysecond.py), read cold at
14 / 19. What it needed: posts once held in turn (曾任…、…) end with the one reached; a letter of employment with the firm
that 'terminated on' a date, the post 'held the title …'. Tested on other wording."""
from extractors import registry
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows

LETTER = [(140, "Ningbo Eastport Valves Co., Ltd."), (140, "Mr. JIN Hao's employment with our company began on 2 May 2012 and terminated on"),
          (140, "30 June 2018. By then he held the title Field Service Engineer.")]


def test_posts_once_held_in_turn_end_with_the_last():
    doc = doc_of_rows([[(140, "兹证明柯文同志于 2011年 4月加入本公司，曾任技术员、车间主任、生产经理， 2021年 6月离职。")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "生产经理"


def test_a_letter_of_employment_that_terminated():
    best, score = best_type(LETTER)
    assert best == "work_experience_letter" and score >= load_rules()["min_score"]
    read = registry.extract("work_experience_letter", doc_of_rows([[row] for row in LETTER]))
    assert (read["end_date"].value, read["position"].value) == ("2018-06-30", "Field Service Engineer")
