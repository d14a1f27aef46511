"""The hundred-and-ninety-third drawn set (sample_docs/drawn_outlines_hundredninetythird.py), a ninth test set of five
business plans, read cold at 11 / 15. What it needed: a headcount by quarter read at the year's last quarter (a count
stands at a date; a sum of quarters is a turnover's); 缴足出资 as the capital paid; a sum's scale wrapped onto the next
line ('港币 210' / '万元'); roles listed each with its article, then said to be all local."""
from extractors import registry
from tests.synthetic import doc_of_rows
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_a_headcount_by_quarter_is_the_last_quarters():
    doc = doc_of_rows([[(140, "Paid-up capital: HK$1,000,000")], [(560, "Q1"), (760, "Q2"), (960, "Q3"), (1160, "Q4")],
                       [(140, "Local staff"), (560, "1"), (760, "2"), (960, "2"), (1160, "4")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 4


def test_capital_paid_as_contributed_and_a_scale_on_the_next_line():
    doc = _han_doc([(560, "业务计划"), (140, "股东已缴足出资港币45万元。首年预计营业额港币180"), (140, "万元，主要来自设计服务。")])
    read = registry.extract("business_plan", doc)
    assert (read["capital_hkd"].value, read["projected_turnover_hkd"].value) == (450000.0, 1800000.0)


def test_roles_listed_with_their_articles_all_local():
    doc = doc_of_rows([[(140, "Paid-up capital: HK$300,000")],
                       [(140, "We will employ a chef, a waiter and a cashier, all of them Hong Kong residents.")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 3
