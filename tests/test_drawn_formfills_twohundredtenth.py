"""The two-hundred-and-tenth drawn set (sample_docs/drawn_formfills_twohundredtenth.py), a test set of two forms ID 990A
and two ID 990B, read cold at 28 / 32. What it needed: a tick box's option read left of it where each box of the
question follows an option ('Yes ☐  No ☒') and the words right of them are not all options; the Hong Kong degree asked
as 'HK degree holder' or 是否持有香港學位; 'Proposed post'. Tested on other wording and spacing."""
import pytest

from extractors import registry
from extractors.questions import _options_before
from pipeline.layout import TickBox
from pipeline.model import Word
from tests.synthetic import doc_of_rows


def _word(text, x0, x1):
    return Word(text=text, bbox=(x0, 400, x1, 430))


def _box(x0, ink=0.0):
    return TickBox(bbox=(x0, 398, x0 + 32, 430), ink=ink)


def test_each_box_after_its_option():
    words = [_word("Talent", 300, 390), _word("List?", 400, 470), _word("Yes", 700, 750), _word("No", 840, 875)]
    boxes = [_box(768), _box(893, 0.4)]
    assert [answer for _, answer in _options_before(boxes, words, None)] == [True, False]


@pytest.mark.parametrize("words, boxes", [
    # each box before its option: the options are read right of the boxes, as always
    ([_word("Yes", 700, 750), _word("No", 820, 855)], [_box(656), _box(776)]),
    # a label before the first box, the last box's option lost to the reading: no option before every box
    ([_word("Sex", 500, 545), _word("M", 620, 635)], [_box(575), _box(650)]),
])
def test_boxes_set_before_their_options_are_not_read_leftwards(words, boxes):
    assert _options_before(boxes, words, None) == []


@pytest.mark.parametrize("question, answer", [("HK degree holder?", "Y"), ("是否持有香港學位", "否")])
def test_the_hong_kong_degree_asked_by_its_place(question, answer):
    doc = doc_of_rows([[(1300, "ID 990A")], [(140, "Surname:"), (500, "MO")], [(140, question), (700, answer)]])
    assert registry.extract("applicant_form", doc)["hk_local_degree"].value is (answer == "Y")


def test_a_proposed_post():
    doc = doc_of_rows([[(1300, "ID 990B")], [(140, "PROPOSED POST")], [(140, "Laboratory Manager")], [(140, "BR NO.")],
                       [(140, "60113842")]])
    assert registry.extract("employer_form", doc)["position"].value == "Laboratory Manager"
