"""The sixty-fifth drawn set (sample_docs/drawn_deskhands_sixtyfifth.py): an employer's papers in four layouts no set
drew, read cold at 21 / 26. What they needed: a summary whose years are rows and whose items are columns, read
from the latest year's row under each item's heading, its year's end from '… years ended 31 December'
(extractors/financial_statement._years_as_rows); an address ending in an abbreviation keeps its point ('N.T.')."""
from extractors.base import DocView
from extractors.financial_statement import extract
from extractors.value_types import _address
from pipeline.model import Page, Word


def _cells(y: int, *cells: tuple[int, str]) -> list[Word]:
    out = []
    for x, text in cells:
        for word in text.split():
            out.append(Word(text=word, bbox=(x, y, x + 15 * len(word), y + 28), conf=0.95))
            x += 15 * len(word) + 10
    return out


def test_a_summary_with_years_as_rows():
    words = _cells(140, (150, "ASHGROVE MEDICAL DEVICES LIMITED"))
    words += _cells(210, (150, "Five-year financial summary (HK$'000), years ended 31 December"))
    words += _cells(320, (150, "Year"), (520, "Revenue"), (900, "Profit after tax"), (1300, "Total equity"))
    for k, row in enumerate([("2024", "52,760", "5,380", "28,905"), ("2025", "58,320", "6,145", "33,870"), ("2023", "47,105", "4,620", "24,510")]):
        words += _cells(400 + 70 * k, *zip((150, 520, 900, 1300), row))
    doc = DocView(file="s.png", pages=[Page(file="s.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)],
                  images=[None])
    got = {k: f.value for k, f in extract(doc).items()}
    assert (got["revenue"], got["profit"], got["total_equity"]) == (58320000.0, 6145000.0, 33870000.0)
    assert got["period_end"] == "2025-12-31"


def test_an_address_ending_in_an_abbreviation():
    assert _address("SHOP 12, G/F, YUEN LONG PLAZA, 249 CASTLE PEAK ROAD, YUEN LONG, N.T.").endswith("YUEN LONG, N.T.")
    assert _address("Flat 3, 2/F, 8 Main Street, Kowloon.") == "Flat 3, 2/F, 8 Main Street, Kowloon"
