"""The two-hundred-and-forty-eighth drawn set (sample_docs/drawn_lantern_twohundredfortyeighth.py): plans, a degree, a
degree report and work letters, read cold at 31 / 34. What it needed: capital asked as 'put into the company' and
answered on the next line; a table of Hong Kong staff by function under its title, its total the count (and 'year 1' in
a heading no count); a report's 'Discipline' its major. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_money_put_into_the_business_answered_below():
    doc = doc_of_rows([[(140, "Kettle & Kiln Cafe Ltd - plan")], [(140, "How much have the owners put into the business so far?")],
                       [(170, "HK$380,000 in cash.")], [(140, "What sales do you expect in year one?")], [(170, "HK$1,600,000.")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 380000.0


def test_a_titled_table_of_local_staff_by_team():
    doc = doc_of_rows([[(140, "Kettle & Kiln Cafe Ltd - plan")], [(140, "Local headcount at the end of year 1")],
                       [(140, "Team"), (700, "Staff")], [(140, "Kitchen"), (700, "4")], [(140, "Front of house"), (700, "3")],
                       [(140, "Total"), (700, "7")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 7


def test_a_reports_discipline():
    doc = doc_of_rows([[(140, "Online Verification Report of China Higher Education Degree")], [(140, "Name"), (640, "LIU Mingyu")],
                       [(140, "Discipline"), (640, "Applied Chemistry")]])
    assert registry.extract("qualification_report", doc)["major"].value == "Applied Chemistry"
