"""The sixty-second drawn set (sample_docs/drawn_termhands_sixtysecond.py): contracts and consents in five layouts no
set drew, read cold at 25 / 29. What it needed: a 'Letter of Release' is a consent, though it says how long the
applicant has been employed (pipeline/data/doc_types.yaml: its title)."""
from pipeline.classify import score_page
from pipeline.model import Page, Word
from pipeline.read import ReadPage


def _page(*lines: str) -> ReadPage:
    words = [Word(text=t, bbox=(100 + 160 * i, 100 + 60 * n, 250 + 160 * i, 140 + 60 * n), conf=0.95)
             for n, line in enumerate(lines) for i, t in enumerate(line.split())]
    return ReadPage(Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", lang="eng", words=words), None)


def test_a_letter_of_release_is_a_consent():
    letter = _page("SOUTH LAKE UNIVERSITY OF SCIENCE AND TECHNOLOGY", "Office of Human Resources, 88 Nanhu Avenue, Wuhan",
                   "2 November 2026", "LETTER OF RELEASE", "To whom it may concern:",
                   "This is to confirm that Dr. XU Mingyang (holder of PRC passport No. EK4410927),",
                   "Associate Professor in our School of Materials Science, has been employed by the",
                   "University since September 2019. The University has no objection to Dr. XU taking up",
                   "employment in the Hong Kong Special Administrative Region and will release him from his",
                   "present post accordingly.", "Yours faithfully,", "Professor Hu Lan", "Director, Office of Human Resources")
    assert score_page(letter).best[0] == "consent_letter"
