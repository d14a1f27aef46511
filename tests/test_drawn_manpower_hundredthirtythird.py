"""The hundred-and-thirty-third drawn set (sample_docs/drawn_manpower_hundredthirtythird.py), five business plans read
cold at 6 / 15 (three not known for plans). What it needed: a plan tells itself by speaking of what is to come
together with money or people (targets, a break-even, an executive summary); 'Year-two' is a later year; a date in
words is no sum and a sum stays in its sentence; under a label in running text the next line is the paragraph going
on, not a column's value; 'two local baristas and one local shop manager' are three."""
from PIL import Image

from extractors import registry
from pipeline.classify import load_rules, score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells, doc_of_rows

TARGETS = [[(140, "Funding:")], [(140, "Initial investment: HK$600,000 (share capital HK$500,000 and a shareholder's loan of HK$100,000)")],
           [(140, "Targets:")], [(140, "Year-one revenue target: HK$2.1 million")], [(140, "Year-two revenue target: HK$2.9 million")],
           [(140, "People:")], [(140, "We will recruit two local baristas and one local shop manager before opening.")]]


def test_a_list_of_targets_is_a_plan():
    words = [w for n, row in enumerate(TARGETS) for w in cells(240 + 60 * n, *row)]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    best, score = score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best
    assert best == "business_plan" and score >= load_rules()["min_score"]
    read = registry.extract("business_plan", doc_of_rows(TARGETS))
    assert (read["projected_turnover_hkd"].value, read["local_jobs"].value) == (2100000.0, 3)


def test_capital_in_a_paragraph():
    doc = doc_of_rows([[(140, "Brightloom designs printed fabrics for fashion labels in Europe and Japan. Its founders put")],
                       [(140, "in HK$900,000 of paid-up capital in August 2026. We expect to break even in month 10, with")],
                       [(140, "first-year sales of HK$3.2m, and to employ six local designers and production assistants by")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 900000.0


def test_a_sidebars_figure_beside_a_paragraph():
    doc = doc_of_rows([[(140, "Business plan for our laboratory")],
                       [(140, "to test imported seafood and vegetables for"), (1100, "Year-1 sales")],
                       [(140, "wholesalers and restaurant groups. Our parent in"), (1100, "HK$2,700,000")]])
    assert registry.extract("business_plan", doc)["projected_turnover_hkd"].value == 2700000.0
