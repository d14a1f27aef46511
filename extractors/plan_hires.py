"""A plan's count of local hires where none of the phrases business_plan.py knows states it, chosen
among candidates: each clause that says where people will work and that they are hired or
counted (data/prose.yaml, `local_hires`) offers the counts it holds: after a hiring verb
('recruit 7 staff members'), after a headcount's label ('Headcount at the end of year one: 5',
'在港僱用員工：七人'), before people ('two full-time baristas'), answering the clause's question ('… in Hong
Kong? A: Six'). The first clause's first count wins, unless a later clause of the first year states the
whole team ('Month 6: the first two Hong Kong staff join' … 'Month 12: a team of 5 in Hong Kong'): its last such total."""
from __future__ import annotations

import functools
import re

from pipeline.amounts import HAN_COUNT, chinese_numeral
from pipeline.text import HAN, phrase_alternation

from .declarations import later_period_in
from .prose import both_scripts, vocabulary

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
# nouns of people at work ('bakers', 'assistants', 'coaches')
# (not those who own or fund it: 'from the two owners')
PEOPLE = (r"(?!(?:owners|founders|co-founders|partners|shareholders|directors|investors|lenders)\b)"
          r"(?:[a-z]*(?:ers|ors|ists|istas|ants|ians|ees|men)|coaches|chefs|cooks|nurses|guides|clerks|aides|hands|crew|staff|executives|representatives)\b")
# one person at work, by the singular of those nouns ('a head chef', 'one receptionist')
ONE_PERSON = r"(?:[a-z]*(?:er|or|ist|ista|ant|ian|ee|man)|coach|chef|cook|nurse|guide|clerk|aide|hand|executive|representative)\b"
# a clause ends at a full stop (not a decimal point, nor a question's or answer's letter: 'A. Eight'), a semicolon,
# a Chinese comma (which parts clauses: '由兩名股東出資…，並將於本港增聘五名全職員工') or a line of its own
CLAUSE = re.compile(rf"(?:[^.;；。，,]|(?<=\d)\.(?=\d)|(?<=\b[A-Z])\.|(?<!{HAN}),|,(?!{HAN}))+")
# the whole team a clause counts ('a team of 5', 'headcount of 8', 'a staff of five'), not its newcomers
# (or the count a milestone's clause grows it to: '第12个月：本地员工增至4名'; not 'will be 3, rising to 5', the years after)
TOTAL = r"(?:\b(?:team|headcount|workforce|staff)\s+(?:size\s+)?of\s+|(?:增至|增加至|增加到|增到|增長至|增长至)\s*)"
# a count of the team the first year ends with, after it ('4 local staff by the end of year one')
BY_YEAR_END = re.compile(rf"(?<![\d,.$])\b(\d{{1,3}}|{'|'.join(NUMBER_WORDS)})\s+(?:[a-z-]+\s+){{0,2}}?by\s+(?:the\s+)?end\s+of\s+(?:the\s+first\s+year|year\s+(?:one|1)|"
                         r"the\s+first\s+12\s+months|month\s+12)\b", re.IGNORECASE)
# a milestone past the first year ('Month 18: …', '第18个月')
LATER_MONTH = re.compile(r"\bmonth\s*(?:1[3-9]|[2-9]\d)\b|第\s*(?:1[3-9]|[2-9]\d)\s*[个個]月", re.IGNORECASE)
# a count that is a year's or a period's ordinal, not people ('year one', '第一年')
ORDINAL_BEFORE = re.compile(r"(?:year|yr|phase|stage|第)\s*$", re.IGNORECASE)


def _words(phrases: list[str]) -> str:
    return phrase_alternation(both_scripts(phrases))


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, list[re.Pattern]]:
    cues = vocabulary()["local_hires"]
    place = re.compile(_words(cues["places"]), re.IGNORECASE)
    work = re.compile(_words(cues["hiring"] + cues["headcount"]), re.IGNORECASE)
    count = rf"(\d{{1,3}}|{'|'.join(NUMBER_WORDS)}|{HAN_COUNT})"
    not_after = rf"(?!\d|[,.]\d|\s*%)(?!\s*(?:{_words(cues['not_people'])}|個月|个月|年|%))"
    counts = [
        re.compile(rf"(?:{_words(cues['hiring'])})\s*[:：]?\s*(?:(?:a\s+total\s+of|about|around|up\s+to|some)\s+)?{count}{not_after}", re.IGNORECASE),
        # (or the people's own word: 'Positions we will create in Hong Kong: 3')
        re.compile(rf"(?:{_words(cues['headcount'] + cues['people'])})[^:：]{{0,40}}[:：]\s*{count}{not_after}", re.IGNORECASE),
        re.compile(rf"(?<![\d,.$])\b{count}\s+(?:[a-z-]+\s+){{0,2}}(?:{_words(cues['people'])}|{PEOPLE})", re.IGNORECASE),
        # (not those who own or fund it: '由三位股东出资')
        re.compile(rf"(?<![\d,.])(\d{{1,3}}|{HAN_COUNT})\s*[名人位](?!民)(?!\s*(?:股[东東]|董事|合[伙夥]人|[创創]始人|投[资資]|出[资資]))"),
        # the answer to the clause's question ('How many people will you employ in Hong Kong? A: Six')
        re.compile(rf"[?？]\s*(?:(?:A|Ans|Answer|答)\s*[:：.]\s*)?{count}{not_after}", re.IGNORECASE),
    ]
    # a headcount by place, the place before its count ('Headcount plan: Hong Kong 6, Shenzhen 4')
    counts.append(re.compile(rf"(?:{_words(cues['places'])})\s*[:：]?\s*{count}{not_after}", re.IGNORECASE))
    counts.append(re.compile(rf"{TOTAL}{count}{not_after}", re.IGNORECASE))  # last: whole_team reads it alone
    return place, work, counts


@functools.lru_cache(maxsize=1)
def _list_item() -> re.Pattern:
    """One item of a list of people by role ('a head chef', 'three kitchen staff')."""
    people = _words(vocabulary()["local_hires"]["people"])
    number = rf"(\d{{1,3}}|{'|'.join(NUMBER_WORDS)})"
    return re.compile(rf"(?<![\w$,.])(?:(a|an)\s+(?:[a-z-]+\s+){{0,2}}?{ONE_PERSON}|{number}\s+(?:[a-z-]+\s+){{0,2}}?(?:{people}|{PEOPLE}|{ONE_PERSON}))",
                      re.IGNORECASE)


def _listed_total(said: str, at: int) -> int | None:
    """The people of a list by role that holds the count at `at`, summed ('a head chef and three kitchen staff'): items
    joined by a comma, 'and' or 'plus' only."""
    items = list(_list_item().finditer(said))
    runs: list[list[re.Match]] = []
    for m in items:
        if runs and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+|plus\s+|&\s*)", said[runs[-1][-1].end():m.start()], re.IGNORECASE):
            runs[-1].append(m)
        else:
            runs.append([m])
    run = next((r for r in runs if len(r) >= 2 and r[0].start() <= at < r[-1].end()), None)
    return sum(1 if m.group(1) else as_count(m.group(2)) for m in run) if run else None


def as_count(raw: str) -> int:
    raw = raw.lower()
    return int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw) or chinese_numeral(raw.replace("兩", "二").replace("两", "二"))


def local_hires(text: str) -> tuple[int, int] | None:
    """(count, offset in `text`) of the first clause naming local people hired or counted, or of the
    whole team a later clause counts (whole_team)."""
    place, work, counts = _patterns()
    for clause in CLAUSE.finditer(text):
        said = clause.group()
        if not place.search(said) or not work.search(said):
            continue
        found = [(m.start(1), as_count(m.group(1))) for pattern in counts for m in pattern.finditer(said)
                 if not ORDINAL_BEFORE.search(said[:m.start(1)])]
        found = [(at, n) for at, n in found if 0 < n < 1000]
        if found:
            at, n = min(found)
            n = _listed_total(said, at) or n
            total = whole_team(text)
            return total if total and total[1] > clause.start() + at else (n, clause.start() + at)
    return None


def whole_team(text: str) -> tuple[int, int] | None:
    """(count, offset) of the last clause of the first year that counts the whole local team ('Month 12: a team
    of 5 in Hong Kong'): it holds the newcomers an earlier clause counts ('Month 6: the first two Hong Kong staff join')."""
    place, _, counts = _patterns()
    total = None
    for clause in CLAUSE.finditer(text):
        said = clause.group()
        m = counts[-1].search(said) or BY_YEAR_END.search(said)
        if m and place.search(said) and not later_period_in(said) and not LATER_MONTH.search(said) and 0 < as_count(m.group(1)) < 1000:
            total = as_count(m.group(1)), clause.start() + m.start(1)
    return total


def local_of_whom(text: str) -> tuple[int, int] | None:
    """(count, offset) of the local part of a team the plan counts ('a team of nine, seven of whom will be Hong Kong
    residents'): the local people, not the whole team."""
    place, _, _ = _patterns()
    words = "|".join(NUMBER_WORDS)
    m = re.search(rf"\b(\d{{1,3}}|{words})\s+of\s+(?:whom|them)\s+(?:will\s+be\s+|are\s+|would\s+be\s+|to\s+be\s+)?(?:hired\s+)?(?:in\s+)?"
                  rf"(?={place.pattern})", text, re.IGNORECASE)
    return (as_count(m.group(1)), m.start(1)) if m else None
