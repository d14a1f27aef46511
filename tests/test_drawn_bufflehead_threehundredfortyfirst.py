"""The three-hundred-and-forty-first and -second drawn sets (sample_docs/drawn_bufflehead_threehundredfortyfirst.py,
drawn_canvasback_threehundredfortysecond.py), read cold at 9 / 15 and 15 / 18: a letter that tells a stay as a tenure
and the post as a designation typed none; of a career listed step by step, the post held 至今 not taken over the first;
a Macau degree's holder before 修畢, its degree after 特頒授 and its major after 主修 not read. What they needed: those
words as data (doc_types.yaml, prose.yaml). Tested on other wording. (A month written with ○ that OCR dropped, and a
code's 5 read S, were left: the page's reading lost them.)"""
from extractors import registry
from tests.synthetic import best_type, doc_of_rows


def test_a_tenure_and_a_designation_are_a_work_letter():
    rows = [(160, "Harrowgate Marine Surveyors Limited"), (160, "2 June 2022"),
            (160, "Throughout her tenure with the company (March 2015 to April 2022), Ms. LAN Qiuyue's designation was Marine Surveyor.")]
    assert best_type(rows)[0] == "work_experience_letter"
    doc = doc_of_rows([[(160, text)] for _, text in rows])
    assert registry.extract("work_experience_letter", doc)["position"].value == "Marine Surveyor"


def test_the_post_held_until_now_of_a_listed_career():
    doc = doc_of_rows([[(600, "在职证明")], [(160, "兹证明贝雨桐同志在我院工作：2011年9月入职，任助理研究员；2016年3月至今任副研究员。")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "副研究员"


def test_a_degree_specially_conferred_its_major_after_zhuxiu():
    doc = doc_of_rows([[(600, "學位證書")], [(160, "茲證明梁詠詩修畢本校理學士學位課程，主修應用化學，考核及格，特頒授理學士學位。")]])
    found = registry.extract("degree_certificate", doc)
    assert (found["holder_name"].value, found["degree"].value, found["major"].value) == ("梁詠詩", "理學士學位", "應用化學")
