"""The six-hundred-and-third and -fourth drawn sets (sample_docs/drawn_redthroat_sixhundredthird.py,
drawn_speckledwarbler_sixhundredfourth.py), read cold after stop 85's last reader change at 26 / 30: a holder between 'has admitted'
and 'to the degree of'; a professional degree's field before 专业学位类别; a Higher Diploma's subject and level. Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def test_a_holder_the_senate_has_admitted():
    rows = [[(480, "NORTHERN BAY UNIVERSITY")], [(260, "By authority of the Senate, the University has admitted")], [(260, "HUANG Ruoxi")],
            [(260, "to the degree of Bachelor of Social Sciences")], [(260, "on 3 November 2021")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["holder_name"].value.upper() == "HUANG RUOXI"


def test_a_professional_degrees_field_before_its_category():
    rows = [[(560, "硕士专业学位证书")],
            [(200, "彭思远，女，1992年4月3日生，在会计专业学位类别完成了硕士专业学位研究生的学习，授予会计硕士专业学位。")],
            [(900, "北岭理工大学")], [(900, "2023年6月30日")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "会计"


def test_a_higher_diplomas_subject_and_level():
    rows = [[(420, "Harbourside College of Technology")], [(520, "GRADUATION CERTIFICATE")],
            [(200, "This certifies that LAM Tsz Ching completed the Advanced Diploma in Landscape Architecture course")],
            [(200, "and graduated on 30 June 2019.")]]
    out = extract("graduation_certificate", doc_of_rows(rows, source="ocr"))
    assert (out["major"].value, out["level"].value) == ("Landscape Architecture", "Advanced Diploma")
