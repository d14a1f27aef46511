"""Mainland names in Latin letters are Hanyu Pinyin: a token that does not split into pinyin
syllables was misread. Used to clean OCR noise out of MRZ and printed names."""
from __future__ import annotations

import functools

from pypinyin import Style, lazy_pinyin
from pypinyin.pinyin_dict import pinyin_dict


@functools.lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    out = set()
    for cp in pinyin_dict:
        for p in lazy_pinyin(chr(cp), style=Style.NORMAL):
            p = p.upper().replace("Ü", "V")
            if p.isalpha() and p.isascii():
                out.add(p)
    return frozenset(out)


def is_pinyin(token: str) -> bool:
    """True when the token splits wholly into pinyin syllables."""
    token = token.upper()
    syl = syllables()
    ok = [True] + [False] * len(token)
    for i in range(len(token)):
        if ok[i]:
            for n in range(1, 7):
                if i + n <= len(token) and token[i:i + n] in syl:
                    ok[i + n] = True
    return ok[len(token)]


def clean_token(token: str) -> str:
    """The longest prefix of the token that is pinyin ('ZIFANGK' -> 'ZIFANG'), or ''."""
    for end in range(len(token), 0, -1):
        if is_pinyin(token[:end]):
            return token[:end]
    return ""


def clean_name(name: str) -> str:
    return " ".join(t for t in (clean_token(x) for x in name.split()) if t)
