"""The three-hundred-and-forty-seventh drawn set (sample_docs/drawn_mandarin_threehundredfortyseventh.py), read cold
at 11 / 13: a letter that a person 'held a full-time position as …' 'with our organisation', its years only, typed
none. Tested on other wording."""
from tests.synthetic import best_type


def test_held_a_position_with_our_organization():
    rows = [(160, "Crescent Learning Group"), (160, "12 January 2021"),
            (160, "This is to verify that Mr. ZHOU Bin held a position as Curriculum Developer with our organization in 2019 and 2020.")]
    assert best_type(rows)[0] == "work_experience_letter"
