"""Machine-readable zones (ICAO 9303 TD1/TD2/TD3 and the Mainland EEP card's 1-line `CS`
zone): parse, validate every check digit, and repair OCR confusions using field positions
and check digits. Pure functions over strings; no OCR here."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import pycountry
import yaml

FORMATS = {"TD3": (2, 44), "TD2": (2, 36), "TD1": (3, 30), "EEP": (1, 30)}

# Characters OCR swaps, by what the position must hold.
TO_DIGIT = {"O": "0", "Q": "0", "D": "0", "U": "0", "I": "1", "L": "1", "T": "1", "Z": "2",
            "S": "5", "B": "8", "G": "6", "A": "4", "K": "<"}
TO_ALPHA = {"0": "O", "1": "I", "2": "Z", "5": "S", "8": "B", "6": "G", "4": "A"}


def char_value(c: str) -> int:
    if c.isdigit():
        return int(c)
    if "A" <= c <= "Z":
        return ord(c) - 55
    return 0  # '<'


def check_digit(data: str) -> str:
    return str(sum(char_value(c) * (7, 3, 1)[i % 3] for i, c in enumerate(data)) % 10)


@dataclass
class Check:
    field: str
    data: str
    digit: str

    @property
    def ok(self) -> bool:
        if self.digit == "<":
            # An empty optional field may carry '<' as its check digit (ICAO 9303 p4 4.2.2).
            return self.field == "personal_number" and self.data.strip("<") == ""
        return self.digit.isdigit() and check_digit(self.data) == self.digit


@cache
def _icao_codes() -> tuple[frozenset[str], frozenset[str]]:
    """(codes an issuing state or nationality may be, ICAO's specimen codes)."""
    data = yaml.safe_load((Path(__file__).parent / "data" / "icao_codes.yaml").read_text(encoding="utf-8"))
    iso = {c.alpha_3 for c in pycountry.countries}
    return frozenset(iso | set(data["codes"])), frozenset(data["specimen"])


def _is_date(yymmdd: str) -> bool:
    try:
        date(2000 + int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6]))  # 2000 is a leap year
        return True
    except ValueError:
        return False


@dataclass
class MRZ:
    format: str
    lines: list[str]
    document_code: str = ""
    issuing_state: str = ""
    document_number: str = ""
    nationality: str = ""
    date_of_birth: str = ""  # YYMMDD as printed
    sex: str = ""
    date_of_expiry: str = ""
    optional: str = ""
    surname: str = ""
    given_names: str = ""
    checks: list[Check] = field(default_factory=list)

    @property
    def digits_valid(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    @property
    def problems(self) -> list[str]:
        """What is wrong besides check digits: codes that name no state, impossible dates."""
        out = self._unknown_codes()
        for name, value in (("date of birth", self.date_of_birth), ("date of expiry", self.date_of_expiry)):
            # A birth date may leave unknown parts as '<' (ICAO 9303 p3 4.6); digits must be a date.
            if value.isdigit() and not _is_date(value):
                out.append(f"{name} {value!r} is not a calendar date")
        if self.sex not in ("M", "F", "X", "<", ""):
            out.append(f"sex {self.sex!r} is none of M, F, X, <")
        return out

    @property
    def specimen(self) -> bool:
        return bool({self.issuing_state, self.nationality} & _icao_codes()[1])

    @property
    def valid(self) -> bool:
        return self.digits_valid and not self.problems

    @property
    def score(self) -> float:
        return sum(c.ok for c in self.checks) / len(self.checks) if self.checks else 0.0

    @property
    def codes_known(self) -> bool:
        """The issuing state and nationality are codes some state or ICAO uses."""
        return not self._unknown_codes()

    @property
    def is_a_zone(self) -> bool:
        """Every check digit holds, or it names a state: text read from elsewhere on the page
        (a heading upside down) passes a few digits by luck but names none."""
        return self.digits_valid or len(self._unknown_codes()) < 2

    def _unknown_codes(self) -> list[str]:
        known, specimen = _icao_codes()
        return [f"{name} {code!r} is no ISO 3166 or ICAO 9303 code"
                for name, code in (("issuing state", self.issuing_state), ("nationality", self.nationality))
                if code and code not in known and code not in specimen]

    @property
    def rank(self) -> tuple[bool, bool, bool, float]:
        """For choosing between readings of one zone: valid first, then every check digit
        right (four or five digits holding by luck is a chance in ten thousand; a specimen
        may print an impossible date, 29 February 1911, under right digits), then one that
        names a real state and real dates, then more digits right. A misaligned reading can
        pass some digits by luck but seldom names a state; a zone with a broken check digit
        (a defect to report) still names one."""
        return self.valid, self.digits_valid, not self.problems, self.score

    def failures(self) -> list[str]:
        return [f"{c.field}: check digit {c.digit!r} printed, {check_digit(c.data)!r} computed over {c.data!r}"
                for c in self.checks if not c.ok] + self.problems


def clean_line(text: str) -> str:
    text = text.upper().replace(" ", "").replace("«", "<").replace("‹", "<").replace("〈", "<")
    text = re.sub(r"[^A-Z0-9<]", "", text)
    # Tesseract reads the filler '<' as K: Ks between fillers (or a filler and the line's end),
    # and runs of Ks before a filler, are filler. A K that starts a name (<<KWOK) stays.
    prev = None
    while prev != text:
        prev = text
        text = re.sub(r"K{2,}(?=<|$)|(?<=<)K+(?=<|$)", lambda m: "<" * len(m.group(0)), text)
    return text


def _names(field_text: str) -> tuple[str, str]:
    primary, _, secondary = field_text.partition("<<")
    return primary.replace("<", " ").strip(), secondary.replace("<", " ").strip()


def parse(lines: list[str]) -> MRZ | None:
    lines = [clean_line(ln) for ln in lines if clean_line(ln)]
    shape = (len(lines), len(lines[0])) if lines and len({len(ln) for ln in lines}) == 1 else None
    if shape == (1, 30) and lines[0].startswith("C"):
        return _parse_eep(lines)
    if shape == (2, 44):
        return _parse_td23(lines, "TD3")
    if shape == (2, 36):
        return _parse_td23(lines, "TD2")
    if shape == (3, 30):
        return _parse_td1(lines)
    return None


def _long_number(head: str, rest: str) -> tuple[str, str]:
    """(data the check digit covers, the digit) of a number that runs on into the optional
    field. Issuers differ: most compute over the number without the filler between its parts
    (PRT, BEL 2011+), some with it (older BEL cards); whichever one the printed digit fits."""
    without, digit = head + rest[:-1], rest[-1]
    if check_digit(without) != digit and check_digit(head + "<" + rest[:-1]) == digit:
        return head + "<" + rest[:-1], digit
    return without, digit


def _parse_td23(lines: list[str], fmt: str) -> MRZ:
    l1, l2 = lines
    n = len(l2)
    sur, given = _names(l1[5:])
    m = MRZ(fmt, lines, document_code=l1[0:2].rstrip("<"), issuing_state=l1[2:5].replace("<", ""),
            document_number=l2[0:9].rstrip("<"), nationality=l2[10:13].replace("<", ""),
            date_of_birth=l2[13:19], sex=l2[20], date_of_expiry=l2[21:27], surname=sur, given_names=given)
    doc_data, doc_digit = l2[0:9], l2[9]
    if fmt == "TD2" and doc_digit == "<" and l2[28:35].strip("<"):
        # Long document number: the rest sits in the optional field, its check digit after it.
        rest = l2[28:35].rstrip("<")
        doc_data, doc_digit = _long_number(l2[0:9], rest)
        m.document_number = l2[0:9] + rest[:-1]
    m.checks = [Check("document_number", doc_data, doc_digit),
                Check("date_of_birth", l2[13:19], l2[19]),
                Check("date_of_expiry", l2[21:27], l2[27])]
    if l1.startswith("V"):
        # A visa (MRV-A, MRV-B; ICAO 9303 p7) has neither a personal-number nor a composite digit.
        m.optional = l2[28:].rstrip("<")
    elif fmt == "TD3":
        m.optional = l2[28:42].rstrip("<")
        m.checks.append(Check("personal_number", l2[28:42], l2[42]))
        m.checks.append(Check("composite", l2[0:10] + l2[13:20] + l2[21:43], l2[43]))
    else:
        m.optional = l2[28:35].rstrip("<")
        m.checks.append(Check("composite", l2[0:10] + l2[13:20] + l2[21:35], l2[35]))
    assert n in (36, 44)
    return m


def _parse_td1(lines: list[str]) -> MRZ:
    l1, l2, l3 = lines
    sur, given = _names(l3)
    m = MRZ("TD1", lines, document_code=l1[0:2].rstrip("<"), issuing_state=l1[2:5].replace("<", ""),
            document_number=l1[5:14].rstrip("<"), date_of_birth=l2[0:6], sex=l2[7], date_of_expiry=l2[8:14],
            nationality=l2[15:18].replace("<", ""), optional=(l1[15:30] + l2[18:29]).strip("<"),
            surname=sur, given_names=given)
    doc_data, doc_digit = l1[5:14], l1[14]
    rest = l1[15:30].split("<")[0]
    if doc_digit == "<" and rest:
        doc_data, doc_digit = _long_number(l1[5:14], rest)
        m.document_number = l1[5:14] + rest[:-1]
    m.checks = [Check("document_number", doc_data, doc_digit),
                Check("date_of_birth", l2[0:6], l2[6]),
                Check("date_of_expiry", l2[8:14], l2[14]),
                Check("composite", l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], l2[29])]
    return m


def _parse_eep(lines: list[str]) -> MRZ:
    line = lines[0]
    m = MRZ("EEP", lines, document_code=line[0:2], issuing_state="CHN", nationality="CHN",
            document_number=line[2:11].rstrip("<"), date_of_expiry=line[13:19], date_of_birth=line[21:27])
    m.checks = [Check("document_number", line[2:11], line[11]),
                Check("date_of_expiry", line[13:19], line[19]),
                Check("date_of_birth", line[21:27], line[27]),
                Check("composite", line[2:12] + line[13:20] + line[21:28], line[29])]
    return m


# ---- repair ----------------------------------------------------------------------------------
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


def yymmdd_to_iso(s: str, kind: str, today_year: int) -> str | None:
    """A birth date is in the past; an expiry within 20 years ahead of `today_year`."""
    if not re.fullmatch(r"\d{6}", s or ""):
        return None
    yy, mm, dd = int(s[:2]), int(s[2:4]), int(s[4:6])
    century = 2000
    if kind == "birth" and 2000 + yy > today_year:
        century = 1900
    if kind == "expiry" and 2000 + yy > today_year + 30:
        century = 1900
    try:
        return date(century + yy, mm, dd).isoformat()
    except ValueError:
        return None
