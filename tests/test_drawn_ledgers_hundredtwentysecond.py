"""The hundred-and-twenty-second drawn set (sample_docs/drawn_ledgers_hundredtwentysecond.py), read cold at 26 / 27.
What it needed: a count of staff in financial numerals (本地员工叁名) as in plain ones (三名)."""
from extractors import registry
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_local_hires_counted_in_financial_numerals():
    doc = _han_doc([(660, "业务计划书"), (140, "二、资金：公司注册资本港币伍拾万元整，已由两名股东全数缴足。"),
                    (140, "四、人员：除申请人外，公司首年拟聘请本地员工叁名，负责客服、物流及财务。")])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 3
