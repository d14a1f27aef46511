"""The seventy-eighth drawn set (sample_docs/drawn_fifthhand_seventyeighth.py), a fifth whole clean application, read
cold at 60 / 66 with 2 / 18 checks not passed (the drawn portrait, no recruitment evidence: neither a misread). What
it needed: a form in two columns of items numbered 'A1' … 'A10': an item's code opens its label, ends the value before
it and is no name (pipeline/labels.ENUMERATOR, extractors/forms.CAPITAL_WORDS); a sentence's last words wrapped onto
a line of their own ('学位。') are no label. The BR's drawing cut a word across two lines cold ('TA' / 'I KOK'), as no
certificate does; it now wraps at a word's end."""
from extractors.declared import read_declared
from extractors.forms import extract_applicant
from pipeline.labels import find_labels
from tests.synthetic import doc_of_rows


def test_a_form_in_two_columns_of_numbered_items():
    doc = doc_of_rows([[(140, "ID 990A")], [(140, "A1 Surname"), (860, "A6 Travel document no.")], [(160, "LU"), (880, "EJ6028413")],
                [(140, "A2 Given names"), (860, "A7 Employer")], [(160, "SIYUAN"), (880, "Tidemark Logistics Systems Limited")],
                [(140, "A4 Sex"), (860, "A8 Post")], [(160, "M"), (880, "Transport Systems Engineer")]])
    own = extract_applicant(doc)
    assert "surname" not in own or own["surname"].value == "LU"
    stated = read_declared("applicant_form", doc)
    assert (stated["surname"].value, stated["given_names"].value, stated["position"].value) == ("LU", "SIYUAN", "Transport Systems Engineer")


def test_a_sentences_last_words_on_a_line_of_their_own_are_no_label():
    doc = doc_of_rows([[(200, "经审核符合《中华人民共和国学位条例》的规定，授予工学硕士")], [(200, "学位。")]], han=True)
    lines = doc.pages[0].lines()
    assert [lb.line for lb in find_labels(lines, ["学位"])] == [0]  # inside 学位条例, in a sentence; none on the wrapped line
