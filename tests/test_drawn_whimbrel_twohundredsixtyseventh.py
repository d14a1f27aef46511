"""The two-hundred-and-sixty-seventh drawn set (sample_docs/drawn_whimbrel_twohundredsixtyseventh.py), a whole clean
application read cold at 63 / 67 (a false alarm on the drawn portrait only). What it needed: a faculty named in a degree's
sentence (在…学院…专业) gives way to the university that signs on a line of its own; a report's 'Field' is the major.
Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_the_signing_university_over_the_faculty_in_the_sentence():
    doc = doc_of_rows([[(140, "　　韩雪，女，1996年4月2日生，在机械工程学院车辆工程专业完成了本科学业，授予工学学士学位。")],
                       [(800, "北陵大学")], [(800, "校长 高建平")], [(800, "2018年6月28日")]])
    assert registry.extract("degree_certificate", doc)["institution"].value == "北陵大学"


def test_a_college_that_is_the_school_stays():
    doc = doc_of_rows([[(140, "　　韩雪，女，1996年4月2日生，在南江财经学院会计学专业完成了本科学业，授予管理学学士学位。")],
                       [(800, "2018年6月28日")]])
    assert registry.extract("degree_certificate", doc)["institution"].value == "南江财经学院"


def test_a_reports_field_is_its_major():
    doc = doc_of_rows([[(140, "Name:  CAO Min")], [(140, "Institution:  Donghai Maritime University")], [(140, "Field:  Marine Engineering")],
                       [(140, "Certificate no.:  1959942016002211")]])
    assert registry.extract("qualification_report", doc)["major"].value == "Marine Engineering"
