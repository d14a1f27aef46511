"""Label-value pairs found by where the words sit, whatever the sentence: a label (any of its
variants, matched loosely so that a misread label still counts) and the words that can be its
value: right of it on its line, or under it in its column. Each is a candidate with a placement
score; the caller parses candidates by the field's value type and keeps the best. Lines are lists of words (pipeline.model.group_lines); every candidate keeps its words, so its
evidence is boxed to the word (to the character's share of a word where a label and its value
were read as one word, 'Surname:CHEN')."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .labels import COLUMN_GAP, ENUMERATOR, SEPARATORS, Label, line_height
from .model import BBox, Word, union
from .sentence_blanks import QUESTION_NUMBER, answer_after, before_bracket, bracket_of, figure_before, in_remark, sentence_goes_on
from .text import CLOSING, is_han, join_words
from .word_runs import a_label_at, cell_count, cell_start, label_words_after, line_gap, rest_of, section_name, segments

# How much a placement says of a candidate: the text after a label on its line is most often its value; under it, a
# form's value on the next line or in a box below. Over it, a caption's value: a rule or a value with its caption close under.
# Before it, in a sentence, a typed value the label names after it ('HK$4,500,000 in share capital').
PLACEMENT = {"right": 1.0, "bracketed": 0.95, "answer": 0.95, "total": 0.9, "below": 0.85, "goes_on": 0.8, "above": 0.8, "before": 0.7}
# A table's total row, and how many rows down a column's heading it may stand (a row a month and more)
TOTAL_ROW = re.compile(r"total|合计|合計|总计|總計|小计|小計", re.IGNORECASE)
TOTAL_REACH, SUMMED_ROWS = 40, 3
ITEM_NUMBER = re.compile(r"\(?[0-9a-z]{1,3}[.)]|\d+\.\d+")  # a list's item ('1.', '(a)', '2.3'), no figure
HEADING_REACH = 3.5  # line heights between a column's heading and the value in the cell under it
LINE_GAP_SLACK = 1.25  # a value under its label may sit this much further than the page's usual line gap
MAX_WRAPPED = 2  # lines a value right of its label may wrap onto (an address's)
LATER_RUN = 0.9
WRAP_CLOSER, WRAP_LEADING = 0.8, 1.5  # a value's wrapped line sits closer under it than the value under its label (or within a leading)


@dataclass(frozen=True)
class Candidate:
    words: tuple[Word, ...]
    placement: str
    score: float  # the label's score times the placement's
    label: Label

    @property
    def text(self) -> str:
        # a value's own last point stays ('Co., Ltd.'); its parser drops one that is punctuation
        raw = join_words(list(self.words))
        # '[ VALUE ]'; a '!' before it is a colon misread ('Post! Yield Engineer')
        text = raw.lstrip(SEPARATORS + "（）()[]!").rstrip(SEPARATORS.replace(".", "") + "（）()[]")
        if text.count("(") > text.count(")") and raw.rstrip().endswith(")"):
            text += ")"  # a bracket the value opened closes it: 'Bachelor of Arts (Honours)'
        return text

    @property
    def bbox(self) -> BBox:
        return union([w.bbox for w in self.words])

    @property
    def conf(self) -> float:
        return min(w.conf for w in self.words)


def column_starts(lines: list[list[Word]]) -> list[float]:
    """Where words begin after a column's gap on the page's lines: the left edge of a form's
    value column, one entry per row that has it."""
    out = []
    for words in lines:
        h = line_height(words)
        out += [float(w.bbox[0]) for prev, w in zip(words, words[1:]) if w.bbox[0] - prev.bbox[2] > COLUMN_GAP * h]
    return out


def _sets_apart(lines: list[list[Word]], label: Label) -> bool:
    """A label that starts a row or a cell: it opens its line, a colon follows it, or a gap
    wider than a word's space stands before it ('唐一鸣    性别'). The same words inside a
    sentence ('Position: The Employee is employed as …') end no value."""
    words = lines[label.line]
    gap = words[label.first].bbox[0] - words[label.first - 1].bbox[2] if label.first else 0
    return label.opens or label.colon or gap > line_height(words)


def _answer_below(lines: list[list[Word]], label: Label, stops: list[Label]) -> tuple[Word, ...] | None:
    """The answer on the line under a question that ends the label's line ('2. What is the
    projected turnover in the first year?' over 'HK$ 2,100,000'), as a list of questions is
    answered: not the next question, options to tick, or another row's label."""
    words = lines[label.line]
    if not re.search(r"[?？]$", words[-1].text) or label.line + 1 >= len(lines):
        return None
    if any(i < label.first or i > label.last for i in _starts(label.line, stops)):
        return None  # other labels beside it: a row of headings ('… Post | Salary | On the Talent List?'), not its question
    below = lines[label.line + 1]
    text = " ".join(w.text for w in below)
    # the next question opens with its number ('Q7.', '3.'); a lone '3)' is an answer
    if ((QUESTION_NUMBER.fullmatch(below[0].text.rstrip(".:：")) and len(below) > 1) or re.search(r"[?？]|\b(?:yes|y)\s*/\s*(?:no|n)\b|[☐□]", text, re.IGNORECASE)
            or _starts(label.line + 1, stops) or below[0].bbox[0] < words[0].bbox[0] - line_height(words)):
        return None
    return tuple(below)


def _starts(n: int, stops: list[Label]) -> list[int]:
    """Where on line n other labels begin."""
    return [s.first for s in stops if s.line == n]


def _right_across(lines: list[list[Word]], label: Label, stops: list[Label]) -> list[list[Word]]:
    """The value right of a label whose line holds nothing after it, set level with the label
    but grouped into the line above or below: a two-line label (Chinese over English) with its
    value centred beside the pair."""
    # not past the next label on the label's own line: what stands over it is that label's value
    limit = min((lines[label.line][s].bbox[0] for s in _starts(label.line, stops) if s > label.last), default=float("inf"))
    for n in (label.line - 1, label.line + 1):
        if not 0 <= n < len(lines):
            continue
        words = lines[n]
        first = next((i for i, w in enumerate(words) if label.bbox[2] < w.bbox[0] < limit
                      and w.bbox[1] < label.bbox[3] and w.bbox[3] > label.bbox[1]), None)
        inside = {i for s in stops if s.line == n for i in range(s.first, s.last + 1)}
        # below, only labels may stand before it: a line that starts with other words is the
        # value under a small label, whose box reaches up to the label's ('ROBOTICS SOFTWARE …')
        under = n > label.line and not all(i in inside for i in range(first or 0))
        if first is not None and first not in inside and not under:
            return segments(words[first:], line_height(words), [i - first for i in _starts(n, stops) if i > first])
    return []


def _cell_goes_on(lines: list[list[Word]], n: int, run: list[Word], end: float, height: float) -> list[Word]:
    """A table's cell whose value wraps ('Brightwave Precision Engineering / Limited'): the words
    of the next line in the value's column, where that line holds fewer cells than the row (a
    value's wrapped end, not the next row) and follows at no more than a line's height."""
    if n + 1 >= len(lines) or cell_count(lines[n], height) < 3:
        return []
    below = lines[n + 1]
    if min(w.bbox[1] for w in below) - max(w.bbox[3] for w in lines[n]) > height \
            or 2 * cell_count(below, height) > cell_count(lines[n], height):
        return []
    first = next((i for i, w in enumerate(below) if run[0].bbox[0] - height <= w.bbox[0] < end), None)
    if first is None or (first and below[first].bbox[0] - below[first - 1].bbox[2] <= COLUMN_GAP * height):
        return []  # none in the column, or a sentence running through it (a clause under the table), no cell's end
    return [w for w in segments(below[first:], height, [])[0] if w.bbox[0] < end]


def _column_start(words: list[Word], label: Label, height: float) -> int | None:
    """The first word of a line above or below in the label's column: starting near its left
    edge, or under it when centred or set in. A word reaching in from the left counts only where
    a run begins: else it ends the previous column's value."""
    return next((i for i, w in enumerate(words) if w.bbox[2] > label.bbox[0] - height
                 and w.bbox[0] < max(label.bbox[0] + 2 * height, label.bbox[2] - height)
                 and (w.bbox[0] >= label.bbox[0] - height or i == 0
                      or w.bbox[0] - words[i - 1].bbox[2] > COLUMN_GAP * height)), None)


def _column_end(words: list[Word], label: Label, height: float) -> float:
    """Where the label's column ends: at the next word of its line set apart by more than a
    space (a table's next header: the value under '职务' stops under '入职时间')."""
    after = [w for w in words[label.last + 1:] if w.bbox[0] - label.bbox[2] > height]
    return after[0].bbox[0] - height / 2 if after else float("inf")


def _above(lines: list[list[Word]], label: Label, stops: list[Label]) -> list[Candidate]:
    """A caption's value: the words over a label that has nothing after it, in its column on
    one of the two lines above (a caption beside it on the row may be grouped apart), set closer
    to it than anything under it ('ORCHID BAY LIMITED' over a small 'Name of Business')."""
    height = line_height(lines[label.line])
    for n in range(label.line - 1, max(-1, label.line - 3), -1):
        over = lines[n]
        first = _column_start(over, label, height)
        if first is None:
            continue  # another column's caption, grouped as a line of its own
        gap = label.bbox[1] - max(_ink_bottom(w) for w in over[first:])
        if gap > 2 * height or _under(lines, label, height) < 1.5 * gap or first in _starts(n, stops):
            return []
        runs = segments(over[first:], line_height(over), [i - first for i in _starts(n, stops) if i > first])
        return [Candidate(tuple(runs[0]), "above", label.score * PLACEMENT["above"], label)] if runs else []
    return []


def _ink_bottom(w: Word) -> float:
    """Where a word's print ends below: a Han character is about square, so a box far taller than
    it is wide (as a reading may box it to the line's full height) ends at its centre plus half its width."""
    tall = len(w.text) == 1 and is_han(w.text) and w.bbox[3] - w.bbox[1] > 1.3 * (w.bbox[2] - w.bbox[0])
    return (w.bbox[1] + w.bbox[3] + w.bbox[2] - w.bbox[0]) / 2 if tall else w.bbox[3]


def _big_over(lines: list[list[Word]], label: Label) -> Candidate | None:
    """The figure just over a label that opens its cell (or follows a word or two that qualify it
    there), in the cell's column and in type at least BIG_TYPE times its own: the figure a caption names."""
    if label.line == 0:
        return None
    height = line_height(lines[label.line])
    start = cell_start(lines[label.line], label.first, height)
    if not label.opens and (label.first - start > CAPTION_QUALIFIER or start == label.first):
        return None  # a word of a sentence; a caption's label may follow a word that qualifies it ('year-1 revenue')
    label = replace(label, bbox=union([w.bbox for w in lines[label.line][start:label.last + 1]]))
    over = lines[label.line - 1]
    first = _column_start(over, label, height)
    run = segments(over[first:], line_height(over), [])[0] if first is not None else []
    gap = label.bbox[1] - max(w.bbox[3] for w in run) if run else 0
    # (a tile's caption may stand further below its figure than its own height: within the figure's)
    if not run or not any(c.isdigit() for w in run for c in w.text) or line_height(run) < BIG_TYPE * height \
            or gap > max(BIG_GAP * height, TILE_GAP * line_height(run)) \
            or _under(lines, label, height) < 1.5 * gap:
        return None  # none, or a stacked form's previous value: its own value stands closer under it
    return Candidate(tuple(run), "above", label.score * PLACEMENT["right"], label)


CAPTION_QUALIFIER = 2  # words before a caption's label in its cell ('year-1', "founders'")
PROSE_WORDS = 3  # words in lower case that make a line a sentence's
BIG_TYPE, BIG_GAP = 2.0, 3.0  # a figure in type twice the caption's, at most three caption heights over it
TILE_GAP = 2.0  # or at most two of the figure's heights (a lone digit stands shorter than 'HK$3M' with its sign)


def _under(lines: list[list[Word]], label: Label, height: float) -> float:
    """How far under the label the next words in its column stand."""
    for words in lines[label.line + 1:label.line + 3]:
        if _column_start(words, label, height) is not None:
            return min(w.bbox[1] for w in words) - label.bbox[3]
    return float("inf")


def _wrapped(lines: list[list[Word]], n: int, run: list[Word], stops: list[Label], twins: Sequence[Label] = ()) -> list[Word]:
    """The rest of a value that wraps in its column ('Kowloon Trading' over 'Company Limited'): the next lines' words under the
    value's left edge (its first word's, not its colon's; after a comma, at the line's margin too), where nothing stands left of
    them (a line with a label in the label column is the next row) and no other label begins. `twins`, the field's label in its other
    language: a line it opens (not inside another's longer label, 'Awarded by') may carry the value on beside it ('業務地址' / 'Address')."""
    height, gap, margin = line_height(lines[n]), line_gap(lines), lines[n][0].bbox[0]
    first = next((w for w in run if any(c.isalnum() for c in w.text)), run[0])
    left, bottom, out, last = first.bbox[0], max(w.bbox[3] for w in run), list[Word](), run[-1]
    for m in range(n + 1, min(n + 1 + MAX_WRAPPED, len(lines))):
        words = lines[m]
        twin = next((t for t in twins if t.line == m and t.first == 0 and rest_of(words[t.last], t.cut) is None
                     and not any(s.line == m and s.first == 0 and (s.last, s.cut) > (t.last, t.cut) for s in stops)), None)
        if twin is not None:
            words = words[twin.last + 1:]
            if any(is_han(c) for w in run + words for c in w.text):
                break
        under = bool(words) and (abs(words[0].bbox[0] - left) <= height or (last.text.endswith(",") and abs(words[0].bbox[0] - margin) <= height))
        if (not under or (twin is None and _starts(m, stops))
                or min(w.bbox[1] for w in words) - bottom > max(height, LINE_GAP_SLACK * gap) or CLOSING.match("".join(w.text for w in words))):
            break
        out, bottom, last = out + words, max(w.bbox[3] for w in words), words[-1]
    return out


def values_beside(lines: list[list[Word]], label: Label, stops: list[Label], twins: Sequence[Label] = (),
                  before: bool = False) -> list[Candidate]:
    """The candidates a label has: the rest of its line, and the words under it in its column;
    with `before`, the figure just before a label inside a sentence (figure_before).
    `stops` are other labels found on the page: a value does not run into them; `twins`, the
    field's labels on other lines, beside which a value that wraps may go on (_wrapped)."""
    answer = answer_after(lines, label) or _answer_below(lines, label, stops)
    if answer:  # 'Q5. What is your date of birth?' / 'A: 26 January 1992'
        return [Candidate(answer, "answer", label.score * PLACEMENT["answer"], label)]
    words = lines[label.line]
    bracket = bracket_of(words, label)
    if bracket is not None:  # 'We, ____ (name of employer), …': a blank's caption
        found = before_bracket(words, label, stops, bracket)
        if not found and label.opens:  # '(Surname)' under the line it captions
            return _above(lines, label, stops)
        return [Candidate(found, "bracketed", label.score * PLACEMENT["bracketed"], label)] if found else []
    # a section headed by its party, its name the next row's ('Part A  The employer' / 'Name:  …')
    if not label.opens and label.line + 1 < len(lines) and (named := section_name(words, lines[label.line + 1])):
        return [Candidate(named, "below", label.score * PLACEMENT["below"], label)]
    tile = _big_over(lines, label)
    if tile is not None:  # a figure tile: a big figure over its small caption ('HK$2.4M' over 'Revenue, year 1')
        return [tile]
    listed = list_total(lines, label)
    remark = in_remark(words, label)  # (a remark in brackets on the value before them: no value on the lines below)
    out = [listed] if listed else [c for c in _values_beside(lines, label, stops, twins) if not (remark and c.placement == "below")]
    if any(c.placement == "below" for c in out):  # a column's heading: its total stands over its first cell
        out += [total for total in [total_below(lines, label)] if total]
    # (or a figure's caption, the figure alone before it: 'HK$1.1M  seed capital from the founders')
    captioned = label.opens and 0 < label.first <= 2 and any(any(c.isdigit() for c in w.text) and not ITEM_NUMBER.fullmatch(w.text)
                                                              for w in words[:label.first])
    found = figure_before(words, label, stops) if before and (label.in_prose or captioned) else None
    out += [Candidate(found, "before", label.score * PLACEMENT["before"], label)] if found else []
    going_on = sentence_goes_on(lines, label) if before and label.in_prose else None
    return out + ([Candidate(going_on, "goes_on", label.score * PLACEMENT["goes_on"], label)] if going_on else [])


def _values_beside(lines: list[list[Word]], label: Label, stops: list[Label], twins: Sequence[Label]) -> list[Candidate]:
    words = lines[label.line]
    height = line_height(words)
    stops = [s for s in stops if _sets_apart(lines, s)]
    out = []
    # a label that ends its sentence in running text ('… share / capital. In the first year …') has no value after it
    # (a word's full stop, not an abbreviation's: 'Certificate No. 4417')
    # ('2. Sales. We forecast sales of …' is a numbered heading run into its sentence, which goes on)
    run_in = label.first > 0 and ENUMERATOR.fullmatch(words[label.first - 1].text) is not None
    ends = label.in_prose and not run_in and (re.search(r"[A-Za-z]{4,}\.$|[。;；]$", words[label.last].text) is not None
                                              or (label.last + 1 < len(words) and words[label.last + 1].text[:1] in "。;；"))
    right = [] if ends else words[label.last + 1:]
    rest = rest_of(words[label.last], label.cut)
    # another label ends the value, from its item's number where one stands before it ('… A6 Travel document no.')
    stop_at = [i - label.last - 1 - (i - 1 > label.last and ENUMERATOR.fullmatch(words[i - 1].text) is not None)
               for i in _starts(label.line, stops) if i > label.last]
    if rest:
        right = [rest] + right
        stop_at = [i + 1 for i in stop_at]
    if not label.colon:  # 'Post to be taken up: …': the words before a colon still the label's
        skip = label_words_after(words[label.last], label, right, height, stop_at)
        right, stop_at = right[skip:], [i - skip for i in stop_at if i >= skip]
    # a bracket's or a currency's sign left over from the label ('(HK$)' read as '(HK' '$)') is no value
    runs = [run for run in segments(right, height, stop_at) if any(c.isalnum() for w in run for c in w.text)]
    if len(runs) == 1 and runs[0][-1] is right[-1]:
        runs[0] = runs[0] + (_scale_wrapped(lines, label.line) or _wrapped(lines, label.line, runs[0], stops, twins))
    if not runs:
        runs = _right_across(lines, label, stops)
    for k, run in enumerate(runs):
        out.append(Candidate(tuple(run), "right", label.score * PLACEMENT["right"] * LATER_RUN ** k, label))
    if not runs and label.opens and not label.colon:
        above = _above(lines, label, stops)
        if above:
            return out + above  # a caption under its value: the line under it is the next row's
    # nothing beside the label but what stands a cell away (the next heading of a row of them)
    words_beside = [w for run in runs for w in run if re.search(r"\w", w.text)]
    alone = not words_beside or words_beside[0].bbox[0] - label.bbox[2] > COLUMN_GAP * height
    # the next line, or the one after where the next has nothing in the label's column (a value
    # in the next column sits a little higher on a scan turned a fraction of a degree)
    for n in range(label.line + 1, min(label.line + 3, len(lines))):
        below = lines[n]
        top = min(w.bbox[1] for w in below)
        # OCR boxes hug the ink: on a page set with wide spacing the value under a label is further than two of its heights,
        # but no further than the page's lines usually are.
        # a label with nothing beside it (a column's heading in a ruled table) has its value in the cell under it, further
        # below than a line's spacing (or past a line of the next column's: a turned scan sets two cells' lines apart)
        reach = HEADING_REACH * height if alone else 2 * height
        if top - label.bbox[3] > max(reach, LINE_GAP_SLACK * line_gap(lines)):
            break
        first = _column_start(below, label, height)
        if first is not None:
            stop_at = [i - first for i in _starts(n, stops) if i > first]
            if first not in _starts(n, stops):
                runs = segments(below[first:], height, stop_at)
                end = _column_end(words, label, height)
                runs = [[w for w in runs[0] if w.bbox[0] < end]] if runs else []
                # a word of a sentence heads no column: under a label inside running text, the next line of it is none
                # (the part under the label, or the line it runs on from: 'HK$3.2m, and to' under 'paid-up capital' is a
                # paragraph's; a sidebar's figure a column's gap from the paragraph beside it is not)
                sentence = label.in_prose and runs and (sum(w.text.islower() for w in runs[0]) >= PROSE_WORDS
                                                        or (_runs_on(below, runs[0], height)
                                                            and sum(w.text.islower() for w in below) >= 2 * PROSE_WORDS))
                if runs and runs[0] and not sentence:
                    run = runs[0] + (_cell_goes_on(lines, n, runs[0], end, height)
                                     or _wraps_below(lines, n, runs[0], label, stops))
                    out.append(Candidate(tuple(run), "below", label.score * PLACEMENT["below"], label))
            break
    return out


def _scale_wrapped(lines: list[list[Word]], n: int) -> list[Word]:
    """A sum's scale wrapped onto the next line's start ('…港币 210' / '万元。'): that word."""
    if not lines[n] or not lines[n][-1].text[-1:].isdigit() or n + 1 >= len(lines) or not lines[n + 1]:
        return []
    first = lines[n + 1][0]
    return [first] if re.match(r"(?:万|萬|億|亿|千)|(?:million|m)\b", first.text, re.IGNORECASE) else []


def _runs_on(line: list[Word], run: list[Word], height: float) -> bool:
    """The run goes on from the words before it on its line, a word's gap away, not a column's."""
    before = [w for w in line if w.bbox[2] <= run[0].bbox[0]] if run else []
    return bool(before) and run[0].bbox[0] - before[-1].bbox[2] < COLUMN_GAP * height


def _wraps_below(lines: list[list[Word]], n: int, run: list[Word], label: Label, stops: list[Label]) -> list[Word]:
    """A value under its label that wraps in its cell ('FLAT B, 15/F, … 6 KWAI' over 'FONG CRESCENT'):
    the lines under it at its left edge, set closer to it than it is to its label (a paragraph's
    leading, not the next row of a stacked form; after a comma or set in from its label, a leading's), where the line is no row's label."""
    if run[-1] is not lines[n][-1]:
        return []
    nxt, below_label = (lines[n + 1] if n + 1 < len(lines) else []), min(w.bbox[1] for w in run) - label.bbox[3]
    gap, set_in = ((min(w.bbox[1] for w in nxt) - max(w.bbox[3] for w in run)) if nxt else 0), run[0].bbox[0] - label.bbox[0] > line_height(run)
    if not nxt or a_label_at(nxt, 0) or gap >= (WRAP_LEADING * line_height(run) if run[-1].text.endswith((",", "，")) or set_in else WRAP_CLOSER * below_label):
        return []
    return _wrapped(lines, n, run, stops)


def total_below(lines: list[list[Word]], label: Label) -> Candidate | None:
    """The figure under a column's heading on the row below that opens with 'Total', past a few
    rows it sums (a table of a row a month, the year's sum at its foot)."""
    x0, x1 = label.bbox[0], label.bbox[2]
    for k, row in enumerate(lines[label.line + 1:label.line + TOTAL_REACH]):
        if not row or not TOTAL_ROW.match(row[0].text):
            continue
        if k < SUMMED_ROWS:
            return None
        under = [w for w in row[1:] if w.bbox[0] < x1 and w.bbox[2] > x0]
        figure = len(under) == 1 and re.fullmatch(r"\(?\d[\d,.]*\)?", under[0].text) is not None
        return Candidate(tuple(under), "total", label.score * PLACEMENT["total"], label) if figure else None
    return None


def list_total(lines: list[list[Word]], label: Label) -> Candidate | None:
    """The figure on the 'Total' row that closes a list a label heads ('Sources of start-up capital:' over each
    founder's share, then 'Total  HK$1,000,000'): the label ends its line, and each row before the total ends in a figure."""
    rest = "".join(w.text for w in lines[label.line][label.last + 1:]) + lines[label.line][label.last].text[label.cut:]
    if rest.strip(":： "):
        return None
    for k, row in enumerate(lines[label.line + 1:label.line + 1 + TOTAL_REACH // 4]):
        if row and TOTAL_ROW.match(row[0].text):
            return Candidate(tuple(row[1:]), "total", label.score * PLACEMENT["total"], label) if k >= 2 and row[1:] else None
        if not row or not any(c.isdigit() for c in row[-1].text):
            return None
    return None
