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
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import spacy
import yaml
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from pipeline.amounts import EN_AMOUNT, chinese_numeral, parse_english_amount
from pipeline.names import is_pinyin, starts_with_surname
from pipeline.text import HAN_RANGE, simplified, traditional

from .base import DATE_RX, parse_date

WIDE = r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]"  # Han and full-width marks
DASH = r"[—–~]"  # a range's mark, a token of its own ('2015.03.01—2020.06.30')
GAP = "…"
WINDOW = 8  # tokens from a cue to its value: a few words, or a few Han characters
AFTER_WINDOW = 3  # a cue after its value ('2027年3月1日起'), Chinese word order
SENTENCE_ENDS = {".", "。", ";", "；", "!", "?", "！", "？"}
# A day written out: 'the 19th day of December, 2018', 'the 1st of February 2027'.
DAY_OF = r"(\d{1,2})\s?(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+([A-Za-z]{3,9}),?\s+(\d{4})"
CN_DATE = "[〇零○一二三四五六七八九贰貳叁參肆伍陆陸柒捌玖壹]{3,4}\\s*年\\s*[一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3}\\s*月\\s*[一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3}\\s*日"  # 二〇二六年十月八日
CN_COUNT = "一二两兩三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾"  # capital numerals too: 為期貳年
# not a date's year: 二〇二七年三月, 貳零貳柒年叁月
DURATION = (rf"(?<![\d.{CN_COUNT}〇零○])(\d{{1,3}}|{EN_AMOUNT}|[{CN_COUNT}]{{1,3}})\s*(?:\(\s*\d{{1,3}}\s*\)\s*)?-?\s*"
            rf"(months?|mths?|years?|yrs?|個月|个月|年(?![\d\s{CN_COUNT}]*月))")


@functools.lru_cache(maxsize=1)
def vocabulary() -> dict:
    return yaml.safe_load((Path(__file__).parent / "data" / "prose.yaml").read_text(encoding="utf-8"))


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
    tok.prefix_search = compile_prefix_regex(list(nlp.Defaults.prefixes) + [WIDE, DASH]).search
    tok.suffix_search = compile_suffix_regex(list(nlp.Defaults.suffixes) + [WIDE, DASH]).search
    tok.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + [WIDE, DASH]).finditer
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


class Prose:
    """A text tokenized once, with every cue found in it."""

    def __init__(self, text: str, breaks: list[int] | None = None):
        nlp, matcher = _pipeline()
        self.text = text
        self.breaks = breaks or []  # where each printed line starts, for values that end with theirs
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
        return any(lo < k <= hi and has_han(self.text[max(0, k - 2):k]) for k in self.breaks)

    def _label_between(self, cue: Span, start: int) -> bool:
        """Another label's colon stands between a cue and a value ('To: Immigration Department
        Date: 5 October 2026'): the value is that label's, not the cue's."""
        between = self.text[cue.end_char:start].lstrip(" :：")
        return ":" in between or "：" in between

    def role(self, start: int, end: int, kind: str) -> tuple[str, int]:
        """The role the cue nearest the value at characters start..end gives it, within its
        sentence: a `kind:` cue before it, or a `kind_after:` cue just after it."""
        first, last = self._token_at(start), self._token_at(max(start, end - 1)) + 1
        best, rank = ("", WINDOW + 1), (WINDOW + 1, 0)
        for cue in self.cues:
            group, _, role = cue.label_.partition(":")
            if group == kind and cue.end <= first:
                gap = first - cue.end
                ok = gap <= WINDOW and not self._ends_between(cue.end, first) and not self._label_between(cue, start)
            elif group == f"{kind}_after" and cue.start >= last:
                gap = cue.start - last
                ok = gap <= AFTER_WINDOW and not self._ends_between(last, cue.start)
            else:
                continue
            # The nearer cue wins; at a tie the longer (more specific) one.
            if ok and (gap, -len(cue)) < rank:
                best, rank = (role, gap), (gap, -len(cue))
        return best

    def dates(self) -> list[Mention]:
        if self._dates is None:
            self._dates = self._find_dates()
        return self._dates

    def _find_dates(self) -> list[Mention]:
        found: dict[int, Mention] = {}
        for pattern in (DAY_OF, CN_DATE, DATE_RX):
            for m in re.finditer(pattern, self.text):
                if any(k <= m.start() < v.end for k, v in found.items()):
                    continue
                iso = parse_date(re.sub(DAY_OF, r"\1 \2 \3", m.group(0)))
                if iso:
                    role, gap = self.role(m.start(), m.end(), "date")
                    found[m.start()] = Mention(iso, m.start(), m.end(), role, gap)
        return sorted(found.values(), key=lambda x: x.start)

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


CONNECTORS = {"of", "and", "&", "-", "/", "(", ")", "for"}
LABEL_ENDS = {":", "：", "is", "为", "為", "是"}  # what follows a label noun before its value
SKIP_BEFORE_VALUE = {":", "：", "a", "an", "the", "of", "is", "be", "为", "為", "是"}


def titles_after(prose: Prose, label: str) -> list[Mention]:
    """Names of a post, a field of study or a degree after a cue of group `label`: a run of
    capitalised words ('Senior Data Engineer'), or of Han characters up to punctuation or a
    word of group `label`_end ('高級會計師，由', '軟件工程 學制')."""
    doc, roles = prose.doc, role_words()
    ends = {c.start for c in prose.cues if c.label_ == f"{label}_end"}
    out: list[Mention] = []
    # The longest cue at each place first ('職位名稱：' before '職位').
    cues = sorted((c for c in prose.cues if c.label_ in (label, f"{label}_label")), key=lambda c: (c.start, -len(c)))
    for cue in cues:
        i = cue.end
        if cue.label_.endswith("_label") and (i >= len(doc) or doc[i].lower_ not in LABEL_ENDS):
            continue
        while i < len(doc) and doc[i].lower_ in SKIP_BEFORE_VALUE:
            i += 1
        # '聘請何思琪為本公司財務分析師': the post is the employer's, named after it
        skip = next((w for w in _skipped_first(label) if i < len(doc) and prose.text.startswith(w, doc[i].idx)), "")
        past = doc[i].idx + len(skip) if skip else 0
        while i < len(doc) and doc[i].idx < past:
            i += 1
        han = i < len(doc) and has_han(doc[i].text)
        line_end = prose.line_end(doc[i].idx) if i < len(doc) else len(prose.text)
        taken: list = []
        wrapped = cue.label_.endswith("_label") or han  # a label's value and Han print keep to their line
        while i < len(doc) and len(taken) < (12 if han else 8) and (i not in ends or not taken):
            if doc[i].idx >= line_end:
                if wrapped or not taken or not _runs_on(prose, i):
                    break
                wrapped, line_end = True, prose.line_end(doc[i].idx)  # a title a sentence wraps onto the next line
            t = doc[i]
            ok = re.fullmatch(f"[{HAN_RANGE}]", t.text) if han else (t.text[:1].isupper() or (taken and t.lower_ in CONNECTORS))
            if not ok:
                break
            taken.append(t)
            i += 1
            if han and t.whitespace_:
                break  # Han text has no spaces inside a name; a space ends it ('分析師 入職日期')
        while taken and taken[-1].lower_ in CONNECTORS:
            taken.pop()
        if not taken or (han and len(taken) < 2):
            continue
        start, end = taken[0].idx, taken[-1].idx + len(taken[-1])
        if any(c.label_ == label and start < c.start_char < end for c in cues):
            continue  # a sentence after a label ('岗位：乙方在甲方担任会计师'): the cue inside names the title
        if prose.text[start:end].count("(") > prose.text[start:end].count(")") and prose.text[end:end + 1] == ")":
            end += 1  # 'Bachelor of Arts (Honours)'
        value = prose.text[start:end]
        if value.startswith(_not_opening(label)):
            continue  # '现任职于产品部': 现任 there opens 'works at', not a post
        if value.lower().removeprefix("the ") in roles or any(m.start <= start < m.end for m in out):
            continue  # 'to the post of X': 'post', 'post of' and 'the post of' all lead to X
        # A cue of two words or more ('position of', '職位') is surer than 'post' alone.
        # A post the text says was held before ('曾任客戶經理') gives way to the one held now.
        former = cue.text in _former(label)
        out.append(Mention(value, start, end, label, 2 if former else 0 if len(cue) > 1 else 1))
    return out


@functools.lru_cache(maxsize=8)
def _not_opening(label: str) -> tuple[str, ...]:
    """What follows a cue of group `label` where it names nothing (prose.yaml: LABEL_not_opening)."""
    return tuple(both_scripts(vocabulary().get(f"{label}_not_opening", [])))


@functools.lru_cache(maxsize=8)
def _former(label: str) -> frozenset[str]:
    """Cues of group `label` that name what was, not what is (prose.yaml: LABEL_former)."""
    return frozenset(both_scripts(vocabulary().get(f"{label}_former", [])))


@functools.lru_cache(maxsize=8)
def _skipped_first(label: str) -> tuple[str, ...]:
    """What may open a value of group `label` without being part of it (prose.yaml: LABEL_skip_first)."""
    return tuple(sorted(both_scripts(vocabulary().get(f"{label}_skip_first", [])), key=len, reverse=True))


def _runs_on(prose: Prose, i: int) -> bool:
    """Whether the line that token i opens goes on with the sentence before it, rather than
    opening a row of its own ('Department: Finance')."""
    doc = prose.doc
    head = doc[i:min(len(doc), i + 4)]
    return doc[i - 1].text[-1:].isalnum() and not any(t.text in (":", "：") for t in head)


def positions(prose: Prose) -> list[Mention]:
    return titles_after(prose, "position")


def degrees(prose: Prose) -> list[Mention]:
    """'the degree of Bachelor of Science'; a Chinese degree ends with its 学位 ('工学学士学位')."""
    out = []
    for m in titles_after(prose, "degree"):
        if not has_han(str(m.value)):
            out.append(m)
            continue
        cut = re.match(r".+?[学學]位", str(m.value))
        if cut:  # a Chinese degree is named up to its 学位; without it the run is something else
            out.append(Mention(cut.group(0), m.start, m.start + len(cut.group(0)), m.role, m.distance))
    return out


@functools.lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    return frozenset(w.lower() for words in vocabulary()["parties"].values() for w in both_scripts(words))


NAME_ENDS = ("同志", "先生", "女士", "小姐", "同学", "同學", "性别", "性別", "身份证", "身份證", "出生", "男", "女",
             "于", "於", "自", "从", "從", "在", "为", "為", "系", "是", "生", "已", "现", "現", "，", ",", "、", "（", "(", "。", " ",
             "赴", "前往", "申请", "申請", "拟", "擬")  # '同意員工李明軒前往香港工作'.


def _han_person_at(text: str, at: int) -> str:
    """The Han name that starts at `at` and ends where a name ends ('罗欣怡同志', '罗欣怡，女')."""
    for n in (3, 2, 4):
        name = text[at:at + n]
        if len(name) == n and re.fullmatch(f"[{HAN_RANGE}]+", name) and starts_with_surname(name) \
                and (at + n == len(text) or text[at + n:].startswith(NAME_ENDS)):
            return name
    return ""


def subjects(prose: Prose) -> list[Mention]:
    """People named after a subject cue: 'certify that HUANG MINGZHE', '同意罗欣怡同志'."""
    doc, out = prose.doc, []
    skip = {":", "：", ",", "，", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss", "dr", "dr.", "the", "that", "our", "我司", "我", "司"}
    han_roles = sorted((w for w in role_words() if has_han(w)), key=len, reverse=True)
    for cue in (c for c in prose.cues if c.label_ == "subject"):
        i = cue.end
        while i < len(doc) and doc[i].lower_ in skip:
            i += 1
        if i >= len(doc):
            continue
        at = doc[i].idx
        role = next((w for w in han_roles if prose.text.startswith(w, at)), "")
        if role:  # '聘用乙方张三为': past the role word to the name
            at += len(role)
            at += len(prose.text[at:]) - len(prose.text[at:].lstrip(" "))  # '同意員工 李明軒 前往'
            i = prose._token_at(at)
            if i >= len(doc):
                continue
        if has_han(doc[i].text):
            name = _han_person_at(prose.text, at)
        else:
            words = []
            for t in doc[i:i + 4]:
                if not re.fullmatch(r"[A-Z][A-Za-z'-]+", t.text):
                    break
                words.append(t.text)
            name = " ".join(words) if len(words) >= 2 and is_pinyin(" ".join(words).upper()) else ""
        if name:
            out.append(Mention(name, at, at + len(name), "subject", i - cue.end))
    for cue in (c for c in prose.cues if c.label_ == "subject_before"):  # '王梓萱系我院在职员工'
        end = cue.start_char
        for n in (3, 2, 4):
            name = prose.text[max(0, end - n):end]
            before = prose.text[end - n - 1:end - n] if end - n > 0 else ""
            if len(name) == n and re.fullmatch(f"[{HAN_RANGE}]+", name) and starts_with_surname(name) \
                    and not re.fullmatch(f"[{HAN_RANGE}]", before):
                out.append(Mention(name, end - n, end, "subject", 1))
                break
    return out


def majors(prose: Prose) -> list[Mention]:
    """A field of study after its cue ('majoring in Applied Mathematics', '专业：软件工程'), or
    the Han run before 专业 from where the school's name ends ('在南方大学软件工程专业')."""
    v, out, used = vocabulary(), [], []
    before = both_scripts(v["major_before"])
    stops = tuple(both_scripts(v["major_starts"]))
    goes_on = tuple(both_scripts(v["major_end"]))
    for cue in (c for c in prose.cues if c.label_ == "major_label" and c.text in before):
        after = prose.text[cue.end_char:].lstrip()
        run = re.search(f"[{HAN_RANGE}]{{2,20}}$", prose.text[:cue.start_char])
        if has_han(after[:1]) and not after.startswith(goes_on) and not (run and any(s in run.group(0) for s in stops)):
            continue  # '姓名张三专业化学工程': a label, its value after it; '在本校化学工程专业学习' is prose
        if run:
            value = run.group(0)
            value = value[max((value.rfind(s) + len(s) for s in stops if s in value), default=0):]
            if 2 <= len(value) <= 12:
                out.append(Mention(value, cue.start_char - len(value), cue.start_char, "major", 0))
                used.append(cue.end_char)
    # After a 专业 that ended a major, what follows is the sentence going on ('专业修读四年').
    return out + [m for m in titles_after(prose, "major") if not any(0 <= m.start - e <= 1 for e in used)]
