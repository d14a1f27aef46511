"""Read a page: take the PDF text layer where it is real, otherwise turn the page upright
and OCR it in the language its script calls for."""
from __future__ import annotations

from dataclasses import dataclass

from PIL import Image

from . import ocr
from .model import Page, Word
from .pages import RawPage

LATIN = "eng"
HAN = "chi_sim+chi_tra+eng"
MIN_CONFIDENT = 0.6


@dataclass
class ReadPage:
    page: Page
    image: Image.Image  # upright image the word boxes refer to


def read_page(raw: RawPage, file: str) -> ReadPage:
    if raw.text_words is not None:
        page = Page(file=file, number=raw.number, width=raw.image.width, height=raw.image.height,
                    dpi=raw.dpi, source="text_layer", lang="", words=raw.text_words,
                    image_sha256=ocr.image_key(raw.image))
        return ReadPage(page, raw.image)
    image, rotate, _skew, script = ocr.upright(raw.image)
    lang = HAN if script in ("Han", "Japanese", "Korean") else LATIN
    words = ocr.ocr_words(image, lang=lang)
    if lang == LATIN and _looks_unread(words):
        # OSD often calls a bilingual page Latin; low confidence means the Han text was lost.
        han_words = ocr.ocr_words(image, lang=HAN)
        if _mean_conf(han_words) > _mean_conf(words):
            lang, words = HAN, han_words
    page = Page(file=file, number=raw.number, width=image.width, height=image.height, dpi=raw.dpi,
                source="ocr" if words else "none", lang=lang, rotation=rotate, words=words,
                image_sha256=ocr.image_key(image))
    return ReadPage(page, image)


def _mean_conf(words: list[Word]) -> float:
    return sum(w.conf for w in words) / len(words) if words else 0.0


def _looks_unread(words: list[Word]) -> bool:
    return len(words) < 3 or _mean_conf(words) < MIN_CONFIDENT
