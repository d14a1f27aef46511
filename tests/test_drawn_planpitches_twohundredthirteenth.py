"""The two-hundred-and-thirteenth drawn set (sample_docs/drawn_planpitches_twohundredthirteenth.py), a thirteenth test
set of five business plans, read cold at 13 / 15. What it needed: a tile's lone digit over its caption ('4' over 'Hong
Kong hires'), which stands shorter than a sum with its sign; 'Hong Kong hires'; capital injected into the company with
no word of capital after it. Tested on other wording."""
from PIL import Image

from extractors import registry
from extractors.base import DocView
from pipeline.model import Page, Word
from tests.synthetic import doc_of_rows


def test_a_lone_digit_over_its_caption():
    words = [Word(text="HK$2M", bbox=(185, 311, 393, 362)), Word(text="7", bbox=(681, 314, 716, 358)),
             Word(text="first-year", bbox=(180, 435, 273, 457)), Word(text="sales", bbox=(282, 439, 336, 452)),
             Word(text="HK", bbox=(682, 435, 712, 457)), Word(text="hires", bbox=(722, 435, 772, 452))]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    doc = DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1654, 2339), "white")])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 7


def test_capital_injected_into_the_business():
    doc = doc_of_rows([[(140, "Tallgrass Studio Limited")], [(140, "The two founders injected HK$750,000 into the business in June.")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 750000.0
