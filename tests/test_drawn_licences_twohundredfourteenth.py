"""The two-hundred-and-fourteenth drawn set (sample_docs/drawn_licences_twohundredfourteenth.py), a test set of three BR
certificates and two sets of accounts, read cold at 21 / 28. What it needed: a BR certificate's number after 'No.' in a
box over its title; a Chinese statement's period end as its heading states it, a date before its unit (2025年12月31日
单位：港元); a 'Statement of income and retained earnings' known for accounts, its 'Tuition fee income' for revenue. Tested
on other wording."""
from extractors import registry
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_a_br_number_after_no_over_the_title():
    doc = doc_of_rows([[(1200, "No. 61234578")], [(440, "BUSINESS REGISTRATION CERTIFICATE")],
                       [(140, "Name of Business"), (560, "FOXGLOVE PRINTING LIMITED")], [(140, "Status"), (560, "CORP")]])
    assert registry.extract("br_certificate", doc)["br_number"].value == "61234578"


def test_a_chinese_statement_dated_before_its_unit():
    doc = doc_of_rows([[(520, "海湾电子贸易有限公司")], [(640, "利润表")], [(460, "2026年6月30日　单位：元")],
                       [(160, "营业收入"), (1100, "4,200,000")], [(160, "净利润"), (1100, "310,000")]])
    assert registry.extract("financial_statement", doc)["period_end"].value == "2026-06-30"


def test_a_statement_of_income_and_retained_earnings():
    rows = [(420, "KINGFISHER TUTORS LIMITED"), (200, "Statement of income and retained earnings, year ended 31 May 2026"),
            (160, "Tuition fee income   2,400,000"), (160, "Net income for the year   210,000")]
    best, score = best_type(rows)
    assert best == "financial_statement" and score >= load_rules()["min_score"]
    doc = doc_of_rows([[(420, "KINGFISHER TUTORS LIMITED")], [(160, "Tuition fee income"), (1100, "2,400,000")],
                       [(160, "Net income for the year"), (1100, "210,000")]])
    assert registry.extract("financial_statement", doc)["revenue"].value == 2400000.0
