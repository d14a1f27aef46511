"""The seventy-seventh drawn set (sample_docs/drawn_packages_seventyseventh.py), read cold at 24 / 33. What it needed:
a consent that 'agrees that' its engineer may 'join your company' (doc_types.yaml); a summary 'HK$ million' with its
figures as decimals ('58.3'), and an item whose figure the page's reading broke ('3:3)') read again by PP-OCR; a 990B
filled in Chinese gives the applicant's name in Hanzi (value type latin_or_han_name); a person's name at a
sentence's end without its full stop ('Name of appointee: ZOU Xinyue.')."""
from PIL import Image

from extractors.base import DocView
from extractors.financial_statement import extract as extract_statement
from extractors.prose_fields import read_prose
from extractors.value_types import PARSERS
from pipeline.classify import score_page
from pipeline.model import Page, Word
from pipeline.read import ReadPage
from tests.test_field_readings import view


def _page(lines: list[str]) -> Page:
    words = []
    for n, text in enumerate(lines):
        x = 160
        for word in text.split():
            words.append(Word(text=word, bbox=(x, 120 + 60 * n, x + 16 * len(word), 150 + 60 * n), conf=0.95))
            x += 16 * len(word) + 12
    return Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)


def test_a_consent_addressed_to_the_employer():
    page = _page(["QINGDAO BLUEHARBOUR SHIPYARD CO., LTD.", "To: Hengtuo Marine Engineering Limited, Hong Kong",
                  "Date: 29 October 2026", "Re: Ms ZOU Xinyue", "Our company agrees that Ms ZOU Xinyue, a marine engineer in our",
                  "design institute, may leave us to join your company in Hong Kong."])
    assert score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best[0] == "consent_letter"


def test_a_summary_in_millions():
    fields = extract_statement(view("STONEBRIDGE FREIGHT HOLDINGS LIMITED", "Year ended 30 September 2026", "HK$ million",
                                    "Revenue 58.3", "Profit after tax 5.3", "Total equity 24.6"))
    assert (fields["revenue"].value, fields["profit"].value, fields["total_equity"].value) == (58300000, 5300000, 24600000)


def test_names_in_hanzi_on_a_chinese_form_and_without_a_sentences_full_stop():
    assert PARSERS["latin_or_han_name"]("邹欣悦") == "邹欣悦"
    assert PARSERS["latin_or_han_name"]("葉思穎 YE Siying") == "YE SIYING"
    doc = DocView(file="p.png", pages=[_page(["Terms of Appointment", "Name of appointee: ZOU Xinyue.  Post: Marine Engineer."])],
                  images=[None])
    assert read_prose("employment_contract", doc)["employee_name"].value == "ZOU XINYUE"
