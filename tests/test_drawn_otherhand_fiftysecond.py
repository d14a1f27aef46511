"""The fifty-second drawn set (sample_docs/drawn_otherhand_fiftysecond.py): another clean application in layouts no
set drew. What it needed: a value written over a caption whose translation and format hint follow it ('Date of birth
出生日期 (DD.MM.YYYY)', pipeline/labels); a Han reading that ends in the next cell's label is no value
(extractors/declarations.keeps_its_label); a table's cell that wraps onto a line of fewer cells (pipeline/pairs); a
wide table's columns apart are one document where its rules run across the gap (pipeline/two_up); an English title
is no title inside a longer word (pipeline/classify); a translated certificate's holder before ', male,', its subject
after 'specialty of', an institution named '… of X and Y', a level 'undergraduate'."""
import re

from PIL import Image, ImageDraw

from extractors.declarations import keeps_its_label
from extractors.school_patterns import HOLDER_SEX_EN, MAJOR_EN
from extractors.value_types import PARSERS
from pipeline.classify import _ends_a_word
from pipeline.labels import find_labels
from pipeline.model import Word
from pipeline.pairs import values_beside
from pipeline.two_up import split_beside
from validators.derived import DEGREE_LEVEL


def _row(y: int, *cells: tuple[int, str]) -> list[Word]:
    out = []
    for x, text in cells:
        for word in text.split():
            out.append(Word(text=word, bbox=(x, y, x + 16 * len(word), y + 26)))
            x += 16 * len(word) + 10
    return out


def test_a_value_over_its_caption_with_a_translation_and_a_format_hint():
    lines = [_row(100, (150, "15.03.1994"), (850, "EK6193027")),
             _row(150, (150, "Date of birth 出生日期 (DD.MM.YYYY)"), (850, "Travel document number"))]
    label = find_labels(lines, ["date of birth", "出生日期"])[0]
    stops = find_labels(lines, ["travel document number"])
    assert [(c.placement, c.text) for c in values_beside(lines, label, stops)] == [("above", "15.03.1994")]


def test_a_han_reading_that_ends_in_the_next_cells_label():
    assert keeps_its_label("applicant_form", "name_zh", "攻性别")
    assert not keeps_its_label("applicant_form", "name_zh", "魏浩然")


def test_a_tables_cell_that_wraps_onto_a_line_of_fewer_cells():
    heads = _row(100, (100, "Name of employer"), (700, "BR No."), (1000, "Post"), (1500, "Salary"))
    values = _row(150, (100, "Brightwave Precision Engineering"), (700, "70863152"), (1000, "Mechanical Design"), (1500, "38,000"))
    wrapped = _row(182, (100, "Limited"), (1000, "Engineer"))
    lines = [heads, values, wrapped]
    label = find_labels(lines, ["name of employer"])[0]
    below = [c for c in values_beside(lines, label, find_labels(lines, ["br no", "post", "salary"])) if c.placement == "below"]
    assert below[0].text == "Brightwave Precision Engineering Limited"


def test_a_wide_tables_columns_apart_are_one_document():
    img = Image.new("RGB", (2339, 1654), "white")
    d = ImageDraw.Draw(img)
    words = _row(300, (120, "Name of employer BR No. Name of applicant Post"), (1800, "Monthly salary Talent List"))
    words += _row(420, (120, "Brightwave Precision Engineering 70863152 WEI HAORAN"), (1800, "38,000 No"))
    assert split_beside(words, 2339, lambda: img) is not None  # a blank band, no rule across it: two documents
    for y in (260, 380, 560):
        d.line([100, y, 2200, y], fill="black", width=2)
    assert split_beside(words, 2339, lambda: img) is None


def test_titles_end_words_and_translations_name_their_parts():
    assert not _ends_a_word("particulars of employment offered 聘用資料", "employmentoffer")
    assert _ends_a_word("letter of offer", "letterofoffer") and _ends_a_word("聘用合同", "聘用合同")
    assert PARSERS["school"]("North China University of Mechanics and Electronics and graduated.") == \
        "North China University of Mechanics and Electronics"
    assert re.search(HOLDER_SEX_EN, "WEI Haoran, male, born on 15th March 1994").group(1) == "WEI Haoran"
    assert re.search(MAJOR_EN, "studied in the specialty of Mechanical Engineering at this university").group(1) == \
        "Mechanical Engineering"
    assert DEGREE_LEVEL.search("undergraduate") and not DEGREE_LEVEL.search("专科")
