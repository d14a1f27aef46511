"""The hundred-and-thirty-fourth drawn set (sample_docs/drawn_firstperson_hundredthirtyfourth.py), four consents read
cold at 13 / 16. What it needed: a year in Chinese numerals whose 〇 was read as a bracket (二(二六年) and a day with
廿; a department named before its company ('Human Resources, Shenzhen Haixin Instruments Co., Ltd.') is the company's;
a table's 'Name' cell is no name, the cell beside it is."""
from extractors import registry
from extractors.base import parse_date
from tests.synthetic import doc_of_rows


def test_a_year_with_a_bracket_for_its_zero():
    assert parse_date("二(二六年十一月廿九日") == "2026-11-29"


def test_a_particulars_table_over_the_letter():
    doc = doc_of_rows([[(140, "Shenzhen Haixin Instruments Co., Ltd.")], [(140, "Employee particulars")],
                       [(160, "Name"), (520, "TAN Yuchen")], [(160, "Employee no."), (520, "HX-04172")], [(140, "Date: 28 November 2026")],
                       [(140, "We confirm that the above-named employee has worked for us since 2016, and we agree to")],
                       [(140, "release him so that he may take up employment in Hong Kong.")],
                       [(140, "Human Resources, Shenzhen Haixin Instruments Co., Ltd.")]])
    read = registry.extract("consent_letter", doc)
    assert (read["organisation"].value, read["applicant_name"].value) == ("Shenzhen Haixin Instruments Co., Ltd.", "TAN YUCHEN")
