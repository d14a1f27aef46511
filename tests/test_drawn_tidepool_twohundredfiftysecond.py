"""The two-hundred-and-fifty-second drawn set (sample_docs/drawn_tidepool_twohundredfiftysecond.py): phone photographs
and typed PDFs of degrees, a report, a plan and work letters, read cold at 33 / 34: the photographed degree's school read
with a chop's stroke as a letter inside it ('青屿j科技大学'), the school then read from its last four characters. A lone
small Latin letter between two Han characters is now no part of the running text. Tested on another school."""
from PIL import Image

from extractors.base import DocView
from extractors.running_text import RunningText
from pipeline.model import Page
from tests.synthetic import HAN_PITCH, cells


def test_a_letter_read_inside_a_han_word_is_a_speck():
    x = 900 + 2 * (HAN_PITCH + 2)
    words = cells(300, (900, "东湖"), han=True) + cells(300, (x, "j")) + cells(300, (x + 26, "师范学院"), han=True)
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    doc = DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1654, 2339), "white")])
    assert RunningText(doc.lines()).text == "东湖师范学院"
