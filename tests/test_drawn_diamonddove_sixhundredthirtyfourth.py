"""The six-hundred-and-thirty-fourth and -thirty-fifth drawn sets (sample_docs/drawn_diamonddove_sixhundredthirtyfourth.py,
drawn_bronzewing_sixhundredthirtyfifth.py), stop 87's first round, read cold at 16 / 19 and 16 / 19: a value under its caption in a
framed cell, two lines down where the next cell's value sits between on a turned scan; an address read whole beside both lines of a
label stacked in two languages though one of its words was read unsurely, its lines a comma apart; a whole name after a bracket that
says the order ('Name in English (SURNAME, Given names): CHU, Haoran'); an applicant's employer under 'Company'. Tested on other wording."""
from PIL import Image

from extractors.base import DocView
from extractors.registry import extract
from pipeline.model import Page, Word
from tests.synthetic import cells, doc_of_rows


def _doc(words: list[Word]) -> DocView:
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    return DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1654, 2339), "white")])


def test_a_value_under_its_caption_with_the_next_cells_value_between():
    # the right-hand cells a little higher than the left-hand ones, as on a scan turned a fraction of a degree
    words = (cells(120, (140, "ID 990A")) + cells(218, (850, "First names"), height=14) + cells(232, (150, "Family name"), height=14)
             + cells(262, (860, "MINGXUAN"), height=28) + cells(276, (160, "LUO"), height=28)
             + cells(478, (850, "Passport number"), height=14) + cells(492, (150, "Place of birth"), height=14)
             + cells(522, (860, "EH6021957"), height=28) + cells(536, (160, "GUANGZHOU"), height=28))
    out = extract("applicant_form", _doc(words))
    assert out["surname"].value == "LUO"
    assert out["travel_document_number"].value == "EH6021957"


def test_an_address_beside_a_stacked_label_read_whole_though_a_word_was_read_unsurely():
    words = (cells(100, (500, "BUSINESS REGISTRATION CERTIFICATE")) + cells(260, (160, "地址"), (600, "FLAT 9, 22/F, HARBOURVIEW TOWER"))
             + cells(296, (160, "Address"), (600, "41 SHING YIP STREET, KWUN TONG")) + cells(400, (160, "Nature"), (600, "PRINTING")))
    words = [w.model_copy(update={"conf": 0.4}) if w.text == "22/F," else w for w in words]
    out = extract("br_certificate", _doc(words))
    assert out["address"].value == "FLAT 9, 22/F, HARBOURVIEW TOWER, 41 SHING YIP STREET, KWUN TONG"


def test_a_whole_name_after_a_bracket_that_says_the_order():
    rows = [[(140, "ID 990A")], [(140, "English name (Surname first, then given names): FANG Yiting")],
            [(140, "Employing company: Larchmont Survey Partners Limited")], [(140, "Post: Hydrographic Surveyor")]]
    out = extract("applicant_form", doc_of_rows(rows, source="ocr"))
    assert (out["surname"].value, out["given_names"].value) == ("FANG", "YITING")
    assert out["employer_name"].value == "Larchmont Survey Partners Limited"


def test_an_employer_wrapped_onto_a_line_that_opens_company_limited():
    # (seed 8080's tuned families on the re-read: 'company' a label alone cut 'Pearl Technology' / 'Company Limited')
    rows = [[(140, "ID 990A")], [(140, "Surname"), (600, "LUO")], [(140, "Name of employer"), (600, "Harbour Crest Trading")],
            [(600, "Company Limited")], [(140, "Job title"), (600, "Buyer")]]
    out = extract("applicant_form", doc_of_rows(rows, source="ocr", step=40))
    assert out["employer_name"].value == "Harbour Crest Trading Company Limited"
