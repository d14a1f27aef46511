"""The eleventh drawn set (sample_docs/drawn_papers_eleventh.py): the papers no earlier set had,
read as the product reads an upload. The generic readings it needed: an identity card's copy names
Hong Kong (a letter citing a Mainland identity card is no copy), titles and headings of papers worded
otherwise, a figure just before the label that names it in a sentence, a count going on into its
clause, a plan's bare 'Turnover' row, a CHSI level in English."""

from extractors.base import DocView
from extractors.declared import read_declared
from extractors.value_types import _count
from pipeline.model import Page, Word
from sample_docs import drawn_papers_eleventh as eleventh
from tests.conftest import misread, read_each_as_uploaded

# the files that read wrong before this set's changes: one of each class
COLD_MISSES = ["work_experience_letter-confirmation-1.png", "business_plan-table-2.png", "business_plan-prose-hant-1.png",
               "recruitment_evidence-posting-2.png", "recruitment_evidence-record-1.png", "company_profile-note-hant-2.png",
               "dependant_document-birth-en-1.png", "qualification_report-english-2.png"]


def test_the_papers_that_read_wrong_cold(tmp_path):
    forms = {f["file"]: f for f in eleventh.write_all(tmp_path / "drawn", only=set(COLD_MISSES))}
    assert misread(forms, read_each_as_uploaded(tmp_path / "drawn", COLD_MISSES, tmp_path)) == {}


def _view(*lines: str) -> DocView:
    words = [Word(text=t, bbox=(100 + 110 * i, 100 + 60 * n, 200 + 110 * i, 140 + 60 * n), conf=0.95)
             for n, line in enumerate(lines) for i, t in enumerate(line.split())]
    page = Page(file="p.pdf", number=1, width=2400, height=2000, dpi=200, source="text_layer", lang="eng", words=words)
    return DocView(file="p.pdf", pages=[page], images=[])


def test_a_figure_before_the_label_that_names_it():
    got = read_declared("business_plan", _view("Our two founders put in HK$3,200,000 of paid-up capital last spring."))
    assert got["capital_hkd"].value == 3_200_000
    # a figure in the clause before is not the label's: 'staff' ends that clause
    got = read_declared("business_plan", _view("We hired 12 staff, and the paid-up capital is stated below."))
    assert "capital_hkd" not in got


def test_a_count_whose_sentence_goes_on():
    assert _count("5名，其後增至9名") == 5
    assert _count("7 staff; more later") == 7
    assert _count("2027年，") is None  # a year, no unit


def test_a_letter_citing_a_mainland_identity_card_is_no_copy_of_one(tmp_path):
    from pipeline.classify import load_rules, score_page
    from pipeline.read import ReadPage
    view = _view("Certificate of Service", "Mr. He Dalin, PRC Resident Identity Card No. 44030119880101001X, served",
                 "our firm as an accountant from 2015 to 2024.")
    scores = score_page(ReadPage(view.pages[0], None)).scores
    assert scores.get("hkid_copy", 0) < load_rules()["min_score"] <= scores["work_experience_letter"]
