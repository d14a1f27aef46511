"""The hundred-and-thirty-second drawn set (sample_docs/drawn_passports_hundredthirtysecond.py), travel documents read
cold at 51 / 53. What it needed: a permit's 'SURNAME, GIVEN' with Han print after it on the line (its back laid beside
its front: 'MO, WANQING有效期至 2034.09.09') is the name still."""
from extractors.base import Line
from extractors.visual_names import visual_latin_name
from tests.synthetic import doc_of_rows


def test_a_name_with_han_after_it():
    doc = doc_of_rows([[(200, "姓名莫婉清香港逗留 D HK STAY")], [(200, "MO, WANQING有效期至 2034.09.09")]])
    found = visual_latin_name(doc.lines())
    assert found is not None and found[:2] == ("MO", "WANQING") and isinstance(found[2], Line)
