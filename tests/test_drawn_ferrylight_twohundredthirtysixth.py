"""The two-hundred-and-thirty-sixth drawn set (sample_docs/drawn_ferrylight_twohundredthirtysixth.py): plans, work
letters and accounts photographed or typed to PDF, read cold at 21 / 24. What it needed: a plan's people listed by role
summed ('a head chef and three kitchen staff'); an equity total with a bracketed alternative in its caption
(所有者权益（或股东权益）合计); equity 'attributable to owners of the Company'. Tested on other wording."""
from extractors import registry
from extractors.plan_hires import local_hires
from tests.synthetic import doc_of_rows


def test_people_listed_by_role_are_summed():
    assert local_hires("Staffing: an office manager, two field technicians and 1 estimator, all recruited in Hong Kong.")[0] == 4


def test_a_list_ends_where_its_items_are_no_longer_joined():
    assert local_hires("We will recruit 3 local engineers in Hong Kong; a consultant in Shanghai advises us.")[0] == 3


def test_an_equity_total_with_a_bracketed_alternative():
    doc = doc_of_rows([[(140, "编制单位：杭州临平织造有限公司")], [(140, "资产负债表　2026年6月30日　单位：港元")],
                       [(140, "资产总计"), (1100, "3,180,400")], [(140, "股东权益（或所有者权益）合计"), (1100, "1,904,700")]])
    assert registry.extract("financial_statement", doc)["total_equity"].value == 1904700.0


def test_equity_attributable_to_the_owners():
    doc = doc_of_rows([[(140, "GOLDLEAF RETAIL GROUP LIMITED")], [(140, "Consolidated statement of financial position at 30 April 2026")],
                       [(140, "Total assets"), (1100, "9,122,600")],
                       [(140, "Equity attributable to equity holders of the parent"), (1100, "6,402,800")]])
    assert registry.extract("financial_statement", doc)["total_equity"].value == 6402800.0
