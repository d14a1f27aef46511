"""Read a page: take the PDF text layer where it is real, otherwise turn the page upright
and OCR it in the language its script calls for."""
from __future__ import annotations

from dataclasses import dataclass

import opencc
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
    image, rotate, _skew, script, osd_conf = ocr.upright(raw.image)
    lang = HAN if script in ("Han", "Japanese", "Korean") else LATIN
    words = ocr.ocr_words(image, lang=lang)
    osd_sure = osd_conf >= SURE_OSD and script in PLAUSIBLE_SCRIPTS
    if _mean_conf(words) < DOUBTFUL and len(words) >= 3 and not osd_sure:
        # OSD misjudges pages with pictures (passports, cards) and sparse pages: when the text
        # reads badly, try the other turns on a half-size copy and keep the one that reads best.
        best = (_quality(ocr.ocr_words(_half(image), lang=lang)), rotate)
        for turn in (0, 90, 180, 270):
            if turn == rotate:
                continue
            cand = raw.image.rotate(-turn, expand=True) if turn else raw.image
            q = _quality(ocr.ocr_words(_half(cand), lang=lang))
            if q > best[0] * 1.15:
                best = (q, turn)
        if best[1] != rotate:
            turned = raw.image.rotate(-best[1], expand=True) if best[1] else raw.image
            image = ocr.upright(turned, detect=False)[0]
            rotate, words = best[1], ocr.ocr_words(image, lang=lang)
    if lang == LATIN and _looks_unread(words):
        # OSD often calls a bilingual page Latin; low confidence means the Han text was lost.
        han_words = ocr.ocr_words(image, lang=HAN)
        if _mean_conf(han_words) > _mean_conf(words):
            lang, words = HAN, han_words
    page = Page(file=file, number=raw.number, width=image.width, height=image.height, dpi=raw.dpi,
                source="ocr" if words else "none", lang=lang, rotation=rotate, words=words,
                image_sha256=ocr.image_key(image))
    return ReadPage(page, image)


DOUBTFUL = 0.75
# OSD is sure of itself at confidence >= 5 for the scripts these papers use; it names odd
# scripts (Bengali, Arabic) when a photo or a seal confuses it, and is then often wrong.
SURE_OSD = 5.0
PLAUSIBLE_SCRIPTS = ("Latin", "Han", "Japanese", "Korean", "Cyrillic")
_T2S = opencc.OpenCC("t2s")
_S2T = opencc.OpenCC("s2t")


def in_script(page: Page, script: str | None) -> Page:
    """OCR with both Chinese models mixes simplified and traditional characters; a printed
    document uses one script. `script` is the document type's (Mainland papers are
    simplified, Hong Kong ones traditional); 'majority' lets the page's characters decide."""
    if page.source != "ocr" or page.lang != HAN or not script:
        return page
    if script == "majority":
        text = "".join(w.text for w in page.words)
        traditional = sum(1 for c in text if _T2S.convert(c) != c)
        simplified = sum(1 for c in text if _S2T.convert(c) != c)
        script = "traditional" if traditional > 2 * simplified else "simplified"
    convert = _S2T if script == "traditional" else _T2S
    return page.model_copy(update={"words": [w.model_copy(update={"text": convert.convert(w.text)}) for w in page.words]})


def _half(image: Image.Image) -> Image.Image:
    return image.resize((max(1, image.width // 2), max(1, image.height // 2)), Image.BILINEAR)


def _quality(words: list[Word]) -> float:
    return _mean_conf(words) * len(words) ** 0.5


def _mean_conf(words: list[Word]) -> float:
    return sum(w.conf for w in words) / len(words) if words else 0.0


def _looks_unread(words: list[Word]) -> bool:
    return len(words) < 3 or _mean_conf(words) < MIN_CONFIDENT
