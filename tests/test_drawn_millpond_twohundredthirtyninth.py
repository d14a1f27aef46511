"""The two-hundred-and-thirty-ninth drawn set (sample_docs/drawn_millpond_twohundredthirtyninth.py): accounts, consents,
an ID 990B and a plan, read cold at 24 / 27. What it needed: a Talent List question asked by name in both scripts and
answered 'Not applicable 不適用' (the Chinese twin of the question before the answer, the answer's Chinese after it); a
bare 'Profit' row with its figures; an owners' equity with a typeset apostrophe. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_profession_asked_in_both_scripts_answered_none():
    doc = doc_of_rows([[(140, "Name of employer 僱主名稱"), (800, "Tidewell Marine Limited")], [(140, "Post 職位"), (800, "Naval Architect")],
                       [(140, "Talent List profession 人才清單職業"), (800, "N/A 不適用")]])
    assert registry.extract("employer_form", doc)["talent_list"].value is False


def test_a_profession_named_in_both_scripts_is_yes():
    doc = doc_of_rows([[(140, "Name of employer 僱主名稱"), (800, "Tidewell Marine Limited")],
                       [(140, "Talent List profession 人才清單職業"), (800, "Naval architects 造船工程師")]])
    assert registry.extract("employer_form", doc)["talent_list"].value is True


def test_a_bare_profit_row_and_owners_equity_typeset():
    doc = doc_of_rows([[(140, "KESTREL PRINT SHOP LIMITED")], [(140, "Management accounts, three months ended 31 March 2026 (HK$)")],
                       [(140, "Takings"), (1100, "212,400")], [(140, "Profit"), (1100, "18,900")],
                       [(140, "Owners’ equity"), (1100, "318,900")]])
    fields = registry.extract("financial_statement", doc)
    assert (fields["profit"].value, fields["total_equity"].value) == (18900.0, 318900.0)
