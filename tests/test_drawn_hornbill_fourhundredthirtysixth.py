"""The four-hundred-and-thirty-sixth to -forty-second drawn sets (sample_docs/drawn_hornbill_fourhundredthirtysixth.py …
drawn_minivet_fourhundredfortysecond.py), read cold at 97 / 99 after round one's mends: a degree's Han date whose year
lost its 〇 under a chop (二一九年) on a line of its own; a university's own number, letters and figures run together,
after a traditional label (證書編號). Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def test_a_han_date_whose_year_lost_its_nought():
    rows = [[(620, "學位證書")], [(160, "茲證明李家豪修畢本校會計學學士課程，授予會計學學士學位。")], [(900, "校長 陳志遠")],
            [(900, "二二一年六月三十日")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["date_awarded"].value == "2021-06-30"


def test_a_universitys_own_number_after_a_traditional_label():
    rows = [[(620, "學位證書")], [(160, "茲證明李家豪修畢本校會計學學士課程，授予會計學學士學位。")], [(900, "二〇二一年六月三十日")],
            [(160, "證書編號：MU2021A00893")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["certificate_number"].value == "MU2021A00893"
