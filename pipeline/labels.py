"""Labels found on a page's lines: any variant of a field's label, matched loosely so that a misread
label still counts, with where it lies (its words, the characters of its last word that are still
the label's) and whether it opens its row or has a colon after it. pipeline/pairs.py finds the
values beside them."""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from .model import BBox, Word, union
from .text import in_han_range

WRAPPED_WORDS = 8  # words of a line a paragraph's sentence wraps from
MIN_LABEL_SCORE = 85  # rapidfuzz ratio of the label to the text it lies on, 0..100: one letter misread in seven ('Sumname')
SHORT_LABEL = 4  # labels this short (姓名, post) must match exactly: one wrong letter is another word
COLUMN_GAP = 2.5  # a gap wider than this many line heights ends a value: the next column begins
IN_SENTENCE = 0.8
LONGER = 0.001
# An item's number before a label opening its row: '1  Employer', '(b) Post', '三、職位'.
# an item's number or letter, or a list's bullet ('•', '●', '-')
# an item's number, letter or code ('3.', '(b)', 'iv', '三、', 'A6' of a form's Part A), or a bullet
# ('1a', '2.3' of a form's numbered items)
ENUMERATOR = re.compile(r"\(?(?:\d{1,2}|[a-h]|[ivx]{1,4}|[a-h]\d{1,2}|\d{1,2}[a-h]|\d{1,2}\.\d{1,2}|[一二三四五六七八九十]{1,3})[.)、:]?\)?"
                        r"|[•●▪◦■▶►*·-]", re.IGNORECASE)
SEPARATORS = ":：.-–—|/ ·)）"  # what may stand between a label and its value


@dataclass(frozen=True)
class Label:
    line: int  # index of the line it lies on
    first: int  # index of its first word
    last: int  # index of its last word
    cut: int  # characters of the last word that belong to the label (the rest is value)
    score: float  # 0..1
    bbox: BBox
    opens: bool = False  # it opens its line or its cell: a form's or a list's label, not a word of a sentence
    colon: bool = False  # a colon follows it

    @property
    def in_prose(self) -> bool:
        """Inside a sentence, no colon after it: trust only a typed value."""
        return not self.opens and not self.colon



@functools.lru_cache(maxsize=None)  # one entry a character seen; every label is matched on every line
def _key(c: str) -> str:
    """A character as labels are compared: folded, without spaces or punctuation."""
    c = unicodedata.normalize("NFKC", c).lower()
    return c if c.isalnum() else ""


def _normalised(words: list[Word]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The line's text folded for matching, and for each of its characters (word, character)."""
    return _folded(tuple(w.text for w in words))


@functools.lru_cache(maxsize=4096)  # the same lines are matched against each field's labels
def _folded(texts: tuple[str, ...]) -> tuple[str, tuple[tuple[int, int], ...]]:
    text: list[str] = []
    where: list[tuple[int, int]] = []
    for i, word in enumerate(texts):
        for j, c in enumerate(word):
            k = _key(c)
            if k:
                text.append(k)
                where.extend([(i, j)] * len(k))
    return "".join(text), tuple(where)


@functools.lru_cache(maxsize=8192)  # labels are folded again for every line and field
def fold(label: str) -> str:
    return "".join(_key(c) for c in label)


def find_labels(lines: list[list[Word]], variants: list[str]) -> list[Label]:
    """Every line a variant of the label lies on, with its best match there, and any other match
    that opens a row of its own ('業務性質  IT CONSULTANCY  Nature of Business': the value sits
    between the Chinese label and the English). A label followed by another of its variants (a
    bilingual label, 'Employer 僱主') is one label."""
    # and as OCR reads small print: 'rn' run together as 'm' ('Sumame')
    folded = {fold(v) for v in _with_or_without_the(variants)}
    wanted = sorted({v for v in folded | {v.replace("rn", "m") for v in folded if "rn" in v} if v}, key=len, reverse=True)
    found: list[Label] = []
    for n, words in enumerate(lines):
        text, where = _normalised(words)
        matches: list[tuple[float, int, int, bool, bool]] = []
        for v in wanted:
            span = _match(v, text, words, where)
            if span is None:
                continue
            score, start, end = span
            (first, at), (last, cut) = where[start], where[end - 1]
            # A label opens its line or its cell; inside a sentence it is weaker evidence, and
            # without a colon after it the sentence may go on in prose ('在本校软件工程专业修完…':
            # there the value stands before the word), which `Label.in_prose` tells the caller.
            # A clause's heading is no row: '1. Position. The Employer employs the Employee as …'
            # (a point after a word, then a sentence); 'No. E B 0 4 …' is an abbreviation.
            heading = (words[last].text[cut + 1:] == "." and len(re.sub(r"[^A-Za-z]", "", words[last].text)) >= 4
                       and sum(bool(re.fullmatch(r"[A-Za-z]{2,}[,.]?", w.text)) for w in words[last + 1:last + 5]) >= 3)
            # a caption in brackets opens at its bracket ('(Surname)' under the line it captions)
            opens = (at == 0 or words[first].text[:at] in ("(", "（")) and not heading and (
                first == 0 or words[first].bbox[0] - words[first - 1].bbox[2] > COLUMN_GAP * line_height(words)
                or (first == 1 and ENUMERATOR.fullmatch(words[0].text) is not None)
                # an item of a second column: its number after a wide gap ('A1 Surname      A6 Travel document no.')
                or (first >= 2 and ENUMERATOR.fullmatch(words[first - 1].text) is not None
                    and words[first - 1].bbox[0] - words[first - 2].bbox[2] > COLUMN_GAP * line_height(words))
                or _specks_before(words, first, last, cut) or _translation_before(words, first, v))
            colon = _colon_after(words, last, cut)
            # a word in lower case opening a line under a paragraph's long line, the sentence going on after it with no
            # colon: a sentence wrapped onto the line ('programme from …'; not a caption alone in its cell, 'capital paid
            # up', nor a phrase of a centred certificate, 'born on …' under the holder's name)
            goes_on = last + 1 < len(words) and words[last + 1].bbox[0] - words[last].bbox[2] <= COLUMN_GAP * line_height(words)
            wrapped = n > 0 and len(lines[n - 1]) >= WRAPPED_WORDS and goes_on and words[first].text[at:at + 1].islower()
            opens = opens and (colon or not wrapped)
            if (words[last].text[cut + 1:] + "".join(w.text for w in words[last + 1:])).strip() == "。":
                continue  # a sentence's last words wrapped onto a line of their own ('… 授予工学硕士' / '学位。'): no label
            score = score / 100 * (1.0 if opens else IN_SENTENCE) + LONGER * min(len(v), 30)
            matches.append((score, start, end, opens, colon))
        taken: list[tuple[int, int]] = []
        for score, start, end, opens, colon in sorted(matches, reverse=True):
            end = _past_brackets(words, where, end)
            if _no_column_gap(words, where, end):  # not the next cell's value ('Awarding Body     University of …')
                end = next((end + len(v) for v in wanted if text.startswith(v, end)), end)
            end = _past_brackets(words, where, end)  # after the translation: 'Date of birth 出生日期 (DD.MM.YYYY)'
            if taken and (not opens or any(start <= e and s <= end for s, e in taken)):
                continue
            # and one before it: '出生日期 Date of birth' set as a column's heading starts at 出
            start = next((start - len(v) for v in wanted if v != text[start:end] and text.endswith(v, 0, start)), start)
            if _translation_before(words, where[start][0], text[start:end]):  # the label runs from its translation
                opening = 1 if ENUMERATOR.fullmatch(words[0].text) else 0
                start = next(i for i, (w, _) in enumerate(where) if w == opening)
            taken.append((start, end))
            (first, _), (last, cut) = where[start], where[end - 1]
            # the label's last letters misread ('salarv:') are the label's still, not the value
            misread = re.match(r"[A-Za-z]{1,2}(?![A-Za-z])", words[last].text[cut + 1:])
            cut += len(misread.group(0)) if misread else 0
            asked = None if colon else _question_answered(words, last, cut)
            if asked:  # 'What sales do we expect in year one?  About HK$2.1 million.': the answer after the mark
                last, cut, colon = asked[0], asked[1], True
            found.append(Label(n, first, last, cut + 1, score, union([w.bbox for w in words[first:last + 1]]), opens,
                               colon))
    return found


def _with_or_without_the(variants: list[str]) -> list[str]:
    """English labels with 'the' after 'of' and without it: a form asks 'Name of the candidate' where a label is 'name of
    candidate', and 'Name of employer' where one is 'name of the employer'."""
    more = [re.sub(r"\bof the\b", "of", v) if re.search(r"\bof the\b", v) else re.sub(r"\bof\b(?= [a-z])", "of the", v, count=1)
            for v in variants if v.isascii()]
    return list(dict.fromkeys([*variants, *more]))


def _no_column_gap(words: list[Word], where: Sequence[tuple[int, int]], end: int) -> bool:
    """Whether the character at `end` follows the one before it with no column's gap between."""
    if end <= 0 or end >= len(where):
        return False
    (a, _), (b, _) = where[end - 1], where[end]
    return a == b or words[b].bbox[0] - words[a].bbox[2] <= COLUMN_GAP * line_height(words)


def _past_brackets(words: list[Word], where: Sequence[tuple[int, int]], end: int) -> int:
    """A label's end past the brackets that qualify it ('Name of applicant (in English)',
    'HKID No. (if any)', '（如有）', '(SURNAME first, as in travel document)'): they are the
    label's, not the value's."""
    last, cut = where[end - 1]
    rest = " ".join([words[last].text[cut + 1:], *(w.text for w in words[last + 1:last + 9])])
    bracket = re.match(r"[\s.]*[(（][^()（）]{1,40}[)）]", rest)  # after an abbreviation's point: 'No. (if any)'
    return end + len(fold(bracket.group(0))) if bracket and end + len(fold(bracket.group(0))) <= len(where) else end


# Words of a sentence, which a label may follow in prose: not specks.
FUNCTION_WORDS = frozenset("a an the of in on to and or by as at for his her its their is are was be".split())


def _specks_before(words: list[Word], first: int, last: int, cut: int) -> bool:
    """A label alone on its line but for a speck or two of print before it, read off a photo or a
    border beside it ('a bp  Given Names'): short lower-case marks, not words of a sentence."""
    before = [w.text for w in words[:first]]
    alone = last == len(words) - 1 and not words[last].text[cut + 1:].strip(SEPARATORS)
    return alone and len(before) <= 2 and all(re.fullmatch(r"[a-z~|'`.,_\-—–]{1,4}", t) for t in before) \
        and any(t not in FUNCTION_WORDS for t in before)


def _translation_before(words: list[Word], first: int, label: str) -> bool:
    """An English label after its Chinese, a label of no field here ('(c) 獲聘人士姓名 Name of the
    person to be employed'): the bilingual label opens its row."""
    before = [w.text for w in words[:first]]
    if before and ENUMERATOR.fullmatch(before[0]):
        before = before[1:]
    return label.isascii() and bool(before) and all(any(map(in_han_range, t)) and not re.search(r"[A-Za-z0-9]", t)
                                                    for t in before)


# A question that a line asks and answers after its mark: a label inside it takes the answer. Not a yes/no question
# ('Is the post on the Talent List? (please circle)': extractors/questions.py reads those)
ASKS = re.compile(r"(?:what|how|which|when|where|who|whom)$", re.IGNORECASE)
QUESTION_REACH = 8  # words from the label to the question's mark


def _question_answered(words: list[Word], last: int, cut: int) -> tuple[int, int] | None:
    """(word, character) of the question mark closing the question a label lies in, where the
    line opens with a question's word and an answer follows the mark; else None."""
    if not words or not ASKS.match(words[0].text):
        return None
    for k in range(last, min(len(words) - 1, last + QUESTION_REACH + 1)):
        text = words[k].text if k > last else words[k].text[cut + 1:]
        if text.endswith(("?", "？")):  # (an instruction in brackets after it is no answer)
            return None if words[k + 1].text.startswith(("(", "（")) else (k, len(words[k].text) - 1)
        if re.search(r"[.:：;]$", text):
            return None
    return None


def _colon_after(words: list[Word], last: int, cut: int) -> bool:
    """A colon after the label, past an abbreviation's point ('Posn.:') or a caption of the value's form in brackets
    ('From (dd/mm/yyyy):')."""
    rest = " ".join([words[last].text[cut + 1:], *(w.text for w in words[last + 1:last + 4])]).strip()
    rest = re.sub(r"^[(（][^()（）:：]{1,24}[)）]\s*(?=[:：])", "", rest)
    return rest.lstrip(") ）.")[:1] in (":", "：")


def _match(label: str, text: str, words: list[Word], where: Sequence[tuple[int, int]]) -> tuple[float, int, int] | None:
    """(score 0..100, start, end) of the label in the folded line text."""
    if len(label) <= SHORT_LABEL:
        at = _whole_word_at(text, label, words, where)
        return None if at is None else (100.0, at, at + len(label))
    m = fuzz.partial_ratio_alignment(label, text, score_cutoff=MIN_LABEL_SCORE)
    if m is None or m.dest_end - m.dest_start < 0.85 * len(label):
        return None  # a line shorter than the label: a part of it matched, not all
    i, j = where[m.dest_end - 1]
    if m.score < 100 and label.isascii() and re.match(r"[A-Za-z]{2}", words[i].text[j + 1:]):
        return None  # most of a longer word: 'employme(nt)' is no misread 'employer'
    i, j = where[m.dest_start]
    if label.isascii() and re.search(r"[A-Za-z]-$", words[i].text[:j]):
        return None  # the end of a word its prefix turns ('Non-local staff' is no 'local staff')
    if m.score < 100 and label.isascii() and re.search(r"[A-Za-z]{2}$", words[i].text[:j]):
        return None  # most of a longer word's end: 'under(graduate)' is no misread 'graduated'
    return m.score, m.dest_start, m.dest_end


# Words that open a Chinese yes/no question after its subject ('職位是否屬人才清單'): the subject
# is then no row's label.
QUESTION_WORDS = ("是否", "有否", "會否", "会否", "能否", "可否")
GLUED_WORDS = ("of", "in", "as", "at", "to")


def _whole_word_at(text: str, label: str, words: list[Word], where: Sequence[tuple[int, int]]) -> int | None:
    """Where a short label lies as a word of its own ('post', not 'postal'; 'sex', not 'Essex');
    a Han label needs no spaces round it."""
    at = text.find(label)
    while at >= 0:
        (i, j), (k, e) = where[at], where[at + len(label) - 1]
        before, after = words[i].text[:j], words[k].text[e + 1:]
        asked = text.startswith(QUESTION_WORDS, at + len(label))  # '職位是否屬…': a question about the post
        # a short word run on into it by the reading ('postof': OCR drops the space before 'of')
        glued = after.lower() in GLUED_WORDS and k + 1 < len(words)
        if (not label.isascii() and not asked) or (label.isascii() and not (before and before[-1].isalnum())
                                                   and (glued or not (after and after[0].isalpha()))):
            return at
        at = text.find(label, at + 1)
    return None


def line_height(words: list[Word]) -> float:
    hs = sorted(w.bbox[3] - w.bbox[1] for w in words)
    return float(hs[len(hs) // 2]) if hs else 1.0
