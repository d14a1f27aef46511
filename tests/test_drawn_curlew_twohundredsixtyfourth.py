"""The two-hundred-and-sixty-fourth drawn set (sample_docs/drawn_curlew_twohundredsixtyfourth.py): plans, letters, a
report and a degree, read cold at 28 / 30. What it needed: 'Investment:' a capital's label before a colon (the sum under
it, the next row's turnover, had been taken); an ordinal day read with a letter for its digit ('Sth January 2015'). Tested
on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_investment_before_a_colon():
    doc = doc_of_rows([[(140, "Lantern Street Noodles Ltd")], [(160, "Investment:  HK$480,000 (paid in full by the owner)")],
                       [(160, "Expected sales, first year:  HK$1,600,000")], [(160, "Jobs created in Hong Kong:  3")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 480000.0


def test_an_ordinal_day_read_with_a_letter():
    doc = doc_of_rows([[(140, "Kunming Highland Coffee Co., Ltd.")],
                       [(140, "Ms. YU Lan worked in our export team from Ist March 2016 until 30th June 2022 as Export Coordinator.")]])
    fields = registry.extract("work_experience_letter", doc)
    assert (fields["start_date"].value, fields["end_date"].value) == ("2016-03-01", "2022-06-30")
