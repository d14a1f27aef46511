"""The six-hundred-and-thirty-first and -thirty-second drawn sets (sample_docs/drawn_bushlark_sixhundredthirtyfirst.py,
drawn_firetail_sixhundredthirtysecond.py), drawn after stop 86's last reader change and read cold at 14 / 15 and 18 / 19: a business
name in capitals under the certificate's title in capitals; 'Name of the candidate' where the labels say 'name of candidate'; and the
twenty-ninth's address whose street ends in its side ('… ROAD CENTRAL' / 'CENTRAL, HONG KONG'). Tested on other wording."""
from extractors.registry import extract
from pipeline.labels import find_labels
from pipeline.model import Word
from pipeline.text import lines_joined
from tests.synthetic import doc_of_rows


def test_a_name_in_capitals_under_the_title_in_capitals():
    rows = [[(300, "CERTIFICATE OF BUSINESS REGISTRATION")], [(160, "SILVERPINE ACOUSTIC CONSULTANTS LIMITED")],
            [(160, "Business Registration No.: 64102283-000-03-27-1")], [(160, "Nature: ACOUSTIC CONSULTANCY")]]
    out = extract("br_certificate", doc_of_rows(rows, source="ocr"))
    assert out["business_name"].value == "SILVERPINE ACOUSTIC CONSULTANTS LIMITED"


def test_a_label_with_the_where_the_labels_have_none_and_without_it_where_they_have():
    with_the = _line(0, "Name", "of", "the", "school:", "Lakeview", "Academy")
    without = _line(0, "Place", "of", "issue:", "SHENZHEN")
    assert [(lb.first, lb.last) for lb in find_labels([with_the], ["name of school"])] == [(0, 3)]
    assert [(lb.first, lb.last) for lb in find_labels([without], ["place of the issue"])] == [(0, 2)]


def _line(y: int, *texts: str) -> list[Word]:
    x, out = 100, []
    for t in texts:
        out.append(Word(text=t, bbox=(x, y, x + 16 * len(t), y + 30)))
        x += 16 * len(t) + 12
    return out


def test_a_street_ending_in_its_side_ends_its_line():
    block = _line(0, "FLAT", "2,", "11/F") + _line(40, "205", "DES", "VOEUX", "ROAD", "WEST") + _line(80, "SAI", "WAN,", "HONG", "KONG")
    assert lines_joined(block) == "FLAT 2, 11/F, 205 DES VOEUX ROAD WEST, SAI WAN, HONG KONG"
