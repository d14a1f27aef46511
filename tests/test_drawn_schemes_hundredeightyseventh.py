"""The hundred-and-eighty-seventh drawn set (sample_docs/drawn_schemes_hundredeightyseventh.py), a sixth test set of
five business plans, read cold at 11 / 15. What it needed: a plan known by its gross receipts and its first twelve
months, those receipts its turnover; local staff named by their work ('local care workers') counted where a cell gives
their number."""
from PIL import Image

from extractors import registry
from pipeline.classify import load_rules, score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells, doc_of_rows


def test_gross_receipts_in_the_first_twelve_months():
    rows = [(140, "Willowmere Bicycle Works Limited"), (140, "The founders paid HK$260,000 into the company as its share capital."),
            (140, "Over the first twelve months we budget gross receipts of HK$980,000 from repairs and rentals.")]
    words = [w for k, (x, text) in enumerate(rows) for w in cells(200 + 60 * k, (x, text))]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    best, score = score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best
    assert best == "business_plan" and score >= load_rules()["min_score"]
    assert registry.extract("business_plan", doc_of_rows([[r] for r in rows]))["projected_turnover_hkd"].value == 980000.0


def test_local_staff_named_by_their_work():
    doc = doc_of_rows([[(140, "Plan figures")], [(140, "Item"), (900, "Amount")], [(140, "Capital paid up"), (900, "HK$500,000")],
                       [(140, "Local kitchen staff to be hired, year 1"), (900, "7")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 7
