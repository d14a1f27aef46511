"""The two-hundred-and-nineteenth drawn set (sample_docs/drawn_ledgerlines_twohundrednineteenth.py), a test set of three
sets of accounts and three work letters, read cold at 16 / 27. What it needed: accounts known by a year that has ended
with what it earned or owns; a summary's items after a colon, their year in brackets; a profit after tax whose label
the page read in both scripts at once ('除税後溢利'); a start 'Date of hire'; a stay from 'commenced duty' to 'resigned
with effect from'. Tested on other wording."""
from PIL import Image

from extractors import registry
from pipeline.classify import load_rules
from pipeline.model import Page
from tests.synthetic import best_type, cells, doc_of_rows


def test_accounts_known_by_a_year_ended_with_its_figures():
    rows = [(140, "ORCHARD LANE BAKERY LIMITED"), (140, "Key figures"), (140, "Year ended 30 June 2026"),
            (160, "- Turnover: HK$5.1m"), (160, "- Net assets: HK$2.2m")]
    best, score = best_type(rows)
    assert best == "financial_statement" and score >= load_rules()["min_score"]


def test_a_summarys_items_after_a_colon():
    doc = doc_of_rows([[(140, "ORCHARD LANE BAKERY LIMITED")], [(140, "Key figures")],
                       [(160, "- Turnover for the financial year 2026 (to 30 June 2026): HK$5.1 million")],
                       [(160, "- Profit for the year: HK$0.38 million")], [(160, "- Net assets at 30 June 2026: HK$2.2 million")]])
    read = registry.extract("financial_statement", doc)
    assert (read["revenue"].value, read["profit"].value, read["total_equity"].value) == (5100000.0, 380000.0, 2200000.0)


def test_a_profit_after_tax_read_in_both_scripts():
    words = []
    for k, (label, figure) in enumerate([("營業額", "3,210,000"), ("除稅前溢利", "500,000"), ("除稅后溢利", "420,000"), ("權益總額", "1,900,000")]):
        words += cells(300 + 60 * k, (140, label), han=True) + cells(300 + 60 * k, (1000, figure))
    words = cells(200, (140, "截至2025年12月31日止年度"), han=True) + words
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    from extractors.base import DocView
    doc = DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1654, 2339), "white")])
    assert registry.extract("financial_statement", doc)["profit"].value == 420000.0


def test_a_start_as_the_date_of_hire():
    doc = doc_of_rows([[(140, "Taizhou Brightstar Pumps Co., Ltd.")], [(140, "Staff member:"), (600, "Mr. GE Haonan")],
                       [(140, "Job title:"), (600, "Maintenance Technician")], [(140, "Hire date:"), (600, "14/03/2016")],
                       [(140, "Date of leaving:"), (600, "31/07/2023")]])
    assert registry.extract("work_experience_letter", doc)["start_date"].value == "2016-03-14"


def test_a_stay_from_assuming_duty_to_leaving_with_effect():
    rows = [(140, "Xiamen Harbourview Logistics Co., Ltd."), (140, "10 November 2026"),
            (140, "Ms. KONG Yuqi assumed duty as our Logistics Coordinator on 3 May 2017 and left with effect from 31 May 2023.")]
    best, score = best_type(rows)
    assert best == "work_experience_letter" and score >= load_rules()["min_score"]
    out = registry.extract("work_experience_letter", doc_of_rows([[r] for r in rows]))
    assert (out["start_date"].value, out["end_date"].value) == ("2017-05-03", "2023-05-31")
