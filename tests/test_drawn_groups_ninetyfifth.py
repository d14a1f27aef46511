"""The ninety-fifth drawn set (sample_docs/drawn_groups_ninetyfifth.py), read cold at 24 / 27, a month's pay read as a
year's sending a clean case to review (salary.market_rate). What it needed: pay as a month's sum times the months
paid ('HK$50,000 x 13 months a year'); local staff named by their role, with the figure repeated in brackets ('two
(2) local paralegals'), not the local suppliers."""
from extractors.business_plan import extract as extract_plan
from extractors.employment_contract import extract as extract_contract
from tests.synthetic import doc_of_rows


def test_a_months_pay_times_the_months_paid():
    doc = doc_of_rows([[(140, "Salary: HK$42,000 × 14 months per annum, the last two months paid with the June and December salaries.")]])
    assert extract_contract(doc)["monthly_salary_hkd"].value == 42000


def test_local_staff_by_their_role():
    doc = doc_of_rows([[(100, "We will buy from 4 local suppliers and employ three (3) local technicians in the first year.")]])
    assert extract_plan(doc)["local_jobs"].value == 3
