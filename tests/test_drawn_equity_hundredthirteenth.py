"""The hundred-and-thirteenth drawn set (sample_docs/drawn_equity_hundredthirteenth.py), read cold at 7 / 19. What it
needed: a tax representative's computation and a partnership's profit and loss account are financial statements; the
profit 'per accounts' over the assessable profits; a firm's 'Fees' as its revenue; a business that is no company named
over its form ('(a partnership)'); the equity under the 'Total' column of a statement of changes in equity or of the
partners' capital accounts; staff 'based in Hong Kong'."""
from PIL import Image

from extractors import registry
from extractors.declared import read_declared
from pipeline.classify import load_rules, score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells, doc_of_rows

COMPUTATION = [[(500, "BAYVIEW DENTAL LAB LIMITED")], [(420, "PROFITS TAX COMPUTATION - YEAR OF ASSESSMENT 2025/26")],
               [(420, "Basis period: 1 April 2025 to 31 March 2026")], [(160, "Profit per accounts"), (1300, "842,600")],
               [(160, "Add: Depreciation"), (1300, "96,400")], [(160, "Assessable profits"), (1300, "832,900")]]


def test_a_tax_computation_is_a_statement_and_its_profit_is_per_accounts():
    page = Page(file="t.png", number=1, width=1654, height=2339, dpi=200, source="ocr",
                words=[w for k, row in enumerate(COMPUTATION) for w in cells(200 + 60 * k, *row)])
    kind, score = score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best
    assert kind == "financial_statement" and score >= load_rules()["min_score"]
    assert registry.extract("financial_statement", doc_of_rows(COMPUTATION))["profit"].value == 842600


def test_a_partnership_named_over_its_form_with_its_partners_capital_total():
    doc = doc_of_rows([[(520, "HARBOUR & HILL ARCHITECTS")], [(620, "(a partnership)")],
                       [(360, "PROFIT AND LOSS ACCOUNT FOR THE YEAR ENDED 31 MARCH 2026")], [(160, "Fees"), (1300, "6,842,000")],
                       [(160, "Net profit for the year"), (1300, "1,737,700")], [(160, "PARTNERS' CAPITAL ACCOUNTS")],
                       [(160, "HK$"), (640, "Mr LAU"), (940, "Ms CHEUNG"), (1240, "Total")],
                       [(160, "Balance at 1 April 2025"), (640, "640,000"), (940, "610,000"), (1240, "1,250,000")],
                       [(160, "Balance at 31 March 2026"), (640, "788,850"), (940, "778,850"), (1240, "1,567,700")]])
    found = registry.extract("financial_statement", doc)
    assert (found["company_name"].value, found["revenue"].value, found["total_equity"].value) == ("HARBOUR & HILL ARCHITECTS", 6842000, 1567700)


def test_equity_in_a_statement_of_changes_in_equity():
    doc = doc_of_rows([[(380, "INCOME STATEMENT FOR THE YEAR ENDED 31 DECEMBER 2025")], [(160, "Turnover"), (1300, "9,315,700")],
                       [(160, "Profit for the year"), (1300, "590,400")],
                       [(300, "STATEMENT OF CHANGES IN EQUITY FOR THE YEAR ENDED 31 DECEMBER 2025")],
                       [(160, "HK$"), (640, "Share capital"), (940, "Retained profits"), (1240, "Total")],
                       [(160, "At 1 January 2025"), (640, "500,000"), (940, "1,204,600"), (1240, "1,704,600")],
                       [(160, "At 31 December 2025"), (640, "500,000"), (940, "1,495,000"), (1240, "1,995,000")]])
    assert registry.extract("financial_statement", doc)["total_equity"].value == 1995000


def test_staff_based_in_hong_kong():
    doc = doc_of_rows([[(560, "Apr 2027 - Mar 2028"), (940, "Apr 2028 - Mar 2029")], [(140, "Sales"), (560, "1,940,000"), (940, "3,260,000")],
                       [(140, "Staff based in Hong Kong"), (560, "4"), (940, "6")]])
    assert read_declared("business_plan", doc)["local_jobs"].value == 4
