"""The hundred-and-fortieth drawn set (sample_docs/drawn_formboxes_hundredfortieth.py), forms read cold at 24 / 32. What
it needed: a form's label for a paper's number ('Business Registration Certificate No.') is no second paper on the
page; a profession named 'Talent List profession (if any)' answered 'N/A' is no; a name 'as in travel document'
('ZHAO, Ruoxi') is the surname and the given names; given names a letter short where the Chinese name spells one
more ('RUOX' for 赵若汐); a salary written a digit a box (read at stop 65)."""
from PIL import Image

from extractors import registry
from flows.case import analyse_file
from pipeline.classify import segment
from pipeline.ingest import describe_file
from pipeline.model import Page
from pipeline.read import ReadPage
from sample_docs.drawn_formboxes_hundredfortieth import employer_salary_digit_boxes
from tests.synthetic import cells, doc_of_rows

FORM = [[(1280, "ID 990B")], [(140, "Name of employer"), (760, "Sablewood Interiors Limited")],
        [(140, "Business Registration Certificate No."), (760, "58201734-001")], [(140, "Name of applicant"), (760, "LUO XINYI")],
        [(140, "Post"), (760, "Interior Design Manager")], [(140, "Monthly salary (HK$)"), (760, "52,000")],
        [(140, "Talent List profession (if any)"), (760, "N/A")]]


def test_a_forms_br_number_label_is_no_certificate():
    words = [w for n, row in enumerate(FORM) for w in cells(160 + 80 * n, *row)]
    page = Page(file="b.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    assert [s.type for s in segment([ReadPage(page, Image.new("RGB", (1654, 2339), "white"))])] == ["employer_form"]
    assert registry.extract("employer_form", doc_of_rows(FORM))["talent_list"].value is False


def test_a_name_as_in_the_travel_document():
    doc = doc_of_rows([[(1280, "ID 990A")], [(140, "Name (as in travel document)"), (700, "ZHAO, RUOX]")], [(140, "Name in Chinese"), (700, "赵若汐")],
                       [(140, "Sex"), (700, "F")]])
    read = registry.extract("applicant_form", doc)
    assert (read["surname"].value, read["given_names"].value) == ("ZHAO", "RUOXI")


def test_a_salary_written_a_digit_a_box(tmp_path):
    # left at stop 64, read here: the boxes read as a comb, their figures the salary
    data, _ = employer_salary_digit_boxes()
    (tmp_path / "id990b.png").write_bytes(data)
    doc = analyse_file(describe_file(tmp_path, tmp_path / "id990b.png"), 0).documents[0]
    assert doc.fields["monthly_salary_hkd"].value == 48000.0
