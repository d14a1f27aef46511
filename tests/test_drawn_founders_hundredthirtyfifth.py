"""The hundred-and-thirty-fifth drawn set (sample_docs/drawn_founders_hundredthirtyfifth.py), four business plans read
cold at 8 / 12. What it needed: the part of a capital 'of which' it 'has been paid'; local people by role who 'will be
hired'; a sum in Chinese numerals before its label with a link word between (港币五十万元作为启动资金); of a forecast's
rows by year, the earliest year's ('Turnover forecast, 2027' over '…, 2028')."""
from extractors import registry
from tests.synthetic import doc_of_rows
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_capital_of_which_paid_and_hires_to_be_hired():
    doc = doc_of_rows([[(140, "1. Capital")], [(140, "The company's issued capital is HK$2,000,000, of which HK$1,200,000 has been paid.")],
                       [(140, "3. Jobs")], [(140, "Four local technicians will be hired in the first year.")]])
    read = registry.extract("business_plan", doc)
    assert (read["capital_hkd"].value, read["local_jobs"].value) == (1200000.0, 4)


def test_a_founders_sum_in_numerals():
    doc = _han_doc([(520, "创业计划书"), (140, "本人将投入港币五十万元作为启动资金，已全数存入公司账户。")])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 500000.0


def test_the_earliest_years_forecast():
    doc = doc_of_rows([[(140, "Plan summary")], [(140, "• Turnover forecast, 2028: HK$2,240,000")],
                       [(140, "• Turnover forecast, 2027: HK$1,560,000")]])
    assert registry.extract("business_plan", doc)["projected_turnover_hkd"].value == 1560000.0
