"""The ninety-seventh drawn set (sample_docs/drawn_stacked_ninetyseventh.py), read cold at 21 / 23. What it needed: an
address wrapped beside both lines of a label stacked in two languages, read whole over the piece beside its second
line; a term in calendar months ('thirty-six (36) calendar months')."""
from extractors import registry
from extractors.declared import read_declared
from tests.synthetic import cells, doc_of_rows


def test_an_address_beside_a_stacked_bilingual_label():
    doc = doc_of_rows([[(140, "業務地址")]])
    doc.pages[0].words[:] = cells(240, (140, "業務地址"), han=True) + cells(240, (620, "FLAT 3, 9/F, LUCKY PLAZA,")) \
        + cells(280, (140, "Business address")) + cells(280, (620, "315 LOCKHART ROAD, WAN CHAI, HONG KONG"))
    assert read_declared("br_certificate", doc)["address"].value == "FLAT 3, 9/F, LUCKY PLAZA, 315 LOCKHART ROAD, WAN CHAI, HONG KONG"


def test_a_term_in_calendar_months():
    doc = doc_of_rows([[(140, "The Company employs Ms HU Jia as Research Chemist for a term of twenty-four (24) calendar months")],
                       [(140, "from 2 May 2027 at a salary of HK$41,000 per month.")]])
    assert registry.extract("employment_contract", doc)["term_months"].value == 24
