"""The sixty-eighth drawn set (sample_docs/drawn_planhands_sixtyeighth.py): business plans in three layouts no set drew,
read cold at 7 / 9. What they needed: a figure with its scale before the label that names it ('HK$1.5 million of
paid-up capital', pipeline/sentence_blanks.figure_before); the count of jobs before them ('hire four local staff in
year one') over a number after them (extractors/business_plan)."""
from extractors.base import DocView
from extractors.business_plan import extract
from pipeline.labels import find_labels
from pipeline.model import Page, Word
from pipeline.sentence_blanks import figure_before


def _words(text: str, y: int = 100) -> list[Word]:
    return [Word(text=t, bbox=(100 + 120 * i, y, 200 + 120 * i, y + 28), conf=0.95) for i, t in enumerate(text.split())]


def test_a_figure_with_its_scale_before_its_label():
    words = _words("The founders will inject HK$1.5 million of paid-up capital before operations begin.")
    label = find_labels([words], ["paid-up capital"])[0]
    # the figure's word, the one before it (a currency where it stands apart) and its scale
    assert [w.text for w in figure_before(words, label, [])] == ["inject", "HK$1.5", "million"]


def test_the_count_of_jobs_before_them():
    words = _words("We plan to hire four local staff in year one and another three in year two.")
    doc = DocView(file="p.png", pages=[Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)],
                  images=[None])
    assert extract(doc)["local_jobs"].value == 4
