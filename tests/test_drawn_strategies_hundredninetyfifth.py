"""The hundred-and-ninety-fifth drawn set (sample_docs/drawn_strategies_hundredninetyfifth.py), a tenth test set of
five business plans, read cold at 10 / 15. What it needed: start-up funds as capital; 預計收益 as the turnover and
聘用港人 as local hires, their count with a bracket after it ('4名（護士及文員）'); a sum in thousands grouped before its
'K' ('HK$2,300K'); positions to be created for local people."""
from extractors import registry
from pipeline.amounts import parse_amount
from tests.synthetic import doc_of_rows
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_start_up_funds_and_positions_for_local_people():
    doc = doc_of_rows([[(140, "Start-up funds: HK$360,000 (paid in by the owner)")], [(140, "Sales forecast, year 1: HK$1,100,000")],
                       [(140, "Jobs to be created for local people: 3")]])
    read = registry.extract("business_plan", doc)
    assert (read["capital_hkd"].value, read["local_jobs"].value) == (360000.0, 3)


def test_hant_income_and_hong_kong_hires_with_a_bracket():
    doc = _han_doc([(560, "營運計劃"), (140, "預計收益：港幣2600000元"), (140, "聘請港人：3名（技師）")])
    read = registry.extract("business_plan", doc)
    assert (read["projected_turnover_hkd"].value, read["local_jobs"].value) == (2600000.0, 3)


def test_a_sum_in_thousands_before_its_k():
    assert parse_amount("HK$1,250K") == 1250000.0
