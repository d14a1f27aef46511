"""Read a page: take the PDF text layer where it is real, otherwise turn the page upright
and OCR it in the language its script calls for."""
from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import overload

import numpy as np
from PIL import Image

from . import ocr, paper, ppocr, seals
from .blanks import SURE_ELSEWHERE, UNSURE, overlap, read_on_blanks
from .han_rereads import reread_latin_junk, reread_line_ends
from .lone_marks import reread_lone_marks
from .lost_lines import reread_lost_lines
from .model import Page, Word, mean_conf
from .mrz import zone_line_turn
from .mrz_bands import zone_turn
from .pages import RawPage
from .text import is_han
from .upright import reads_upright, sideways

LATIN = "eng"
HAN = "chi_sim+chi_tra+eng"
MIN_CONFIDENT = 0.6
# On an English page, words read under LATIN_JUNK may be Han print (a letterhead); they are Han
# where the Chinese models read them at HAN_ON_A_LATIN_PAGE or surer (a signature's scrawl is not).
LATIN_JUNK, HAN_ON_A_LATIN_PAGE = 0.5, 0.75


class ReadPage:
    """A page as read, with the upright image its word boxes refer to. A long file's images
    wait on disk (`spill`) and are loaded again when a reader asks for one."""

    def __init__(self, page: Page, image: Image.Image):
        self.page = page
        self._image: Image.Image | None = image
        self._file: Path | None = None

    @property
    def image(self) -> Image.Image:
        if self._image is not None:
            return self._image
        assert self._file is not None
        with Image.open(self._file) as im:
            return im.convert("RGB")

    def spill(self, folder: Path) -> None:
        if self._image is None:
            return
        self._file = folder / f"page-{self.page.number}.png"
        self._image.save(self._file, "PNG", compress_level=1)  # fast; lossless, so boxes read alike
        self._image = None


class PageImages(Sequence[Image.Image]):
    """The images of some read pages, loaded one at a time as a reader indexes them."""

    def __init__(self, pages: list[ReadPage]):
        self._pages = pages

    def __len__(self) -> int:
        return len(self._pages)

    @overload
    def __getitem__(self, i: int) -> Image.Image: ...

    @overload
    def __getitem__(self, i: slice) -> list[Image.Image]: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [p.image for p in self._pages[i]]
        return self._pages[i].image


PAGE_ENGINES = ("tesseract", "ppocr", "routed")
HAN_SCRIPTS = ("Han", "Japanese", "Korean")


def page_engine() -> str:
    """The engine that reads whole pages (INTAKE_PAGE_ENGINE): routed, the default (by
    docs/BENCHMARKS.md's table: PP-OCR for Han pages, the lines under a chop read again by PP-OCR
    from a copy with the chop lifted out; tesseract for Latin pages), tesseract (every page,
    with its Han re-reads) or ppocr (PP-OCR through RapidOCR, every page)."""
    wanted = os.environ.get("INTAKE_PAGE_ENGINE", "routed")
    return wanted if wanted in PAGE_ENGINES else "routed"


def read_page(raw: RawPage, file: str) -> ReadPage:
    if raw.text_words is not None:
        page = Page(file=file, number=raw.number, width=raw.image.width, height=raw.image.height,
                    dpi=raw.dpi, source="text_layer", lang="", words=raw.text_words,
                    image_sha256=ocr.image_key(raw.image), form_fields=raw.form_fields, stored_size=raw.image.size)
        return ReadPage(page, raw.image)
    engine = page_engine()
    sheet = paper.flattened(raw.image) or raw.image  # a sheet photographed on a desk, seen square on
    raw_image = _enlarged(sheet)
    enlarged = raw_image is not sheet
    image, rotate, _skew, script, osd_conf = ocr.upright(raw_image)
    if engine == "ppocr" or (engine == "routed" and script in HAN_SCRIPTS):
        return _read_with_ppocr(raw, file, raw_image, image, rotate, chops=engine == "routed",
                                turn_known=osd_conf >= SURE_OSD)
    lang = HAN if script in HAN_SCRIPTS else LATIN
    words = ocr.ocr_words(image, lang=lang, psm=_psm(lang))
    osd_sure = osd_conf >= SURE_OSD and script in PLAUSIBLE_SCRIPTS
    settled = False
    if mean_conf(words) < DOUBTFUL and not osd_sure:
        # A passport's security print reads badly at every turn, but its machine-readable zone
        # says which way up the page is: no trials. Its own print then says whether the page
        # is bilingual, for PP-OCR to read (one trial in each language at the zone's turn).
        settled, image, rotate, words = _settled_by_zone(raw_image, image, rotate, words, lang)
    if settled:
        if lang == LATIN and engine == "routed" and _reads_as_han(image):
            return _read_with_ppocr(raw, file, raw_image, image, rotate, chops=True, turn_known=True)
    elif mean_conf(words) < DOUBTFUL and len(words) >= 3 and not osd_sure:
        # OSD misjudges pages with pictures (passports, cards) and sparse pages: when the text
        # reads badly, try the other turns on a smaller copy and keep the one that reads best.
        # A short Chinese letter OSD called Latin reads as junk at every turn in English: its
        # turn is the one it reads best in Chinese.
        turn, conf = _best_turn(raw_image, image, rotate, lang)
        first_lang = lang
        if lang == LATIN and conf < DOUBTFUL:
            han_turn, han_conf = _best_turn(raw_image, image, rotate, HAN)
            if han_conf >= READS_AS_HAN and han_conf > conf + 0.2:
                turn, lang = han_turn, HAN
                if engine == "routed":
                    return _read_with_ppocr(raw, file, raw_image, _at_turn(raw_image, image, rotate, turn), turn,
                                            chops=True, turn_known=True)
        if turn != rotate or lang != first_lang:
            image = _at_turn(raw_image, image, rotate, turn)
            rotate, words = turn, ocr.ocr_words(image, lang=lang, psm=_psm(lang))
    # a card's border and frames are no table: a small image is the card photographed (below)
    counts = None if enlarged else ocr.rule_counts(image)  # the page's rules, counted once
    if _rules_read_as_text(words) or (counts and (ocr.has_ruled_table(image, counts) or ocr.has_leaders(image))):
        words = _read_without_rules(image, words, lang)
    elif counts and any(w.conf < UNSURE for w in words) and ocr.has_blanks(image, counts):
        words = read_on_blanks(image, words, lang, _psm(lang))
    if lang == LATIN and (_looks_unread(words) or _han_lost(words)):
        # OSD calls a bilingual page (a BR certificate, an IRD form) Latin; its Han labels then
        # come out as confident-less junk words among good English ones.
        if engine == "routed":  # not osd_sure: maybe a page on its side that reads as nothing in English
            return _read_with_ppocr(raw, file, raw_image, image, rotate, chops=True, turn_known=osd_sure)
        han_words = ocr.ocr_words(image, lang=HAN, psm=_psm(HAN))
        if mean_conf(han_words) > mean_conf(words):
            lang, words = HAN, han_words
    if engine == "routed" and enlarged and _quality(ppocr.ppocr_words(image)) > _quality(words):
        # A card or a photo cropped small, enlarged to read: tesseract may read a card's print in
        # part (OSD unsure of its script, the name line lost); PP-OCR, made for photos, may read it
        # whole; the better reading is kept.
        return _read_with_ppocr(raw, file, raw_image, image, rotate, chops=True, turn_known=osd_sure)
    if lang == HAN:
        words = reread_latin_junk(image, words)
    elif words:
        # An English letter's Chinese letterhead or signature line, read in English as junk.
        words = reread_latin_junk(image, words, doubt=LATIN_JUNK, sure=HAN_ON_A_LATIN_PAGE,
                                  read=ppocr.ppocr_words if engine == "routed" else None, reach=1.0)
    if zone_line_turn(words) is None:
        words = seals.reread_under_seals(image, words, lang)
    if lang == HAN:
        words = reread_lost_lines(image, words, lang)
        # after the seals: a line under a chop is read again whole, which mends more
        words = reread_line_ends(image, words)
    page = Page(file=file, number=raw.number, width=image.width, height=image.height, dpi=raw.dpi,
                source="ocr" if words else "none", lang=lang, rotation=rotate, words=words,
                image_sha256=ocr.image_key(image), stored_size=raw.image.size,
                form_fields=raw.form_fields if not rotate and image.size == raw.image.size else [])
    return ReadPage(page, image)


def _read_with_ppocr(raw: RawPage, file: str, raw_image: Image.Image, image: Image.Image, rotate: int,
                     chops: bool, turn_known: bool) -> ReadPage:
    """The upright page read by PP-OCR in one pass: its models read Han and Latin print
    together and in boxes, so tesseract's Han re-reads are not run. With `chops`, the band of
    lines under a chop is read again by PP-OCR from a copy with the chop lifted out, and line by
    line the surer reading is kept: on the page, PP-OCR reads the chop's own lettering and
    loses print under it; on the lifted copy it reads that print best (docs/BENCHMARKS.md).
    Where OSD was unsure of the turn, a sure upright reading settles it; otherwise tesseract's
    trials choose (PP-OCR reads a page upside down at 0.6-0.75 confidence, upright above 0.9)."""
    words = ppocr.ppocr_words(image)
    turn_known = turn_known or zone_line_turn(words) == 0  # a zone read upright: the page is upright
    if not turn_known and len(words) < 3 and image.width > image.height:
        # A page wider than high that reads as nothing is a page on its side more often than a
        # photo (a bilevel fax of a letter OSD left as it came): the quarter turn that reads upright.
        image, words, rotate = _quarter_turn_upright(image, words, rotate)
    # PP-OCR finds lines at any turn: a page where it finds almost none (a photo) has no text to turn by
    if not turn_known and len(words) >= 3 and not reads_upright(words):
        turned, turn = _turned_for_han(raw_image, image, rotate)
        if turn != rotate:
            image, rotate, words = turned, turn, ppocr.ppocr_words(turned)
    if not turn_known and len(words) >= 3 and not reads_upright(words):
        # tesseract's trials misjudge a card photographed small (OSD names Greek): PP-OCR itself
        # reads the upright turn surely and the others doubtfully
        trials = [(t, image.rotate(-t, expand=True)) for t in (180, 90, 270)]
        t, turned, turned_words = max(((t, im, ppocr.ppocr_words(im)) for t, im in trials), key=lambda r: _quality(r[2]))
        if reads_upright(turned_words) and _quality(turned_words) > _quality(words):
            image, words, rotate = turned, turned_words, (rotate + t) % 360
    if sideways(words):
        # OSD left the page on its side (a passport photographed sideways): PP-OCR still reads
        # it, a character a line. Of the two quarter turns, the one that reads best is upright.
        turns = [(t, image.rotate(-t, expand=True)) for t in (90, 270)]
        readings = [(t, im, ppocr.ppocr_words(im)) for t, im in turns]
        t, turned, turned_words = max(readings, key=lambda r: _quality(r[2]))
        if not sideways(turned_words):
            image, words, rotate = turned, turned_words, (rotate + t) % 360
    lang = HAN if any(is_han(c) for w in words for c in w.text) else LATIN
    if chops and zone_line_turn(words) is None:  # a travel document's tint is no chop over print
        words = seals.reread_under_seals(image, words, HAN, reader=ppocr.ppocr_words, lettering_on_page=True)
    page = Page(file=file, number=raw.number, width=image.width, height=image.height, dpi=raw.dpi,
                source="ocr" if words else "none", lang=lang, rotation=rotate, words=words,
                image_sha256=ocr.image_key(image), stored_size=raw.image.size,
                form_fields=raw.form_fields if not rotate and image.size == raw.image.size else [])
    return ReadPage(page, image)


def _quarter_turn_upright(image: Image.Image, words: list[Word], rotate: int) -> tuple[Image.Image, list[Word], int]:
    for t in (90, 270):
        turned = image.rotate(-t, expand=True)
        turned_words = ppocr.ppocr_words(turned)
        if reads_upright(turned_words):
            return turned, turned_words, (rotate + t) % 360
    return image, words, rotate


DOUBTFUL = 0.75
READS_AS_HAN = 0.6  # a junk page in English reads this surely in Chinese on a small, lossy copy: it is Chinese
# OSD is sure of itself at confidence >= 5 for the scripts these papers use; it names odd
# scripts (Bengali, Arabic) when a photo or a seal confuses it, and is then often wrong.
SURE_OSD = 5.0
PLAUSIBLE_SCRIPTS = ("Latin", "Han", "Japanese", "Korean", "Cyrillic")


# A card photographed on its own comes as a few hundred pixels, its print under 15 px high,
# which tesseract cannot read (nor OSD turn); enlarged, it reads like a scan.
SMALL_IMAGE = 1200
ENLARGED = 1600  # no larger than classify.looks_like_photo allows a photo to be
TRIAL_SIZE = 1100


def _psm(lang: str) -> int:
    """Page segmentation for a full page. Tesseract's column finder takes the long vertical
    strokes of large Han characters for rule lines and removes them, and with them whole
    characters at line starts (学生覃明丽 -> 丽); a single-column read (4) keeps them. Our
    lines are rebuilt from word boxes anyway, so the column order is not needed."""
    return 4 if lang == HAN else 3


def _rules_read_as_text(words: list[Word]) -> bool:
    """Words only a pixel or two high ('es' 118 x 1 px) are a form's rules read as text, and
    the values between those rules are then often lost. A flat 一 or dash is just that."""
    if len(words) < 3:
        return False
    height = float(np.median([w.bbox[3] - w.bbox[1] for w in words]))
    flat = [w for w in words if w.bbox[3] - w.bbox[1] <= max(3.0, 0.15 * height)
            and w.bbox[2] - w.bbox[0] > 10 and re.search(r"[^\W_一]", w.text)]
    return len(flat) >= 2


def _read_without_rules(image: Image.Image, words: list[Word], lang: str) -> list[Word]:
    """The page read again with its rules painted out, the better reading kept. Only pages
    whose rules were read as text, or that hold a table ruled both ways (whose cells
    tesseract's layout analysis can drop whole, as a picture), come here: reading every page
    with a rule twice cost a quarter more time and lost more characters than it mended; a low
    mean confidence sent 59 of 203 pages here and mended no field the flat words did not. The
    words refer to the same pixels, so the page keeps its image (and its seals' colour)."""
    ruled_out = ocr.without_rules(image)
    if ruled_out is None:
        return words
    again = ocr.ocr_words(ruled_out, lang=lang, psm=_psm(lang))
    kept, other = (again, words) if reads_better(again, words) else (words, again)
    kept = _without_upright_rules(kept)
    # what only the other reading saw, read surely, where the kept one has nothing: tesseract's
    # layout drops a different cell of a grid in each ('Male' in a table's last column)
    only_there = [w for w in other if w.conf >= SURE_ELSEWHERE and len(re.findall(r"\w", w.text)) >= 2
                  and not any(overlap(w.bbox, k.bbox) for k in kept)]
    return reread_lone_marks(ruled_out, kept + only_there, lang)  # and the cells of one character both dropped




def reads_better(reading: list[Word], other: list[Word]) -> bool:
    """Whether one reading of a page reads better than another: a rule read as a bar ('|') is no
    word of it (counted, the reading that kept its rules as bars reads more)."""
    return _quality([w for w in reading if re.search(r"\w", w.text)]) > _quality([w for w in other if re.search(r"\w", w.text)])


def _without_upright_rules(words: list[Word]) -> list[Word]:
    """A table's vertical rule read as a bar ('|' two rows tall) joins the rows it crosses into
    one line: it is no word."""
    if len(words) < 3:
        return words
    height = float(np.median([w.bbox[3] - w.bbox[1] for w in words]))
    return [w for w in words if not (w.text in ("|", "||", "[", "]", "l", "I", "!") and w.bbox[3] - w.bbox[1] > 2 * height)]


def _enlarged(image: Image.Image) -> Image.Image:
    if max(image.size) >= SMALL_IMAGE:
        return image
    f = ENLARGED / max(image.size)
    return image.resize((round(image.width * f), round(image.height * f)), Image.Resampling.LANCZOS)


def _turned_for_han(raw_image: Image.Image, image: Image.Image, rotate: int) -> tuple[Image.Image, int]:
    """OSD is often unsure of a short Chinese page's turn, and PP-OCR reads a page on its side
    down its columns as readily as upright: the turn that reads best in Chinese on a small copy
    decides."""
    turn, _ = _best_turn(raw_image, image, rotate, HAN, settle=True)
    return _at_turn(raw_image, image, rotate, turn), turn


def _at_turn(raw_image: Image.Image, image: Image.Image, rotate: int, turn: int) -> Image.Image:
    """The page upright at `turn` (the OSD-upright image where that is OSD's turn)."""
    if turn == rotate:
        return image
    return ocr.upright(raw_image.rotate(-turn, expand=True) if turn else raw_image, detect=False)[0]


def _best_turn(raw_image: Image.Image, image: Image.Image, rotate: int, lang: str, settle: bool = False) -> tuple[int, float]:
    """The quarter turn whose small copy reads best in `lang` (OSD's turn unless another reads
    clearly better), with that reading's mean confidence. With `settle`, OSD's turn is kept
    without trying the others when it reads well."""
    psm, lang = _psm(lang), TRIAL_LANGS.get(lang, lang)
    first = ocr.ocr_words(_trial(image), lang=lang, psm=psm)
    best = (_quality(first), rotate, mean_conf(first))
    if settle and best[2] >= DOUBTFUL and len(first) >= 3:
        return rotate, best[2]  # OSD's turn reads well: the other turns are not tried
    small = _trial(raw_image)  # shrunk once, then turned: a quarter turn of the full page costs more
    for turn in (0, 90, 180, 270):
        if turn == rotate:
            continue
        words = ocr.ocr_words(small.rotate(-turn, expand=True) if turn else small, lang=lang, psm=psm)
        # tesseract reads a page on its side as vertical lines, often better than a ruled form upright: a turn whose
        # words it boxed taller than wide leaves the page on its side
        if _quality(words) > best[0] * 1.15 and not sideways(words):
            best = (_quality(words), turn, mean_conf(words))
    return best[1], best[2]


# A trial only asks which turn reads best: Chinese alone chose the same turn as the three
# languages on every page of a 159-page draw, in less time, and routed pages then never load
# the three languages' model (docs/BENCHMARKS.md, "Eighth run").
TRIAL_LANGS = {HAN: "chi_sim"}


def _settled_by_zone(raw_image: Image.Image, image: Image.Image, rotate: int, words: list[Word],
                     lang: str) -> tuple[bool, Image.Image, int, list[Word]]:
    """The page at the turn its zone reads the right way up, if it has one: a zone read upside
    down is turned and must then read upright (a page on its side can read as '>' runs too)."""
    turn = zone_line_turn(words)
    if turn == 180:
        turned = _at_turn(raw_image, image, -1, (rotate + 180) % 360)
        again = ocr.ocr_words(turned, lang=lang, psm=_psm(lang))
        if zone_line_turn(again) == 0:
            return True, turned, (rotate + 180) % 360, again
    if turn is None:
        # the page's reading missed its zone (security print around it): its band, read alone
        band_turn = zone_turn(raw_image)
        if band_turn is not None:
            if band_turn == rotate:
                return True, image, rotate, words
            turned = _at_turn(raw_image, image, rotate, band_turn)
            return True, turned, band_turn, ocr.ocr_words(turned, lang=lang, psm=_psm(lang))
    return turn == 0, image, rotate, words


def _reads_as_han(image: Image.Image) -> bool:
    """Whether an upright page reads clearly better in Chinese than in English on a small copy:
    a bilingual data page, for PP-OCR (as the orientation trials decide where the turn is unknown)."""
    small = _trial(image)
    latin = mean_conf(ocr.ocr_words(small, lang=LATIN, psm=_psm(LATIN)))
    han = mean_conf(ocr.ocr_words(small, lang=TRIAL_LANGS[HAN], psm=_psm(HAN)))
    return latin < DOUBTFUL and han >= READS_AS_HAN and han > latin + 0.2


def _trial(image: Image.Image) -> Image.Image:
    """Orientation trials read a copy of about 1100 px: enough to tell a good read from a bad one."""
    return ocr.fit(image, TRIAL_SIZE)


def _quality(words: list[Word]) -> float:
    return mean_conf(words) * len(words) ** 0.5


def _looks_unread(words: list[Word]) -> bool:
    return len(words) < 3 or mean_conf(words) < MIN_CONFIDENT


def _han_lost(words: list[Word]) -> bool:
    junk = sum(1 for w in words if w.conf < 0.5)
    return junk >= 5 and junk >= 0.12 * len(words)
