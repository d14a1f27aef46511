"""Values a form's sentences hold where a blank is filled in: a question's answer after its cue
('A: 26 January 1992'), the words on a blank before its bracketed label ('We, ____ (name of
employer),'), a figure just before the label that names it ('HK$4,500,000 in share capital'),
and a figure where the sentence goes on onto the next line. Lines and labels as in pipeline.pairs."""
from __future__ import annotations

import re

from .amounts import EN_AMOUNT
from .labels import Label, line_height
from .model import Word
from .text import is_han

ANSWER_CUE = re.compile(r"(?:a|ans|answer|答)\s*[:：.]?", re.IGNORECASE)  # opens an answer's line
QUESTION_NUMBER = re.compile(r"(?:q|question)\s*(?:\d{1,2}\b|[:：])|[问問]\s*[:：]|[(（]?\d{1,2}[.)）]", re.IGNORECASE)  # 'Q3', 'Q:'
BRACKETED_WORDS = 8  # at most, a value written on the blank before its bracketed label
BEFORE_GAP = 2  # words between a value and the label after it ('in', 'of'; '元' then '的')
AS_GAP = 3  # and more before an 'as' that names what the figure is


def answer_after(lines: list[list[Word]], label: Label) -> tuple[Word, ...] | None:
    """A question's answer, on one of the two lines after the label's, after its cue ('A:'), where
    the words from the label to there ask a question (a '?')."""
    if lines[label.line] and ANSWER_CUE.fullmatch(lines[label.line][0].text):
        return None  # the label is in an answer ('A: HK$600,000 of paid-up capital'), not a question
    on_line = _answered_on_line(lines[label.line], label)
    if on_line:
        return on_line
    for n in range(label.line + 1, min(label.line + 3, len(lines))):
        words = lines[n]
        if not words or QUESTION_NUMBER.fullmatch(words[0].text):
            return None  # the next question
        if ANSWER_CUE.fullmatch(words[0].text):
            asked = " ".join(w.text for ln in lines[label.line:n] for w in ln[label.first if ln is lines[label.line] else 0:])
            rest = [w for w in words[1:] if w.text not in (":", "：")]
            return tuple(rest) if rest and re.search(r"[?？]", asked) else None
    return None


def _answered_on_line(words: list[Word], label: Label) -> tuple[Word, ...] | None:
    """The answer after its cue on the question's own line ('Q3. How much capital has been paid up?  A. HK$650,000')."""
    asked = next((k for k in range(label.last, len(words) - 2) if re.search(r"[?？]$", words[k].text)), None)
    if asked is None or not ANSWER_CUE.fullmatch(words[asked + 1].text):
        return None
    rest = [w for w in words[asked + 2:] if w.text not in (":", "：")]
    return tuple(rest) or None


def bracket_of(words: list[Word], label: Label) -> int | None:
    """The word where the bracket opens that a label is set in, where it closes at the label's end
    ('(name of employer)'; not '（一）生效日期：…', a numbered clause). The bracket may be a word of its own."""
    if label.first and words[label.first - 1].text in ("(", "（"):
        opened: int | None = label.first - 1
    else:
        opened = label.first if words[label.first].text.startswith(("(", "（")) else None
    after = words[label.last + 1].text if label.last + 1 < len(words) else ""
    closed = re.search(r"[)）]\W?$", words[label.last].text) is not None or after.startswith((")", "）"))
    return opened if closed else None


def in_remark(words: list[Word], label: Label) -> bool:
    """A label inside a bracket left open before it, in a sentence: a remark on the value before
    the bracket ('Capital: HK$ 1.2 mn (paid in by the two directors)'), no row of its own."""
    # (the label's word opening the bracket: '(paid in'; not an item's number, '（一）生效日期')
    opening = re.match(r"[(（](?![\w一二三四五六七八九十]{1,3}[)）])", words[label.first].text)
    said = "".join(w.text for w in words[:label.first]) + (opening.group(0) if opening else "")
    return not label.opens and said.count("(") + said.count("（") > said.count(")") + said.count("）")


def before_bracket(words: list[Word], label: Label, stops: list[Label], bracket: int) -> tuple[Word, ...] | None:
    """The words between the clause's start (a comma, another label, the line's start) and a
    label in brackets after them: what was written on the blank the label names. In a Chinese
    sentence the blank begins where the script changes or a gap opens ('本公司 ____（僱主名稱）')."""
    start = max([s.last + 1 for s in stops if s.line == label.line and s.last < label.first] + [0])
    height = line_height(words)
    run: list[Word] = []
    for k in range(bracket - 1, max(start, bracket - 1 - BRACKETED_WORDS) - 1, -1):
        if re.search(r"[，。；;,:：]$", words[k].text):
            break
        if k == 0 and run and re.fullmatch(r"[A-Z][a-z]{3,}\.", words[k].text):
            break  # a clause's heading opening the line ('Parties. Northgate Limited (the Employer)')
        if run and (is_han(words[k].text[-1:]) != is_han(run[0].text[:1])
                    or (is_han(run[0].text[:1]) and run[0].bbox[0] - words[k].bbox[2] > 0.8 * height)):
            break
        run.insert(0, words[k])
    return tuple(run) if any(c.isalnum() for w in run for c in w.text) else None


def sentence_goes_on(lines: list[list[Word]], label: Label) -> tuple[Word, ...] | None:
    """A label that ends its line inside a sentence ('… at a monthly salary / of HK$ 52,000'), or
    that a word or two with no figure follow to the line's end ('injected capital of RMB /
    1,500,000'): those words and the next line's opening words, past a word or two that join
    them ('of'), to the clause's end."""
    if label.line + 1 >= len(lines) or re.search(r"[A-Za-z]{4,}\.$|[。;；]$", lines[label.line][label.last].text):
        return None  # (the label ends its sentence: '… all paid up.')
    tail = lines[label.line][label.last + 1:]
    short = len(tail) <= BEFORE_GAP or (all(is_han(c) for w in tail for c in w.text) and len("".join(w.text for w in tail)) <= HAN_BEFORE_GAP)
    if not short or any(c.isdigit() or c in "，。；;.:：" for w in tail for c in w.text):
        return None
    below = lines[label.line + 1]
    in_words = IN_WORDS.match(" ".join(w.text for w in tail + below))
    if in_words:  # '… bring sales of three' / 'million two hundred thousand Hong Kong dollars in …'
        return tuple(tail + below)[:len(in_words.group(0).split())]
    # past the period the figure is for ('… forecast revenue / in the first year of HK$…')
    period = FIRST_PERIOD.match(" ".join(w.text for w in below))
    opening = len(period.group(0).split()) if period else 0
    # and the verb that tells the figure to come ('… is projected to reach HK$1.8 million')
    verb = EXPECTED.match(" ".join(w.text for w in below[opening:]))
    opening += len(verb.group(0).split()) if verb else 0
    skip = next((opening + k for k, w in enumerate(below[opening:opening + BEFORE_GAP + 1]) if not re.fullmatch(r"[a-z]+", w.text)), None)
    if skip is None:
        return None
    run = []
    for w in below[skip:]:
        run.append(w)
        if (re.search(r"[，。；;,:：]$", w.text) and not re.search(r"\d[.,]$", w.text)) or re.search(r"[A-Za-z]{4,}\.$", w.text):
            break  # the clause's end, or its sentence's ('capital.')
    figure = any(c.isdigit() for w in run for c in w.text) or HAN_SUM.search("".join(w.text for w in run))
    return tuple(tail + run) if figure else None


FIRST_PERIOD = re.compile(r"(?:in|for|during|over)\s+(?:(?:the|its|our)\s+)?(?:first|1st|opening)\s+(?:full\s+)?(?:year|twelve\s+months|12\s+months)"
                          r"(?:\s+of\s+(?:operation|operations|trading|business))?|(?:in|for|during)\s+year\s+(?:one|1)\b", re.IGNORECASE)
EXPECTED = re.compile(r"(?:(?:is|are|will|should|would|may)\s+)?(?:(?:be\s+)?(?:projected|expected|forecast|estimated|budgeted|anticipated)\s+)?"
                      r"(?:to\s+)?(?:reach|total|exceed|come\s+to|amount\s+to|be)\s+(?=\S*\d|HK\$|HKD)", re.IGNORECASE)
HAN_BEFORE_GAP = 4  # characters between a label and its value in a Chinese sentence ('為港幣')
HAN_SUM = re.compile(r"[一二三四五六七八九十百千萬万億亿兩两壹貳贰叁參肆伍陸陆柒捌玖拾佰仟]+\s*(?:萬|万|億|亿)?\s*(?:元|圓|圆)")


def figure_before(words: list[Word], label: Label, stops: list[Label]) -> tuple[Word, ...] | None:
    """The words of a figure that ends at most BEFORE_GAP words before the label, in the same
    clause (no stop label or clause mark between): its word with digits and the one before it
    (a currency: 'HK$' '4,500,000', '港幣' '4,500,000')."""
    start = max([s.last + 1 for s in stops if s.line == label.line and s.last < label.first] + [0])
    # ('HK$1,000,000 from shareholders as paid-up capital': what the figure is, said with 'as', may be further from it)
    gap = BEFORE_GAP + AS_GAP if label.first and words[label.first - 1].text.lower() == "as" else BEFORE_GAP
    # a scale after the figure is the figure's ('HK$1.5 million of paid-up capital'), not a word between
    scaled = any(SCALE.fullmatch(w.text) for w in words[max(start, label.first - 1 - gap):label.first])
    for k in range(label.first - 1, max(start, label.first - 1 - gap - scaled) - 1, -1):
        if re.search(r"[，。；;.,:：]$", words[k].text) and not re.search(r"\d[.,]?$", words[k].text):
            return None  # the clause ends between them
        if re.search(r"\d", words[k].text):
            if words[k].text.endswith(".") and k + 1 < label.first and words[k + 1].text[:1].isupper():
                return None  # the figure ends the sentence before ('… of HK$900,000. We forecast revenue …')
            end = k + 2 if k + 1 < label.first and SCALE.fullmatch(words[k + 1].text) else k + 1
            # the word before is the figure's currency, not the end of a clause before it ('year one: 4 (all local hires)')
            before = k - 1 if k >= 1 and not re.search(r"[，。；;,:：]$", words[k - 1].text) else k
            return tuple(words[max(start, before):end])
        if words[k].text.lower() == "dollars":  # 'five hundred thousand Hong Kong dollars of share capital'
            text = " ".join(w.text for w in words[start:k + 1])
            m = next((m for m in IN_WORDS.finditer(text) if m.end() == len(text)), None)
            return tuple(words[k + 1 - len(m.group(0).split()):k + 1]) if m else None
    return _han_sum_before(words[start:label.first])


# A sum in Chinese numerals just before the label, a link word between ('港币五十万元作为启动资金')
HAN_SUM_BEFORE = re.compile(r"(?:港币|港幣|人民币|人民幣)?[零〇一二两兩三四五六七八九十百千万萬亿億壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]+(?:港元|元)"
                            r"(?:作为|作為|用作|作)?$")


def _han_sum_before(words: list[Word]) -> tuple[Word, ...] | None:
    """The words of a sum in Chinese numerals that ends the clause before a label (Han read a
    character a word, or a few to a word)."""
    text = "".join(w.text for w in words)
    m = HAN_SUM_BEFORE.search(text)
    if not m:
        return None
    kept: list[Word] = []
    length = 0
    for w in reversed(words):
        if length >= len(text) - m.start():
            break
        kept.insert(0, w)
        length += len(w.text)
    return tuple(kept)


# a sum in words with its currency: 'HK$ two million', 'five hundred thousand Hong Kong dollars'
IN_WORDS = re.compile(rf"(?:[a-z]+\s+){{0,{BEFORE_GAP}}}?(?:(?:HK\$|HKD)\s*{EN_AMOUNT}|{EN_AMOUNT}\s*(?:Hong Kong\s+)?dollars)",
                      re.IGNORECASE)


SCALE = re.compile(r"(?i)million|billion|thousand|mn|m|k")
