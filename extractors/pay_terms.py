"""Which amount in a contract is the salary, the housing allowance, the guaranteed bonus. A
blank spaCy pipeline (tokenizer only, nothing downloaded) with a PhraseMatcher over the
vocabulary in data/pay_terms.yaml marks pay terms and periods; amounts are found by pattern.
Each term is bound to the first amount after it and before the next term, and that amount
to the first period after it: 'a monthly salary of HK$45,000 and a housing allowance of
HK$8,000' gives each its own figure, never a number nearby."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import spacy
import yaml
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from pipeline.text import HAN_RANGE

TERMS = ("SALARY", "SALARY_MONTHLY", "SALARY_ANNUAL", "HOUSING", "ALLOWANCE", "BONUS", "DISCRETIONARY")
PERIODS = ("PER_MONTH", "PER_YEAR")


@dataclass
class PayItem:
    term: str  # SALARY | HOUSING | ALLOWANCE | BONUS
    amount: str | None  # the amount's text as printed, None when the clause states none
    period: str  # month | year
    discretionary: bool
    none_stated: bool = False  # 'Housing allowance  Nil': the item stated as none (vocabulary NONE)


@functools.lru_cache(maxsize=1)
def vocabulary() -> dict:
    return yaml.safe_load((Path(__file__).parent / "data" / "pay_terms.yaml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=2)
def _pipeline(lang: str):
    # English tokens for English clauses; Chinese is cut into characters so 月薪 is found
    # inside 月薪港幣45,000元 without a word segmenter.
    nlp = spacy.blank(lang)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for label in TERMS + PERIODS:
        matcher.add(label, [nlp.make_doc(p) for p in vocabulary()[label]])
    return nlp, matcher


def spans(clause: str, money_pattern: str) -> list[Span]:
    lang = "zh" if re.search(rf"[{HAN_RANGE}]", clause) else "en"
    nlp, matcher = _pipeline(lang)
    doc = nlp.make_doc(clause)
    found = [Span(doc, s, e, label=nlp.vocab.strings[m]) for m, s, e in matcher(doc)]
    for m in re.finditer(money_pattern, clause):
        sp = doc.char_span(m.start(), m.end(), label="MONEY", alignment_mode="expand")
        if sp is not None:
            found.append(sp)
    # Overlaps: the longer span wins ('monthly salary' over 'monthly'; an amount over a term in it).
    return sorted(filter_spans(found), key=lambda s: s.start)


def pay_items(clause: str, money_pattern: str) -> list[PayItem]:
    ss = spans(clause, money_pattern)
    items = []
    for i, sp in enumerate(ss):
        if sp.label_ not in TERMS or sp.label_ == "DISCRETIONARY":
            continue
        if i + 1 < len(ss) and ss[i + 1].label_ == sp.label_:
            continue  # a label and its translation ('Year-end bonus 年終獎金'): one term, the second's
        term = "SALARY" if sp.label_.startswith("SALARY") else sp.label_
        nxt = next((k for k in range(i + 1, len(ss)) if ss[k].label_ in TERMS and ss[k].label_ != "DISCRETIONARY"), len(ss))
        money = next((k for k in range(i + 1, nxt) if ss[k].label_ == "MONEY"), None)
        if money is None and AS_BEFORE.search(clause[:sp.start_char]):
            money = _amount_before(clause, ss, i)  # 'pays HK$10,000 per month as housing allowance'
        period = {"SALARY_MONTHLY": "month", "SALARY_ANNUAL": "year"}.get(sp.label_)
        if money is not None and TIMES_MONTHS.match(clause[ss[money].end_char:]):
            period = "month"  # 'HK$50,000 x 13 months a year': a month's pay, times the months paid
        if period is None:
            after = money if money is not None else i
            following = [s.label_ for s in ss[after + 1:nxt] if s.label_ in PERIODS]
            before = [s.label_ for s in ss[i + 1:after] if s.label_ in PERIODS]
            label = (following or before or ["PER_MONTH"])[0]
            period = "year" if label == "PER_YEAR" else "month"
        # a pay item is the employer's to pay or not where its sentence says so, before it or after
        # ('a year-end bonus of one month's salary may be paid at the Company's discretion')
        # A bonus its own words guarantee ('Guaranteed 13th month') is none, whatever follows it ('… | Discretionary
        # bonus …' in the same table).
        discretionary = any(s.label_ == "DISCRETIONARY" and k >= i - 3 and _same_sentence(clause, sp, s)
                            and not (k > i and _names_another_pay(clause, s)) for k, s in enumerate(ss)) \
            and not _guaranteed(clause, sp)
        end = ss[nxt].start_char if nxt < len(ss) else len(clause)
        none = money is None and _none_after(clause[sp.end_char:end]) or money is None and _denied_before(clause[:sp.start_char])
        items.append(PayItem(term, ss[money].text if money is not None else None, period, discretionary, none))
    return items


AS_BEFORE = re.compile(r"(?:\bas|作为|作為|用作)\s*$", re.IGNORECASE)


def _amount_before(clause: str, ss: list[Span], i: int) -> int | None:
    """The amount just before a term named 'as' it, in its sentence, with no other term between."""
    prev = next((k for k in range(i - 1, -1, -1) if ss[k].label_ in TERMS or ss[k].label_ == "MONEY"), None)
    return prev if prev is not None and ss[prev].label_ == "MONEY" and _same_sentence(clause, ss[prev], ss[i]) else None


def _none_after(text: str) -> bool:
    """The item stated as none just after its label ('Nil', 'N/A不適用': a Latin word may run into Han)."""
    words = vocabulary()["NONE"]
    latin = "|".join(re.escape(w) for w in words if w.isascii())
    han = "|".join(re.escape(w) for w in words if not w.isascii())
    return re.match(rf"\W*(?:(?:{latin})(?![A-Za-z0-9])|(?:{han})(?!\w))", text, re.IGNORECASE) is not None


def _names_another_pay(clause: str, cue: Span) -> bool:
    """A cue of discretion after an item that belongs to another payment it names ('HK$49,600 a
    month, together with a discretionary bonus'; 'and a performance bonus')."""
    other = "|".join(re.escape(w) for w in vocabulary()["OTHER_PAY"])
    return re.search(rf"(?i)(?:{other})", cue.text) is not None or \
        re.match(rf"(?i)\W*(?:[a-z]+\W+)?(?:{other})", clause[cue.end_char:cue.end_char + 30]) is not None


def _guaranteed(clause: str, sp: Span) -> bool:
    words = "|".join(re.escape(w) for w in vocabulary()["GUARANTEED"])
    return re.search(rf"(?:{words})\W*$", clause[max(0, sp.start_char - 20):sp.start_char], re.IGNORECASE) is not None \
        or re.search(words, sp.text, re.IGNORECASE) is not None


def _denied_before(before: str) -> bool:
    """The item's sentence denies it just before naming it ('No housing benefit is provided', 'is
    not entitled to any housing allowance')."""
    words = "|".join(re.escape(w) for w in vocabulary()["NONE_BEFORE"])
    negations = "|".join(re.escape(w) for w in vocabulary()["NEGATIONS"])
    return re.search(rf"(?<![A-Za-z])(?:{words})\s*$", before, re.IGNORECASE) is not None \
        or re.search(rf"\b(?:{negations})\b[^.;:]{{0,60}}\b(?:any|an?)\s*$", before, re.IGNORECASE) is not None


def _same_sentence(clause: str, a: Span, b: Span) -> bool:
    lo, hi = sorted((a.start_char, b.start_char))
    return not re.search(r"[.;。；](?:\s|$)", clause[lo:hi])


TIMES_MONTHS = re.compile(r"\s*[x×*]\s*\d{1,2}(?:\.\d)?\s*(?:months?|mths?|個月|个月)", re.IGNORECASE)


def period_stated(text: str) -> str | None:
    """'year' or 'month' where a stated amount names its period: after it ('HK$624,000 per annum,
    payable monthly': the first period named), or as the pay's name just before it."""
    digit = re.search(r"\d", text)
    if digit is None:
        return None
    figure = re.match(r"[\d,.]+", text[digit.start():])
    if figure and TIMES_MONTHS.match(text[digit.start() + figure.end():]):
        return "month"
    # or names the pay by its period just before it ('an annual salary of HK$1,020,000, payable in
    # twelve monthly instalments': the instalments are how it is paid)
    before = [sp for sp in spans(text[:digit.start()], r"(?!)") if sp.label_ in ("SALARY_ANNUAL", "SALARY_MONTHLY")]
    if before and not re.search(r"[.;。；]", text[before[-1].end_char:digit.start()]) and digit.start() - before[-1].end_char <= 12:
        return "year" if before[-1].label_ == "SALARY_ANNUAL" else "month"
    named = [sp.label_ for sp in spans(text[digit.start():], r"(?!)") if sp.label_ in PERIODS]
    return None if not named else "year" if named[0] == "PER_YEAR" else "month"
