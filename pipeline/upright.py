"""Whether a page's words read upright: lines across the page, not down it, read surely."""
from __future__ import annotations

from .model import Page, Word, centre, mean_conf
from .text import is_han


def sideways(words: list[Word]) -> bool:
    """Most words of three letters or more boxed taller than wide, or most Han characters
    following each other down the page: the lines run down the page."""
    long = [w for w in words if len(w.text) >= 3]
    tall = [w for w in long if (w.bbox[3] - w.bbox[1]) > 1.5 * (w.bbox[2] - w.bbox[0])]
    return (len(long) >= 3 and len(tall) > len(long) / 2) or runs_down(words)


def runs_down(words: list[Word]) -> bool:
    """PP-OCR boxes Han a character a word, in reading order: on a page on its side most
    characters follow the one before down the page, not across it."""
    pairs = [(centre(a.bbox), centre(b.bbox)) for a, b in zip(words, words[1:])
             if len(a.text) == 1 == len(b.text) and is_han(a.text) and is_han(b.text)]
    down = sum(1 for a, b in pairs if abs(b[1] - a[1]) > abs(b[0] - a[0]))
    return len(pairs) >= MIN_PAIRS and down > len(pairs) / 2


MIN_PAIRS = 5
SURE_UPRIGHT = 0.85  # PP-OCR's mean confidence that settles an unsure turn


# A page read this surely, its lines across, is upright as read: at another turn or mirrored
# its print reads as junk.
SURE_TEXT = 0.85
SURE_WORDS = 8


def read_surely(page: Page) -> bool:
    confs = sorted(w.conf for w in page.words)
    return len(confs) >= SURE_WORDS and confs[len(confs) // 2] >= SURE_TEXT and not sideways(page.words)


def reads_upright(words: list[Word]) -> bool:
    return len(words) >= 3 and mean_conf(words) >= SURE_UPRIGHT and not sideways(words)
