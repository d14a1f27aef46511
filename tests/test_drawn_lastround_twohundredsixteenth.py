"""The two-hundred-and-sixteenth drawn set (sample_docs/drawn_lastround_twohundredsixteenth.py), a test set of three
plans and three work letters, read cold at 17 / 21 (the plans 9 / 9). What it needed: a reference known by its heading
('Reference for Ms. …') or by a stay told as coming to the firm and leaving it; a start 'came to us on' and an end 'left
us on'. Tested on other wording."""
from extractors import registry
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_a_reference_known_by_its_heading():
    best, score = best_type([(140, "Reference for Mr. DU Haoyang"), (140, "Mr. DU was our Warehouse Supervisor for six years."),
                         (140, "We recommend him.")])
    assert best == "work_experience_letter" and score >= load_rules()["min_score"]


def test_a_stay_told_as_coming_and_leaving():
    rows = [(140, "Yantai Goldcoast Foods Co., Ltd."), (140, "10 November 2026"),
            (140, "Mr. DU Haoyang came to us on 2 May 2015 and left us on 30 June 2021 as our Warehouse Supervisor.")]
    best, score = best_type(rows)
    assert best == "work_experience_letter" and score >= load_rules()["min_score"]
    out = registry.extract("work_experience_letter", doc_of_rows([[r] for r in rows]))
    assert (out["start_date"].value, out["end_date"].value) == ("2015-05-02", "2021-06-30")
