"""The two-hundred-and-forty-fifth drawn set (sample_docs/drawn_nightjar_twohundredfortyfifth.py): plans, work letters,
accounts and a degree report, read cold at the stop's end at 19 / 24. What it needed: capital that each of several put
in, all of them together; the whole team as 'a staff of five'; an income and expenditure account's 'Total income' and
'Accumulated fund'; a report's 'Degree' a label of its own, a name beside it not running into it. Tested on other
wording."""
from extractors import registry
from extractors.plan_hires import local_hires
from tests.synthetic import doc_of_rows


def test_capital_each_of_several_put_in():
    doc = doc_of_rows([[(140, "Dear Mr. Lau,")],
                       [(140, "The two founders have each put in HK$400,000 as share capital, and we expect sales of HK$1.9 million in year one.")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 800000.0


def test_a_staff_of_so_many_in_hong_kong():
    assert local_hires("By the end of the first year we will run the shop with a staff of four, all hired in Hong Kong.")[0] == 4


def test_an_income_and_expenditure_account():
    doc = doc_of_rows([[(140, "HARBOURSIDE ROWING ACADEMY LIMITED")], [(140, "Income and expenditure account for the year ended 31 March 2026")],
                       [(140, "Membership fees"), (1100, "812,300")], [(140, "Grants"), (1100, "120,000")], [(140, "Total income"), (1100, "932,300")],
                       [(140, "Total expenditure"), (1100, "(861,900)")], [(140, "Surplus for the year"), (1100, "70,400")],
                       [(140, "Accumulated fund"), (1100, "455,800")]])
    fields = registry.extract("financial_statement", doc)
    assert (fields["revenue"].value, fields["total_equity"].value) == (932300.0, 455800.0)


def test_a_name_beside_a_reports_degree():
    doc = doc_of_rows([[(140, "Online Verification Report of China Higher Education Degree")],
                       [(140, "Name: GAO Yuning"), (760, "Degree: Master of Engineering")]])
    assert registry.extract("qualification_report", doc)["holder_name"].value == "GAO YUNING"
