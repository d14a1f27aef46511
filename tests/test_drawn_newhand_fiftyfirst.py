"""The fifty-first drawn set (sample_docs/drawn_newhand_fiftyfirst.py): a clean application, every paper in a layout
no set drew before. What it needed: a form's values written on blanks inside its sentences, a label in brackets
after its blank ('____ (name of employer)', pipeline/pairs), a figure where the sentence goes on onto the next line,
a blank filled in capitals after a label in prose (extractors/declared), a short label with a word run on into it
('postof', pipeline/labels); an option ringed by pen whose word the reading lost (pipeline/layout.rings); a name
after a title word ('研究生沈嘉恩'); a school's name beside a signature across a column's gap
(extractors/base.Line.cell_holding); a thirteenth month's pay (data/pay_terms.yaml). Read through the product with
the next two sets' papers (tests/test_drawn_thirdhand_fiftythird.py)."""
from PIL import Image, ImageDraw

from extractors.applicant_docs import person_as_found
from extractors.base import Line
from pipeline.labels import find_labels
from pipeline.layout import rings
from pipeline.model import Page, Word
from pipeline.pairs import values_beside
from sample_docs.generator.render import pil_font


def _words(*texts: str, y: int = 100, gap: int = 12) -> list[Word]:
    out, x = [], 100
    for text in texts:
        width = 18 * len(text)
        out.append(Word(text=text, bbox=(x, y, x + width, y + 30)))
        x += width + gap
    return out


def test_a_value_on_the_blank_before_its_bracketed_label():
    lines = [_words("We,", "TIDEWATER", "SOFTWARE", "LIMITED", "(name", "of", "employer),")]
    label = find_labels(lines, ["name of employer"])[0]
    found = values_beside(lines, label, [])
    assert [c.placement for c in found] == ["bracketed"]
    assert [w.text for w in found[0].words] == ["TIDEWATER", "SOFTWARE", "LIMITED"]


def test_a_numbered_clause_in_brackets_is_no_bracketed_label():
    lines = [[Word(text="（一）生效日期：二〇二七年四月一日", bbox=(100, 100, 700, 130))]]
    found = values_beside(lines, find_labels(lines, ["生效日期"])[0], [])
    assert [c.placement for c in found] == ["right"] and "二〇二七年四月一日" in found[0].text


def test_a_figure_where_the_sentence_goes_on_onto_the_next_line():
    lines = [_words("in", "the", "post", "at", "a", "monthly", "salary"), _words("of", "HK$", "52,000", ".", y=150)]
    label = find_labels(lines, ["monthly salary"])[0]
    found = [c for c in values_beside(lines, label, [], before=True) if c.placement == "goes_on"]
    assert [w.text for w in found[0].words] == ["HK$", "52,000", "."]


def test_a_short_label_with_a_small_word_run_on_into_it():
    assert find_labels([_words("inthe", "postof", "SENIOR", "ENGINEER")], ["post"])
    assert not find_labels([_words("the", "postal", "code")], ["post"])


def test_a_name_after_a_title_word_and_a_school_beside_a_signature():
    assert person_as_found("研究生沈嘉恩") == "沈嘉恩" and person_as_found("沈嘉恩") == "沈嘉恩" and person_as_found("欧阳明哲") == "欧阳明哲"
    words = [Word(text=c, bbox=(100 + 40 * k, 100, 136 + 40 * k, 136)) for k, c in enumerate("校长：周启明")]
    words += [Word(text=c, bbox=(800 + 40 * k, 100, 836 + 40 * k, 136)) for k, c in enumerate("东江理工大学")]
    line = Line("校长：周启明东江理工大学", words, Page(file="x.png", number=1, width=2000, height=200, dpi=200, source="ocr"))
    assert line.cell_holding("周启明东江理工大学") == "东江理工大学"
    assert line.cell_holding("东江理工大学") == "东江理工大学"


def test_a_ring_is_found_by_its_ink_and_a_tick_box_is_not():
    img = Image.new("RGB", (600, 120), "white")
    d = ImageDraw.Draw(img)
    d.text((60, 40), "Yes", font=pil_font("sans", 32), fill="black")
    d.text((300, 40), "No", font=pil_font("sans", 32), fill="black")
    d.ellipse([276, 24, 370, 90], outline=(20, 30, 120), width=4)
    d.rectangle([450, 30, 510, 90], outline="black", width=3)
    found = rings(img, (0, 0, 600, 120), 32)
    assert len(found) == 1 and found[0][0] < 300 < found[0][2]
