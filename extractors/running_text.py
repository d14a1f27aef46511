"""A document's lines joined into running text, so a pattern can cross the line breaks of a
Chinese paragraph, which wraps anywhere."""
from __future__ import annotations

import itertools
import re
import statistics

import numpy as np

from pipeline.columns import in_reading_order
from pipeline.date_words import DATE_IN_WORDS, ROC_DATE, dates_in_figures
from pipeline.text import HAN, after_a_heading, in_both_scripts, is_han, join_words, normalise_spaces
from pipeline.type_size import apart, body_size, line_sizes

from .base import DATE_RX, HAN_DAY_END, Line, parse_date

STRAY_GAP = 3  # character heights; prose has no such gap between characters
PARAGRAPH_GAP = 2.0  # times the page's usual space between lines: a paragraph's space, not a line's
HALF_WIDE_MAX = 8  # half-wide characters a Chinese line's shortfall is forgiven for
STRAY_WORDS = 4  # characters at most of a caption beside a paragraph that a line may open with
PARAGRAPH_LINE = 60  # characters: a line a paragraph wraps, longer than a diploma's lines of their own
LABEL_OPENING = re.compile(r"\s*[^\s:：][^:：]{0,30}[:：]")  # a line that opens with a label and its colon


def _without_stray_mark(line: Line) -> Line:
    """A wrapped line without the one character read from a picture beside the paragraph (a
    photo's nose read 人 ahead of 学专业, making 会计人学): a single leading character that
    stands several characters' height clear of the rest of the line."""
    words = sorted(line.words, key=lambda w: w.bbox[0])
    if len(words) < 2:
        return line
    height = float(np.median([w.bbox[3] - w.bbox[1] for w in words[1:]]))
    # or a short caption there ('照 片', a photograph's frame left empty)
    cut = next((k for k in range(1, min(len(words), STRAY_WORDS + 1))
                if words[k].bbox[0] - words[k - 1].bbox[2] >= STRAY_GAP * height), None)
    if cut is None or len("".join(w.text.strip() for w in words[:cut])) > STRAY_WORDS or cut == len(words):
        return line
    return Line(normalise_spaces(join_words(words[cut:])), words[cut:], line.page)


def _without_specks(line: Line) -> Line:
    """A line without a lone small Latin letter read between two Han characters: a chop's stroke or a
    speck ('青屿j科技大学'); Chinese print sets no such letter inside a word."""
    w = line.words
    keep = [x for k, x in enumerate(w) if not (0 < k < len(w) - 1 and re.fullmatch(r"[a-z]", x.text)
                                               and is_han(w[k - 1].text[-1:]) and is_han(w[k + 1].text[:1]))]
    return line if len(keep) == len(w) else Line(normalise_spaces(join_words(keep)), keep, line.page)


# an ordinal day read with a letter for a digit before a month's name ('from Sth January 2015'): the digits it stands for
ORDINAL_DAY_MISREAD = re.compile(r"(?<![A-Za-z\d])(?=[\dIlSZB]{1,2}(?:st|nd|rd|th)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
                                 r"([\dIlSZB]{1,2})(?=st|nd|rd|th)")
LOOKALIKE_DIGITS = str.maketrans("IlSZB", "11528")


def _ordinal_days(line: Line) -> Line:
    text = ORDINAL_DAY_MISREAD.sub(lambda m: m.group(1).translate(LOOKALIKE_DIGITS), line.text)
    return line if text == line.text else Line(text, line.words, line.page)


def _speck(line: Line, previous: Line) -> bool:
    """A line that is only a speck of dirt read as punctuation (',' a seventh of the text's
    height), which would stop a wrapped sentence from joining its next line."""
    height = line.bbox[3] - line.bbox[1]
    return not re.search(r"\w", line.text) and height < 0.5 * (previous.bbox[3] - previous.bbox[1])


def in_columns(lines: list[Line]) -> list[Line]:
    """Each page's lines read column by column where the page sets its text in two columns."""
    out: list[Line] = []
    for _, group in itertools.groupby(lines, key=lambda line: id(line.page)):
        group = list(group)
        ordered = in_reading_order([line.words for line in group])
        if len(ordered) == len(group) and all(ws is line.words for ws, line in zip(ordered, group)):
            out += group  # one column: the lines as given (a reader may have read one again)
        else:
            out += [Line(normalise_spaces(join_words(ws)), ws, group[0].page) for ws in ordered]
    return out


def _right_margins(lines: list[Line]) -> dict[int, float]:
    """Each line's right margin: where most of the long lines of its page and column end (a wide
    table or heading does not move it; a page in two columns has a margin each)."""
    long: dict[int, list[Line]] = {}
    for line in lines:
        if len(line.text) >= 15:
            long.setdefault(id(line.page), []).append(line)
    out = {}
    for line in lines:
        ends = [other.bbox[2] for other in long.get(id(line.page), []) if other.bbox[0] < line.bbox[2] and line.bbox[0] < other.bbox[2]]
        out[id(line)] = float(statistics.median(ends)) if ends else 0.0
    return out


def _wraps(line: Line, right: dict[int, float]) -> bool:
    """Whether a line may run on into the next: it reaches the margin (one that stops short by
    more than two characters ends its paragraph: an addressee over the writer's name), and it is
    no table row (cells a character and a half apart or more: its last cell does not run on). In
    Chinese, a digit or a Latin letter is half a character wide: a full line that holds some ends
    short by half a character each ('…2002年3月9日生。在本校软件')."""
    height = line.bbox[3] - line.bbox[1]
    gaps = [b.bbox[0] - a.bbox[2] for a, b in zip(line.words, line.words[1:])]
    # only in a line of Chinese text ('编号：106131202305004567' is a number's line, which ends where it ends)
    ascii_count, han_count = sum(c.isascii() and c.isalnum() for c in line.text), len(re.findall(HAN, line.text))
    half_wide = min(HALF_WIDE_MAX, ascii_count) if han_count >= 2 * ascii_count else 0
    return line.bbox[2] >= right.get(id(line), 0) - (2.5 + 0.5 * half_wide) * height and max(gaps, default=0) < 1.5 * height


def type_sizes(lines: list[Line]) -> dict[int, float]:
    """Each line's type size (pipeline.type_size), by the line's id."""
    return dict(zip((id(line) for line in lines), line_sizes([line.words for line in lines], [line.page for line in lines])))


class RunningText:
    """All lines joined so a pattern can cross a line break (paragraphs wrap anywhere in
    Chinese), with each character's line kept for the evidence box."""

    def __init__(self, lines: list[Line]):
        lines = in_columns(lines)
        self.lines = lines
        parts, owners, previous = [], [], None
        self.breaks: list[int] = []  # where a line starts that does not continue the one before
        self.type_changes: set[int] = set()  # the breaks where a line is set apart: its type's size changes, or a paragraph opens
        self.line_starts: set[int] = set()  # where each printed line starts, a wrapped one too
        changes: list[tuple[int, Line, Line]] = []
        right = _right_margins(lines)
        usual = _usual_gap(lines)
        for line in (_ordinal_days(_without_specks(ln)) for ln in lines):
            if parts and _speck(line, previous):
                continue
            previous = line
            sep = ""
            if parts:
                prev = parts[-1][-1:]
                # Only a full line wraps; a short one (a title) ends its own sentence. (A Chinese comma
                # opening the next line may read as a Latin one: '…入职' / ',任…'.)
                joinable = prev and len(parts[-1]) >= 15 and (ord(prev) > 0x2E80 or prev in ",，") \
                    and line.text[:1] and (ord(line.text[0]) > 0x2E80 or line.text[0] in ",;:") and _wraps(owners[-1], right)
                # a date's day wrapped onto the next line (2026年9月2 / 2日), or its year or month
                # in a full line (由20 / 27年7月1日起)
                joinable = joinable or (prev.isdigit() and len(parts[-1]) >= 15 and re.match(r"\d{1,2}\s*日", line.text)) \
                    or (prev.isdigit() and len(parts[-1]) >= 15 and re.match(r"\d*\s*[年月日]", line.text) and _wraps(owners[-1], right)) \
                    or (prev.isdigit() and line.text[:1].isdigit() and len(parts[-1]) >= 15 and _wraps(owners[-1], right)
                        and re.search(HAN, parts[-1]) is not None)  # a number wrapped in Chinese running text
                # never across a paragraph's space (a particulars row over the paragraph under it)
                joinable = joinable and not _paragraph_apart(owners[-1], line, usual)
                sep = "" if joinable else " "
                if joinable:
                    line = _without_stray_mark(line)
            if sep or not parts:
                self.breaks.append(len(owners) + len(sep))
                if parts:
                    changes.append((self.breaks[-1], owners[-1], line))
            self.line_starts.add(len(owners) + len(sep))
            parts.append(sep + line.text)
            owners.extend([line] * len(sep + line.text))
        self.text = "".join(parts)
        self.owners = owners
        # only where one of the two lines is set apart from the running text (a display line, or small
        # print): two lines of the body differ by the noise of their words' boxes, not by their type
        read = list({id(line): line for line in owners}.values())  # the lines as joined (a stray mark taken off some)
        size = type_sizes(read)
        body = body_size(list(size.values()), [len(line.text) for line in read])
        self.type_changes = {at for at, a, b in changes if apart(size[id(a)], size[id(b)])
                             and (apart(size[id(a)], body) or apart(size[id(b)], body))}
        # and where a paragraph's space opens: a title line ('Re: Appointment as …') runs on into no paragraph
        usual = _usual_gap(read)
        self.type_changes |= {at for at, a, b in changes if _paragraph_apart(a, b, usual)}
        # a break inside a paragraph of Latin print: a full line of a paragraph's length over one flush under it, no paragraph's
        # space between, the line under it no row of its own ('Date of Conferment: …'); not a diploma's short lines
        margins = _right_margins(read)
        self.wrapped_breaks = {at for at, a, b in changes if at not in self.type_changes and len(a.text) >= PARAGRAPH_LINE and _wraps(a, margins)
                               and abs(a.bbox[0] - b.bbox[0]) <= a.bbox[3] - a.bbox[1] and not LABEL_OPENING.match(b.text)}
        self._dates_in_figures()

    def _dates_in_figures(self) -> None:
        """Dates in words written in figures (pipeline.date_words), and dates in the Republic of China's years in the
        Common Era's (民國一百零五年八月一日 as 2016年8月1日: a stay's words read them as any other date), each character of the
        figures owned by the line the words start on; the breaks inside the words dropped."""
        for m in reversed(list(re.finditer(f"{DATE_IN_WORDS.pattern}|{ROC_DATE}", self.text, re.IGNORECASE))):
            written = dates_in_figures(m.group(0)) if not re.match(ROC_DATE, m.group(0)) else _common_era(m.group(0))
            if written == m.group(0):
                continue
            start, end, shift = m.start(), m.end(), len(written) - (m.end() - m.start())
            self.text = self.text[:start] + written + self.text[end:]
            self.owners[start:end] = [self.owners[start]] * len(written)
            self.breaks = [b if b <= start else b + shift for b in self.breaks if not start < b < end]
            self.line_starts = {b if b <= start else b + shift for b in self.line_starts if not start < b < end}
            self.type_changes = {b if b <= start else b + shift for b in self.type_changes if not start < b < end}

    def search(self, pattern: str, flags=re.IGNORECASE):
        m = re.search(in_both_scripts(pattern), self.text, flags)
        if not m:
            return None, None
        return m, self.owners[min(_first_group(m)[0], len(self.owners) - 1)]

    def on_its_line(self, m: re.Match, printed: bool = False) -> str:
        """The match's first group that matched, cut where its printed line ends: a name does
        not run on into the next line ('Mr. LU Haochen' over 'We confirm …'); with `printed`, not
        into a line the text runs on to either ('主修心理學' over a date in Han numerals, 二〇二二年…)."""
        start, end = _first_group(m)
        end = min([b for b in (self.line_starts if printed else self.breaks) if start < b < end] + [end])
        return self.text[start:end]

    def in_its_paragraph(self, m: re.Match) -> str:
        """The match's first group that matched, cut where its line ends short or a paragraph ends, not where a full line
        of a paragraph wraps ('… the degree of Doctor of Philosophy in Chemical' / 'Engineering for the thesis …')."""
        start, end = _first_group(m)
        end = min([b for b in self.breaks if start < b < end and b not in self.wrapped_breaks] + [end])
        return self.text[start:end]

    def after_a_heading(self, m: re.Match) -> str:
        """The match's first group that matched, without a heading over it (pipeline.text)."""
        start, end = _first_group(m)
        return self.text[after_a_heading(self.text, self.breaks, start, end):end]

    def findall_dates(self) -> list[tuple[str, Line]]:
        out = []
        for m in re.finditer("|".join((ROC_DATE, DATE_RX, INKED_CHINESE_DATE, NUMERAL_DATE, DOT_LOST_DATE)), self.text):
            iso = parse_date(re.sub(DOT_LOST_DATE, r"\1.\2.\3", m.group(0)))
            if iso:
                out.append((iso, self.owners[m.start()]))
        return out


# A Chinese date whose year was read through ink (20z6, 201.5, 2()26): parse_date mends the year.
def _common_era(date: str) -> str:
    iso = parse_date(date)
    return f"{int(iso[:4])}年{int(iso[5:7])}月{int(iso[8:10])}日" if iso else date


INKED_CHINESE_DATE = r"(?:[12][\dOoDIlZzSB.,·']{3,4}|[12]\d{0,2}[(（][)）]\d{0,2}|(?<!\d)0\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"  # or its 2 lost (026年)
# A date printed 2019.06.25 whose second dot the scan lost (2019.0625): month and day must hold.
DOT_LOST_DATE = r"(?<![\d.])((?:19|20)\d\d)\.(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d.])"
# A date in Chinese numerals, as certificates print it (二〇一八年六月三十日).
# Its characters may stand a space apart (letter-spaced print, or read a character a word).
# (a day's character read twice under a chop, 二十八八日: base.cn_numerals_in_dates reads it once; its 日 hidden
# at the line's end: the day ends there)
# (a year whose 〇 the scan lost, 二一九年, base.cn_numerals_in_dates reads as 2019)
NUMERAL_DATE = r"(?:[〇零○一二三四五六七八九](?:\s?[〇零○一二三四五六七八九(（]){3}|(?<![〇零○一二三四五六七八九])二\s?[一二三四五六七八九]\s?[〇零○一二三四五六七八九])\s*年\s*[一二三四五六七八九十](?:\s?[一二三四五六七八九十]){0,2}\s*月\s*[一二三四五六七八九十廿卅](?:\s?[一二三四五六七八九十]){0,3}" + HAN_DAY_END


def _first_group(m: re.Match) -> tuple[int, int]:
    """Where the match's first group that matched lies (the whole match where none did)."""
    group = next((i for i in range(1, (m.lastindex or 0) + 1) if m.group(i)), 0)
    return m.span(group)


def _paragraph_apart(a: Line, b: Line, usual: float) -> bool:
    """Whether line b opens a paragraph under line a: a paragraph's space between them on one page."""
    return a.page is b.page and bool(usual) and b.bbox[1] - a.bbox[3] > PARAGRAPH_GAP * usual


def _usual_gap(lines: list[Line]) -> float:
    """The space between the lines of a paragraph: the lower quartile of the spaces between a line
    and the next on the same page (a letter's lines apart, its date, its addressee, its title, widen
    the median), 0 where there is none."""
    gaps = sorted(b.bbox[1] - a.bbox[3] for a, b in zip(lines, lines[1:]) if a.page is b.page and b.bbox[1] > a.bbox[3])
    return float(gaps[len(gaps) // 4]) if gaps else 0.0
