"""The hundred-and-fifty-sixth drawn set (sample_docs/drawn_thirteenthhand_hundredfiftysixth.py), a thirteenth whole
clean application, read cold at 52 / 54 with 3 checks of 16 not passed, two of them false alarms: a newspaper's job
advertisement read as a contract (so no evidence of local recruitment was found), and a quantitative researcher's post
not seen to use a master's in financial engineering. What it needed: an advertisement's 'Apply with CV', 'Classified' and
'years’ experience' (a curly apostrophe) known for recruitment; a plan's capital 'paid … into the company as its paid-up
capital'; quantitative and trading posts in finance's family. Left: the drawn portrait is no face."""
from PIL import Image

from extractors import registry
from pipeline.classify import load_rules, score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells, doc_of_rows
from validators.derived import related_families


def test_a_newspaper_advertisement_is_recruitment():
    words = cells(240, (560, "QUANTITATIVE RESEARCHER")) + cells(300, (620, "Lumenbridge Quant Research Limited")) \
        + cells(380, (340, "- 3 years’ experience in systematic trading research")) + cells(440, (340, "Monthly salary HK$33,000 - HK$40,000")) \
        + cells(500, (340, "Apply with CV to careers@lumenbridge.example by 30 September 2026")) \
        + cells(560, (340, "Hong Kong Daily Post, Classified, 2 September 2026"))
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    best, score = score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best
    assert best == "recruitment_evidence" and score >= load_rules()["min_score"]


def test_capital_paid_into_the_company():
    doc = doc_of_rows([[(140, "Lumenbridge Quant Research Limited - business plan")],
                       [(140, "We build trading signals for family offices. The two founders have paid HK$500,000 into")],
                       [(140, "the company as its paid-up capital.")], [(140, "Forecast")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 500000.0


def test_a_quantitative_post_is_finance():
    assert related_families("Financial Engineering", "Quantitative Researcher")
