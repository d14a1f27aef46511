"""The two-hundred-and-sixth drawn set (sample_docs/drawn_yearends_twohundredsixth.py), a test set of five sets of
accounts, read cold at 18 / 25. What it needed: an item a report's sentence states with whose it is or the day it is
taken on between the item and its verb ('Profit attributable to shareholders was …', 'Net assets at 30 June 2026 stood
at …'); a statement known by its heading 'Statement of comprehensive income' and its items 'after taxation'. Tested on
other wording."""
import pytest

from extractors.statement_figures import stated_in_sentences
from pipeline.classify import load_rules
from tests.synthetic import best_type


@pytest.mark.parametrize("text, key, value", [
    ("The profit attributable to owners of the company was HK$1,250,000 for the year.", "profit", 1250000.0),
    ("Net assets as at 31 March 2026 were HK$3,100,000 (2025: HK$2,800,000).", "total_equity", 3100000.0),
])
def test_an_item_stated_with_whose_it_is_or_its_day(text, key, value):
    assert stated_in_sentences(text, key)[0] == value


def test_a_statement_of_comprehensive_income():
    best, score = best_type([(140, "SEABREEZE PRINTING LIMITED"), (140, "Statement of comprehensive income, year ended 31 May 2026"),
                         (140, "Sales   3,400,100"), (140, "Profit before taxation   402,000"), (140, "Profit after taxation   336,000")])
    assert best == "financial_statement" and score >= load_rules()["min_score"]
