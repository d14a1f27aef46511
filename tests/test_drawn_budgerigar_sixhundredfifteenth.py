"""The six-hundred-and-fifteenth and -seventeenth drawn sets (sample_docs/drawn_budgerigar_sixhundredfifteenth.py,
drawn_dollarbird_sixhundredseventeenth.py), stop 86's fourth round, read cold at 15 / 16 and 10 / 11: an address under its label that
wraps after a comma as closely as it stands under the label; a post named after the unit it is in (…研究院算法研究员). Tested on other
wording."""
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def test_an_address_wrapped_after_a_comma_in_its_box():
    rows = [[(160, "Business Registration Certificate")], [(160, "Address of Business")], [(160, "FLAT 3, 9/F, KINGLAND BUILDING, 88 SHA TSUI ROAD,")],
            [(160, "TSUEN WAN, NEW TERRITORIES")], [(160, "Nature of Business")], [(160, "FREIGHT FORWARDING")]]
    out = extract("br_certificate", doc_of_rows(rows, source="ocr", step=40))
    assert out["address"].value == "FLAT 3, 9/F, KINGLAND BUILDING, 88 SHA TSUI ROAD, TSUEN WAN, NEW TERRITORIES"


def test_a_post_named_after_its_unit():
    rows = [[(660, "工作证明")], [(180, "兹证明龚雨辰自2017年3月6日起在我公司工作，现任智能驾驶事业部感知算法工程师。")], [(960, "武汉光谷智行科技有限公司")],
            [(960, "2026年10月9日")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["position"].value == "感知算法工程师"
