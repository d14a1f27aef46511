"""The four-hundred-and-ninety-ninth to five-hundred-and-fifth drawn sets (sample_docs/drawn_weaver_fourhundredninetyninth.py …
drawn_firefinch_fivehundredfifth.py), read cold at 101 / 106 before stop 83's first mends: a Taiwan department's name as the
subject (資訊管理學系碩士班); 'hereby state that' and 'awards to' naming the holder; a stay's start the first a cue names, and a
post 'having been' held since a later date. Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def test_a_department_names_the_subject():
    rows = [[(600, "國立南岸大學")], [(620, "博士學位證書")], [(260, "研究生"), (520, "張家豪")], [(260, "系所"), (520, "機械工程學系博士班")],
            [(260, "學位"), (520, "工學博士")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "機械工程"


def test_a_statement_and_an_award_name_the_holder():
    rows = [[(160, "Office of the Registrar, Hanshan University")],
            [(160, "This is to state that ZENG Wanting completed the programme in Urban Planning and was conferred the Master of")],
            [(160, "Urban Planning on 28 June 2020.")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["holder_name"].value.upper() == "ZENG WANTING"
    rows = [[(600, "Lingnan Ocean University")], [(160, "On the recommendation of the Senate, the University awards to Mr. QIU Hao the")],
            [(160, "degree of Bachelor of Science in Fisheries Science on 5 July 2019.")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["holder_name"].value.upper() == "QIU HAO"


def test_a_stay_starts_first_and_a_later_post_held_since():
    rows = [[(160, "Yantai Harbour Shipping Co., Ltd.")], [(160, "1 December 2026")], [(160, "To whom it may concern")],
            [(160, "Ms. LUO Jia joined the company on 3 August 2012 as a Clerk and resigned on 31 January 2020, having been")],
            [(160, "Operations Supervisor since April 2016.")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert (out["start_date"].value, out["end_date"].value, out["position"].value) == ("2012-08-03", "2020-01-31", "Operations Supervisor")
