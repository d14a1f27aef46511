"""The two-hundred-and-eighty-ninth drawn set (sample_docs/drawn_egret_twohundredeightyninth.py), four qualification
reports read cold at 20 / 32. What it needed: a degrees' verification known by its title; a code in a sentence; a
school named in the other script in brackets after a reading that is none; a level without its length in brackets; a
name in pinyin with a look-alike letter (q read g) taken as a name and mended; a report's rows over the reader's own
reading of the next line's first words. Tested on other wording."""
from extractors import registry
from extractors.value_types import PARSERS
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_a_degree_verification_by_its_title():
    best, score = best_type([(140, "Academic Degree Verification"), (140, "Holder  LIANG Yu"), (140, "Discipline  Geology"),
                             (140, "Certificate Number  1948132014000311")])
    assert best == "qualification_report" and score >= load_rules()["min_score"]


def test_a_code_stated_in_a_sentence_and_a_level_without_its_length():
    doc = doc_of_rows([[(140, "Online Verification Report of Higher Education Qualification Certificate")],
                       [(140, "Name:  LIANG Yu")], [(140, "Level:  Undergraduate (five years)")],
                       [(140, "Use the code K7PW3M9QZ2XT5RNB on the checking site within 30 days.")]])
    read = registry.extract("qualification_report", doc)
    assert (read["verification_code"].value, read["level"].value) == ("K7PW3M9QZ2XT5RNB", "Undergraduate")


def test_a_school_in_brackets_after_a_reading_that_is_none():
    assert PARSERS["school"]("QRXW (Donglin University of Science)") == "Donglin University of Science"


def test_a_pinyin_name_with_a_look_alike_letter():
    assert PARSERS["person"]("LI Zhigiang") == "LI ZHIGIANG"


def test_a_reports_rows_over_the_next_lines_first_words():
    doc = doc_of_rows([[(140, "Verification of Higher Education Qualification")], [(140, "Name"), (840, "Institution")],
                       [(140, "ZHAO Min"), (840, "Songjiang Maritime University")]])
    assert registry.extract("qualification_report", doc)["institution"].value == "Songjiang Maritime University"


def test_a_word_alone_one_letter_from_pinyin_is_no_name():
    assert PARSERS["person"]("ENGINEER") is None
