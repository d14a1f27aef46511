"""The hundred-and-eighth drawn set (sample_docs/drawn_terms_hundredeighth.py), read cold at 23 / 29. What it needed:
a value in a table's cell does not go on into a sentence that runs under the table through its column; an offer
letter's heading names the post it offers ('Offer of employment: Senior Scientist, Cell Therapy'); a letter with no
title that agrees its employee may resign and take up employment in Hong Kong is a consent ('We agree that …')."""
from PIL import Image

from extractors import registry
from pipeline.classify import load_rules, score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells, doc_of_rows


def test_a_cell_does_not_go_on_into_a_sentence_under_the_table():
    doc = doc_of_rows([], source="ocr")
    doc.pages[0].words = (cells(340, (140, "僱員姓名"), (480, "職位"), (820, "生效日期"), (1160, "月薪（港元）"), han=True, height=48)
                          + cells(416, (140, "藍曉彤"), (480, "數據工程師"), (820, "2027年2月1日"), (1160, "52,800"), han=True, height=48)
                          + cells(500, (140, "一、僱員須按僱主安排於辦公時間內履行上述職位之職責。"), han=True, height=48))
    assert registry.extract("employment_contract", doc)["position"].value == "數據工程師"


def test_the_post_an_offer_letters_heading_names():
    doc = doc_of_rows([[(140, "Copperleaf Biologics Limited")], [(140, "Dear Dr Song,")],
                       [(140, "Offer of employment: Senior Scientist, Cell Therapy")],
                       [(140, "We are pleased to offer you employment as Senior Scientist, Cell Therapy, on the following terms:")],
                       [(140, "Salary: HK$66,500 a month.")]])
    assert registry.extract("employment_contract", doc)["position"].value == "Senior Scientist, Cell Therapy"


def test_an_untitled_letter_agreeing_to_a_resignation_for_work_in_hong_kong():
    words = []
    for k, line in enumerate(["Ms LIN Yue has worked in our laboratory since March 2017. We agree that she may resign from",
                              "her post with us and take up employment with Copperleaf Biologics Limited in Hong Kong."]):
        words += cells(300 + 50 * k, (140, line))
    page = Page(file="c.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    kind, score = score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best
    assert kind == "consent_letter" and score >= load_rules()["min_score"]
