"""The six-hundred-and-thirty-sixth and -thirty-seventh drawn sets (sample_docs/drawn_quail_sixhundredthirtysixth.py,
drawn_brolga_sixhundredthirtyseventh.py), stop 87's second round, read cold at 12 / 15 and 22 / 22: an ID 990B told in sentences, whose
Talent List statement wraps after 'Talent' and whose person is named after an honorific in a spelling no pinyin has ('Mr LAM Zixuan');
a plan whose local staff are a column 'Staff employed locally' of a table a row a year. Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def test_a_statement_that_wraps_and_a_name_after_an_honorific():
    rows = [[(140, "ID 990B")], [(140, "Kingfisher Reach Ferries Limited would like to engage Ms KWOK Wingyan as Marine")],
            [(140, "Operations Planner at HK$36,500 a month. We confirm that this role is not included in the Talent")],
            [(140, "List. Our advertisement ran for four weeks in two newspapers.")]]
    out = extract("employer_form", doc_of_rows(rows, source="ocr"))
    assert out["applicant_name"].value == "KWOK WINGYAN"
    assert out["talent_list"].value is False


def test_local_staff_a_column_of_a_table_a_row_a_year():
    rows = [[(140, "Copperleaf Bakery Limited")], [(140, "Paid-up capital: HK$400,000")], [(140, "Forecast")],
            [(140, "Year"), (400, "Revenue (HK$)"), (800, "Staff hired locally")], [(140, "2027"), (400, "1,350,000"), (800, "3")],
            [(140, "2028"), (400, "2,020,000"), (800, "5")]]
    out = extract("business_plan", doc_of_rows(rows, source="ocr"))
    assert out["local_jobs"].value == 3
    assert out["projected_turnover_hkd"].value == 1350000.0


def test_a_name_after_an_honorific_does_not_run_into_the_next_label():
    # (the 80th's consent, on the re-read: 'Employee: Ms LIAO Yuging Post held: …', the given name misread out of pinyin)
    rows = [[(140, "Dongjiang Precision Moulds Co., Ltd.")], [(140, "EMPLOYER'S CONSENT")],
            [(140, "Employee: Ms TAN Yuging Position held: Mould Designer")], [(140, "The company agrees that the staff member takes up employment in Hong Kong.")]]
    out = extract("consent_letter", doc_of_rows(rows, source="ocr"))
    assert "POSITION" not in str(out["applicant_name"].value).upper()
