"""Is a name the same person's? Hanzi against pinyin (polyphonic characters and surname
readings considered), pinyin against pinyin (word order, spacing, hyphens)."""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from pathlib import Path

import yaml
from pypinyin import Style, pinyin
from rapidfuzz import fuzz

from pipeline.text import is_han, simplified, traditional

# Surnames whose reading differs from the character's common one.
SURNAME_READINGS = {"单": ["SHAN"], "曾": ["ZENG"], "区": ["OU"], "仇": ["QIU"], "查": ["ZHA"], "解": ["XIE"],
                    "朴": ["PIAO"], "乐": ["YUE", "LE"], "尉迟": ["YUCHI"], "盖": ["GE", "GAI"], "任": ["REN"],
                    "華": ["HUA"], "华": ["HUA"], "覃": ["QIN", "TAN"], "翟": ["ZHAI"], "缪": ["MIAO"], "繆": ["MIAO"],
                    "万俟": ["MOQI"], "长孙": ["ZHANGSUN"], "沈": ["SHEN"], "秘": ["BI"], "柏": ["BAI", "BO"]}




@functools.lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin syllable of the common Han block (about 410), lower case with ü as
    v: each character's first reading in pypinyin's dictionary, tone marks dropped (the same
    set lazy_pinyin gives, which took a second asked one character at a time)."""
    from pypinyin.pinyin_dict import pinyin_dict
    out = set()
    for readings in {v for cp, v in pinyin_dict.items() if 0x4E00 <= cp <= 0x9FFF}:
        p = unicodedata.normalize("NFD", readings.split(",")[0]).replace("u\u0308", "v")
        out.add("".join(c for c in p if not unicodedata.combining(c)))
    return frozenset(out)


def is_pinyin(name: str) -> bool:
    """Whether every word of a Latin name splits into pinyin syllables ('ZHANG WEI', 'XIAOBO';
    not 'IN HONG KONG' nor 'PARTICULARS')."""
    words = re.findall(r"[a-zü]+", name.lower().replace("u:", "ü"))
    # PRC passports spell lü and nü as LYU and NYU (LV and NV before 2012).
    words = [w.replace("ü", "v").replace("lyu", "lv").replace("nyu", "nv") for w in words]
    return bool(words) and all(splits_into_pinyin(w) for w in words) and not re.search(r"[^A-Za-zÜü:' -]", name)


@functools.lru_cache(maxsize=1)
def spelt_syllables() -> frozenset[str]:
    """The syllables as names are spelt: pinyin's but interjections', and ü after l and n as PRC passports and the MRZ
    spell it since 2012 (吕 LYU, 女 NYU, 略 LYUE)."""
    out = pinyin_syllables() - set(_surname_data()["not_in_names"])
    return out | {s.replace("v", "yu") for s in out if s[:1] in "ln" and "v" in s}


def splits_into_pinyin(word: str) -> bool:
    """Whether a lower-case word (ü as v, or as yu after l and n) is wholly pinyin syllables ('xiaobo')."""
    syllables = spelt_syllables()
    ok = [True] + [False] * len(word)
    for end in range(1, len(word) + 1):
        ok[end] = any(ok[start] and word[start:end] in syllables for start in range(max(0, end - 6), end))
    return ok[-1]


# Letters OCR takes for one another in Latin print: a name that is no pinyin as read may be one
# letter away from it ('ZHIGIANG' for ZHIQIANG).
LOOKALIKES = {"g": "q", "q": "g", "l": "i", "i": "l", "1": "i", "0": "o", "o": "u", "u": "o", "c": "e", "e": "c",
              "n": "h", "h": "n", "5": "s", "8": "b", "rn": "m", "cl": "d", "vv": "w"}


def mended_pinyin(name: str) -> str | None:
    """The name with each word that is no pinyin mended by one look-alike letter, where exactly
    one mending makes it pinyin; None where a word stays no pinyin."""
    out = []
    for word in name.split(" "):
        low = word.lower()
        if not low or splits_into_pinyin(low):
            out.append(word)
            continue
        found = {low[:i] + new + low[i + len(old):] for old, new in LOOKALIKES.items()
                 for i in range(len(low)) if low.startswith(old, i)}
        found = {w for w in found if splits_into_pinyin(w)}
        if len(found) != 1:
            return None
        fixed = found.pop()
        upper = sum(c.isupper() for c in word) > len(word) / 2
        out.append(fixed.upper() if upper else fixed.capitalize() if word[:1].isupper() else fixed)
    return " ".join(out)


@functools.lru_cache(maxsize=1)
def _surname_data() -> dict:
    return yaml.safe_load((Path(__file__).parent / "data" / "surnames.yaml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    data = _surname_data()
    single = set(data["single"]) | {traditional(c) for c in data["single"]}
    compound = set(data["compound"]) | {traditional(c) for c in data["compound"]}
    return frozenset(single), frozenset(compound)


@functools.lru_cache(maxsize=1)
def _hong_kong_romanised() -> tuple[frozenset[str], frozenset[str]]:
    data = _surname_data()
    surnames = frozenset(data["hong_kong_surnames"])
    return surnames, surnames | frozenset(data["hong_kong_syllables"])


def is_hong_kong_romanised(name: str) -> bool:
    """Whether a Latin name is a Hong Kong one, a word a syllable, its surname in capitals or first ('WONG Ka Yan',
    'Chan Tsz-wing'): two to four syllables, one of them a surname so spelt, the rest syllables given names are made of."""
    words = re.split(r"[ -]+", name.strip())
    surnames, syllables = _hong_kong_romanised()
    capitals = [w for w in words if w.isupper() and len(w) > 1]
    surname = capitals[0] if len(capitals) == 1 else words[0]
    return (2 <= len(words) <= 4 and all(w.isalpha() and w.lower() in syllables for w in words) and surname.lower() in surnames
            and not re.fullmatch(r"(?i)hong kong", name.strip()))


def is_romanised_name(name: str) -> bool:
    """A Latin name in pinyin, or in Hong Kong's romanisation."""
    return is_pinyin(name.upper()) or is_hong_kong_romanised(name)


def starts_with_surname(name: str) -> bool:
    """Whether a run of Han characters opens with a common surname, as a person's name does."""
    single, compound = _surnames()
    return name[:2] in compound or name[:1] in single


def surname_mended(name: str) -> str | None:
    """A Han name opening with no surname but with a character OCR reads for one (沉 for 沈; data/surnames.yaml:
    ocr_lookalikes): the name with the surname's character; None where the name needs no mending."""
    lookalikes = _surname_data().get("ocr_lookalikes", {})
    if not name or starts_with_surname(name) or name[0] not in lookalikes:
        return None
    return lookalikes[name[0]] + name[1:]


def starts_with_compound_surname(name: str) -> bool:
    """Whether a run of Han characters opens with a surname of two characters (歐陽, 司徒)."""
    return name[:2] in _surnames()[1]


@functools.lru_cache(maxsize=1)
def _compound_surnames_latin() -> frozenset[str]:
    return frozenset("".join(s[0] for s in pinyin(name, style=Style.NORMAL)).upper() for name in _surnames()[1] if name == simplified(name))


SURNAME_LOOKALIKES = {"Q": "O", "0": "O", "D": "O", "U": "O", "1": "I", "L": "I"}  # a letter OCR reads for another in print


def mended_compound_surname(name: str) -> str | None:
    """A name whose first word, its surname, is one look-alike letter from a surname of two
    syllables ('QUYANG FENG' for OUYANG FENG): the mended name; None where none or several."""
    first, _, rest = name.partition(" ")
    compounds = _compound_surnames_latin()
    if not rest or first in compounds:
        return None
    found = {first[:i] + new + first[i + 1:] for i, c in enumerate(first) for old, new in SURNAME_LOOKALIKES.items() if c == old}
    found &= compounds
    return f"{found.pop()} {rest}" if len(found) == 1 else None


def latin_key(name: str) -> str:
    # LYU and NYU (passports' lü and nü) never occur otherwise: no pinyin syllable has LY or NY
    key = name.upper().replace("Ü", "V").replace("U:", "V").replace("LYU", "LV").replace("NYU", "NV")
    return re.sub(r"[^A-Z]", "", key)


def _split_surname(name: str, per_char: int | None = None) -> tuple[list[str], str]:
    """(pinyin spellings of the surname, the given name) of a Hanzi name, Han characters only;
    two-character and specially read surnames first."""
    name = "".join(c for c in name if is_han(c))
    if not name:
        return [], ""
    for length in (2, 1):
        if name[:length] in SURNAME_READINGS:
            return SURNAME_READINGS[name[:length]], name[length:]
    return [p.upper().replace("Ü", "V") for p in pinyin(name[0], style=Style.NORMAL, heteronym=True)[0][:per_char]], name[1:]


def surname_readings(name: str) -> list[str]:
    """Pinyin spellings of the surname of a Hanzi name."""
    return _split_surname(name)[0]


def hanzi_readings(name: str, limit: int = 64, per_char: int | None = None) -> list[str]:
    """Every plausible pinyin spelling of a Hanzi name, surname reading first, upper case;
    with `per_char`, only each character's commonest readings."""
    surname_opts, rest = _split_surname(name, per_char)
    if not surname_opts:
        return []
    given_opts = [[p.upper().replace("Ü", "V") for p in opts[:per_char]]
                  for opts in pinyin(rest, style=Style.NORMAL, heteronym=True)]
    out = []
    for sur in surname_opts:
        for combo in itertools.islice(itertools.product(*given_opts), limit):
            out.append(sur + "".join(combo))
    return out


def shares_a_syllable(han: str, latin: str) -> bool:
    """Some character of `han` reads as a syllable of the pinyin name `latin` (a line that may
    hold the name with a character misread)."""
    syllables = {latin_key(w) for w in re.findall(r"[A-Za-z]+", latin)}
    key = latin_key(latin)
    return any(p.upper() in syllables or (len(p) >= 2 and key.startswith(p.upper()))
               for c in han if is_han(c) for p in pinyin(c, style=Style.NORMAL, heteronym=True)[0])


def spells(han: str, latin: str) -> bool:
    """Whether the Hanzi name, each character read one of its two commonest ways (乐 as LE or
    YUE), spells the pinyin name: stricter than same_person, for which 能 spells XIONG by an
    archaic fourth reading."""
    return latin_key(latin) in hanzi_readings(han, per_char=2)


def surname_and_given(han: str, latin: str) -> tuple[str, str] | None:
    """A Latin name the Hanzi name spells, cut where its surname ends: ('SHAO', 'YUTONG') for 邵雨桐
    and 'Shao Yutong'; ('OUYANG', 'FEI') for 欧阳菲 and 'OU YANG FEI'. None where it does not spell it."""
    words = latin.upper().split()
    if len(words) < 2 or not spells(han, latin):
        return None
    if len(words) == 2:  # Mainland order: the surname first
        return words[0], words[1]
    surnames = set(surname_readings(han))
    for k in range(1, len(words)):
        if latin_key("".join(words[:k])) in surnames:
            return "".join(words[:k]), "".join(words[k:])
    return None


def dotless(key: str) -> str:
    """A name's key with ü (V after L or N) written as u, as papers that drop the dots spell it (LU for LYU)."""
    return re.sub(r"(?<=[LN])V", "U", key)


def same_person(a: str, b: str) -> tuple[bool, str]:
    """(match, how) for two names in any mix of Hanzi and pinyin."""
    a, b = a.strip(), b.strip()
    if not a or not b:
        return False, "a name is empty"
    han_a, han_b = any(is_han(c) for c in a), any(is_han(c) for c in b)
    if han_a and han_b:
        # 羅梓芳 and 罗梓芳 are one name: HK papers print traditional, Mainland ones simplified.
        ok = simplified(re.sub(r"\s", "", a)) == simplified(re.sub(r"\s", "", b))
        return ok, "same characters" if ok else "different characters"
    if han_a or han_b:
        han, lat = (a, b) if han_a else (b, a)
        key = latin_key(lat)
        readings = hanzi_readings(han)
        if key in readings:
            return True, f"{han} reads {key}"
        if dotless(key) in {dotless(r) for r in readings}:
            return True, f"{han} reads {key}, ü written as u"
        # the Latin name may put the given name first
        parts = lat.upper().split()
        if len(parts) > 1 and latin_key(parts[-1] + "".join(parts[:-1])) in readings:
            return True, f"{han} reads {lat} (given name first)"
        return False, f"{han} does not read as {lat}"
    ka, kb = latin_key(a), latin_key(b)
    if ka == kb:
        return True, "same spelling"
    if dotless(ka) == dotless(kb):
        return True, "same spelling, ü written as u in one"
    pa, pb = sorted(a.upper().split()), sorted(b.upper().split())
    if pa == pb or latin_key("".join(pa)) == latin_key("".join(pb)):
        return True, "same words in another order"
    score = fuzz.ratio(ka, kb)
    return score >= 92, f"spelling similarity {score:.0f}%"


def spec_name(name: str) -> str:
    """A person's name as SPEC §5 writes it: Hanzi as read, or upper-case pinyin with the surname
    first where the print marks it by capitals ('Xiaoli MA' is MA XIAOLI)."""
    if re.search(r"[\u2e80-\u9fff]", name):
        return name
    words = name.split()
    caps = [w for w in words if w.isupper() and len(w) > 1]
    if len(caps) == 1 and len(words) > 1 and words[0] != caps[0]:
        words = caps + [w for w in words if w != caps[0]]
    return " ".join(words).upper()
