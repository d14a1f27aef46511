"""The two-hundred-and-seventy-eighth drawn set (sample_docs/drawn_ruff_twohundredseventyeighth.py), read cold at
15 / 20. What it needed: a letter of someone on the payroll between two dates, his last assignment being a post; 任職結束
a stay's end's label (a table's heading, so the cue does not lend its role to the wrong column). Tested on other wording."""
from extractors import registry
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_on_the_payroll_between_two_dates():
    best, score = best_type([(140, "Hunan Xiangtan Electric Motors Co., Ltd."),
                             (140, "Ms. PENG Li was on the payroll of this company between 2 March 2015 and 31 May 2021,"),
                             (140, "her last assignment being Test Engineer.")])
    assert best == "work_experience_letter" and score >= load_rules()["min_score"]


def test_the_last_assignment_is_the_post():
    doc = doc_of_rows([[(140, "Hunan Xiangtan Electric Motors Co., Ltd.")],
                       [(140, "Ms. PENG Li was on the payroll of this company between 2 March 2015 and 31 May 2021, her last")],
                       [(140, "assignment being Test Engineer.")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "Test Engineer"


def test_a_table_of_a_stays_start_and_end():
    doc = doc_of_rows([[(160, "職位"), (500, "任职起始"), (800, "任职结束")], [(160, "质检主管"), (500, "2014年 09月"), (800, "2020年 03月")]])
    read = registry.extract("work_experience_letter", doc)
    assert (read["start_date"].value, read["end_date"].value) == ("2014-09-01", "2020-03-31")
