"""The hundred-and-fiftieth drawn set (sample_docs/drawn_statements_hundredfiftieth.py), four sets of accounts in
wording and layouts no set drew, read cold at 14 / 20. What it needed: management accounts ('Management accounts - year
to 30.6.2026', 'Sales', 'Net profit', "Shareholders' funds") known for accounts; a sentence that states this year's
equity with last year's in brackets ('HK$2,941,600 (2025: HK$2,297,200)') read for this year's on a page whose columns
run oldest first. (A year's loss sends the standing to review, as it should.)"""
from PIL import Image

from extractors import registry
from pipeline.classify import load_rules, score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells, doc_of_rows


def test_this_years_equity_stated_before_last_years_in_brackets():
    doc = doc_of_rows([[(520, "PEAKVIEW DENTAL SUPPLIES LIMITED")], [(380, "INCOME STATEMENT FOR THE YEAR ENDED 30 SEPTEMBER 2026")],
                       [(1110, "2025"), (1350, "2026")], [(160, "Turnover"), (1080, "5,184,700"), (1320, "5,902,400")],
                       [(160, "Profit for the year"), (1090, "465,400"), (1330, "644,400")],
                       [(160, "Total equity at 30 September 2026: HK$2,941,600 (2025: HK$2,297,200)")]])
    read = registry.extract("financial_statement", doc)
    assert (read["revenue"].value, read["total_equity"].value) == (5902400.0, 2941600.0)


def test_management_accounts_are_accounts():
    words = cells(240, (140, "Harbourgate Cold Chain Logistics Limited")) + cells(300, (140, "Management accounts - year to 30.6.2026 (unaudited)")) \
        + cells(380, (160, "Sales"), (1100, "18,406")) + cells(440, (160, "Net profit"), (1100, "1,746")) \
        + cells(500, (160, "Shareholders' funds"), (1100, "9,630"))
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    best, score = score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best
    assert best == "financial_statement" and score >= load_rules()["min_score"]
