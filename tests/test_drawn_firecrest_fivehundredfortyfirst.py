"""The five-hundred-and-forty-first to -forty-seventh drawn sets (sample_docs/drawn_firecrest_fivehundredfortyfirst.py …
drawn_laughingthrush_fivehundredfortyseventh.py), stop 84's third round, read cold at 66 / 75: 'awarded this degree' a
degree's words; an award's reference its number, not its degree; a subject after 'course of'. Tested on other wording."""
from extractors.registry import extract
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_awarded_this_degree():
    rows = [(560, "Eastvale College"), (600, "LIU Siqi"), (560, "Master of Social Work"),
            (200, "The above-named was awarded this degree by the Senate on 1 July 2021.")]
    doc_type, score = best_type(rows)
    assert doc_type == "degree_certificate" and score >= load_rules()["min_score"]


def test_an_award_reference_is_the_number():
    rows = [[(160, "Eastvale College")], [(560, "CONFIRMATION OF AWARD")],
            [(160, "We confirm that Ms. LIU Siqi completed the Master of Nursing (MN) programme; the degree was conferred on 1 July 2021.")],
            [(160, "Award number: EVC/MN/21/0034")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert (out["degree"].value, out["certificate_number"].value) == ("Master of Nursing", "EVC/MN/21/0034")


def test_a_subject_after_course_of():
    rows = [[(600, "DIPLOMA")],
            [(160, "Student GE Ruoxuan has completed the prescribed three-year course of Hotel Management (college) at Lijiang Tourism College")],
            [(160, "from September 2017 to June 2020 and is entitled to graduate.")], [(160, "30 June 2020")]]
    assert extract("graduation_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "Hotel Management"


def test_a_course_of_study_names_no_subject():
    # (the 492nd set's wording held by the full re-read: 'course of' alone took 'STUDY HAS BEEN CONFERRED THE DEGREE')
    rows = [[(600, "WESTLAKE UNIVERSITY")], [(500, "HAVING COMPLETED THE PRESCRIBED COURSE OF STUDY")], [(500, "HAS BEEN AWARDED THE DEGREE OF")],
            [(560, "MASTER OF ARTS")], [(540, "(APPLIED LINGUISTICS)")], [(600, "2 JULY 2021")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert out.get("major") is None or out["major"].value == "APPLIED LINGUISTICS"
