"""The ninety-ninth drawn set (sample_docs/drawn_glare_ninetyninth.py), read cold at 25 / 29: a consent worded 'has
the consent of this company to accept employment' read as no paper at all. What it needed: those words among a
consent's (data: doc_types.yaml)."""
from PIL import Image

from pipeline.classify import segment
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells


def test_the_consent_of_the_company():
    words = cells(150, (140, "Ningbo Haiyue Marine Instruments Co., Ltd."))
    for k, line in enumerate(["Ms JIN Lu, an acoustic engineer of ours, has the consent of the company to accept",
                              "employment with Tidewave Sonar Limited in Hong Kong."]):
        words += cells(300 + 50 * k, (140, line))
    page = Page(file="c.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    assert [s.type for s in segment([ReadPage(page, Image.new("RGB", (1654, 2339), "white"))])] == ["consent_letter"]
