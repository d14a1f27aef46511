"""The two-hundred-and-ninety-sixth drawn set (sample_docs/drawn_bustard_twohundredninetysixth.py), three qualification
reports read cold at 17 / 22. What it needed: a report that tells the degree in a sentence read as the degree is
(holder, birth, school, subject), the word 'university' no label of the school; a label misread inside a longer word
is no label ('under(graduate)' for 'graduated'), so the level beside 'LEVEL' stays a value. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_degree_told_in_a_reports_sentence():
    doc = doc_of_rows([[(140, "Academic Degree Verification Report")],
                       [(140, "This is to verify that Ms. HUANG Lu, born on 7 May 1992, was awarded the degree of Master of Arts")],
                       [(140, "in Applied Linguistics by Yuzhou University on 30 June 2017 (Certificate No. 1948232017000155).")],
                       [(140, "Verification code:  Q8ZN4MW2RT7KX5PD")]])
    read = registry.extract("qualification_report", doc)
    assert (read["holder_name"].value, read["date_of_birth"].value, read["institution"].value, read["major"].value) == \
        ("HUANG LU", "1992-05-07", "Yuzhou University", "Applied Linguistics")


def test_a_level_that_holds_a_labels_letters():
    doc = doc_of_rows([[(140, "ONLINE VERIFICATION REPORT OF HIGHER EDUCATION QUALIFICATION CERTIFICATE")],
                       [(140, "NAME"), (560, "Gu Yan")], [(140, "LEVEL"), (560, "Postgraduate")], [(140, "GRADUATED"), (560, "1 July 2019")]])
    read = registry.extract("qualification_report", doc)
    assert (read["level"].value, read["graduation_date"].value) == ("Postgraduate", "2019-07-01")


def test_a_schools_name_in_capitals_after_its_label():
    doc = doc_of_rows([[(140, "Verification Report of Higher Education Qualification")], [(140, "Full Name:"), (640, "ZHOU LIN")],
                       [(140, "University:"), (640, "QINGSHAN NORMAL UNIVERSITY")]])
    assert registry.extract("qualification_report", doc)["institution"].value == "QINGSHAN NORMAL UNIVERSITY"
