"""The two-hundred-and-twenty-first drawn set (sample_docs/drawn_tallies_twohundredtwentyfirst.py), a test set of two work
letters, two plans and two sets of accounts, read cold at 19 / 24. What it needed: a report's items stated in Chinese
sentences, their sums in Chinese numerals; the total that closes a list a label heads (each founder's share, then
'Total'); a plan's count of staff on its Hong Kong payroll. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_reports_items_in_chinese_sentences():
    doc = doc_of_rows([[(140, "遠航物流有限公司")], [(140, "董事報告")],
                       [(140, "本公司截至2025年12月31日止年度之營業收入為港幣三百一十萬元，年內虧損為港幣十二萬元，權益總額為港幣八十萬元。")]])
    read = registry.extract("financial_statement", doc)
    assert (read["revenue"].value, read["profit"].value, read["total_equity"].value) == (3100000.0, -120000.0, 800000.0)


def test_the_total_that_closes_a_list_a_label_heads():
    doc = doc_of_rows([[(140, "Start-up funds:")], [(180, "Mr. HO Kin"), (900, "HK$250,000")], [(180, "Ms. LAM Yee"), (900, "HK$250,000")],
                       [(180, "Angel investor"), (900, "HK$300,000")], [(140, "Total"), (900, "HK$800,000")],
                       [(140, "Expected turnover in year one: HK$2,000,000")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 800000.0


def test_staff_on_the_hong_kong_payroll():
    doc = doc_of_rows([[(140, "Targets")], [(140, "Turnover: HK$1,800,000")], [(140, "Local payroll: 6 people")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 6
