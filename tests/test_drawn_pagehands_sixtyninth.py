"""The sixty-ninth drawn set (sample_docs/drawn_pagehands_sixtyninth.py), read cold at 21 / 27. What it needed: a
word that is a title only standing alone over a letter ('CONSENT', doc_types.yaml: heading_words), where the
letter quotes a passport number; an allowance denied by a negation earlier in its sentence ('is not entitled to
any housing allowance', pay_terms.yaml: NEGATIONS); a BR certificate's address stated in Chinese with its
English under it, of which the English is the address (value type address_english_first)."""
from PIL import Image

from extractors.employment_contract import MONEY
from extractors.pay_terms import pay_items
from extractors.value_types import PARSERS
from pipeline.classify import score_page
from pipeline.model import Page, Word
from pipeline.read import ReadPage


def _page(lines: list[tuple[str, int]]) -> ReadPage:
    words = [Word(text=t, bbox=(160, y, 160 + 24 * len(t), y + 40), conf=0.95) for t, y in lines]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", lang="eng", words=words)
    return ReadPage(page, Image.new("RGB", (1654, 2339), "white"))


def test_a_word_alone_over_a_letter_is_its_title_and_not_inside_a_sentence():
    body = [("We, Northbay Instruments Co., Ltd., consent to our employee Mr. LIN Hao (passport No. EA1234567),", 500),
            ("Engineer, taking up employment in the Hong Kong Special Administrative Region.", 560),
            ("Signed and sealed this 2nd day of March, 2026.", 700)]
    assert score_page(_page([("CONSENT", 300)] + body)).best[0] == "consent_letter"
    titled = score_page(_page([("Declaration of consent and undertaking", 300)] + body))
    assert "consent_letter" not in titled.titles


def test_an_allowance_denied_by_a_negation_earlier_in_its_sentence():
    def housing(clause):
        return [(i.amount, i.none_stated) for i in pay_items(clause, MONEY) if i.term == "HOUSING"]
    assert housing("4.2 The Employee is not entitled to any housing allowance.") == [(None, True)]
    assert housing("The Employee shall not receive any housing allowance during the probation.") == [(None, True)]
    # a negation in the sentence before is not this one's
    assert housing("Overtime is not paid. A housing allowance of HK$6,000 is paid monthly.")[0][1] is False


def test_an_address_in_chinese_with_its_english_after_it():
    value = PARSERS["address_english_first"]("九龍觀塘開源道 50號 8樓 C室 FLAT C, 8/F, 50 HOI YUEN ROAD, KWUN TONG, KLN")
    assert value == "FLAT C, 8/F, 50 HOI YUEN ROAD, KWUN TONG, KLN"
    assert PARSERS["address_english_first"]("九龍觀塘開源道50號8樓C室") == "九龍觀塘開源道50號8樓C室"


def test_a_nature_of_business_in_chinese_with_its_english_after_it_is_its_english():
    # found when the seventy-second set's text type began dropping English after Chinese
    assert PARSERS["text_english_first"]("模具設計及製造 MOULD DESIGN AND MANUFACTURING") == "MOULD DESIGN AND MANUFACTURING"
