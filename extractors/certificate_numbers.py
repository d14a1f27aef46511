"""A Mainland certificate's national number (facts §7): read where its cue stands, in groups of digits or as a
university's own serial; the year it states (positions 7-10, the year of award or of graduation) stands over a date
whose year was misread by one digit, under the seal that is stamped over it."""
from __future__ import annotations

import re

from pipeline.text import HAN

from .base import DocView, Line
from .running_text import RunningText

NATIONAL_LENGTHS = (16, 18)  # a Mainland degree's number, a graduation certificate's (facts §7)


def read_number(doc: DocView, out: dict, rt: RunningText) -> None:
    # (a graduation certificate's number is also its 电子注册号, the registry's name for it)
    cue = r"(?:证书编号|證書編號|编号|編號|(?:证书|證書)?(?:电子注册号|電子註冊號)|certificate(?: no\.?| number|(?= ?[:：]))|serial(?: no\.?| number)?|regist(?:er|ration) no\.?|diploma(?: no\.?| number)?|no\.)\s*[:：,，.]?\s*"
    m, line = rt.search(cue + r"([CZTczt]?[0-9OoIlS]{15,19})")
    if m:
        # as printed on its line: not run on into the digits opening the next ('…1048' over '2019年6月25日')
        printed = rt.on_its_line(m, printed=True).strip()
        num = (printed if len(printed) >= 15 else m.group(1)).upper().translate(str.maketrans("OISL", "0151"))
        out["certificate_number"] = doc.field(num, line)
        return
    # the national number printed in groups of digits ('No. 1985 1120 1505 0000 31')
    m, line = rt.search(cue + r"(\d{3,5}(?: \d{2,5}){2,5})(?! ?\d)")
    if m and len(m.group(1).replace(" ", "")) in NATIONAL_LENGTHS:
        out["certificate_number"] = doc.field(m.group(1).replace(" ", ""), line)
        return
    # a university's own serial, letters and digits in groups ('ECIST-MS-2019-00871', '23-MS-0713') or run together ('HJ2019B0417'), as printed
    m, line = rt.search(f"(?i:{cue})" + r"((?=[\w/-]*[A-Za-z])[A-Z\d][A-Za-z\d]{0,7}(?:[-/][A-Za-z0-9]{1,8}){1,5}|[A-Z]{1,4}\d[A-Z\d]{4,14})(?![A-Za-z0-9])", flags=0)
    if m and sum(c.isdigit() for c in m.group(1)) >= 4:
        out["certificate_number"] = doc.field(m.group(1), line)
        return
    # a register's number, digits in groups joined by hyphens ('Register No. 3035-1142'), as printed
    m, line = rt.search(f"(?i:{cue})" + r"(\d{3,6}(?:-\d{2,8}){1,3})(?![\d-])", flags=0)
    if m:
        out["certificate_number"] = doc.field(m.group(1), line)
        return
    # a national number on a line of its own with no cue before it (a value over its label): its year tells it
    bare = next((ln for ln in doc.lines() if _national(ln.text)), None) or _cell_under_heading(doc.lines())
    if bare is not None:
        out["certificate_number"] = doc.field(bare.text.strip(), bare)
        return
    # a document number in the Taiwan and Hong Kong way, the year in brackets: '(108)南科大碩字第001234號'
    m, line = rt.search(rf"([(（]\s*\d{{2,4}}\s*[)）]\s*{HAN}{{1,10}}?字\s*第\s*\d{{3,8}}\s*[號号])")
    if m:
        out["certificate_number"] = doc.field(re.sub(r"\s", "", m.group(1)).replace("（", "(").replace("）", ")"), line)


NUMBER_HEADING = re.compile(r"(?i)(?:\bnumber|\bno\.?|编号|編號)\s*$")


def _national(text: str) -> bool:
    """Sixteen or eighteen digits whose positions 7-10 are a year: a national number by its form."""
    text = text.strip()
    return re.fullmatch(r"\d{16}|\d{18}", text) is not None and 1950 <= int(text[6:10]) <= 2100


def _cell_under_heading(lines: list[Line]) -> Line | None:
    """A national number in a table's cell, under a column headed 'Number' or '编号' (a record read across a row)."""
    for above, line in zip(lines, lines[1:]):
        headings = above.cells()  # (a line of one cell is no table's heading row)
        for cell in (c for c in line.cells() if len(headings) > 1 and _national(c.text)):
            x0, _, x1, _ = cell.bbox
            if any(NUMBER_HEADING.search(h.text) for h in headings if h.bbox[0] < x1 and h.bbox[2] > x0):
                return cell
    return None


# Digits OCR takes for one another, under a seal's red above all; other differences are the document's own
LOOKALIKE_DIGITS = {frozenset(p) for p in ("14", "17", "08", "68", "38", "56", "89", "06", "09")}


def year_by_number(out: dict, key: str) -> None:
    """The date `key` with the number's year where the two years differ by one digit OCR confuses
    ('2011' read for 2014 under a seal); the date as read stays among its other readings."""
    number, dated = out.get("certificate_number"), out.get(key)
    digits = str(number.value).lstrip("CZT") if number else ""
    if dated is None or len(digits) not in NATIONAL_LENGTHS or not digits.isdigit():
        return
    year, read = digits[6:10], str(dated.value)[:4]
    apart = [(a, b) for a, b in zip(year, read) if a != b]
    if len(apart) == 1 and frozenset(apart[0]) in LOOKALIKE_DIGITS:
        dated.value, dated.readings = year + str(dated.value)[4:], [dated.value] + dated.readings
