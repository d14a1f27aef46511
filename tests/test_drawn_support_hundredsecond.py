"""The hundred-and-second drawn set (sample_docs/drawn_support_hundredsecond.py), read cold at 19 / 23. What it
needed: a 'Letter of Support' from the applicant's unit is its consent, though it tells how long the applicant has
worked there; a hyphen inside a reference number ('Ref: DIMI-HR-2026-118') joins no range, so the date on the next
line is the letter's, not a period's end."""
from PIL import Image

from extractors import registry
from pipeline.classify import score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells, doc_of_rows

BODY = ["Ms HE Lanqing (born 9 June 1990) has worked at our Institute as an engineer since July 2014. She has been",
        "offered a post in Hong Kong. The Institute supports her application and agrees to her taking up the post."]


def test_a_letter_of_support_is_a_consent():
    words = cells(150, (600, "LETTER OF SUPPORT"))
    for k, line in enumerate(BODY):
        words += cells(300 + 50 * k, (140, line))
    page = Page(file="c.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    verdict = score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white")))
    assert verdict.best[0] == "consent_letter"


def test_a_reference_numbers_hyphen_is_no_range():
    doc = doc_of_rows([[(140, "NANHU INSTITUTE OF OPTICS")], [(140, "Ref: NIO-HR-2026-052")], [(140, "12 November 2026")],
                       [(600, "LETTER OF SUPPORT")], [(140, BODY[0])], [(140, BODY[1])], [(140, "For and on behalf of Nanhu Institute of Optics")]])
    assert registry.extract("consent_letter", doc)["date"].value == "2026-11-12"
