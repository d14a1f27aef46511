"""The two-hundred-and-eighty-fourth drawn set (sample_docs/drawn_smew_twohundredeightyfourth.py), read cold at 14 / 19.
What it needed: the post after 'was a' ('Dr. SHI Lei was a Lecturer … from … to …', so the letter is known by the stay it
tells); a title after 'Her present title is' running onto the next line. Tested on other wording."""
from extractors import registry
from extractors.stated_type import type_by_contents
from tests.synthetic import doc_of_rows


def test_a_post_after_was_a_and_the_stay_it_tells():
    doc = doc_of_rows([[(140, "Jianghan Institute of Hydraulic Research")],
                       [(140, "Mr. QI Feng was a Research Fellow of the Institute from 1 March 2014 to 28 February 2019.")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "Research Fellow"
    assert type_by_contents(doc, "2026-12-06") == "work_experience_letter"


def test_a_present_title_running_onto_the_next_line():
    doc = doc_of_rows([[(140, "Nanchang Lakeside Ceramics Co., Ltd.")],
                       [(140, "Mr. YAN Bo joined us on 4 April 2018 and works in our design studio. His current title is Senior Glaze")],
                       [(140, "Technologist.")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "Senior Glaze Technologist"
