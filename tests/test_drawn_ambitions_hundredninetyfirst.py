"""The hundred-and-ninety-first drawn set (sample_docs/drawn_ambitions_hundredninetyfirst.py), a seventh test set of
five business plans, read cold at 7 / 15. What it needed: local people counted by their work ('3 local bakers and 1
local shop assistant'); roles recruited from the local market, summed; a Han count after 本地人手; a year's billings
and a bare 'Income' row as the turnover; 营收; a plan known by its paid up capital and its staffing."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_local_people_by_their_work():
    doc = doc_of_rows([[(140, "Greenquay Florists Limited")], [(140, "Capital paid up: HK$200,000")],
                       [(140, "Team: 2 local florists and 1 local delivery driver in the first year")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 3


def test_roles_recruited_from_the_local_market_and_billings():
    doc = doc_of_rows([[(140, "Sablewood Legal Translation Limited")], [(140, "Paid-up capital: HK$350,000.")],
                       [(140, "We will bill HK$1,600,000 in the first year, and hire three translators and one office manager locally.")]])
    read = registry.extract("business_plan", doc)
    assert (read["local_jobs"].value, read["projected_turnover_hkd"].value) == (4, 1600000.0)


def test_a_han_count_of_local_hands_and_an_income_row():
    han = doc_of_rows([[(560, "業務計劃")], [(140, "首年需要本地人手五名")]], han=True)
    assert registry.extract("business_plan", han)["local_jobs"].value == 5
    table = doc_of_rows([[(140, "Paid up capital HK$300,000")], [(140, "(HK$)"), (600, "2027"), (900, "2028")],
                         [(140, "Income"), (600, "1,250,000"), (900, "1,700,000")]])
    assert registry.extract("business_plan", table)["projected_turnover_hkd"].value == 1250000.0
