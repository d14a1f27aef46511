"""Mainland names in Latin letters are Hanyu Pinyin: a token that does not split into pinyin
syllables was misread. Used to clean OCR noise out of MRZ and printed names."""
from __future__ import annotations

from pipeline.names import splits_into_pinyin


def is_pinyin(token: str) -> bool:
    """True when the token splits wholly into pinyin syllables."""
    return splits_into_pinyin(token.lower())


def clean_token(token: str) -> str:
    """The longest prefix of the token that is pinyin ('ZIFANGK' -> 'ZIFANG'), or ''."""
    for end in range(len(token), 0, -1):
        if is_pinyin(token[:end]):
            return token[:end]
    return ""


def clean_name(name: str) -> str:
    return " ".join(t for t in (clean_token(x) for x in name.split()) if t)
