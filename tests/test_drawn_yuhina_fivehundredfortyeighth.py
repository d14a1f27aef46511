"""The five-hundred-and-forty-eighth to -fifty-fourth drawn sets (sample_docs/drawn_yuhina_fivehundredfortyeighth.py …
drawn_shrikebabbler_fivehundredfiftyfourth.py), stop 84's fourth round, read cold at 74 / 89: a completion of studies a
graduation's title; a 'Serial' the number's label; a translation's holder with the given name first; a stay told in the
present counted to the letter's date. Tested on other wording."""
from extractors.registry import extract
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_a_completion_of_studies():
    rows = [(420, "Completion of Studies (Translation)"), (160, "WEN Shuyao, female, completed the three-year college course in Logistics"),
            (160, "at Beibu Gulf Vocational College and graduated on 1 July 2020.")]
    doc_type, score = best_type(rows)
    assert doc_type == "graduation_certificate" and score >= load_rules()["min_score"]


def test_a_serial_and_a_given_name_first():
    rows = [[(560, "CERTIFICATE")], [(160, "Meiling WANG, female, born on 3 May 1996, has been awarded the degree of Master of Arts.")],
            [(160, "Serial: WU/2021/MA/0385")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert out["certificate_number"].value == "WU/2021/MA/0385"
    assert out["holder_name"].value in ("WANG MEILING", "MEILING WANG")


def test_a_stay_told_in_the_present():
    rows = [[(160, "Hangzhou West Lake Tea Culture Co., Ltd.")], [(160, "18 November 2026")], [(160, "To whom it may concern,")],
            [(160, "Mr. FU Zhiyuan is presently employed with our company. He joined on 6 June 2016 and currently serves as Tea Quality")],
            [(160, "Inspector.")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert (out["start_date"].value, out["end_date"].value) == ("2016-06-06", "2026-11-18")
