"""The hundred-and-sixty-eighth drawn set (sample_docs/drawn_pensheets_hundredsixtyeighth.py), four ID 990B forms filled
by hand, read cold at 21 / 24. What it needed: a question whose label word ends it ('Talent List post? (Yes/No)') gives
the post no value. Left: a hand's J read as T in two names ('TIN ZIXUAN', 'MA TUNTIE'): each reading splits into pinyin
syllables too ('ti'+'n'), so nothing on a form alone can mend it."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_question_ending_in_the_labels_word_gives_no_post():
    # the written post read too unsurely to stand: the question's answer must not stand in its place
    doc = doc_of_rows([[(1260, "ID 990B")], [(140, "Name of employer"), (710, "Sunridge Dental Labs Limited")],
                       [(140, "Monthly salary"), (710, "$36,500")], [(140, "Talent List post? (Yes/No)"), (710, "NO")]])
    assert "position" not in registry.extract("employer_form", doc)
