"""A form's answers chosen among options: yes/no questions, and questions with options of their
own (sex: M/F). A ticked box beside an option word on the question's line (or the line under it)
gives the answer; without tick boxes, the answer written after the question does. The
questions' wording and the options' words are data (data/questions.yaml)."""
from __future__ import annotations

import functools
import itertools
import re
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from pipeline.labels import QUESTION_WORDS
from pipeline.layout import (
    TickBox,
    beside,
    circled,
    mark_ink,
    option_before,
    option_beside,
    radio_buttons,
    rings,
    struck_through,
    tick_boxes,
)
from pipeline.model import Field
from pipeline.ppocr import ppocr_line
from pipeline.text import is_han, phrase_alternation

from .base import DocView, Line, after_label
from .stated_answers import STATED_CONFIDENCE, asks, named, stated_answer

TICK_CONFIDENCE = 0.85  # a box's ink read against its neighbour's: a stray mark can still mislead


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.safe_load((Path(__file__).parent / "data" / "questions.yaml").read_text(encoding="utf-8"))


def answer_of(text: str, options: dict | None = None):
    """The option a word names: True/False for yes/no, else the option's key (sex: 'M')."""
    word = re.sub(r"[^\w]", "", text).lower()
    return next((value for value, words in _or_yes_no(options).items() if word in words), None)


def _or_yes_no(options: dict | None) -> dict:
    """A question's options, yes and no where it names none."""
    return options if options is not None else {True: _data()["answers"]["yes"], False: _data()["answers"]["no"]}


def boxes_by_page(doc: DocView) -> dict[int, list[TickBox]]:
    """Each page's tick boxes: found once a form and handed to each question."""
    return {id(page): tick_boxes(image) + radio_buttons(image, page.words) + _check_boxes(page)
            for page, image in zip(doc.pages, doc.images)}


def _check_boxes(page) -> list[TickBox]:
    """A fillable PDF's check boxes, ticked or not as the form says: its page shows no ink for them."""
    return [TickBox(ff.bbox, 1.0 if ff.value != "Off" else 0.0) for ff in page.form_fields if ff.choice]


def _options_bottom(lines: list[Line], at: int, options: dict | None) -> float:
    """Where a question's options end: the lines after it that name an option (one under the
    other: '[ ] Yes' / '[X] No'), past the question's own wrapped lines."""
    line = lines[at]
    bottom = line.bbox[3] + 3 * (line.bbox[3] - line.bbox[1])
    seen = False
    for k, nxt in enumerate(lines[at + 1:at + 1 + OPTION_LINES]):
        if nxt.page is not line.page:
            break
        names = any(answer_of(w.text, options) is not None for w in nxt.words)
        if re.search("[?？]", line.text) and re.search("[?？]", nxt.text) and names:
            return min(bottom, nxt.bbox[1])  # the next question with its own options beside it, not a translation
        if not names and (seen or k >= QUESTION_LINES):
            break
        seen = seen or names
        bottom = max(bottom, nxt.bbox[3])
    return bottom


OPTION_LINES = 5  # a question's wrapped lines and its options one under another
QUESTION_LINES = 2  # lines of a wrapped question after the one its label was found on


def _ticked(line: Line, image, boxes: list[TickBox], options: dict | None, bottom: float):
    """(answer of the one ticked box, or None; how many option boxes there are) beside the
    options from the question's line down to `bottom`."""
    x0, y0, x1, y1 = line.bbox
    h = y1 - y0
    near = [b for b in boxes if y0 - h / 2 <= (b.bbox[1] + b.bbox[3]) / 2 <= bottom]
    for box in sorted(boxes, key=lambda b: b.bbox[1]):
        if box not in near and any(_stacked_under(box, above) for above in near):
            near.append(box)  # options one under another whose words the page's reading lost
    marked = _options_before(near, line.page.words, options) or [
        (box, answer) for box in near if (answer := _option(box, line.page.words, image, options)) is not None]
    chosen = {answer for box, answer in marked if box.ticked}
    if len(marked) == 1 and options is None:  # one box for yes or for no ('Tick if ...'): left empty, the other
        box, answer = marked[0]
        return (answer if box.ticked else not answer), 1
    return (chosen.pop() if len(chosen) == 1 and len(marked) >= 2 else None), len(marked)


def _stacked_under(box: TickBox, above: TickBox) -> bool:
    side = above.bbox[2] - above.bbox[0]
    return abs(box.bbox[0] - above.bbox[0]) < side / 2 and 0 <= box.bbox[1] - above.bbox[3] < 2 * side


def _options_before(boxes: list[TickBox], words, options: dict | None) -> list[tuple[TickBox, object]]:
    """(box, answer) for each box, each read from the option just before it ('Yes ☐  No ☒'), where every box has one
    and the words right of them do not all name options (the boxes are not set before their options); else none."""
    boxes = [b for k, b in enumerate(boxes) if not any(_same_box(b, o) for o in boxes[:k])]
    before = [(box, _near_answer(w.text, options) if (w := option_before(box, words)) else None) for box in boxes]
    after = [answer_of(w.text, options) if (w := option_beside(box, words)) else None for box in boxes]
    if len(boxes) < 2 or any(a is None for _, a in before) or len({a for _, a in before}) < len(boxes) \
            or all(a is not None for a in after):
        return []
    return before


def _same_box(a: TickBox, b: TickBox) -> bool:
    """One square found twice (its outline and the mark inside it)."""
    return abs(a.bbox[0] - b.bbox[0]) < (a.bbox[2] - a.bbox[0]) / 2 and abs(a.bbox[1] - b.bbox[1]) < (a.bbox[3] - a.bbox[1]) / 2


def _near_answer(text: str, options: dict | None):
    """The option a word names, or the one option word it is a letter away from ('Ys' for 'Yes'), two letters at least."""
    answer = answer_of(text, options)
    word = re.sub(r"[^\w]", "", text).lower()
    if answer is not None or len(word) < 2:
        return answer
    near = {value for value, names in _or_yes_no(options).items() for name in names if len(name) >= 3 and fuzz.ratio(word, name) >= NEAR_OPTION}
    return near.pop() if len(near) == 1 else None


NEAR_OPTION = 80  # rapidfuzz ratio: 'Ys' to 'yes'


def _option(box: TickBox, words, image, options: dict | None):
    """The option a box stands for: the word beside it, less the box's own mark when the reader
    took the box for letters ('XIF', 'OF', a filled square '■' as 'MHI'); else the strip beside
    the box read alone."""
    word = option_beside(box, words)
    if word is not None:
        over_box = word.bbox[0] < box.bbox[2]
        for text in [word.text] + ([word.text[k:] for k in range(1, 4)] if over_box else []):
            answer = answer_of(text, options)
            if answer is not None:
                return answer
    text = ppocr_line(beside(image, box))[0]
    return next((a for t in [text, *text.split(), text[:1]] if (a := answer_of(t, options)) is not None), None)


def _circled(lines: list[Line], at: int, image, options: dict | None):
    """The one option circled by a pen among those printed on the question's line or the two
    after it."""
    near = [w for ln in lines[at:at + 3] if ln.page is lines[at].page for w in ln.words]
    # '是否' read as two words asks the question; it offers no options (a lone Han glyph spans its own box)
    asked = {id(w) for a, b in zip(near, near[1:]) if a.text + b.text in QUESTION_WORDS for w in (a, b)}
    asked |= _inside_a_sentence(lines[at:at + 3])  # '…是否持有…': 有 is a word of the question, no option
    offered = [(circled(image, w.bbox), a) for w in near if id(w) not in asked and (a := answer_of(w.text, options)) is not None]
    chosen = {a for ring, a in offered if ring}
    return chosen.pop() if len(offered) >= 2 and len(chosen) == 1 else None


def _inside_a_sentence(lines: list[Line]) -> set[int]:
    """The Han characters set close between others of a run of Han print: words of a sentence, not
    options printed apart to be circled ('是  否', '有  無')."""
    out: set[int] = set()
    for line in lines:
        for a, w, b in zip([None, *line.words], line.words, [*line.words[1:], None]):
            gap = 0.6 * (w.bbox[3] - w.bbox[1])
            close = [n for n in (a, b) if n is not None and is_han(n.text[-1:] or " ") and min(abs(n.bbox[0] - w.bbox[2]), abs(w.bbox[0] - n.bbox[2])) < gap]
            if len(w.text) == 1 and is_han(w.text) and len(close) == 2:
                out.add(id(w))
    return out


def _ringed(lines: list[Line], at: int, image, options: dict | None) -> tuple | None:
    """(the option, or None) read inside the one pen ring on the question's line or the two after
    it, where the ring took its word out of the page's reading; None where no ring stands among
    the options."""
    line = lines[at]
    h = line.bbox[3] - line.bbox[1]
    bottom = max([ln.bbox[3] for ln in lines[at:at + 3] if ln.page is line.page] + [line.bbox[3]]) + 2 * h
    found = rings(image, (0, line.bbox[1] - h, image.width, min(image.height, bottom)), h)
    if len(found) != 1:
        return None
    x0, y0, x1, y1 = found[0]
    text = ppocr_line(image.crop((x0 + (y1 - y0) // 6, y0 + (y1 - y0) // 6, x1 - (y1 - y0) // 6, y1 - (y1 - y0) // 6)))[0]
    answer = next((a for t in [text, *text.split()] if (a := answer_of(t, options)) is not None), None)
    offered = [w for ln in lines[at:at + 3] if ln.page is line.page for w in ln.words
               if w.bbox[1] < y1 and w.bbox[3] > y0 and answer_of(w.text, options) is not None]
    return (answer,) if answer is not None or offered else None  # a ring among the options, unread


MARKED = 0.006  # share of a row's cell a pen's tick covers at the least (a small tick in a tall row)
ROW_LINES = 4  # a table's row reaches this many line heights under its question's first line


def _in_columns(lines: list[Line], at: int, image, options: dict | None):
    """The option whose column holds the one mark on the question's row: a table of questions
    with its options as column headings ('Yes', 'No') and a tick in a cell, no box to tick."""
    line = lines[at]
    h = line.bbox[3] - line.bbox[1]
    for head in reversed(lines[max(0, at - 2):at]):
        heads = [(w, a) for i, w in enumerate(head.words) if head.page is line.page and (a := answer_of(w.text, options)) is not None
                 and _stands_apart(head.words, i, h)]
        if len(heads) < 2:
            continue
        marks = []
        middles = [(w.bbox[0] + w.bbox[2]) / 2 for w, _ in heads]
        for (w, answer), middle in zip(heads, middles):
            # a column is as wide as its heading's cell: three line heights, less than halfway to the next heading
            half = min(max(w.bbox[2] - w.bbox[0], 3 * h) / 2, min(abs(middle - m) for m in middles if m != middle) / 2)
            top = max(line.bbox[1] - h / 2, w.bbox[3] + 2)  # under the heading's own ink
            # down to the next words in the column (the next table's headings), not the mark read as
            # letters ('JV', taller than print)
            under = [x.bbox[1] for ln in lines[at + 1:at + 4] if ln.page is line.page for x in ln.words
                     if x.bbox[0] < middle + half and x.bbox[2] > middle - half and len(re.sub(r"\W", "", x.text)) >= 2
                     and x.bbox[3] - x.bbox[1] <= 1.5 * h]
            bottom = min([line.bbox[1] + ROW_LINES * h, *(y - 2 for y in under)])
            marks.append((mark_ink(image, (middle - half, top, middle + half, bottom)), answer))
        marks.sort(key=lambda m: -m[0])
        return marks[0][1] if marks[0][0] >= MARKED and marks[1][0] < marks[0][0] / 3 else None
    return None


def _stands_apart(words: list, i: int, h: float) -> bool:
    """A column's heading stands in its cell alone, not as a character of a label ('有' of '持有香港學位')."""
    before = i == 0 or words[i].bbox[0] - words[i - 1].bbox[2] > h / 2
    after = i == len(words) - 1 or words[i + 1].bbox[0] - words[i].bbox[2] > h / 2
    return before and after


def _typed_mark(lines: list[Line], at: int, options: dict | None):
    """The one option marked by a typed mark before its word ('[X] No', '☒ Yes'), where another
    option stands after an empty one ('[ ] Yes'), or by a check mark alone before the one word of
    those offered ('Yes  ✔ No'), on the question's line or the two after it."""
    words = [w.text for ln in lines[at:at + 3] if ln.page is lines[at].page for w in ln.words]
    marked, empty, offered, lone = set(), set(), set(), set()
    for i, word in enumerate(words):
        answer = answer_of(word, options)
        if answer is None or i == 0:
            continue
        offered.add(answer)
        mark = next((m for m in (words[i - 1], "".join(words[max(0, i - 2):i]), "".join(words[max(0, i - 3):i]))
                     if TYPED_MARK.fullmatch(m) or TYPED_EMPTY.fullmatch(m)), None)
        if mark is not None:
            (marked if TYPED_MARK.fullmatch(mark) else empty).add(answer)
        elif LONE_MARK.fullmatch(words[i - 1]):
            lone.add(answer)  # a check mark alone before the word ('✔ No', read 'v No'), no box round it
    if len(marked) == 1 and (empty - marked or (not empty and not lone and len(offered) >= 2)):
        return marked.pop()
    return lone.pop() if len(lone) == 1 and not marked and len(offered) >= 2 else None


def _left_standing(line: Line, image, options: dict | None):
    """'Yes / No (delete as appropriate)' with the others struck through: the one option left standing (a struck word is
    seldom read as itself: '“¥es-/')."""
    struck = {id(w) for w in line.words if any(c.isalnum() for c in w.text.strip("_")) and struck_through(image, w.bbox)}  # (no blank's rule)
    if not struck:
        return None
    standing = {a for w in line.words if (a := answer_of(w.text, options)) is not None and id(w) not in struck}
    return standing.pop() if len(standing) == 1 else None


TYPED_MARK = re.compile(r"[\[(（]\s*[xX✓✔√vV]\s*[\])）]|[☒☑✓✔■]")
LONE_MARK = re.compile(r"[vVxX√✓✔✗✘]")
TYPED_EMPTY = re.compile(r"[\[(（]\s*[\])）]|[☐□]|\[\]|\(\)")


def yes_no(doc: DocView, field: str, boxes: dict[int, list[TickBox]] | None = None) -> Field | None:
    question = _data()["questions"][field]
    found = _answer(doc, question["labels"], None, r"(?i)\b(?:yes|no|y|n)\b|是(?!否)|(?<!是)否", boxes, question.get("stated_of"))
    return found if found is not None or "named_by" not in question else named(doc, question)


def choice(doc: DocView, field: str, boxes: dict[int, list[TickBox]] | None = None) -> Field | None:
    spec = _data()["choices"][field]
    words = [w for ws in spec["options"].values() for w in ws]
    pattern = "(?i)" + phrase_alternation(words)
    return _answer(doc, spec["labels"], spec["options"], pattern, boxes)


def _answer(doc: DocView, labels: list[str], options: dict | None, written: str,
            boxes: dict[int, list[TickBox]] | None, stated_of: str | None = None) -> Field | None:
    lines = doc.lines()
    for at, line in enumerate(lines):
        if not asks(line.text, labels) and not (at + 1 < len(lines) and lines[at + 1].page is line.page and stated_of
                                                 and asks(f"{line.text} {lines[at + 1].text}", labels) and not asks(lines[at + 1].text, labels)):
            continue  # (a statement whose words wrap: '… on the Talent' / 'List.')
        boxes = boxes if boxes is not None else boxes_by_page(doc)
        image = next(im for pg, im in zip(doc.pages, doc.images) if pg is line.page)
        bottom = _options_bottom(lines, lines.index(line), options)
        answer, offered = _ticked(line, image, boxes.get(id(line.page), []), options, bottom)
        if answer is not None:
            return doc.field(answer, line, confidence=min(line.conf, TICK_CONFIDENCE))
        if offered >= 2:
            return None  # boxes to tick, none or both ticked: the first option printed is no answer
        circled = _circled(lines, lines.index(line), image, options)
        if circled is None:
            circled = _in_columns(lines, lines.index(line), image, options)
        ringed = _ringed(lines, lines.index(line), image, options) if circled is None else None
        if ringed is not None and ringed[0] is None:
            return None  # a ring round a word no reading made out: the option printed beside it is no answer
        circled = ringed[0] if ringed is not None else circled
        if circled is None:
            circled = _typed_mark(lines, lines.index(line), options)
        if circled is not None:
            return doc.field(circled, line, confidence=min(line.conf, TICK_CONFIDENCE))
        struck = _left_standing(line, image, options)
        if struck is not None:
            return doc.field(struck, line, confidence=min(line.conf, TICK_CONFIDENCE))
        stated = stated_answer(lines, lines.index(line), stated_of, labels, _data()["statements"]) if stated_of else None
        if stated is not None:
            return doc.field(stated, line, confidence=min(line.conf, STATED_CONFIDENCE))
    # an option in a list of them ('(Yes/No)', 'Sex (M/F)') is what the form offers, not the answer
    offered_not = written.removeprefix("(?i)")
    written_rx = rf"(?i)(?<![/／])(?<![/／] )(?:{offered_not})(?!\s?[/／])"
    value, line = after_label(lines, labels, written_rx)
    if value is None:
        value, line = _after_the_question(lines, labels, written_rx)
    if value is None:
        value, line = _before_the_question(lines, labels, written_rx)
    if value is None:
        value, line = _lost_after_the_question(doc, lines, labels, written_rx)
    answer = answer_of(value, options) if value is not None else None
    return None if answer is None else doc.field(answer, line)


def _lost_after_the_question(doc: DocView, lines: list[Line], labels: list[str], written: str):
    """(answer, line) the page's reading lost after a question: a lone 'N' in the next cell is
    often no word to tesseract. The strip right of the question's line, to the page's right
    edge of text, read again by PP-OCR's recogniser."""
    for line in lines:
        if line.page.source != "ocr" or not any(re.search(p, line.text, flags=re.IGNORECASE) for p in labels):
            continue
        image = next(im for pg, im in zip(doc.pages, doc.images) if pg is line.page)
        x0, y0, x1, y1 = line.bbox
        right = max(w.bbox[2] for w in line.page.words)
        pad = (y1 - y0) // 2
        if right - x1 < 2 * (y1 - y0):
            continue
        text, _ = ppocr_line(image.crop((x1 + (y1 - y0), max(0, y0 - pad), right, min(image.height, y1 + pad))))
        hit = re.search(written, text)
        if hit:
            return hit.group(0), line
    return None, None


def _before_the_question(lines: list[Line], labels: list[str], written: str):
    """(answer, line) written before the question it answers, the question in brackets after it
    ('No (post on the Talent List?)'), as a form that sets each value over or before its caption."""
    for line in lines:
        hit = next((m for p in labels if (m := re.search(p, line.text, flags=re.IGNORECASE))), None)
        opened = line.text.rfind("(", 0, hit.start()) if hit else -1
        if opened > 0 and re.fullmatch(written, line.text[:opened].strip(" :：")):
            return line.text[:opened].strip(" :："), line
    return None, None


def _after_the_question(lines: list[Line], labels: list[str], written: str):
    """(answer, line) written after a question that wraps: past its question mark, on the rest of
    that line or the two lines after it."""
    for i, line in enumerate(lines):
        if not any(re.search(p, line.text, flags=re.IGNORECASE) for p in labels):
            continue
        end = next((j for j in range(i, min(i + 1 + QUESTION_LINES, len(lines))) if re.search(r"[?？]", lines[j].text)), None)
        if end is None:
            continue
        rest = re.split(r"[?？]", lines[end].text, maxsplit=1)[1]
        # the answer may stand a line further down, under a control beside the question ('Edit'); not past the next question
        after = list(itertools.takewhile(lambda ln: not re.search(r"[?？]", ln.text), lines[end + 1:end + 3]))
        for text, at in ((rest, lines[end]), *((ln.text, ln) for ln in after)):
            hit = re.search(written, text)
            if hit:
                return hit.group(0), at
    return None, None

