"""The hundred-and-seventeenth drawn set (sample_docs/drawn_headcounts_hundredseventeenth.py), read cold at 8 / 15. What
it needed: a headcount as '2 local, 1 non-local'; a unit in a longer line heading the paper ('First-year forecast
(HK$'000)  Paid-up capital: …'); a row's label under a row of figures is no figure tile's caption; 'Plan of business' titles
a plan; a label ending its sentence in running text has no value after it ('… paid-up share / capital. In the first
year …'); 'expect fees' as a plan's turnover; net assets in Chinese (資產淨值) as the equity."""
from PIL import Image

from extractors import registry
from extractors.declared import read_declared
from pipeline.classify import load_rules, score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells, doc_of_rows

PROSE = ["Northshore Acoustic Labs Limited", "Plan of business", "Northshore tests the sound insulation of new buildings. Its shareholders",
         "have injected HK$1,300,000 of paid-up share", "capital. In the first year we expect fees of HK$2,080,000 from eight developers.",
         "We will hire three Hong Kong permanent residents as test engineers in that year."]


def test_a_headcount_of_local_and_non_local():
    doc = doc_of_rows([[(140, "Capital: HK$1,000,000 (of which HK$600,000 paid up)")], [(140, "Headcount plan, year 1: 2 local, 1 non-local")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 2


def test_a_month_by_month_year_in_thousands_headed_by_a_long_line():
    months = "Apr May Jun Jul Aug Sep Oct Nov Dec Jan Feb Mar".split()
    doc = doc_of_rows([[(140, "Bluefin Tea House Limited")], [(140, "First-year forecast (HK$'000)   Paid-up capital: HK$900,000")],
                       [(60 + 98 * (k + 1), m) for k, m in enumerate(months)] + [(1330, "Total")],
                       [(60, "Sales")] + [(60 + 98 * (k + 1), "120") for k in range(12)] + [(1330, "1,440")],
                       [(60, "Local staff")] + [(60 + 98 * (k + 1), "4" if k < 6 else "5") for k in range(12)] + [(1330, "5")]])
    doc.pages[0].words = [w if w.text != "Sales" else w.model_copy(update={"bbox": (w.bbox[0], w.bbox[1] - 10, w.bbox[2], w.bbox[3] + 10)})
                          for w in doc.pages[0].words]  # a row's label read with its cell's border, taller than the figures
    found = read_declared("business_plan", doc)
    assert (found["projected_turnover_hkd"].value, found["local_jobs"].value) == (1440000, 5)


def test_a_plan_in_prose_with_a_label_ending_its_sentence():
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr",
                words=[w for k, line in enumerate(PROSE) for w in cells(200 + 50 * k, (140, line))])
    kind, score = score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best
    assert kind == "business_plan" and score >= load_rules()["min_score"]
    found = registry.extract("business_plan", doc_of_rows([[(140, line)] for line in PROSE]))
    assert (found["capital_hkd"].value, found["projected_turnover_hkd"].value, found["local_jobs"].value) == (1300000, 2080000, 3)


def test_net_assets_in_chinese():
    doc = doc_of_rows([[(520, "截至二零二六年六月三十日止年度")], [(200, "收入"), (700, "12,406,800")], [(200, "除稅後溢利"), (700, "933,780")],
                       [(200, "資產淨值"), (700, "5,212,400")]])
    assert registry.extract("financial_statement", doc)["total_equity"].value == 5212400


def test_a_heading_in_capitals_still_heads_its_column():
    heading = cells(240, (140, "DATE OF BIRTH TRAVEL DOCUMENT NO. HK IDENTITY CARD NO."))
    travel = next(w for w in heading if w.text == "TRAVEL")
    doc = doc_of_rows([])
    doc.pages[0].words = heading + cells(290, (140, "26/01/1992"), (travel.bbox[0], "EB5720916"))
    assert read_declared("applicant_form", doc)["travel_document_number"].value == "EB5720916"


def test_a_numbered_heading_run_into_its_sentence():
    doc = doc_of_rows([[(140, "BUSINESS PLAN")], [(140, "2. Sales. We forecast sales of HK$5,300,000 in the first year, from feed and")],
                       [(140, "sensor systems sold to fish farms in the New Territories.")]])
    assert read_declared("business_plan", doc)["projected_turnover_hkd"].value == 5300000
