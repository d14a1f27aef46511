"""The two-hundred-and-forty-ninth drawn set (sample_docs/drawn_figwort_twohundredfortyninth.py), a whole clean
application on the Talent List, read cold at 63 / 64 with one false alarm: its offer letter's post 'ESG报告经理（ESG
Reporting Manager）' read as 'ESG', which `contract.relevant_to_qualification` could not tie to a degree in
environmental science. A Latin acronym opening a Han post is now part of it; a post's Latin words count in both
scripts; environmental studies lead to posts in ESG, sustainability, carbon and energy. Tested on other wording."""
from PIL import Image

from extractors import registry
from extractors.base import DocView
from pipeline.model import Page
from tests.synthetic import HAN_PITCH, cells
from validators.derived import related_families


def test_an_acronym_opening_a_han_post():
    # as OCR gives it: Han a character a word, the Latin acronym one word beside them
    before, after = "兹聘请您担任本公司", "运维主管，自2027年3月1日起，为期两年，月薪港币38,000元。"
    x = 160 + len(before) * (HAN_PITCH + 2)
    words = cells(200, (600, "聘用函"), han=True) + cells(300, (160, before), han=True) + cells(300, (x, "IT")) \
        + cells(300, (x + 36, after), han=True)
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="text_layer", words=words)
    doc = DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1654, 2339), "white")])
    assert registry.extract("employment_contract", doc)["position"].value == "IT运维主管"


def test_environmental_studies_lead_to_sustainability_posts():
    assert related_families("环境工程", "ESG顾问") == ["environment"]
    assert related_families("Ecology", "Carbon Accounting Lead") == ["environment"]
    assert related_families("Ecology", "Store Manager") == []
