"""The hundred-and-seventy-third drawn set (sample_docs/drawn_forecasts_hundredseventythird.py), a fourth test set of
five business plans, read cold at 10 / 15. What it needed: capital put in 'as' the company's capital; a figure after a
period phrase on the line a turnover's label ends ('… revenue / in the first year of HK$…'); a year's income as a
forecast; hires made 'locally'; a team listed one role a line, each with its place in brackets."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_capital_put_in_as_the_companys_capital():
    doc = doc_of_rows([[(140, "Moss Lane Bakery Limited")],
                       [(140, "The four owners have put in HK$720,000 as the firm's issued capital, and we hope to")],
                       [(140, "open a second shop later.")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 720000.0


def test_a_turnover_after_its_period_on_the_next_line():
    doc = doc_of_rows([[(140, "Harbourlight Dental Limited")],
                       [(140, "Paid-up capital: HK$600,000. The directors forecast revenue")],
                       [(140, "in the first year of HK$3,400,000, rising as the chairs fill.")]])
    assert registry.extract("business_plan", doc)["projected_turnover_hkd"].value == 3400000.0


def test_a_years_income_and_hires_made_locally():
    doc = doc_of_rows([[(140, "Notes for the plan of Cedarwood Framing Limited")],
                       [(140, "- share capital paid: HK$300,000")],
                       [(140, "- expected income in year one: HK$1,150,000")],
                       [(140, "- framers and clerks to be recruited locally during 2027: 3")]])
    fields = registry.extract("business_plan", doc)
    assert fields["projected_turnover_hkd"].value == 1150000.0
    assert fields["local_jobs"].value == 3


def test_a_team_listed_with_each_roles_place():
    doc = doc_of_rows([[(140, "Brightwater Analytics Limited")], [(140, "Staffing in year one")],
                       [(160, "Data engineer (Hong Kong)")], [(160, "Lead scientist (Mainland)")],
                       [(160, "Account manager (local)")], [(160, "Bookkeeper (local)")], [(140, "Premises")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 3
