"""Hong Kong identity card numbers: the check character, and the reading of a number OCR bent
that the check character confirms."""
from __future__ import annotations

import re

# a letter read as the digit it resembles, at the positions where only letters stand
LETTER_FOR_DIGIT = {"7": "Z", "2": "Z", "1": "I", "5": "S", "8": "B", "6": "G", "4": "A", "0": "D"}
NUMBER_RX = re.compile(r"(?<![A-Z0-9])([A-Z0-9]{1,2})\s?(\d{6})\s?[(（]?\s?([0-9A])\s?[)）]?")


def hkid_check_char(body: str) -> str:
    """The character in brackets after the letters and six digits."""
    body = body.upper()
    if len(body) == 7:
        body = " " + body
    values = [36 if c == " " else (ord(c) - 55 if c.isalpha() else int(c)) for c in body]
    s = sum(v * w for v, w in zip(values, range(9, 1, -1)))
    r = (11 - s % 11) % 11
    return "A" if r == 10 else str(r)


def _letters(prefix: str) -> list[str]:
    """The letter prefixes a read prefix may be: as read, a digit read for its letter, or one
    of two letters a stray mark ('GY427915' for G427915)."""
    out = [prefix] if prefix.isalpha() else []
    mapped = "".join(c if c.isalpha() else LETTER_FOR_DIGIT.get(c, "") for c in prefix)
    if len(mapped) == len(prefix) and mapped != prefix:
        out.append(mapped)
    if len(prefix) == 2:
        out += [c for c in prefix if c.isalpha()]
    return out


def read_hkid(text: str) -> str | None:
    """'A123456(3)' from the text: the reading the check character confirms where OCR bent a
    letter, else the number as read (the check-digit rule then says it does not check)."""
    for m in NUMBER_RX.finditer(text.upper()):
        prefix, digits, check = m.groups()
        # only a bracketed check character says the text is one to mend ('HK ID 7318406' is not)
        readings = _letters(prefix) if re.search(r"[(（]", m.group(0)) else [prefix] if prefix.isalpha() else []
        confirmed = next((p for p in readings if hkid_check_char(p + digits) == check), None)
        if confirmed:
            return f"{confirmed}{digits}({check})"
        if prefix.isalpha():
            return f"{prefix}{digits}({check})"
    return None


def hkid_checks(number: str) -> bool:
    """'A123456(3)': its check character is the one its letters and digits give."""
    m = re.fullmatch(r"([A-Z]{1,2}\d{6})\(([0-9A])\)", number)
    return m is not None and hkid_check_char(m.group(1)) == m.group(2)
