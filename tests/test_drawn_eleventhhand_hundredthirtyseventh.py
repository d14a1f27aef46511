"""The hundred-and-thirty-seventh drawn set (sample_docs/drawn_eleventhhand_hundredthirtyseventh.py), an eleventh whole
clean application, read cold at 61 / 65 with 2 checks of 19 not passed, one of them a false alarm: the question
'是否持有…' read as answered yes, its 有 taken for a circled option. What it needed: a Han character set close
between others is a word of the question, no option to circle; a term in English words ('a contract of three years');
a pay item stated as 0 is none; a brochure that says what the firm develops is its profile."""
from PIL import Image

from extractors import registry
from extractors.value_types import PARSERS
from flows.case import analyse_file
from pipeline.classify import load_rules, score_page
from pipeline.ingest import describe_file
from pipeline.model import Page
from pipeline.read import ReadPage
from sample_docs.drawn_eleventhhand_hundredthirtyseventh import applicant_shaded
from sample_docs.drawn_forms import scanned_png
from tests.synthetic import cells, doc_of_rows


def test_a_term_in_words_and_a_nil_housing_row():
    assert PARSERS["months"]("of three years, on the following pay:") == 36
    assert PARSERS["months"]("twenty-four months") == 24
    doc = doc_of_rows([[(140, "OFFER OF EMPLOYMENT")], [(140, "We are pleased to offer you the position of Senior Chemist, starting on")],
                       [(140, "15 February 2027, on a contract of three years, on the following pay:")],
                       [(160, "Basic salary"), (620, "85,000"), (980, "1,020,000")], [(160, "Housing allowance"), (620, "0"), (980, "0")]])
    read = registry.extract("employment_contract", doc)
    assert (read["term_months"].value, read["housing_allowance_hkd"].value) == (36, 0.0)


def test_a_brochure_is_a_profile():
    words = cells(240, (140, "Tidewater Marine Coatings")) + cells(300, (140, "Protecting ships and harbours since 2015")) \
        + cells(380, (140, "We develop and sell antifouling and anticorrosion coatings for ships, piers and offshore platforms."))
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    best, score = score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best
    assert best == "company_profile" and score >= load_rules()["min_score"]


def test_a_questions_own_characters_are_no_options(tmp_path):
    (tmp_path / "id990a.png").write_bytes(scanned_png(applicant_shaded(), "id990a.png"))
    doc = analyse_file(describe_file(tmp_path, tmp_path / "id990a.png"), 0).documents[0]
    assert doc.fields["hk_local_degree"].value is False
