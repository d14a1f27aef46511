"""The two-hundred-and-twenty-eighth drawn set (sample_docs/drawn_rosetos_twohundredtwentyeighth.py), a test set of
three work letters and three plans, read cold at 17 / 21 (the letters' posts 0 / 3). What it needed: a post the person
'rose to'; a Chinese comma read as a Latin one opening a wrapped line (',任…'); a table's headings in one row, each
value under its heading and not beside it; a sum beside a label inside a sentence only before the next field's label.
Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_the_post_a_person_rose_to():
    doc = doc_of_rows([[(140, "Hefei Bluepeak Instruments Co., Ltd.")],
                       [(140, "Ms. TAO Ruoxi joined us on 6 March 2012 as a Service Engineer and rose to Regional Service Manager before")],
                       [(140, "leaving on 30 April 2020.")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "Regional Service Manager"


def test_a_chinese_comma_read_as_latin_opening_a_wrapped_line():
    doc = doc_of_rows([[(140, "兹有我单位职工韩晓东同志，自二〇一二年九月三日起在我单位工作")], [(140, ",任给排水工程师，二〇二〇年六月三十日离职。")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "给排水工程师"


def test_a_tables_headings_in_one_row():
    doc = doc_of_rows([[(140, "Nanjing Riverbend Pharma Co., Ltd.")], [(140, "Record of Mr. YIN Zhao")],
                       [(140, "Job title"), (560, "Section"), (900, "Date joined"), (1250, "Date left")],
                       [(140, "Validation Specialist"), (560, "QA"), (900, "2 Apr 2014"), (1250, "15 Aug 2022")]])
    read = registry.extract("work_experience_letter", doc)
    assert (read["position"].value, read["start_date"].value, read["end_date"].value) == ("Validation Specialist", "2014-04-02", "2022-08-15")


def test_a_sum_beside_a_label_in_a_sentence_stops_at_the_next_label():
    doc = doc_of_rows([[(140, "Cedar Lane Bakery Limited")],
                       [(140, "The shares are fully paid, and in the first year we expect sales of HK$2,200,000.")]])
    read = registry.extract("business_plan", doc)
    assert read["projected_turnover_hkd"].value == 2200000.0 and ("capital_hkd" not in read or read["capital_hkd"].value != 2200000.0)
