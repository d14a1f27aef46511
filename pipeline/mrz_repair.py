"""Repairing a machine-readable zone OCR misread, by ICAO 9303's rules: each position coerced to
its kind (digit, letter or filler), lines OCR stretched or squeezed realigned, filler look-alikes
cleared, and the document number's ambiguous characters tried until its check digit holds. Pure
functions over strings; no OCR here."""
from __future__ import annotations

import itertools

from .mrz import FORMATS, MRZ, TO_ALPHA, TO_DIGIT, clean_line, parse

# Per format, the kind of every position: 'd' digit, 'a' letter or '<', 'x' anything.

def _layout(fmt: str) -> list[str]:
    if fmt == "TD3":
        return ["aaaaa" + "a" * 39, "x" * 9 + "d" + "aaa" + "d" * 7 + "a" + "d" * 7 + "x" * 14 + "xd"]
    if fmt == "TD2":
        return ["a" * 36, "x" * 9 + "d" + "aaa" + "d" * 7 + "a" + "d" * 7 + "x" * 7 + "d"]
    if fmt == "TD1":
        return ["aaaaa" + "x" * 9 + "d" + "x" * 15, "d" * 7 + "a" + "d" * 7 + "aaa" + "x" * 11 + "d", "a" * 30]
    return ["aa" + "x" * 9 + "d" + "<" + "d" * 7 + "<" + "d" * 7 + "<" + "d"]


FILLER_LOOKALIKES = set("<KSEXCGZ")
# Per format, the spans that hold only filler when their content is made of look-alikes.
FILLER_SPANS = {"TD3": {1: (28, 43)}, "TD2": {1: (28, 35)}, "TD1": {0: (15, 30), 1: (18, 29)}, "EEP": {}}
NAME_ROW = {"TD3": 0, "TD2": 0, "TD1": 2}


def _fillers(lines: list[str], fmt: str) -> list[str]:
    """Filler runs OCR turned into letters. In a name field nothing follows '<<<'; an
    optional-data field made of look-alikes and mostly '<' is empty."""
    out = list(lines)
    row = NAME_ROW.get(fmt)
    if row is not None and row < len(out):
        line = out[row]
        start = 5 if row == 0 else 0
        i = line.find("<<<", start)
        if i > start and set(line[i:]) <= FILLER_LOOKALIKES:
            out[row] = line[:i] + "<" * (len(line) - i)
    for r, (a, b) in FILLER_SPANS[fmt].items():
        if r < len(out):
            span = out[r][a:b]
            if set(span) <= FILLER_LOOKALIKES and span.count("<") >= len(span) / 2:
                out[r] = out[r][:a] + "<" * (b - a) + out[r][b:]
    return out


def _coerce(line: str, kinds: str) -> str:
    out = []
    for c, k in zip(line, kinds):
        if k == "d" and not c.isdigit() and c != "<":
            c = TO_DIGIT.get(c, c)
        elif k == "a" and c.isdigit():
            c = TO_ALPHA.get(c, c)
        elif k == "<" and c != "<":
            c = "<"
        out.append(c)
    return "".join(out)


def fit_length(line: str, length: int) -> str:
    line = clean_line(line)
    if len(line) > length:
        # Extra characters are usually spurious '<' read at the end of a filler run.
        while len(line) > length and "<<" in line:
            i = line.rfind("<<")
            line = line[:i] + line[i + 1:]
        line = line[:length]
    return line.ljust(length, "<")


def _alignments(line: str, length: int, keep: int | None = None) -> list[str]:
    """The line fitted to its length as read, with one spurious character dropped at each
    position (OCR inserts characters; the filler run absorbs the difference), and with a
    filler put back at each position (OCR loses a '<' squeezed between letters) except at
    `keep`: a '<' there would change how the line is parsed (the long-number form)."""
    out = [fit_length(line, length)]
    line = clean_line(line)
    for i in range(min(len(line), length - 2)):
        cand = line[:i] + line[i + 1:]
        if len(cand) < length:
            cand = cand[:-2] + "<" * (length - len(cand)) + cand[-2:]
        out.append(fit_length(cand, length))
    if len(line) <= length:
        out += [fit_length(line[:i] + "<" + line[i:], length)
                for i in range(1, min(len(line), length - 2)) if i != keep]
    return out


NUMBER_AT = {"TD3": (1, 0), "TD2": (1, 0), "TD1": (0, 5), "EEP": (0, 2)}


def _number_readings(seg: str) -> list[str]:
    """A document number as read, then as letters up to some point and digits after it: the
    shape most numbers have (E12345678, PA0940409), which look-alikes blur (EI2345G78)."""
    out = {seg}
    for k in range(len(seg) + 1):
        out.add("".join(TO_ALPHA.get(c, c) for c in seg[:k]) +
                "".join(c if c == "<" else TO_DIGIT.get(c, c) for c in seg[k:]))
    # Fewest changes first: a check digit cannot tell L from 1, so the reading closest to
    # what was printed must win among readings that all hold.
    return sorted(out, key=lambda c: (sum(a != b for a, b in zip(c, seg)), c))


def _with_number(lines: list[str], fmt: str, number: str) -> list[str]:
    row, start = NUMBER_AT[fmt]
    out = list(lines)
    out[row] = lines[row][:start] + number + lines[row][start + 9:]
    return out


def repair(lines: list[str], fmt: str) -> MRZ | None:
    """Coerce each position to its kind, realign lines OCR stretched or squeezed, then try
    the usual swaps in the document number until its check digit holds. Returns the best
    parse: valid first, then the most check digits right."""
    _, length = FORMATS[fmt]
    kinds = _layout(fmt)
    if fmt in ("TD3", "TD2") and lines and lines[0].startswith("V"):
        kinds = [kinds[0], kinds[1][:28] + "x" * (length - 28)]  # a visa's optional data runs to the end
    fixed = _fillers([_coerce(fit_length(ln, length), k) for ln, k in zip(lines, kinds)], fmt)
    m = parse(fixed)
    if m is not None and not m.valid:
        # Data lines (not the name line) may have gained or lost a character: try each
        # alignment. (Every trial is a chance for a wrong reading to pass two mod-10 digits
        # by luck, so number readings are not multiplied in here.)
        number_row, start = NUMBER_AT[fmt]
        data_rows = [i for i in range(len(fixed)) if not (fmt in ("TD3", "TD2") and i == 0) and not (fmt == "TD1" and i == 2)]
        for row in data_rows:
            for cand in _alignments(lines[row], length, keep=start + 9 if row == number_row else None):
                trial = list(fixed)
                trial[row] = _coerce(cand, kinds[row])
                trial = _fillers(trial, fmt)
                pm = parse(trial)
                if pm and pm.rank > m.rank:
                    m, fixed = pm, trial
                    if pm.valid:
                        return pm
    if m is None or m.valid:
        return m
    # The document number mixes letters and digits: try alternatives for its ambiguous chars,
    # each position as read first, then its look-alikes (check digits cannot tell L from 1).
    row, start = NUMBER_AT[fmt]
    seg = fixed[row][start:start + 9]
    options = [[c] + sorted({TO_DIGIT.get(c, c), TO_ALPHA.get(c, c)} - {c, "<"}) for c in seg]
    combos = 1
    for o in options:
        combos *= len(o)
    candidates = itertools.product(*options) if combos <= 4096 else _number_readings(seg)
    best = m
    for number in candidates:
        pm = parse(_with_number(fixed, fmt, "".join(number)))
        if pm and pm.rank > best.rank:
            best = pm
            if pm.valid:
                break
    return best
