"""The four-hundred-and-fiftieth to -fifty-sixth drawn sets (sample_docs/drawn_prinia_fourhundredfiftieth.py …
drawn_tityra_fourhundredfiftysixth.py), read cold at 87 / 93 after stop 81's last reader change: a stay that went on
past its first period ('… and thereafter … until …'); a letter told in the perfect ('has worked in the position of');
a translation's "Bachelor's degree of …" in lower case; a major after 'in the field of'. Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import best_type, doc_of_rows


def test_a_stay_that_went_on_past_its_first_period_ends_at_the_later_end():
    rows = [[(160, "Xiamen Egret Logistics Co., Ltd.")], [(160, "3 November 2026")],
            [(160, "Ms. LUO Wen served as Customs Broker from 1 March 2014 to 28 February 2016 under a fixed-term contract;")],
            [(160, "subsequently she continued in the same post until 31 May 2021.")], [(160, "Personnel Office")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert (out["start_date"].value, out["end_date"].value) == ("2014-03-01", "2021-05-31")


def test_a_promotion_then_is_no_later_end():
    rows = [[(160, "Xiamen Egret Logistics Co., Ltd.")], [(160, "3 November 2026")],
            [(160, "Ms. LUO Wen worked with us from 1 March 2014 to 31 May 2021, and was then promoted to Senior Broker.")],
            [(160, "Personnel Office")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["end_date"].value == "2021-05-31"


def test_a_letter_told_in_the_perfect_is_a_work_letter():
    rows = [(160, "Kunming Spring City Travel Co., Ltd."), (160, "2 November 2026"),
            (160, "This is to state that Mr. DAI Hao has worked in the post of Tour Operations Planner since March 2020."), (160, "Office")]
    assert best_type(rows)[0] == "work_experience_letter"


def test_a_bachelors_degree_of_a_category_in_lower_case():
    rows = [[(500, "DEGREE CERTIFICATE (Translation)")],
            [(160, "YAN Rui, male, born on 2 May 1996, having completed the undergraduate programme in Logistics")],
            [(160, "Engineering of Nanhu University, is awarded the Master's degree of Engineering.")], [(160, "1 July 2020")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["degree"].value == "Master's degree of Engineering"


def test_a_major_in_the_field_of():
    rows = [[(500, "Northgate University")],
            [(160, "The Senate has conferred upon ZHU Lin the degree of Master of Science in the field of Applied Statistics.")],
            [(160, "30 June 2022")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "Applied Statistics"
