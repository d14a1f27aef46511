"""What every extractor gets (a DocView over its pages) and the helpers they share:
lines with boxes, label lookup, dates, money, and Field construction with evidence."""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date

import numpy as np
from PIL import Image

from pipeline import ocr, ppocr
from pipeline.date_words import dates_in_figures, month_number, roc_years_as_common_era
from pipeline.labels import COLUMN_GAP
from pipeline.model import BBox, Field, Page, Word, union
from pipeline.text import HAN_RANGE, in_both_scripts, join_words, normalise_spaces

from .certification import without_certification


@dataclass
class Line:
    text: str
    words: list[Word]
    page: Page

    @property
    def bbox(self) -> BBox:
        return union([w.bbox for w in self.words])

    @property
    def conf(self) -> float:
        return min((w.conf for w in self.words), default=0.0)

    def cells(self) -> list[Line]:
        """The line cut where its words stand wider apart than a column's gap: a table's cells
        (a value printed in one does not run on into the next)."""
        words = sorted(self.words, key=lambda w: w.bbox[0])
        if len(words) < 2:
            return [self]
        height = sorted(w.bbox[3] - w.bbox[1] for w in words)[len(words) // 2]
        runs: list[list[Word]] = [[words[0]]]
        for w in words[1:]:
            if w.bbox[0] - runs[-1][-1].bbox[2] > COLUMN_GAP * height:
                runs.append([])
            runs[-1].append(w)
        return [self] if len(runs) == 1 else [Line(normalise_spaces(join_words(r)), r, self.page) for r in runs]

    def cell_holding(self, value: str) -> str:
        """A Han value read on this line across a column's gap ('周启明   东江理工大学': a signature's
        name, then the school): the part in the cell its end lies in."""
        flat, cells = value.replace(" ", ""), [c.text.replace(" ", "") for c in self.cells()]
        if len(cells) < 2 or flat not in self.text.replace(" ", "") or any(flat in c for c in cells):
            return value
        return next((flat[-n:] for n in range(len(flat) - 1, 1, -1) if any(flat[-n:] in c for c in cells)), value)


@dataclass
class DocView:
    file: str
    pages: list[Page]
    images: Sequence[Image.Image]  # loaded as indexed (pipeline.read.PageImages)

    def lines(self) -> list[Line]:
        out = []
        for p in self.pages:
            for ws in p.lines():
                out.append(Line(normalise_spaces(join_words(ws)), ws, p))
        return without_certification(out)

    @property
    def text(self) -> str:
        return "\n".join(ln.text for ln in self.lines())

    def field(self, value, line: Line | None, confidence: float | None = None, source: str | None = None,
              words: list[Word] | None = None) -> Field:
        page = line.page if line else self.pages[0]
        box = union([w.bbox for w in words]) if words else (line.bbox if line else None)
        conf = confidence if confidence is not None else (line.conf if line else 0.5)
        src = source or ("text_layer" if page.source == "text_layer" else "ocr")
        return Field(value=value, confidence=round(float(conf), 3), file=page.file, page=page.number,
                     bbox=box, source=src)


# ---- finding a labelled value -------------------------------------------------------------

def mended(found: Field, value) -> None:
    """The field's value mended; the value as read stays first among its other readings."""
    found.value, found.readings = value, [found.value] + [r for r in found.readings if r not in (found.value, value)]


COPULA = re.compile(r"^\s*[为為是](?=\s*[\u4e00-\u9fff\d])")  # a Han label's 'is' before its value in a sentence


def after_label(lines: list[Line], labels: list[str], pattern: str = r".+", next_lines: int = 1):
    """(value, line) for the first label found: the text after it on the same line, or on the
    next lines when the label stands alone. Labels are regexes, matched case-insensitively."""
    rx = re.compile(in_both_scripts(pattern))
    for i, line in enumerate(lines):
        for label in labels:
            m = re.search(in_both_scripts(label), line.text, flags=re.IGNORECASE)
            if not m:
                continue
            raw = line.text[m.end():]
            rest = raw.lstrip(" :：.-—|")
            rest = COPULA.sub("", rest, count=1) if rest == raw else rest  # '所学专业为金融学': no colon, the sentence's 为
            hit = rx.search(rest)
            if hit and hit.group(0).strip():
                return hit.group(0).strip(), line
            for nxt in lines[i + 1:i + 1 + next_lines]:
                hit = rx.search(nxt.text)
                if hit and hit.group(0).strip():
                    return hit.group(0).strip(), nxt
    return None, None


def find_line(lines: list[Line], pattern: str, flags=re.IGNORECASE):
    rx = re.compile(in_both_scripts(pattern), flags)
    for line in lines:
        m = rx.search(line.text)
        if m:
            return m, line
    return None, None


REREAD_CONFIDENCE = 0.6  # a value read alone from a crop, without the page's context
LINE_PAD = 0.6  # of the line's height, round a line cut out to be read again


def line_read_again(doc: DocView, line: Line) -> Line | None:
    """The line read again by PP-OCR from its crop: the second witness of a value whose form
    says the page's reading lost or broke a character. Its words run into a figure after them
    ('Turnover23,805,112') are set apart again."""
    image = doc.images[doc.pages.index(line.page)]
    x0, y0, x1, y1 = line.bbox
    pad = int(LINE_PAD * (y1 - y0))
    text, _ = ppocr.ppocr_line(image.crop((max(0, x0 - pad), max(0, y0 - pad), min(image.width, x1 + pad),
                                           min(image.height, y1 + pad))))
    text = re.sub(r"(?<=[^\W\d])(?=[\d(])", " ", text)
    return Line(text, line.words, line.page) if text.strip() else None


def reread_after_label(doc: DocView, label: str, last_word: str, lang: str, pattern: str) -> Field | None:
    """A value the page's OCR read in the wrong script: a Latin page's one Chinese name comes
    out as Latin junk ('HA'). The line right of the label's `last_word` is cut from the page
    image and read again in `lang`; the text matching `pattern` there, boxed by its ink."""
    for line in doc.lines():
        if not re.search(label, line.text, flags=re.IGNORECASE):
            continue
        ends = [w.bbox[2] for w in line.words if re.search(last_word, w.text, flags=re.IGNORECASE)]
        x0 = max(ends) if ends else line.bbox[0]
        k = doc.pages.index(line.page)
        image = doc.images[k]
        top, bottom = line.bbox[1], line.bbox[3]
        pad = (bottom - top) // 2
        after = [w.bbox[2] for w in line.words if w.bbox[0] >= x0]
        # Where OCR saw something, the value is there (a table cell ends soon after); where it
        # saw nothing, the value is somewhere on the rest of the line.
        x1 = max(after) + (bottom - top) * 2 if after else x0 + (image.width - x0) * 2 // 3
        box = (x0 + 2, max(0, top - pad), min(image.width, x1), min(image.height, bottom + pad))
        ink = _ink_box(image.crop(box))
        if ink is None:
            continue
        box = (box[0] + ink[0], box[1] + ink[1], box[0] + ink[2], box[1] + ink[3])
        # Read as one word first: on a crop of two or three Han characters tesseract's line
        # finder (psm 7) often finds no text at all; where the word reading finds none, it may.
        for psm in (8, 7):
            m = re.search(pattern, "".join(w.text for w in ocr.ocr_words(image.crop(box), lang=lang, psm=psm)))
            if m:
                found = doc.field(m.group(0), line, confidence=REREAD_CONFIDENCE)
                found.bbox = box
                return found
    return None


def line_crop(image: Image.Image, box: BBox) -> Image.Image:
    """A line cut from the page with a third of its height of paper round it: tesseract
    reads a crop cut flush to the ink worse."""
    x0, y0, x1, y1 = box
    pad = (y1 - y0) // 3
    return image.crop((max(0, x0 - pad), max(0, y0 - pad), min(image.width, x1 + pad), min(image.height, y1 + pad)))


def _ink_box(crop: Image.Image, margin: int = 8) -> BBox | None:
    """The box round the ink of a crop, the rules of an answer box (rows inked across most of
    the width) left out."""
    dark = np.asarray(crop.convert("L")) < 128
    dark[dark.mean(axis=1) > 0.5] = False
    cols, rows = np.flatnonzero(dark.any(axis=0)), np.flatnonzero(dark.any(axis=1))
    if not len(cols):
        return None
    return (max(0, int(cols[0]) - margin), max(0, int(rows[0]) - margin),
            min(crop.width, int(cols[-1]) + margin), min(crop.height, int(rows[-1]) + margin))


COMPANY_ZH = rf"([{HAN_RANGE}（）()]{{2,30}}有限公司)"  # a Chinese company name with its suffix
# An English company name as printed: capitalised words ending in Limited/Ltd/Company, in
# title or upper case; matched without IGNORECASE so a label before it ("Name of corporation")
# cannot start the match.
# a place or a word in brackets inside the name ('(HK)', read '(Hk)'; '(China)', '(Holdings)')
COMPANY_EN = (r"([A-Z][A-Za-z0-9&.'-]*(?: (?:\((?:Hong Kong|HONG KONG|[A-Z][A-Za-z]{1,14})\)|[A-Z][A-Za-z0-9&.'-]*|&|and|of|AND|OF))*?"
              r" (?:Company Limited|COMPANY LIMITED|Co\.,? ?(?:Ltd\.?|Limited)|CO\.,? ?(?:LTD\.?|LIMITED)|Limited|LIMITED|Ltd\.?|LTD\.?|Company|COMPANY))")


# ---- dates --------------------------------------------------------------------------------

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}

DATE_PATTERNS = [
    # not '2012.07-2019.03', a period; nor a year that ends another date ('12/09/2026 - 11/09/2027')
    (r"(?<![\d/.])(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)", "ymd"),
    (r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})(?!\d)\s*日?", "ymd"),
    # '31 December 2025', '31-Dec-2025', 'the 31st day of December, 2025'
    # (not a year's last digits: 'Aug 2014 - Jun 2017')
    # (in capitals too: 'GIVEN THIS 30TH DAY OF JUNE 2018'; or 'the 1st of April 2012')
    (r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|ST|ND|RD|TH)?(?:\s+(?:day|DAY)\s+(?:of|OF)|\s+(?:of|OF))?(?:\s+|\s*-\s*)([A-Za-z]{3,9})\.?,?(?:\s+|\s*-\s*)(\d{4})", "dMy"),
    (r"([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?[,.]?\s+(\d{4})", "Mdy"),  # 'Dec 3. 1989': a comma read as a point
    (r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})", "dmy"),
    (r"(\d{1,2})\s*[ -]?([A-Z]{3})\s*[ -/]?\s*(\d{4})", "dMy"),
]
DATE_RX = "|".join(p for p, _ in DATE_PATTERNS)


def parse_date(text: str) -> str | None:
    """The first date in the text as ISO YYYY-MM-DD. Day first for numeric dates (HK usage) unless
    month first is the only reading or the document's way (`dates_as_written`)."""
    if not text:
        return None
    text = _years_through_ink(cn_numerals_in_dates(dates_in_figures(text)))
    text = re.sub(r"(?<![A-Za-z\d])[Il](?=\d?(?:st|nd|rd|th)\s+[A-Z][a-z]{2,8}\b)", "1", text)  # 'Ist December': the 1 read as I
    best = None
    for pattern, order in DATE_PATTERNS:
        for m in re.finditer(pattern, text):
            iso = _build(m.groups(), order)
            if iso and (best is None or m.start() < best[0]):
                best = (m.start(), iso)
            if iso:
                break
    return best[1] if best else None


RANGE_MARK = r"\s*(?:-|–|—|~|to|until|till|through|至|到)\s*"


def _dates_in(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    text = _years_through_ink(cn_numerals_in_dates(text or ""))
    taken: list[tuple[int, int, str]] = []
    for pattern, order in DATE_PATTERNS:  # where two forms match the same characters, the first listed
        for m in re.finditer(pattern, text):
            iso = _build(m.groups(), order)
            if iso and not any(m.start() < e and s < m.end() for s, e, _ in taken):
                taken.append((m.start(), m.end(), iso))
    return text, sorted(taken)


def _joined(text: str, taken: list[tuple[int, int, str]]) -> bool:
    """The first two dates found are a period's start and end: only a range's mark between them."""
    return len(taken) >= 2 and bool(re.fullmatch(RANGE_MARK, text[taken[0][1]:taken[1][0]], re.IGNORECASE))


def states_a_range(text: str) -> bool:
    """Two dates joined as a period's start and end ('01/02/2027 to 31/01/2028')."""
    return _joined(*_dates_in(text))


def period_end(text: str) -> str | None:
    """The end of a period stated as one ('15/08/2026 - 14/08/2027', '由…至…'), else the first
    date: a later date on the line that is not the period's end belongs to another field."""
    text, taken = _dates_in(text)
    if _joined(text, taken):
        return taken[1][2]
    if taken and re.match(r"\s*(?:-|–|—|~|to|until|till|through|至|到)?\s*(?:今|present|date|now)", text[taken[0][1]:], re.IGNORECASE):
        return None  # 'since 1 May 2018 to date', '2018年5月1日至今': a period still running has no end here
    return taken[0][2] if taken else None


_DIGIT_LOOKALIKES = str.maketrans("OoDIlZzSB", "000112258")


def _years_through_ink(text: str) -> str:
    """A year in a Chinese date read through a chop's ink: its 0 comes out as another digit
    (2926年, 2626年) or its leading 2 is lost (026年), or a digit as the letter it resembles
    (20z6年) or brackets (2()26年), or a speck of it as a point inside the year (201.5年). No paper here is dated
    after 2100 or in the year 26."""
    text = re.sub(r"(?<![\d.])([12]\d{0,2})[(（][)）](\d{0,2})(?=\s*年)", r"\g<1>0\2", text)  # a 0 read as brackets: '2()26年'
    text = re.sub(r"(?<![\d.])([12]\d{0,2})[.,·'](\d{1,3})(?=\s*年)",
                  lambda m: m.group(1) + m.group(2) if len(m.group(1) + m.group(2)) == 4 else m.group(0), text)
    text = re.sub(r"(?<![\dA-Za-z])([12][\dOoDIlZzSB]{3})(?=\s*年)",
                  lambda m: m.group(1).translate(_DIGIT_LOOKALIKES), text)
    text = re.sub(r"(?<!\d)2[1-9](\d\d)(\s*年)", r"20\1\2", text)
    return re.sub(r"(?<!\d)0(\d\d)(\s*年)", r"20\1\2", text)


# Capital numerals, as formal papers write a date the reader must not alter (貳零貳柒年壹月叁日).
CAPITALS_AS_NUMERALS = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾", "一二二三三四五六六七八九十")


# A Han date's day ends at its 日, or at its line's end where a chop hid the 日; not after a lone 一 there, which may be
# a dash read so ('二〇一三年七月一 二〇一六年…')
HAN_DAY_END = r"(?:\s*日|(?<!月一)(?=\s|$))"
_ZERO_AS_LING = str.maketrans("Oo0Ｏ０(（", "〇〇〇〇〇〇〇")  # 〇 read as a letter, a zero or a bracket
_NUMERAL_CHARS = "〇零○一二三四五六七八九十廿卅壹贰貳叁參肆伍陆陸柒捌玖拾"


def cn_numerals_in_dates(text: str) -> str:
    """二〇二四年三月一日 -> 2024年3月1日; in capitals too; a year of the Republic of China (Taiwan's
    certificates: 中華民國一一三年, 民國113年) as the Common Era's (1911 + 113)."""
    text = roc_years_as_common_era(text)
    # A certificate's date letter-spaced, or read a character a word (二〇 二〇 年): one run.
    text = re.sub(rf"[{_NUMERAL_CHARS}][{_NUMERAL_CHARS}年月日 ]*[年月日]", lambda m: m.group(0).replace(" ", ""), text)
    # a day whose 日 a chop hid at its line's end (…十一月二十八); a lone 一 may be a dash read so
    text = re.sub(r"(年\s*[一二三四五六七八九十]{1,3}\s*月\s*)(?!一(?:\s|$))([一二三四五六七八九十廿卅]{1,3})(?=\s|$)", r"\1\2日", text)
    # OCR reads a year's 〇 as a Latin O or a zero (二O一八年); 廿 and 卅 are twenty and thirty
    text = re.sub(r"[〇零○一二三四五六七八九Oo0Ｏ０(（]{4}(?=\s*年)",
                  lambda m: m.group(0).translate(_ZERO_AS_LING) if re.search("[一二三四五六七八九]", m.group(0)) else m.group(0), text)
    text = re.sub(r"([廿卅])(?=[一二三四五六七八九]?\s*日)", lambda m: {"廿": "二十", "卅": "三十"}[m.group(1)], text)
    text = re.sub(r"[零〇○壹贰貳叁參肆伍陆陸柒捌玖拾一二三四五六七八九十]{1,4}\s*[年月日]", lambda m: m.group(0).translate(CAPITALS_AS_NUMERALS), text)
    def year(m):
        return "".join(str(_CN_DIGITS[c]) for c in m.group(1)) + "年"

    # a year whose 〇 the scan lost (二一四年 for 二〇一四年): no paper here is dated before 2000 with 二
    text = re.sub(r"(?<![〇零○一二三四五六七八九])二([一二三四五六七八九])([〇零○一二三四五六七八九])年", r"二〇\1\2年", text)
    text = re.sub(r"([〇零○一二三四五六七八九]{4})年", year, text)

    def small(m):
        s = re.sub(r"(.)\1", r"\1", m.group(1))  # a character read twice under a chop (二十八八日); no month or day repeats one
        if "十" in s:
            a, _, b = s.partition("十")
            n = (_CN_DIGITS.get(a, 1) if a else 1) * 10 + (_CN_DIGITS.get(b, 0) if b else 0)
        else:  # 一八日 written digit by digit
            n = int("".join(str(_CN_DIGITS[c]) for c in s))
        return f"{n}{m.group(2)}"

    return re.sub(r"([一二三四五六七八九十]{1,4})([月日])", small, text)


# Numeric dates are read day first (Hong Kong and Mainland usage) unless the document writes
# month first: one of its dates reads only that way (06/15/2027) and none only day first.
_MONTH_FIRST: ContextVar[bool] = ContextVar("month_first", default=False)
NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*\d{4}")


def writes_month_first(text: str) -> bool:
    pairs = [(int(a), int(b)) for a, b in NUMERIC_DATE.findall(text)]
    return any(a <= 12 < b <= 31 for a, b in pairs) and not any(b <= 12 < a <= 31 for a, b in pairs)


@contextmanager
def dates_as_written(text: str) -> Iterator[None]:
    """Within it, numeric dates are read in the order `text` writes them."""
    token = _MONTH_FIRST.set(writes_month_first(text))
    try:
        yield
    finally:
        _MONTH_FIRST.reset(token)


def _build(groups, order) -> str | None:
    try:
        if order == "ymd":
            y, mo, d = int(groups[0]), int(groups[1]), int(groups[2])
        elif order == "dmy":
            d, mo, y = int(groups[0]), int(groups[1]), int(groups[2])
            if _MONTH_FIRST.get() or (mo > 12 >= d):  # month first, by the document or by the date itself
                d, mo = mo, d
        elif order == "dMy":
            d, mo, y = int(groups[0]), month_number(groups[1]), int(groups[2])
        else:
            mo, d, y = month_number(groups[0]), int(groups[1]), int(groups[2])
        if not mo or not 1900 <= y <= 2100:
            return None
        return date(y, mo, d).isoformat()
    except (ValueError, TypeError):
        return None


def line_with(lines: list[Line], needle: str) -> Line | None:
    n = re.sub(r"\s", "", needle)
    for line in lines:
        if n and n in re.sub(r"\s", "", line.text):
            return line
    return lines[0] if lines else None
