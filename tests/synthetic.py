"""Pages made of words placed by hand, for the readers' unit tests: rows of cells, each cell's text a word a
space-separated token (or a word a character, as OCR gives Han print), set at a fixed pitch."""
from PIL import Image

from extractors.base import DocView
from pipeline.classify import score_page
from pipeline.model import Page, Word
from pipeline.read import ReadPage

LATIN_PITCH, HAN_PITCH = 15, 40  # pixels a Latin character, a Han character


def cells(y: int, *cells: tuple[int, str], han: bool = False, height: int = 26) -> list[Word]:
    """A row's words: each (x, text) cell's tokens from x on."""
    out = []
    for x, text in cells:
        for token in (list(text) if han else text.split()):
            width = HAN_PITCH if han else LATIN_PITCH * len(token)
            out.append(Word(text=token, bbox=(x, y, x + width, y + height), conf=0.95))
            x += width + (2 if han else 9)
    return out


def doc_of_rows(rows: list[list[tuple[int, str]]], han: bool = False, top: int = 240, step: int = 60,
                source: str = "text_layer") -> DocView:
    """A one-page document of rows of cells, a white page behind them."""
    words = [w for n, row in enumerate(rows) for w in cells(top + step * n, *row, han=han)]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source=source, words=words)
    return DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1654, 2339), "white")])


def best_type(rows: list[tuple[int, str]]) -> tuple[str, float]:
    """(type, score) the classifier gives a page of one-cell rows read by OCR, a white page behind them."""
    words = [w for k, (x, text) in enumerate(rows) for w in cells(200 + 60 * k, (x, text))]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    return score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best
