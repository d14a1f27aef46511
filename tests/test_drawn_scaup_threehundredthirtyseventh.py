"""The three-hundred-and-thirty-seventh and -eighth drawn sets (sample_docs/drawn_scaup_threehundredthirtyseventh.py,
drawn_eider_threehundredthirtyeighth.py), read cold at 10 / 14 and 24 / 26: a letter of a former employee's particulars
in rows ('Position held', 'Employer') under a title no type names was typed none of the work letter's; a Hong Kong
holder's name in the Government's romanisation ('WONG Ka Yan') was no name, not being pinyin; an English degree's name
wrapped between two lines of a sentence was not read. What they needed: 'position held' and 'former employee' a work
letter's words; Hong Kong's romanised names names (pipeline/data/surnames.yaml); the degree's name searched across the
lines. Tested on other wording."""
from extractors import registry
from extractors.value_types import PARSERS
from tests.synthetic import best_type, doc_of_rows


def test_a_former_employees_particulars_in_rows_are_a_work_letter():
    rows = [(160, "Staff Record Confirmation"), (160, "12 May 2025"), (160, "Below are the details of a former staff member:"),
            (200, "Full name Mr. QIN Haoran"), (200, "Position held Senior Buyer"), (200, "Period 2 March 2015 to 30 April 2025")]
    assert best_type(rows)[0] == "work_experience_letter"


def test_hong_kong_romanised_names():
    from pipeline.names import is_hong_kong_romanised

    assert is_hong_kong_romanised("CHEUNG Hiu Tung") and is_hong_kong_romanised("Lau Chun-kit")
    assert not is_hong_kong_romanised("Hong Kong") and not is_hong_kong_romanised("Senior Buyer")
    assert PARSERS["latin_name"]("Ms. YEUNG Pui Shan") == "YEUNG PUI SHAN"


def test_a_hong_kong_holder_after_confers_upon():
    doc = doc_of_rows([[(400, "HARBOURSIDE POLYTECHNIC UNIVERSITY")], [(300, "The Senate confers upon")], [(300, "CHEUNG Hiu Tung")],
                       [(300, "the degree of")], [(300, "Bachelor of Arts")], [(300, "on 3 July 2020")]])
    assert registry.extract("degree_certificate", doc)["holder_name"].value == "CHEUNG HIU TUNG"


def test_a_degrees_name_wrapped_between_lines():
    doc = doc_of_rows([[(400, "Degree Certificate (Translation)")], [(160, "Mr. LUO Jiahao, born on 3 May 1996, has completed his studies and is")],
                       [(160, "conferred with the Master of")], [(160, "Economics degree by the university.")]])
    assert registry.extract("degree_certificate", doc)["degree"].value == "Master of Economics"
