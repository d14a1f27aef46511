"""The ninety-fourth drawn set (sample_docs/drawn_stamps_ninetyfourth.py), read cold at 30 / 33. What it needed:
statements in thousands said with the currency inside the unit ('以千港元列示', 百萬港元)."""
from extractors.financial_statement import extract as extract_statements
from pipeline.amounts import stated_unit
from tests.synthetic import cells, doc_of_rows


def test_thousands_with_the_currency_inside_the_unit():
    assert (stated_unit("（以千港元列示）"), stated_unit("單位：百萬港元"), stated_unit("人民幣千元")) == (1000, 1_000_000, 1000)
    doc = doc_of_rows([[(300, "截至二零二五年三月三十一日止年度（以千港元列示）")]], han=True)
    for k, (label, figure) in enumerate([("收入", "8,204"), ("年度溢利", "1,116")]):
        doc.pages[0].words.extend(cells(320 + 60 * k, (160, label), han=True) + cells(320 + 60 * k, (1000, figure)))
    read = extract_statements(doc)
    assert (read["revenue"].value, read["profit"].value) == (8204000, 1116000)
