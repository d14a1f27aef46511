"""The ninety-sixth drawn set (sample_docs/drawn_seventhhand_ninetysixth.py), a seventh whole application, read cold at
64 / 66 and 3 of 18 checks not passed, one of them a review caused by reading the contract's employer in Chinese only.
What it needed: a date whose year was misread under a seal, by the national number's year; a period 'from … to …'
ending on its second date; a company named with its other script's name in brackets, which the employer check pairs
with the BR certificate's."""
from extractors import registry
from extractors.applicant_docs import extract_degree
from extractors.certificate_numbers import year_by_number
from extractors.financial_statement import extract as extract_statements
from tests.synthetic import doc_of_rows
from tests.test_rules import doc, facts, fld, outcome


def test_a_dates_year_misread_under_the_seal():
    out = {"certificate_number": fld("1981232014000388"), "date_awarded": fld("2011-06-27")}
    year_by_number(out, "date_awarded")
    assert out["date_awarded"].value == "2014-06-27" and out["date_awarded"].readings == ["2011-06-27"]
    degree = doc_of_rows([[(140, "This is to certify that Mr. LI Wei has been awarded the degree of Master of Engineering.")],
                          [(140, "Date of award: 27 June 2011")], [(140, "Certificate No.: 1981232014000388")]])
    assert extract_degree(degree)["date_awarded"].value == "2014-06-27"
    kept = {"certificate_number": fld("1981232014000388"), "date_awarded": fld("2013-12-30")}  # 3 for 4: no misreading
    year_by_number(kept, "date_awarded")
    assert kept["date_awarded"].value == "2013-12-30"


def test_a_period_from_one_date_to_another():
    doc_ = doc_of_rows([[(160, "Accounts for the period from 1 April 2026 to 30 September 2026 (unaudited)")],
                        [(160, "Turnover"), (1100, "830,200")], [(160, "Loss for the period"), (1100, "(96,400)")]])
    assert extract_statements(doc_)["period_end"].value == "2026-09-30"


def test_a_company_named_in_both_scripts_pairs_with_the_br():
    contract = doc_of_rows([[(140, "僱主：星河數據有限公司（Galaxy Data Limited）")], [(140, "僱員：王曉（WANG Xiao）")]], han=False)
    employer = registry.extract("employment_contract", contract)["employer_name"]
    assert employer.value == "星河數據有限公司" and "Galaxy Data Limited" in employer.readings
    br, deed = doc("br_certificate", business_name="GALAXY DATA LIMITED"), doc("employment_contract", 2)
    deed.fields["employer_name"] = employer
    assert outcome(facts(br, deed), "employer.name_consistent").outcome == "pass"
