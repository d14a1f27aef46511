"""A person's Han name inside running text: where it starts after a cue ('聘用僱員黎嘉欣擔任'),
or where it ends before one ('與歐陽志明先生'), by the surname it opens with and the word after it."""
from __future__ import annotations

import functools
import re

from pipeline.names import starts_with_compound_surname, starts_with_surname
from pipeline.text import HAN_RANGE

from .prose import both_scripts, has_han, role_words, vocabulary

HAN = f"[{HAN_RANGE}]"


def han_person_before(run: str) -> str:
    """The person's name a run of Han characters ends with: three characters, else two, else
    four; a word the name follows is no surname ('由唐远' is 唐远). A surname of two characters
    keeps them both ('與歐陽志明先生' is 歐陽志明, not 陽志明)."""
    compound = [run[-n:] for n in (4, 3) if len(run) >= n and starts_with_compound_surname(run[-n:])]
    if compound and not any(r in compound[0] for r in role_words() if has_han(r)):
        return compound[0]
    fits = [run[-n:] for n in (3, 2, 4) if len(run) >= n and starts_with_surname(run[-n:])
            and not any(r in run[-n:] for r in role_words() if has_han(r))]
    if len(fits) > 1 and len(fits[0]) == 3 and fits[0][0] in vocabulary()["function_surnames"] and len(fits[1]) == 2:
        return fits[1]
    return fits[0] if fits else ""


NAME_END_MARKS = ("，", ",", "、", "（", "(", "。", " ")


@functools.lru_cache(maxsize=1)
def _name_ends() -> tuple[str, ...]:
    return NAME_END_MARKS + tuple(both_scripts(vocabulary()["name_ends"]))


@functools.lru_cache(maxsize=1)
def _never_last() -> frozenset[str]:
    return frozenset(both_scripts(vocabulary()["never_in_given_names"]))


def han_person_at(text: str, at: int) -> str:
    """The Han name that starts at `at` and ends where a name ends ('罗欣怡同志', '罗欣怡，女',
    '黎嘉欣擔任'): three characters, else two, else four, unless a shorter name ends at a longer
    word ('何朗擔任' is 何朗 before 擔任, not 何朗擔 before 任)."""
    fits = []
    for rank, n in enumerate((3, 2, 4)):
        name = text[at:at + n]
        if len(name) == n and re.fullmatch(f"{HAN}+", name) and starts_with_surname(name) and name[-1] not in _never_last():
            end = 9 if at + n == len(text) else max((len(e) for e in _name_ends() if text.startswith(e, at + n)), default=0)
            if end:
                fits.append((-end, rank, name))
    return min(fits)[2] if fits else ""
