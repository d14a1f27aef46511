"""The hundred-and-forty-fourth drawn set (sample_docs/drawn_surplus_hundredfortyfourth.py), four accounts drawn to test
the accounts' readers on wording they were not mended for, read cold at 14 / 24. What it needed: 'Surplus for the year',
'Income from operations', 'Total net worth', 'Capital and reserves (total)', 营业总收入, a Chinese period's two dates
(…至2025年12月31日), and 'Accounts for the year ended' telling accounts."""
from PIL import Image

from extractors import registry
from pipeline.classify import load_rules, score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells, doc_of_rows


def test_a_surplus_and_a_net_worth():
    doc = doc_of_rows([[(160, "INCOME STATEMENT FOR THE YEAR ENDED 31 AUGUST 2026")], [(1100, "2026"), (1340, "2025")],
                       [(160, "Income from operations"), (1000, "3,806,400"), (1240, "3,512,900")],
                       [(160, "Surplus for the year"), (1000, "382,400"), (1240, "275,600")],
                       [(160, "Total net worth"), (1000, "1,604,200"), (1240, "1,221,800")]])
    read = registry.extract("financial_statement", doc)
    assert (read["revenue"].value, read["profit"].value, read["total_equity"].value) == (3806400.0, 382400.0, 1604200.0)


def test_accounts_for_the_year_are_accounts():
    words = cells(100, (500, "KESTREL POINT TRADING LIMITED")) + cells(150, (460, "ACCOUNTS FOR THE YEAR ENDED 31 DECEMBER 2025 (HK$)")) \
        + cells(290, (160, "Sales"), (1000, "12,406,800")) + cells(350, (160, "Net profit after tax"), (1000, "906,700"))
    page = Page(file="a.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    best, score = score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best
    assert best == "financial_statement" and score >= load_rules()["min_score"]


def test_a_chinese_period_and_its_total_income():
    doc = doc_of_rows([[(460, "主要财务数据（2025年1月1日至2025年12月31日）")], [(160, "营业总收入"), (800, "15,608,200"), (1100, "14,102,500")]])
    read = registry.extract("financial_statement", doc)
    assert (read["period_end"].value, read["revenue"].value) == ("2025-12-31", 15608200.0)
