"""The hundred-and-forty-fifth drawn set (sample_docs/drawn_slashes_hundredfortyfifth.py), four forms drawn to test the
forms' readers on layouts they were not mended for, read cold at 27 / 32. What it needed: a name split by a slash under
a label split alike ('Surname / Given names: LIN / SHUYI'); the Hong Kong degree asked as 'Hong Kong local degree
(Y/N)'; an answer written before its question in brackets ('No (post on the Talent List?)'). Left: a grid's long
company name that the engine read into the next cell's number ('Limilte62093184')."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_names_split_by_a_slash_and_a_local_degree():
    doc = doc_of_rows([[(1280, "ID 990A")], [(140, "Surname / Given names:"), (720, "LIN / SHUYI")], [(140, "Name in Chinese:"), (720, "林舒怡")],
                       [(140, "Hong Kong local degree (Y/N):"), (720, "N")]])
    read = registry.extract("applicant_form", doc)
    assert (read["surname"].value, read["given_names"].value, read["hk_local_degree"].value) == ("LIN", "SHUYI", False)


def test_an_answer_before_its_question():
    doc = doc_of_rows([[(1280, "ID 990B")], [(160, "Oxbow Fine Foods Limited"), (700, "(name of employer)")],
                       [(160, "No"), (260, "(post on the Talent List?)")]])
    assert registry.extract("employer_form", doc)["talent_list"].value is False
