"""Roles in running text, whatever its wording: who the parties are and which is which, which
date is the start, the end, the signing or a birth, how long the term is, what the post is.

One spaCy tokenizer serves English, Chinese and both mixed: English words stay words, every
Han character is a token of its own (spaCy's Chinese tokenizer would cut English into letters),
so a Matcher over token text finds cue words in either. The cues are data (data/prose.yaml);
values are found by their type (dates, durations, capitalised runs, Han runs) and each takes
its role from the nearest cue in its sentence, never from where it stands in the text."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import spacy
import yaml
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from pipeline.amounts import EN_AMOUNT, chinese_numeral, parse_english_amount
from pipeline.date_words import MONTH_ONLY, ROC_DATE, month_bounds
from pipeline.text import HAN_RANGE, simplified, traditional

from .base import DATE_RX, HAN_DAY_END, RANGE_MARK, parse_date

WIDE = r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]"  # Han and full-width marks
DASH = r"[—–~]"  # a range's mark, a token of its own ('2015.03.01—2020.06.30')
GAP = "…"
WINDOW = 8  # tokens from a cue to its value: a few words, or a few Han characters
AFTER_WINDOW = 3  # a cue after its value ('2027年3月1日起'), Chinese word order
SENTENCE_ENDS = {".", "。", ";", "；", "!", "?", "！", "？"}
# A day written out: 'the 19th day of December, 2018', 'the 1st of February 2027'.
DAY_OF = r"(\d{1,2})\s?(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+([A-Za-z]{3,9}),?\s+(\d{4})"
# 二〇二六年十月八日; its characters may stand a space apart (letter-spaced print)
_Y, _M, _D = "〇零○Oo0一二三四五六七八九贰貳叁參肆伍陆陸柒捌玖壹", "一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾", "一二三四五六七八九十廿卅壹贰貳叁參肆伍陆陸柒捌玖拾"
CN_DATE = (f"[{_Y}](?:\\s?[{_Y}]){{2,3}}\\s*年\\s*[{_M}](?:\\s?[{_M}]){{0,2}}\\s*月\\s*"
           f"[{_D}](?:\\s?[{_D}]){{0,2}}{HAN_DAY_END}")
CN_COUNT = "一二两兩三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾"  # capital numerals too: 為期貳年
# not a date's year: 二〇二七年三月, 貳零貳柒年叁月
# A month may be a calendar month, 個曆月, or read with a stray mark between 個 and 月.
# a count written on its blank may keep the blank's rule after it, read as '__' ('36 __ months')
DURATION = (rf"(?<![\d.{CN_COUNT}〇零○])(\d{{1,3}}|{EN_AMOUNT}|[{CN_COUNT}]{{1,3}})\s*(?:_+\s*)*(?:[(（]\s*\d{{1,3}}\s*[)）]\s*)?-?\s*(?:calendar\s+)?"
            rf"(months?|mths?|years?|yrs?|[個个]\s*[{HAN_RANGE}]?\s*月|[曆历]月|年(?![\d\s{CN_COUNT}]*月))")


@functools.lru_cache(maxsize=1)
def vocabulary() -> dict:
    return yaml.safe_load((Path(__file__).parent / "data" / "prose.yaml").read_text(encoding="utf-8"))


def names_a_department(text: str) -> bool:
    """Whether a Han run ends as a department's name does ('研发中心', '财务部'; data/prose.yaml: department_words)."""
    return text.endswith(tuple(both_scripts(vocabulary()["department_words"])))


def both_scripts(phrases: list[str]) -> list[str]:
    out: list[str] = []
    for p in phrases:
        for form in (p, simplified(p), traditional(p)):
            if form not in out:
                out.append(form)
    return out


def _tokenizer_nlp():
    nlp = spacy.blank("en")
    tok = nlp.tokenizer
    # a range's dash run into the date after it ('日 -2020'), a label's colon into its value ('Period:2013')
    tok.prefix_search = compile_prefix_regex(list(nlp.Defaults.prefixes) + [WIDE, DASH, r"-(?=\d)"]).search
    tok.suffix_search = compile_suffix_regex(list(nlp.Defaults.suffixes) + [WIDE, DASH]).search
    tok.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + [WIDE, DASH, r"(?<=[A-Za-z]):(?=\w)"]).finditer
    return nlp


def _pattern(nlp, phrase: str) -> list[dict]:
    """Matcher tokens for a cue: '…' is a gap of up to six tokens; '!X ' in front, a token
    other than X before the cue ('!先 生於': 生於 after anything but 先, not 陳先生於)."""
    out: list[dict] = []
    if phrase.startswith("!"):
        before, _, phrase = phrase[1:].partition(" ")
        out.append({"TEXT": {"NOT_IN": [before]}})
    for i, part in enumerate(phrase.split(GAP)):
        if i:
            out.append({"OP": "{,6}"})
        out.extend({"LOWER": t.lower_} for t in nlp.make_doc(part.strip()))
    return out


def _patterns(nlp, phrase: str) -> list[list[dict]]:
    """A cue's patterns: a gap may also hold a bracketed aside ('聘請邵文軒先生（持護照，號碼…）為')."""
    plain = _pattern(nlp, phrase)
    if GAP not in phrase:
        return [plain]
    at = plain.index({"OP": "{,6}"})
    aside = [{"OP": "{,6}"}, {"ORTH": {"IN": ["(", "（"]}}, {"ORTH": {"NOT_IN": [")", "）"]}, "OP": "*"},
             {"ORTH": {"IN": [")", "）"]}}, {"OP": "{,2}"}]
    return [plain, plain[:at] + aside + plain[at + 1:]]


@functools.lru_cache(maxsize=1)
def _pipeline():
    """The tokenizer and a Matcher whose labels are cue groups: 'date:start', 'duration:term',
    'position', 'party:employee'..."""
    nlp, v = _tokenizer_nlp(), vocabulary()
    groups = {f"date:{k}": p for k, p in v["dates"].items()}
    groups |= {f"date_after:{k}": p for k, p in v["dates_after"].items()}
    groups |= {f"duration:{k}": p for k, p in v["durations"].items()}
    groups |= {f"duration_after:{k}": p for k, p in v["durations_after"].items()}
    groups |= {f"party:{k}": p for k, p in v["parties"].items()}
    groups |= {k: v[k] for k in ("position", "position_label", "position_end", "major", "major_label", "major_end",
                                 "degree", "letter_date", "subject", "subject_before")}
    matcher = Matcher(nlp.vocab)
    for label, phrases in groups.items():
        matcher.add(label, [pattern for p in both_scripts(phrases) for pattern in _patterns(nlp, p)])
    return nlp, matcher


@dataclass(frozen=True)
class Mention:
    """A value found in the text: its kind's reading, the characters it spans, and the role
    the nearest cue gives it ('' when no cue is near)."""
    value: object
    start: int
    end: int
    role: str = ""
    distance: int = WINDOW + 1
    month_only: bool = False  # a stay's bound told to the month: its first or last day stands for it


class Prose:
    """A text tokenized once, with every cue found in it."""

    def __init__(self, text: str, breaks: list[int] | None = None, type_changes: set[int] | None = None,
                 line_starts: set[int] | None = None):
        nlp, matcher = _pipeline()
        self.text = text
        self.breaks = breaks or []  # where each printed line starts, for values that end with theirs
        self.line_starts = line_starts or set(self.breaks)  # a line run on from the one before too
        self.type_changes = type_changes or set()  # the line starts set in other type than the line before
        self._dates: list[Mention] | None = None  # found once, asked for by several fields
        self.doc: Doc = nlp.make_doc(text)
        self.cues: list[Span] = [Span(self.doc, s, e, label=nlp.vocab.strings[m]) for m, s, e in matcher(self.doc)]

    def line_end(self, char: int) -> int:
        """Where the printed line holding `char` ends (the next line's start)."""
        return next((b for b in self.breaks if b > char), len(self.text))

    def _token_at(self, char: int) -> int:
        span = self.doc.char_span(char, min(char + 1, len(self.text)), alignment_mode="expand")
        return span.start if span is not None else len(self.doc)

    def _ends_between(self, a: int, b: int) -> bool:
        """A sentence ends between tokens a and b: at its mark, or at the end of a line of
        Chinese (wrapped Chinese lines are joined before this; what is left is a line's end)."""
        if any(t.text in SENTENCE_ENDS for t in self.doc[a:b]):
            return True
        lo, hi = self.doc[a].idx if a < len(self.doc) else len(self.text), self.doc[b].idx if b < len(self.doc) else len(self.text)
        return self._han_line_ends(lo, hi)

    def _han_line_ends(self, lo: int, hi: int) -> bool:
        """A line of Chinese ends after character lo, at or before hi."""
        return any(lo < k <= hi and has_han(self.text[max(0, k - 2):k]) for k in self.breaks)

    def _line_ends_after(self, end: int, at: int) -> bool:
        """A line of Chinese ends between characters end and at (no text but space between them)."""
        return not self.text[end:at].strip() and self._han_line_ends(end, at)

    def _heading_point(self, cue: Span) -> int:
        """1 where the cue heads its clause with a point ('Term. Two years from the start date.', '3. Term. …'):
        that point ends no sentence; else 0."""
        if cue.end >= len(self.doc) or self.doc[cue.end].text != ".":
            return 0
        line_start = max((b for b in self.line_starts if b <= cue.start_char), default=0)
        return 1 if re.fullmatch(r"\s*(?:\(?\d{1,2}[.)]|\(?[a-z]\))?\s*", self.text[line_start:cue.start_char]) else 0

    def _gap(self, cue: Span, first: int) -> int:
        """Tokens from a cue to the value at token `first`, a company's name right after the cue (or a few small
        words after it: 'began work at') counting as one ('joined Harborline Semiconductor (Wuxi) Co., Ltd. on the 1st of
        August 2016')."""
        stop = self.doc[first].idx if first < len(self.doc) else len(self.text)
        named = next((m for m in _company_end().finditer(self.text, cue.end_char, stop)
                      if re.fullmatch(r"(?:\s*[a-z]+){0,3}(?:\s*[A-Z(]\S*)+\s*", self.text[cue.end_char:m.start()])), None)
        return first - cue.end if named is None else first - self._token_at(named.end() - 1)

    def _label_between(self, cue: Span, start: int) -> bool:
        """Another label's colon stands between a cue and a value ('To: Immigration Department
        Date: 5 October 2026'): the value is that label's, not the cue's."""
        between = self.text[cue.end_char:start].lstrip(" :：")
        return ":" in between or "：" in between

    def _inside_a_code(self, cue: Span) -> bool:
        """A dash with letters or digits right against both its sides."""
        before, after = self.text[cue.start_char - 1:cue.start_char], self.text[cue.end_char:cue.end_char + 1]
        return cue.text in ("-", "–", "—") and before.isalnum() and after.isalnum()

    def role(self, start: int, end: int, kind: str) -> tuple[str, int]:
        """The role the cue nearest the value at characters start..end gives it, within its
        sentence: a `kind:` cue before it, or a `kind_after:` cue just after it."""
        first, last = self._token_at(start), self._token_at(max(start, end - 1)) + 1
        best, rank = ("", WINDOW + 1), (WINDOW + 1, 0, 0)
        for cue in self.cues:
            group, _, role = cue.label_.partition(":")
            if any(o.start < cue.start < o.end and o.label_.partition(":")[0] == group for o in self.cues):
                continue  # the tail of an earlier cue: '期為' of '試用期為三個月' is the probation's, no term
            if self._inside_a_code(cue) and cue.end_char != start and cue.start_char != end:
                continue  # 'Ref: DIMI-HR-2026-118': a code's hyphen joins no range ('1/7/2015-30/6/2020' does)
            if group == kind and cue.end <= first:
                gap = self._gap(cue, first)
                ok = gap <= WINDOW and not self._ends_between(cue.end + self._heading_point(cue), first) \
                    and not self._label_between(cue, start)
            elif group == f"{kind}_after" and cue.start >= last:
                gap = cue.start - last
                # '… 2012年9月1日 毕业日期 2016年6月30日': a cue that labels the next value is not this one's
                labels_next = re.match(r"\s*(?:日期|時間|时间|date\b|[:：])", self.text[cue.end_char:], re.IGNORECASE)
                # (a line's end right after the value parts it from the cue too: a date over a title '离职证明')
                ok = gap <= AFTER_WINDOW and not self._ends_between(last, cue.start) and not labels_next \
                    and not self._line_ends_after(end, cue.start_char)
            else:
                continue
            # The nearer cue wins; at a tie the one before the value (a range's '至' binds the date
            # after it: '至2020年2月29日受僱於本公司' ends the period), then the longer one.
            key = (gap, 0 if group == kind else 1, -len(cue))
            if ok and key < rank:
                best, rank = (role, gap), key
        return best

    def dates(self) -> list[Mention]:
        if self._dates is None:
            self._dates = self._find_dates()
        return self._dates

    def _find_dates(self) -> list[Mention]:
        found: dict[int, Mention] = {}
        for pattern in (DAY_OF, ROC_DATE, CN_DATE, DATE_RX):  # (the Republic's years first: 民國一百年 holds no date of its own)
            for m in re.finditer(pattern, self.text):
                if any(k <= m.start() < v.end for k, v in found.items()):
                    continue
                iso = parse_date(re.sub(DAY_OF, r"\1 \2 \3", m.group(0)))
                if iso:
                    role, gap = self.role(m.start(), m.end(), "date")
                    found[m.start()] = Mention(iso, m.start(), m.end(), role, gap)
        for m in MONTH_ONLY.finditer(self.text):  # a stay told to the month ('于2013年7月入职', 'left in March 2019')
            bounds = None if any(k <= m.start() < v.end for k, v in found.items()) else month_bounds(m.group(0))
            role, gap = self.role(m.start(), m.end(), "date") if bounds else ("", 0)
            if bounds and role in ("start", "end"):
                found[m.start()] = Mention(bounds[0] if role == "start" else bounds[1], m.start(), m.end(), role, gap, month_only=True)
        dates = sorted(found.values(), key=lambda x: x.start)
        for k, (a, b) in enumerate(zip(dates, dates[1:])):
            # two dates joined as a period: the first is its start, whatever cue before it ('Senior Buyer – 14/02/2017
            # to 30/06/2023': the dash parts the row's values)
            if a.role in ("", "end") and b.role == "end" and re.fullmatch(RANGE_MARK, self.text[a.end:b.start], re.IGNORECASE):
                dates[k] = replace(a, role="start")
        return dates

    def durations(self) -> list[Mention]:
        """Terms in months: 'two (2) years', 'thirty-six months', '兩年', '18個月'."""
        out = []
        for m in re.finditer(DURATION, self.text, re.IGNORECASE):
            count, unit = m.group(1).strip(), m.group(2).lower()
            n = int(count) if count.isdigit() else chinese_numeral(count.replace("两", "二").replace("兩", "二")) \
                if re.fullmatch(f"[{CN_COUNT}]+", count) else parse_english_amount(count)
            if not n:
                continue
            months = int(n) * (12 if unit.startswith(("y", "年")) else 1)
            role, gap = self.role(m.start(), m.end(), "duration")
            out.append(Mention(months, m.start(), m.end(), role, gap))
        return out


@functools.lru_cache(maxsize=1)
def _company_end() -> re.Pattern:
    """Where a company's name ends: its suffix (data/prose.yaml), a whole word."""
    words = sorted(vocabulary()["company_suffixes"], key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z])(?:%s)(?![A-Za-z])" % "|".join(re.escape(w) for w in words), re.IGNORECASE)


def best(mentions: list[Mention], role: str) -> Mention | None:
    """The mention its nearest cue names for `role`: the nearest, then the first."""
    named = [m for m in mentions if m.role == role]
    return min(named, key=lambda m: (m.distance, m.start)) if named else None


def months_between(start: str, end: str) -> int | None:
    """Whole months from a start date to an end date, the end being the last day of the term
    ('2027-03-01 to 2029-02-28' is 24) or its anniversary."""
    s, e = date.fromisoformat(start), date.fromisoformat(end) + timedelta(days=1)
    months = (e.year - s.year) * 12 + (e.month - s.month)
    if e.day != s.day:
        months = round((e - s).days / 30.44)
    return months if 0 < months <= 120 else None


def has_han(text: str) -> bool:
    return bool(re.search(f"[{HAN_RANGE}]", text))


@functools.lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    return frozenset(w.lower() for words in vocabulary()["parties"].values() for w in both_scripts(words))
