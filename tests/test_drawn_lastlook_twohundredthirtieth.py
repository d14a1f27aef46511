"""The two-hundred-and-thirtieth drawn set (sample_docs/drawn_lastlook_twohundredthirtieth.py), two plans, two work
letters and two accounts, read cold at 21 / 24. What it needed: capital 'put up' with how much of it is paid told
between the sum and its word of capital; a headcount told as people 'working for us' in Hong Kong; a turnover stated
as the year's sales target. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_capital_put_up_with_how_much_is_paid_between():
    doc = doc_of_rows([[(140, "Dear Ms. Fung,")],
                       [(140, "The three partners have put up HK$420,000, every cent of it paid up as the company's share capital.")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 420000.0


def test_people_working_for_us_in_hong_kong():
    doc = doc_of_rows([[(140, "Year one plan")],
                       [(140, "After twelve months there should be 7 people working for us in Hong Kong.")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 7


def test_a_sales_target_is_the_forecast():
    doc = doc_of_rows([[(140, "首年計劃")], [(140, "銷售目標（首年）"), (600, "港幣265萬元")],
                       [(140, "本地員工"), (600, "4名")]])
    assert registry.extract("business_plan", doc)["projected_turnover_hkd"].value == 2650000.0
