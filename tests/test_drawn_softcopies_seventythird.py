"""The seventy-third drawn set (sample_docs/drawn_softcopies_seventythird.py), read cold at 26 / 32 (the accounts'
currency, which the export does not print, since taken out of the truth). What it needed: a plan headed '… - 3-year
plan' with 'Capital injection' and 'Headcount (local)' rows (doc_types.yaml, fields.yaml); the lone digits of a
row's first cells, which the page's reading dropped, read again by PP-OCR (extractors/declared._cells_between);
'Net Income' as the year's profit; 'You will not receive a housing allowance.'"""
from PIL import Image, ImageDraw

from extractors.base import DocView
from extractors.declared import read_declared
from extractors.employment_contract import MONEY
from extractors.financial_statement import extract as extract_statement
from extractors.pay_terms import pay_items
from pipeline.classify import score_page
from pipeline.model import Page, Word
from pipeline.read import ReadPage
from sample_docs.generator.render import pil_font
from tests.test_field_readings import view


def _words(font, x: int, y: int, text: str) -> list[Word]:
    out = []
    for word in text.split():
        width = int(font.getlength(word))
        out.append(Word(text=word, bbox=(x, y, x + width, y + 24), conf=0.95))
        x += width + int(font.getlength(" "))
    return out


def test_a_spreadsheets_plan_and_the_lone_digits_its_reading_dropped():
    image = Image.new("RGB", (1654, 700), "white")
    d, font = ImageDraw.Draw(image), pil_font("sans", 24)
    rows = [("", "Y1", "Y2", "Y3"), ("Capital injection", "1,800,000", "", ""), ("Revenue", "2,650,000", "4,900,000", "7,300,000"),
            ("Headcount (local)", "4", "7", "10")]
    words = _words(font, 140, 110, "Saltmarsh Robotics Limited - 3-year plan")
    for r, row in enumerate(rows):
        y = 200 + 60 * r
        for c, cell in enumerate(row):
            x = 140 + (0 if c == 0 else 520 + 260 * (c - 1))
            d.rectangle([x, y, x + (520 if c == 0 else 260), y + 60], outline=(200, 200, 200))
            if cell:
                tx = x + 10 if c == 0 else x + 250 - int(font.getlength(cell))
                d.text((tx, y + 16), cell, font=font, fill="black")
                if not (r == 3 and c in (1, 2)):  # the lone digits the page's reading dropped
                    words += _words(font, tx, y + 16, cell)
    for w in _words(font, 140, 110, "Saltmarsh Robotics Limited - 3-year plan"):
        d.text((w.bbox[0], w.bbox[1]), w.text, font=font, fill="black")
    page = Page(file="p.png", number=1, width=1654, height=700, dpi=200, source="ocr", words=words)
    assert score_page(ReadPage(page, image)).best[0] == "business_plan"
    fields = read_declared("business_plan", DocView(file="p.png", pages=[page], images=[image]))
    assert (fields["capital_hkd"].value, fields["projected_turnover_hkd"].value, fields["local_jobs"].value) == (1800000, 2650000, 4)


def test_net_income_is_the_years_profit_and_not_receiving_an_allowance_is_none():
    fields = extract_statement(view("Profit and Loss", "January - December 2025", "Total Income 18,406,320.55",
                                    "Net Operating Income 1,465,487.43", "Net Income 1,223,682.06"))
    assert fields["profit"].value == 1223682.06
    items = pay_items("Your basic salary will be HK$56,000 monthly. You will not receive a housing allowance.", MONEY)
    assert [(i.term, i.none_stated) for i in items if i.term == "HOUSING"] == [("HOUSING", True)]


def test_statements_whose_years_run_oldest_first():
    """The seventy-fourth set (sample_docs/drawn_officeuse_seventyfourth.py), read cold at 29 / 32: its one class."""
    fields = extract_statement(view("Statement of Comprehensive Income for the year ended 31 December 2025", "2024 2025",
                                    "HK$ HK$", "Revenue 15,220,400 17,940,650", "Profit for the year 1,025,550 1,578,750",
                                    "Total equity 6,402,330 7,981,080"))
    assert (fields["revenue"].value, fields["profit"].value, fields["total_equity"].value) == (17940650, 1578750, 7981080)
    usual = extract_statement(view("Statement of profit or loss for the year ended 31 March 2026", "2026 2025",
                                   "Revenue 8,100,000 7,200,000"))
    assert usual["revenue"].value == 8100000
