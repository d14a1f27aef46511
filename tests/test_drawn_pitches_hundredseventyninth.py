"""The hundred-and-seventy-ninth drawn set (sample_docs/drawn_pitches_hundredseventyninth.py), a fifth test set of
five business plans, read cold at 8 / 15. What it needed: 本地聘用 as local hires; funding secured as capital; a
figure before a label taken without the clause before it ('year one: 4 (all local hires)' is no 'one'); a plan known
by 'local hires' and 'we project'; a registered capital in renminbi with its Hong Kong dollars in brackets; the hires of
a first year's milestones summed (and a count's evidence its own line)."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_local_hires_in_a_han_table_and_funding_secured():
    han = doc_of_rows([[(560, "營運計劃")], [(140, "項目"), (600, "首年"), (800, "次年")], [(140, "本地聘用人數"), (600, "3"), (800, "6")]], han=True)
    assert registry.extract("business_plan", han)["local_jobs"].value == 3
    doc = doc_of_rows([[(140, "Fernway Pet Care Limited")], [(140, "Funds raised: HK$420,000 (from the two founders)")],
                       [(140, "Staff in Hong Kong at the end of year two: 6 (four of them local hires)")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 420000.0


def test_a_count_before_its_label_is_not_the_clause_before_it():
    doc = doc_of_rows([[(140, "Tallgrass Media Limited")], [(140, "Capital paid up: HK$300,000")],
                       [(140, "People in Hong Kong, first year: 3 (all local hires)")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 3


def test_a_renminbi_capital_with_its_hong_kong_dollars():
    doc = doc_of_rows([[(140, "Rivermouth Supply Chain Limited")],
                       [(140, "The registered capital is USD 200,000 (approximately HK$1,560,000), fully paid by the parent.")],
                       [(140, "We project sales of HK$5,000,000 in the first year and two local hires.")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 1560000.0


def test_the_first_years_milestone_hires_summed():
    doc = doc_of_rows([[(140, "Pebblebrook Dental Lab Limited")], [(140, "Share capital paid: HK$350,000")], [(140, "Key milestones")],
                       [(140, "M2: lease the Kwai Chung unit and hire 2 local technicians")],
                       [(140, "M7: hire one local delivery driver")], [(140, "M15: hire 2 local technicians")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 3
