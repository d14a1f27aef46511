"""The hundred-and-sixteenth drawn set (sample_docs/drawn_abroad_hundredsixteenth.py), read cold at 23 / 27. What it
needed: the holder a university 'confers on', named on the next line; the major after 'in the degree programme' (or
'im Studiengang'); a degree read up to a point inside its bracket ('Master of Science (M.Sc') without the open bracket.
Left: a graduation certificate whose university is named only in its chop (the chop's ring is not read)."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_translated_degree_certificate():
    doc = doc_of_rows([[(400, "Translation")], [(300, "Rheinfeld University of Technology confers on")],
                       [(300, "Ms LIANG Shuyao, born on 14 February 1993 in Chengdu, China,")],
                       [(300, "the academic degree of Master of Science (M.Sc.)")], [(300, "in the degree programme Electrical Engineering.")],
                       [(300, "Rheinfeld, 30 March 2019")]])
    found = registry.extract("degree_certificate", doc)
    assert (found["holder_name"].value, found["major"].value, found["degree"].value) == ("LIANG SHUYAO", "Electrical Engineering", "Master of Science")
