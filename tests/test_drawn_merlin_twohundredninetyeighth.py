"""The two-hundred-and-ninety-eighth drawn set (sample_docs/drawn_merlin_twohundredninetyeighth.py), four work experience
letters read cold at 12 / 15. What it needed: a letter's closing line (特此證明) no part of the row above it; a period of
months in Chinese numerals with 零 as a row's stay. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_row_over_the_closing_line_and_a_period_of_months_in_numerals():
    doc = doc_of_rows([[(140, "任職期間：二零一三年三月至二零一八年十月")], [(140, "職位：採購主任")], [(196, "此證。")],
                       [(900, "佛山南海五金製品有限公司")]])
    read = registry.extract("work_experience_letter", doc)
    assert (read["position"].value, read["start_date"].value, read["end_date"].value) == ("採購主任", "2013-03-01", "2018-10-31")
