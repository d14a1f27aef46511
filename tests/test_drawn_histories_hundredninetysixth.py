"""The hundred-and-ninety-sixth drawn set (sample_docs/drawn_histories_hundredninetysixth.py), a third test set of four
work experience letters, read cold at 11 / 15. What it needed: 'REFERENCE' alone over a letter as its heading, and
'worked as our' among a work letter's words."""
from PIL import Image

from pipeline.classify import load_rules, score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells


def test_a_reference_of_one_who_worked_as_our_engineer():
    rows = [(140, "Jinan Spring City Water Engineering Co., Ltd."), (640, "REFERENCE"),
            (140, "Ms XU Lanxin worked as our Hydraulic Engineer from 2016 to 2021. We found her careful and able.")]
    words = [w for k, (x, text) in enumerate(rows) for w in cells(200 + 60 * k, (x, text))]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    best, score = score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best
    assert best == "work_experience_letter" and score >= load_rules()["min_score"]
