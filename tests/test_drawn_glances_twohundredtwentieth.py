"""The two-hundred-and-twentieth drawn set (sample_docs/drawn_glances_twohundredtwentieth.py), a test set of three plans,
two consents and a contract, read cold at 20 / 23 (the plans 6 / 9). What it needed: capital several people put in
together ('… between them as share capital'); 股东投入资金 as a label of capital; a timeline's whole team at the year's end
over the newcomers an earlier month counts. Tested on other wording."""
from PIL import Image

from extractors import registry
from extractors.base import DocView
from extractors.plan_hires import local_hires
from pipeline.model import Page
from tests.synthetic import cells, doc_of_rows


def test_capital_put_in_by_several_together():
    doc = doc_of_rows([[(140, "Funding")], [(140, "The three partners have put in HK$900,000 among them as capital of the company.")],
                       [(140, "Projected revenue in year one is HK$2,600,000.")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 900000.0


def test_capital_the_shareholders_put_in_as_a_label():
    words = [w for k, (label, value) in enumerate([("股東投入資金", "港幣120萬元"), ("預計營業額", "港幣500萬元")])
             for w in cells(300 + 70 * k, (140, label), han=True) + cells(300 + 70 * k, (700, value))]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=cells(200, (140, "首年計劃"), han=True) + words)
    doc = DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1654, 2339), "white")])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 1200000.0


def test_the_whole_team_at_the_years_end_over_its_newcomers():
    doc = doc_of_rows([[(140, "Quarter 1: shop fitted out; paid-up capital HK$400,000")], [(140, "Quarter 2: our first three Hong Kong staff start")],
                       [(140, "Quarter 4: headcount of 7 in Hong Kong; sales of HK$2.9 million for the year")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 7


def test_a_team_in_a_later_year_is_no_first_years():
    assert local_hires("We will hire 3 staff in Hong Kong in year one, growing to a team of 8 in Hong Kong by year three.")[0] == 3
