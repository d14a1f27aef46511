"""The three-hundred-and-sixty-eighth to -seventy-third drawn sets (sample_docs/drawn_crane_threehundredsixtyeighth.py …
drawn_anhinga_threehundredseventythird.py), read cold at 88 / 96: a company's form read twice where its chop rings the
name (…股份有限公司公司); a holder before 完成; 专升本 as a level; a report's holder in two rows (Surname, Given name); the
signer's calling before the company in a sentence ('General Manager of …'). Tested on other wording."""
from extractors.han_persons import han_person_at
from extractors.registry import extract
from extractors.value_types import PARSERS
from tests.synthetic import doc_of_rows


def test_a_companys_form_read_twice():
    rows = [[(700, "工作证明")], [(160, "兹证明史乐天同志自2017年3月起在我司任仓储主管至今。")], [(900, "烟台芝罘港务物流股份有限公司公司")]]
    out = extract("work_experience_letter", doc_of_rows(rows, han=True, source="ocr"))
    assert out["employer"].value == "烟台芝罘港务物流股份有限公司"


def test_a_holder_before_completing():
    assert han_person_at("茲證明梁家樂完成本校課程", 3) == "梁家樂"


def test_a_college_to_bachelor_level():
    assert PARSERS["level"]("專升本") == "專升本"


def test_a_holder_in_two_rows():
    rows = [[(200, "Verification Report")], [(200, "Family name"), (700, "HUO")], [(200, "Given names"), (700, "MINGZE")],
            [(200, "Institution"), (700, "Qinling University of Technology")]]
    out = extract("qualification_report", doc_of_rows(rows, source="ocr"))
    assert out["holder_name"].value == "HUO MINGZE"


def test_the_signers_calling_before_the_company():
    rows = [[(160, "1 December 2026")],
            [(160, "I, LIN Tao, Operations Director of Bluecrest Aquaculture (Zhanjiang) Co., Ltd., confirm that Mr. HE Yu")],
            [(160, "worked as Hatchery Technician from 2 March 2016 to 31 May 2021.")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert out["employer"].value == "Bluecrest Aquaculture (Zhanjiang) Co., Ltd."
