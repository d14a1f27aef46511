"""The hundred-and-seventy-sixth drawn set (sample_docs/drawn_balances_hundredseventysixth.py), four sets of accounts,
read cold at 18 / 20. What it needed: a directors' report's figures read from its sentences (the item, its verb, the
sum), a loss below nought, a profit before tax none of them."""
from extractors import registry
from extractors.statement_figures import stated_in_sentences
from tests.synthetic import doc_of_rows


def test_a_reports_figures_in_its_sentences():
    doc = doc_of_rows([[(140, "ORCHARD LANE FLORISTS LIMITED")], [(140, "DIRECTORS' REPORT")],
                       [(140, "For the period ended 30 September 2026 revenue amounted to HK$2,305,000 (2025: HK$1,980,000),")],
                       [(140, "while the net loss for the period was HK$146,200. Net assets totalled HK$610,400 at the")],
                       [(140, "period's end.")]])
    read = registry.extract("financial_statement", doc)
    assert (read["revenue"].value, read["profit"].value, read["total_equity"].value) == (2305000.0, -146200.0, 610400.0)


def test_a_profit_before_tax_is_not_the_years_profit():
    assert stated_in_sentences("The profit before tax was HK$920,000 and income tax took the rest.", "profit") is None
    assert stated_in_sentences("Profit after taxation came to HK$1.2 million.", "profit") == (1200000.0, 0)


def test_a_profit_whose_slash_was_misread_keeps_its_sign():
    doc = doc_of_rows([[(140, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 MARCH 2025")], [(900, "2025"), (1200, "2024")],
                       [(140, "Revenue"), (900, "9,120,400"), (1200, "8,204,000")],
                       [(140, "Profiti(loss) for the year"), (900, "1,207,255"), (1200, "904,031")]])
    assert registry.extract("financial_statement", doc)["profit"].value == 1207255.0
