"""The six-hundred-and-fifteenth drawn set (sample_docs/drawn_budgerigar_sixhundredfifteenth.py), stop 86's fourth round, read cold
at 15 / 16: an address under its label that wraps after a comma as closely as it stands under the label. Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def test_an_address_wrapped_after_a_comma_in_its_box():
    rows = [[(160, "Business Registration Certificate")], [(160, "Address of Business")], [(160, "FLAT 3, 9/F, KINGLAND BUILDING, 88 SHA TSUI ROAD,")],
            [(160, "TSUEN WAN, NEW TERRITORIES")], [(160, "Nature of Business")], [(160, "FREIGHT FORWARDING")]]
    out = extract("br_certificate", doc_of_rows(rows, source="ocr", step=40))
    assert out["address"].value == "FLAT 3, 9/F, KINGLAND BUILDING, 88 SHA TSUI ROAD, TSUEN WAN, NEW TERRITORIES"

