"""The three-hundred-and-first drawn set (sample_docs/drawn_nuthatch_threehundredfirst.py), read cold at 5 / 9: a plan
on a page with 'Capital: HK$ 1.2 mn (paid in by the two directors)' gave neither sum ('mn' no scale; the remark's
'paid in' took the next row's figure), and one sentence 'With start-up capital of HK$700,000, … bill about HK$2.4
million …' gave the billings as the capital and no turnover. What it needed: 'mn' a million; a label in a bracket
left open before it a remark on the figure before the bracket; the first sum in a text the one read, written out
in full before a scaled one; 'bill' a turnover's label. Tested on other wording."""
from extractors import registry
from pipeline.amounts import parse_amount
from tests.synthetic import doc_of_rows


def test_mn_is_a_million_and_the_first_sum_is_the_one_read():
    assert parse_amount("HKD 0.8 mn") == 800000.0
    assert parse_amount("funded with HK$450,000 of savings; sales of HK$1.6 million expected") == 450000.0


def test_a_label_in_a_remark_takes_the_figure_before_its_bracket():
    doc = doc_of_rows([[(140, "Lanternfield Joinery Limited - plan summary")],
                       [(140, "Funding: HK$ 0.9 mn (share capital subscribed by the founder)")],
                       [(140, "Sales, first year: HK$ 2.6 mn")], [(140, "Staff in Hong Kong at year end: 4")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 900000.0


def test_what_a_firm_expects_to_bill_is_its_turnover():
    doc = doc_of_rows([[(140, "Harbourgate Patent Services Limited")], [(140, "The year ahead")],
                       [(140, "Our founders have put in HK$500,000, and in the first year we plan to bill roughly HK$1.9 million")],
                       [(140, "to technology clients, with two local paralegals on staff.")]])
    read = registry.extract("business_plan", doc)
    assert read["projected_turnover_hkd"].value == 1900000.0
    assert read["capital_hkd"].value == 500000.0
