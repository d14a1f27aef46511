"""The five-hundred-and-sixty-ninth to -seventy-fifth drawn sets (sample_docs/drawn_pardalote_fivehundredsixtyninth.py …
drawn_catbird_fivehundredseventyfifth.py), stop 85's first round, read cold at 73 / 76: a serial of letters and digits run together
after its label; a graduation's level by its label, a diploma a level; a stay ended by leaving the company. Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def test_a_serial_run_together_after_its_label():
    rows = [[(480, "Southgate University")], [(200, "This is to certify that")], [(200, "ZHENG Yutong")],
            [(200, "was admitted to the degree of Bachelor of Laws")], [(200, "Parchment No AB21L40918")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["certificate_number"].value == "AB21L40918"


def test_a_graduations_level_by_its_label():
    rows = [[(520, "CERTIFICATE OF GRADUATION")], [(180, "Graduate: LUO Xinran"), (860, "Class: 2019-3")],
            [(180, "Level of study: Higher Diploma"), (860, "Major: Logistics Management")]]
    assert extract("graduation_certificate", doc_of_rows(rows, source="ocr"))["level"].value == "Higher Diploma"


def test_a_stay_ended_by_leaving_the_company():
    rows = [[(180, "Reference")],
            [(180, "Mr. PENG Zihan joined Oriole Engineering Consultants Limited on 2 May 2016 as an Assistant Engineer.")],
            [(180, "He left the company on 30 September 2020 at his own request. His last drawn salary was HK$31,000.")],
            [(180, "Oriole Engineering Consultants Limited")],
            [(180, "12 November 2026")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert (out["start_date"].value, out["end_date"].value) == ("2016-05-02", "2020-09-30")
