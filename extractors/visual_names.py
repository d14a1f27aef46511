"""A travel document's name as its visual zone prints it in Latin letters, where the MRZ gives
none or to weigh against it: 'SURNAME, GIVEN', a run the Chinese name spells, a labelled holder's
name, or the surname and the given names on lines of their own."""
from __future__ import annotations

import re

from pipeline.text import HAN_RANGE

from .base import after_label

# A Latin name as a card's or a passport's visual zone prints it: 'SHEN, LEISI', 'Mo, DONGXIU'; Han print may
# follow on the line (a card's back laid beside its front: 'MO, WANQING有效期至 …'), no \b between them.
LATIN_NAME = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,12})\s*[,，]\s*([A-Za-z]{2,24})(?![A-Za-z])")


def visual_latin_name(lines):
    """(surname, given names, line) as the visual zone prints them, or None."""
    for line in lines:
        m = LATIN_NAME.search(line.text)
        if m and "<" not in line.text:
            return m.group(1).upper(), m.group(2).upper(), line
    return None


def every_run(text: str, shortest: int, longest: int) -> list[str]:
    """Every stretch of `shortest` to `longest` Han characters of each run of Han print."""
    out = []
    for block in re.findall(rf"[{HAN_RANGE}]+", text):
        out += [block[i:i + n] for n in range(min(longest, len(block)), shortest - 1, -1) for i in range(len(block) - n + 1)]
    return out


def spelt_by(han: str, lines) -> tuple[str, str, object] | None:
    """(surname, given names, line): the run of Latin words on a line that the Chinese name
    spells ('邵雨桐  SHAO YUTONG', a permit's name without a comma)."""
    from pipeline.names import surname_and_given  # names live with the rules that compare them
    for line in lines:
        for run in re.findall(r"[A-Za-z]+(?: [A-Za-z]+){1,3}", line.text):
            words = run.split()
            for i in range(len(words) - 1):  # the run may begin with a label ('Name SHAO YUTONG')
                parts = surname_and_given(han, " ".join(words[i:]))
                if parts:
                    return parts[0], parts[1], line
    return None


def name_on_lines_apart(lines) -> tuple[str, tuple[str, str, object]] | None:
    """(Chinese name, (surname, given names, line)) where a card prints the surname and the given
    names in Latin letters on lines of their own, in either order, and a Han name on the card
    spells the two: the spelling ties the three together."""
    from pipeline.names import surname_and_given  # names live with the rules that compare them
    latin = [(ln, ln.text.strip()) for ln in lines if re.fullmatch(r"[A-Za-z]{1,12}", ln.text.strip())]
    hans = [r for ln in lines for r in every_run(ln.text, 2, 4) if len(ln.text.replace(" ", "")) <= 6]
    for han in hans:
        for a, b in ((a, b) for a in latin for b in latin if a is not b):
            parts = surname_and_given(han, f"{a[1]} {b[1]}")
            if parts:
                return han, (parts[0], parts[1], a[0])
    return None


# A copy's or a permit's label for the whole name, where no MRZ and no 'SURNAME, GIVEN' give it.
HOLDER_LABELS = [r"\bname of (?:the )?holder\b", r"\bholder'?s? name\b", r"\bholder\b", r"\bfull name\b", r"\bname\b"]


def holder(lines) -> tuple[str, str, object] | None:
    """(surname, given names, line) from a labelled whole name in pinyin ('Holder: LUO Tianyu'):
    the one word in capitals is the surname, else the first word (Mainland order)."""
    from pipeline.names import is_pinyin  # names live with the rules that compare them
    value, line = after_label(lines, HOLDER_LABELS, r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){1,3}")
    if not value or not is_pinyin(value):
        return None
    words = value.split()
    capitals = [i for i, w in enumerate(words) if w.isupper() and len(w) > 1]
    at = capitals[0] if len(capitals) == 1 and len(capitals) < len(words) else 0
    return words[at].upper(), "".join(w for i, w in enumerate(words) if i != at).upper(), line
