"""The eighty-eighth drawn set (sample_docs/drawn_periods_eightyeighth.py), read cold at 21 / 26. What it needed: a
consent titled as one ('同意员工赴港工作证明'), not as a work certificate by its last words; 'Non-local staff' is no
'local staff' label, and a count does not run past it; a count the page misread ('4' as 'hs') read again from its box."""
from PIL import Image, ImageDraw

from extractors.base import DocView
from extractors.business_plan import extract as extract_plan
from extractors.declared import read_declared
from pipeline.classify import score_page
from pipeline.labels import find_labels
from pipeline.model import Page, Word
from pipeline.read import ReadPage
from sample_docs.generator.render import pil_font
from tests.synthetic import cells, doc_of_rows


def test_a_consent_titled_with_its_consent():
    words = cells(150, (600, "同意职工赴港工作证明"), han=True) + cells(260, (140, "职工郑晓自2019年3月起在我公司从事研发工作，现任工程师。"), han=True) \
        + cells(330, (140, "我公司同意其赴香港工作。特此证明。"), han=True)
    page = Page(file="c.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    assert score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best[0] == "consent_letter"


def test_non_local_staff_is_no_local_staff():
    doc = doc_of_rows([[(1000, "Local staff")], [], [(1000, "Non-local staff")], [(1000, "2")]], step=40)
    assert find_labels(doc.pages[0].lines()[1:], ["local staff"]) == []
    assert "local_jobs" not in extract_plan(doc)


def test_a_count_misread_is_read_again_from_its_box():
    image = Image.new("RGB", (1654, 2339), "white")
    ImageDraw.Draw(image).text((1072, 600), "4", font=pil_font("serif_bold", 28), fill="black")
    words = cells(554, (1069, "Local staff")) + [Word(text="hs", bbox=(1066, 598, 1094, 632), conf=0.31)]
    doc = DocView("p.png", [Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)], [image])
    assert read_declared("business_plan", doc)["local_jobs"].value == 4
