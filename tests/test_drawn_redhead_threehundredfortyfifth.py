"""The three-hundred-and-forty-fifth and -sixth drawn sets (sample_docs/drawn_redhead_threehundredfortyfifth.py,
drawn_ruddy_threehundredfortysixth.py), read cold at 10 / 14 and 16 / 17: a letter of a person who 'worked for us …
as the company's Chief Dietitian' typed none and its post not read past 'the company's'; a major with its track in
brackets (法学（知识产权方向）专业) read as the words after 专业. Tested on other wording."""
from extractors import registry
from tests.synthetic import best_type, doc_of_rows


def test_worked_for_us_as_the_firms_post():
    rows = [(160, "Riverside Design Studio (Suzhou) Co., Ltd."), (160, "20 August 2023"),
            (160, "Mr. HOU Zeyu worked for us between 3 May 2016 and 31 July 2023 as the firm's Lead Interior Designer.")]
    assert best_type(rows)[0] == "work_experience_letter"
    doc = doc_of_rows([[(160, text)] for _, text in rows])
    assert registry.extract("work_experience_letter", doc)["position"].value == "Lead Interior Designer"


def test_a_major_with_its_track_in_brackets():
    doc = doc_of_rows([[(600, "学士学位证书")], [(160, "郝宇航，男，2000年1月9日生。在本校计算机科学与技术（人工智能方向）专业完成了本科学业，授予工学学士学位。")]])
    assert registry.extract("degree_certificate", doc)["major"].value == "计算机科学与技术(人工智能方向)"  # brackets as NFKC gives them
