"""Machine-readable zones (ICAO 9303 TD1/TD2/TD3 and the Mainland EEP card's 1-line `CS`
zone): parse and validate every check digit (repairing OCR confusions by field positions and
check digits is `mrz_repair.py`). Pure functions over strings; no OCR here."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import pycountry
import yaml

from .model import Word

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


def _has_letters(date_field: str) -> bool:
    """A date field holding more than digits and '<' (its unknown parts)."""
    return re.search(r"[^0-9<]", date_field) is not None


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
            elif _has_letters(value):
                out.append(f"{name} {value!r} holds letters")
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
        return (self.digits_valid and not self._letters_in_dates()) or len(self._unknown_codes()) < 2

    def _letters_in_dates(self) -> bool:
        """A date field holding letters: Han print read as a zone, whose digits held by luck
        (a date's own unknown parts are '<', never letters)."""
        return any(_has_letters(d) for d in (self.date_of_birth, self.date_of_expiry))

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


ZONE_LINE_SHAPE = 8  # a zone line of 30-44 characters is far wider than high


def zone_line_turn(words: list[Word]) -> int | None:
    """0 where a machine-readable zone's line reads at this turn ('P<UTOERIKSSON<<ANNA<MARIA<<<'),
    180 where it reads upside down (its filler runs as '>', its characters reversed: '>>>>>>89227V8L'),
    else None. OCR-B reads so only one way or the other, however badly the rest of the page reads."""
    for mark, turn in (("<", 0), (">", 180)):
        # a line across the page: a page on its side can read its zone's column as such runs
        if any(len(w.text) >= 20 and w.text.count(mark) >= 6 and len(re.findall(rf"[A-Z0-9{mark}]", w.text)) >= 0.8 * len(w.text)
               and w.bbox[2] - w.bbox[0] > ZONE_LINE_SHAPE * (w.bbox[3] - w.bbox[1]) for w in words):
            return turn
    return None
