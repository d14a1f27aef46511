"""The two-hundred-and-tenth drawn set (sample_docs/drawn_formfills_twohundredtenth.py), a test set of two forms ID 990A
and two ID 990B, read cold at 28 / 32. What it needed: a tick box's option read left of it where each box follows its
option ('Yes ☐  No ☒'); the Hong Kong degree asked as 'HK degree holder' or 是否持有香港學位; 'Proposed post'. Tested on
other wording and spacing."""
import pytest

from extractors import registry
from pipeline.layout import TickBox, options_beside
from pipeline.model import Word
from tests.synthetic import doc_of_rows


def _word(text, x0, x1):
    return Word(text=text, bbox=(x0, 400, x1, 430))


@pytest.mark.parametrize("words, box, option", [
    # each box after its option, the next option further off
    ([_word("Yes", 700, 750), _word("No", 840, 875)], (768, 398, 800, 430), "Yes"),
    ([_word("Yes", 700, 750), _word("No", 840, 875)], (893, 398, 925, 430), "No"),
    # each box before its option: the option on the right, however near the one before
    ([_word("Yes", 700, 750), _word("No", 820, 855)], (776, 398, 808, 430), "No"),
    ([_word("Yes", 700, 750), _word("No", 820, 855)], (656, 398, 688, 430), "Yes"),
])
def test_the_option_a_box_stands_for(words, box, option):
    assert options_beside(TickBox(bbox=box, ink=0.3), words)[0].text == option


@pytest.mark.parametrize("question, answer", [("HK degree holder?", "Y"), ("是否持有香港學位", "否")])
def test_the_hong_kong_degree_asked_by_its_place(question, answer):
    doc = doc_of_rows([[(1300, "ID 990A")], [(140, "Surname:"), (500, "MO")], [(140, question), (700, answer)]])
    assert registry.extract("applicant_form", doc)["hk_local_degree"].value is (answer == "Y")


def test_a_proposed_post():
    doc = doc_of_rows([[(1300, "ID 990B")], [(140, "PROPOSED POST")], [(140, "Laboratory Manager")], [(140, "BR NO.")],
                       [(140, "60113842")]])
    assert registry.extract("employer_form", doc)["position"].value == "Laboratory Manager"
