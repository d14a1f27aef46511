"""The hundred-and-twenty-seventh drawn set (sample_docs/drawn_savings_hundredtwentyseventh.py), read cold at 16 / 20.
What it needed: a plan headed 'My plan' that invests its owner's savings is a business plan; capital 'issued and fully
paid' and capital its owner 'will invest'; a sum a month is no year's forecast ('HK$90,000 a month, about HK$1,080,000
in the first year'); 'take on one local assistant' counts one local job, 'engage one local supplier' none."""
from PIL import Image

from extractors import registry
from pipeline.classify import score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells, doc_of_rows

SAVINGS = [[(140, "My plan")], [(140, "I will invest HK$250,000 of my own savings in the studio: kilns, wheels and the fitting-out of a")],
           [(140, "I expect sales of about HK$90,000 a month once classes are full, about HK$1,080,000 in the first")],
           [(140, "year (HK$1,450,000 in the second) from classes, commissions and corporate workshops.")],
           [(140, "I will take on one local assistant from the start.")]]


def test_a_sole_traders_plan():
    words = [w for n, row in enumerate(SAVINGS) for w in cells(240 + 60 * n, *row)]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    assert score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best[0] == "business_plan"
    read = registry.extract("business_plan", doc_of_rows(SAVINGS))
    assert (read["capital_hkd"].value, read["projected_turnover_hkd"].value, read["local_jobs"].value) == (250000.0, 1080000.0, 1)


def test_issued_and_fully_paid():
    doc = doc_of_rows([[(140, "Share capital")], [(140, "Authorised"), (700, "HK$1,000,000")], [(140, "Issued and fully paid"), (700, "HK$100,000")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 100000.0


def test_a_local_supplier_is_no_job():
    doc = doc_of_rows([[(140, "Business plan")], [(140, "We will engage one local supplier for packaging and hire two local drivers.")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 2
