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


def test_a_groups_total_equity_with_its_minorities_over_the_owners_share():
    doc = doc_of_rows([[(140, "REDWATER HOLDINGS LIMITED")], [(140, "Consolidated statement of financial position at 31 March 2026")],
                       [(140, "Non-current assets"), (1100, "6,310,000")], [(140, "Current assets"), (1100, "7,902,000")],
                       [(140, "Total assets"), (1100, "14,212,000")], [(140, "Total liabilities"), (1100, "(4,858,000)")],
                       [(140, "Equity attributable to owners of the Company"), (1100, "8,204,000")],
                       [(140, "Non-controlling interests"), (1100, "1,150,000")], [(140, "Total equity"), (1100, "9,354,000")]])
    assert registry.extract("financial_statement", doc)["total_equity"].value == 9354000.0


def test_net_liabilities_are_negative_equity():
    doc = doc_of_rows([[(140, "LOWTIDE TRADING LIMITED")], [(140, "Statement of financial position at 31 March 2026")],
                       [(140, "Net liabilities"), (1100, "(240,500)")]])
    assert registry.extract("financial_statement", doc)["total_equity"].value == -240500.0
