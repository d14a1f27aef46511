"""The two-hundred-and-eighty-third drawn set (sample_docs/drawn_skua_twohundredeightythird.py), read cold at 12 / 19.
What it needed: a notary's page uploaded without the copy it notarises is typed by the paper it states it notarises and
read from its statement (the holder 'issued to', the school 'by'); a translation's holder before the sex, the major after
'studied', the school without its signer's title ('President of …'). Tested on other wording."""
from PIL import Image

from extractors import registry
from pipeline.classify import segment
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells, doc_of_rows

NOTARY = [(500, "NOTARIAL CERTIFICATE"), (140, "(2026) Hang Zheng Wai Zi No. 5521"),
          (140, "This is to certify that the photocopy of the Master's Degree Certificate attached hereto conforms to"),
          (140, "the original, issued to DENG Hui by Riverside University of Science on 28 June 2017 under"),
          (140, "certificate number 1948932017000561."), (140, "Hangzhou Notary Public Office")]


def test_a_notarys_page_alone_is_the_paper_it_notarises():
    words = [w for k, (x, text) in enumerate(NOTARY) for w in cells(200 + 60 * k, (x, text))]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    assert [s.type for s in segment([ReadPage(page, Image.new("RGB", (1654, 2339), "white"))])] == ["degree_certificate"]
    read = registry.extract("degree_certificate", doc_of_rows([[row] for row in NOTARY]))
    assert (read["holder_name"].value, read["institution"].value) == ("DENG HUI", "Riverside University of Science")


def test_a_graduation_translation_holder_major_and_school():
    doc = doc_of_rows([[(500, "GRADUATION CERTIFICATE")],
                       [(140, "LIU Fang, female, born on April 2, 1997, studied Applied Physics at this university from September")],
                       [(140, "2015 to June 2019 and is permitted to graduate.")], [(140, "Dean of Qiantang University of Science:  WU Tao")],
                       [(140, "June 28, 2019")]])
    read = registry.extract("graduation_certificate", doc)
    assert (read["holder_name"].value, read["major"].value, read["institution"].value) == \
        ("LIU FANG", "Applied Physics", "Qiantang University of Science")
