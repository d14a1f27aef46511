"""The two-hundred-and-fifty-fifth drawn set (sample_docs/drawn_wagtail_twohundredfiftyfifth.py): plans, a degree and
work letters, read cold at 22 / 28. What it needed: a plan written as a letter ('expects to generate income of …',
'to create three full-time positions', 'have committed HK$…') told as a plan, its capital read; a degree's name one
that names a level (the graduate's name under 'awards' is none); a stay to the month stated 自…起至…止. Tested on other
wording."""
from extractors import registry
from extractors.value_types import PARSERS
from pipeline.date_words import month_periods
from tests.synthetic import best_type, doc_of_rows


def test_a_plan_written_as_a_letter():
    rows = [(140, "Dear Sir,"), (140, "We expect to earn fees of about HK$1.4 million in the first year and will create two positions"),
            (140, "for local graduates. The founders have committed HK$300,000 to the company.")]
    assert best_type(rows)[0] == "business_plan"
    assert registry.extract("business_plan", doc_of_rows([[r] for r in rows]))["capital_hkd"].value == 300000.0


def test_a_degree_names_its_level():
    doc = doc_of_rows([[(400, "SOUTHBAY UNIVERSITY OF TECHNOLOGY")], [(700, "awards")], [(650, "HUANG Siyu")], [(700, "the degree of")],
                       [(620, "Master of Engineering")], [(600, "in Software Engineering")]])
    assert registry.extract("degree_certificate", doc)["degree"].value == "Master of Engineering"


def test_a_stay_to_the_month_from_and_until():
    assert [(s, e) for s, e, _, _ in month_periods("兹证明周琳自2014年5月起至2020年2月止在我公司工作。")] == [("2014-05-01", "2020-02-29")]



def test_a_sentence_that_holds_a_degree_is_no_degrees_name():
    # (a title's 学位 over a paragraph: the words under it are a sentence that names a degree, not a degree's name)
    assert PARSERS["degree"]("生。在西江大学化学专业完成了学士学位的学习，") is None
    assert PARSERS["degree"]("理学学士学位") == "理学学士学位" and PARSERS["degree"]("Master of Engineering") == "Master of Engineering"
