"""The hundred-and-fifty-fifth drawn set (sample_docs/drawn_outlooks_hundredfiftyfifth.py), a test set of five business
plans drawn after the plans' mends, read cold at 11 / 15. What it needed: a figure that ends the sentence before a label
is not the label's ('share capital of HK$900,000. We forecast revenue of HK$2,600,000'); a table of 'Key assumptions'
known for a plan's."""
from PIL import Image

from extractors import registry
from pipeline.classify import load_rules, score_page
from pipeline.labels import find_labels
from pipeline.model import Page
from pipeline.read import ReadPage
from pipeline.sentence_blanks import figure_before
from tests.synthetic import cells, doc_of_rows


def test_a_figure_ending_the_sentence_before_is_not_the_labels():
    line = cells(240, (140, "The founders have paid up share capital of HK$900,000. We forecast revenue of HK$2,600,000"))
    label = find_labels([line], ["revenue"])[0]
    assert figure_before(line, label, []) is None
    doc = doc_of_rows([[(140, "Northwind Aquaponics Limited - business plan")],
                       [(140, "The founders have paid up share capital of HK$900,000. We forecast revenue of HK$2,600,000 in the first")],
                       [(140, "year of operation from restaurant and supermarket contracts.")]])
    read = registry.extract("business_plan", doc)
    assert (read["capital_hkd"].value, read["projected_turnover_hkd"].value) == (900000.0, 2600000.0)


def test_key_assumptions_are_a_plans():
    words = cells(240, (140, "Brightfield Solar Installations Limited")) + cells(300, (140, "Key assumptions of the plan")) \
        + cells(380, (160, "Capital"), (800, "1,500,000")) + cells(440, (160, "Year-1 revenue"), (800, "4,800,000")) \
        + cells(500, (160, "Local headcount (Y1)"), (800, "7"))
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    best, score = score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best
    assert best == "business_plan" and score >= load_rules()["min_score"]
