"""The five-hundred-and-ninetieth to -ninety-fourth drawn sets (sample_docs/drawn_butcherbird_fivehundredninetieth.py …
drawn_fieldwren_fivehundredninetyfourth.py), stop 85's fourth round, read cold at 54 / 56: a value not read on into the next label
on its line; a school's unit ('the Graduate School') no subject, nor a row under a degree's line part of its subject. Tested on other
wording."""
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def test_a_subject_ends_before_the_next_label_on_its_line():
    rows = [[(560, "Graduation Certificate")], [(180, "Name: Tao Ruixi"), (760, "Sex: Female")],
            [(180, "Major: Landscape Architecture"), (760, "Mode of Study: Full-time")], [(180, "School: Yongjiang University")],
            [(180, "Date of Graduation: 2022-06-28")]]
    assert extract("graduation_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "Landscape Architecture"


def test_a_schools_unit_is_no_subject():
    rows = [[(470, "HANSEONG MARITIME UNIVERSITY")], [(720, "DIPLOMA")], [(260, "Name: QIU Haoming")],
            [(260, "Degree: Master of Laws in Maritime Law")], [(260, "Date of Conferment: February 22, 2020")],
            [(260, "This is to certify that the above person has completed the Master's program of the Law School and is")],
            [(260, "awarded the degree stated above.")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "Maritime Law"
