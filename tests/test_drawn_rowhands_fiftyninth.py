"""The fifty-ninth drawn set (sample_docs/drawn_rowhands_fiftyninth.py): forms and contracts in six layouts no set
drew. What they needed: a date written in three boxes of its own (pipeline/word_runs.date_in_boxes); a colon misread as
'!'; a list's bullet before a label, which still opens its row, and an en dash after it (pipeline/labels); answers
typed as '[X] No' (extractors/questions._typed_mark) or stated in a sentence ('The post is one of the professions on
the Talent List', stated_answers.stated_answer); 'Applicant:' as a label; a form written as a letter, its employer the company that signs
it (data/prose.yaml: unstated); an e-mail's addressee in its 'To:' header (extractors/letters); a cue of discretion
that belongs to the bonus after the salary, not the salary (extractors/pay_terms)."""
from PIL import Image

from extractors import registry
from extractors.base import DocView, Line
from extractors.employment_contract import MONEY
from extractors.letters import addressee
from extractors.pay_terms import pay_items
from extractors.prose import Prose
from extractors.questions import _data, _typed_mark
from extractors.stated_answers import stated_answer
from pipeline.labels import find_labels
from pipeline.model import Page, Word
from pipeline.pairs import values_beside


def _line(y: int, *cells: tuple[int, str]) -> list[Word]:
    out = []
    for x, text in cells:
        for word in text.split():
            out.append(Word(text=word, bbox=(x, y, x + 15 * len(word), y + 28)))
            x += 15 * len(word) + 10
    return out


def _best(lines, labels) -> str:
    found = values_beside(lines, find_labels(lines, labels)[0], [])
    return max(found, key=lambda c: c.score).text


def test_a_date_in_three_boxes_and_a_colon_misread():
    lines = [_line(100, (600, "Date of birth:"), (790, "| 14"), (920, "07"), (1050, "1993")),
             _line(200, (700, "Post!"), (790, "Yield Engineer"))]
    assert _best(lines, ["date of birth"]) == "14/07/1993"
    assert _best(lines, ["post"]) == "Yield Engineer"


def test_a_bullet_before_a_label_and_a_dash_after_it():
    lines = [_line(100, (130, "•"), (170, "Post to be taken up"), (480, "–"), (510, "BIOSTATISTICIAN"))]
    label = find_labels(lines, ["post to be taken up"])[0]
    assert label.opens
    assert _best(lines, ["post to be taken up"]) == "BIOSTATISTICIAN"


def _lines(*texts: str) -> list[Line]:
    page = Page(file="f.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=[])
    return [Line(t, _line(100 + 60 * k, (120, t)), page) for k, t in enumerate(texts)]


def test_answers_typed_as_marks():
    no = _lines("Is the post under the Talent List of Hong Kong? [ ] Yes [X] No")
    yes = _lines("Is the post under the Talent List of Hong Kong?", "[x] Yes [] No")
    assert _typed_mark(no, 0, None) is False and _typed_mark(yes, 0, None) is True
    assert _typed_mark(_lines("Is the post under the Talent List? Yes / No"), 0, None) is None


def _stated(lines, at, about):
    return stated_answer(lines, at, about, _data()["questions"]["talent_list"]["labels"], _data()["statements"])


def test_a_question_answered_by_a_statement():
    post = r"\bpost\b"
    assert _stated(_lines("The post is one of the professions on the Talent List of Hong Kong."), 0, post) is True
    assert _stated(_lines("The post is not included in the Talent List.", "Yours faithfully,"), 0, post) is False
    assert _stated(_lines("The Talent List is published at www.talentlist.gov.hk."), 0, post) is None
    assert _stated(_lines("Is the post under the Talent List of Hong Kong"), 0, post) is None
    assert _stated(_lines("Please state whether the post is on the Talent List."), 0, post) is None


def test_a_form_written_as_a_letter_names_its_employer_where_it_signs():
    lines = [_line(100, (120, "QUARTZLINE SEMICONDUCTOR LIMITED")), _line(200, (120, "Dear Sir/Madam,")),
             _line(300, (160, "(a)"), (220, "Name of applicant"), (700, "LU Jingxuan")),
             _line(360, (160, "(b)"), (220, "Post offered"), (700, "Yield Engineer")),
             _line(500, (120, "Yours faithfully,")), _line(600, (120, "Cheung Ka Wai, Director"))]
    page = Page(file="b.png", number=1, width=1654, height=900, dpi=200, source="ocr", words=[w for ln in lines for w in ln])
    doc = DocView(file="b.png", pages=[page], images=[Image.new("RGB", (1654, 900), "white")])
    got = registry.extract("employer_form", doc)
    assert got["employer_name"].value == "QUARTZLINE SEMICONDUCTOR LIMITED"
    assert got["applicant_name"].value == "LU JINGXUAN" and got["position"].value == "Yield Engineer"


def test_an_emails_addressee_and_a_bonus_at_discretion():
    assert addressee(Prose("From: Talent Acquisition <careers@example.com>\nTo: Wen Haoran <haoran.wen@mail.example>\n"
                           "Dear Haoran,")) == "Wen Haoran"
    items = pay_items("You will be paid a gross salary of HK$49,600 a month, together with a discretionary bonus.", MONEY)
    assert [(i.term, i.amount, i.discretionary) for i in items] == [("SALARY", "HK$49,600", False)]
    items = pay_items("A year-end bonus of one month's salary may be paid at the Company's discretion.", MONEY)
    assert all(i.discretionary for i in items)
