"""The hundred-and-seventy-fifth drawn set (sample_docs/drawn_enrolments_hundredseventyfifth.py), form ID 990A in four
layouts, read cold at 32 / 39. What it needed: items numbered '1a', '2.3' open their cells (their labels are a form's,
not words of a sentence); a Han value over a label, boxed to its line's full height, no caption of that label; the Hong
Kong degree question asked as where the degree is from; PP-OCR's full-width figures parsed; a pen's letter on an
underline that the page's reading took for marks read again."""
from PIL import Image

from extractors import registry
from extractors.base import DocView
from extractors.declarations import declarations, parse
from flows.case import analyse_file
from pipeline.ingest import describe_file
from pipeline.model import Page, Word
from sample_docs.drawn_enrolments_hundredseventyfifth import underlined_by_hand
from tests.synthetic import cells, doc_of_rows


def test_items_numbered_with_a_letter_open_their_cells():
    doc = doc_of_rows([[(140, "ID 990A")], [(160, "3a Surname"), (700, "3b Given names")], [(170, "TANG"), (710, "SIYU")],
                       [(160, "3c Post"), (700, "3d Monthly salary (HK$)")], [(170, "Quantity Surveyor"), (710, "41,000")]])
    read = registry.extract("applicant_form", doc)
    assert (read["surname"].value, read["given_names"].value, read["position"].value) == ("TANG", "SIYU", "Quantity Surveyor")


def test_a_tall_boxed_han_value_is_no_caption_of_the_label_under_it():
    han = [Word(text=c, bbox=(180 + 34 * k, 365, 211 + 34 * k, 442), conf=0.9) for k, c in enumerate("苏子墨")]
    words = cells(250, (160, "4a Name in Chinese")) + han + cells(458, (160, "4b Name of employer"), (1160, "4c Post")) \
        + cells(512, (174, "Lanternfish Games Limited"), (1173, "Level Designer"))
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="text_layer", words=words)
    doc = DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1654, 2339), "white")])
    assert registry.extract("applicant_form", doc)["employer_name"].value == "Lanternfish Games Limited"


def test_the_degree_question_asked_as_where_the_degree_is_from():
    doc = doc_of_rows([[(140, "ID 990A")], [(140, "Surname"), (700, "WEN")],
                       [(140, "Was your degree conferred by a university in Hong Kong?"), (1300, "No")]])
    assert registry.extract("applicant_form", doc)["hk_local_degree"].value is False


def test_full_width_figures_parse():
    birth = next(f for f in declarations()["applicant_form"] if f.key == "date_of_birth")
    assert parse(birth, "２１／０７／１９９４") == "1994-07-21"


def test_a_pens_letter_on_an_underline(tmp_path):
    png, truth = underlined_by_hand()
    (tmp_path / "id990a.png").write_bytes(png)
    doc = analyse_file(describe_file(tmp_path, tmp_path / "id990a.png"), 0).documents[0]
    assert (doc.fields["sex"].value, doc.fields["date_of_birth"].value) == (truth["sex"], truth["date_of_birth"])
