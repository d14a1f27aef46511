"""A certificate set for display, as diplomas are: its particulars stand on lines of their own in
larger type than the sentences that lead to them ('have conferred upon' / Yuhan Zhang / 'the degree
of' / Master of Science / Electrical Engineering). Read by that layout, not by the sentences."""
from __future__ import annotations

import re

from pipeline.model import Field
from pipeline.names import is_pinyin, spec_name
from pipeline.type_size import body_size, larger

from .base import DocView, Line, mended
from .prose import vocabulary
from .running_text import type_sizes

NAME_WORDS = r"[A-Za-z][A-Za-z'-]+(?: [A-Za-z][A-Za-z'-]+){1,3}"
CONNECTORS = {"of", "and", "&", "in", "for", "with"}


def display_lines(doc: DocView) -> list[Line]:
    """The lines set in type larger than the document's running text."""
    lines = doc.lines()
    size = type_sizes(lines)
    body = body_size(list(size.values()), [len(line.text) for line in lines])
    return [line for line in lines if larger(size[id(line)], body)]


def holder_on_display(doc: DocView) -> Field | None:
    """The holder's name where no sentence leads to it: the first display line that is wholly a
    name in pinyin ('Mingzhe HUANG' over 'having pursued an approved course …')."""
    for line in display_lines(doc):
        text = line.text.strip(" ,.")
        if re.fullmatch(NAME_WORDS, text) and is_pinyin(text.upper()):
            return doc.field(spec_name(text), line)
    return None


def _classes() -> list[str]:
    return sorted(vocabulary().get("degree_classes", []), key=len, reverse=True)


def without_class(text: str) -> str:
    """A degree's name without an honours class after it ('BACHELOR OF ENGINEERING WITH FIRST
    CLASS HONOURS' -> 'BACHELOR OF ENGINEERING'), or before its subject ('… WITH UPPER SECOND CLASS
    HONOURS IN ENGLISH STUDIES' -> '… IN ENGLISH STUDIES')."""
    for phrase in _classes():
        cut = re.search(rf"[\s,(]+{re.escape(phrase)}\)?(?=\s*$|\s+in\s)", text, re.IGNORECASE)
        if cut:
            return (text[:cut.start()] + text[cut.end():]).strip()
    return text


HONOURS_IN_NAME = re.compile(r"\s*\((?:hons|honours|honors)\.?\)", re.IGNORECASE)  # part of a degree's name


def class_apart(out: dict[str, Field]) -> dict[str, Field]:
    """A degree's name without the honours class read with it, wherever it was read ('THE DEGREE OF BACHELOR OF ARTS
    WITH UPPER SECOND CLASS HONOURS IN ENGLISH STUDIES'); the name as read stays among its readings."""
    degree = out.get("degree")
    if degree and isinstance(degree.value, str) and (bare := without_class(degree.value)) != degree.value and bare \
            and HONOURS_IN_NAME.sub("", degree.value) != bare:  # 'Bachelor of Arts (Honours)' is the degree's name
        mended(degree, bare)
    return out


def is_a_class(text: str) -> bool:
    """A line that only states an honours class ('WITH FIRST CLASS HONOURS', '(Upper Division)')."""
    rest = text.lower()
    for phrase in _classes():
        rest = rest.replace(phrase, " ")
    return bool(text.strip()) and not re.sub(r"[\s(),.-]|\band\b", "", rest)


def _title_words(text: str) -> bool:
    """A subject's name: capitalised words and connectors only, no sentence ('Civil Engineering')."""
    words = text.split()
    return 1 <= len(words) <= 6 and all(w[:1].isupper() or w.lower() in CONNECTORS for w in words) \
        and words[-1].lower() not in CONNECTORS and not re.search(r"\d", text)


def major_under(doc: DocView, degree: Field) -> Field | None:
    """The subject printed on the line after the degree's (past an honours class), on its own or
    after 'in' ('IN CIVIL ENGINEERING'), set in larger type than the text, where no sentence names it."""
    lines = doc.lines()
    size = type_sizes(lines)
    body = body_size(list(size.values()), [len(line.text) for line in lines])
    at = next((i for i, line in enumerate(lines) if line.page.number == degree.page and line.bbox == degree.bbox), None)
    if at is None:
        return None
    # (or in the text's type, under a degree alone on its line: 'Bachelor of Applied Science' / 'Mechanical Engineering')
    alone = lines[at].text.strip(" ,.").lower() == str(degree.value).strip().lower()
    for line in lines[at + 1:at + 3]:
        if is_a_class(line.text) or line.text.strip().lower() in CONNECTORS:
            continue  # ('MASTER OF LETTERS' / 'in' / 'CREATIVE WRITING')
        text = re.sub(r"^(?:in|of)\s+", "", line.text.strip(" ,.").removeprefix("(").removesuffix(")"), flags=re.IGNORECASE)  # '(COMPUTER …)' too
        officers = set(vocabulary()["academic_officers"]) & set(re.split(r"[\s-]+", text.lower()))
        if not larger(size[id(line)], body) and not (alone and _title_words(text) and not is_pinyin(text.upper()) and not officers):
            return None  # the sentence going on, or a table's next row: no subject set apart
        first = text.split()[0].lower() if text.split() else ""
        if _title_words(text) and first not in CONNECTORS and not re.search(r"(?i)\b(?:university|college|institute|degree)\b", text):
            return doc.field(text, line)
        return None
    return None


GOES_ON = re.compile(r"(?:and|&|of|for) [A-Z][a-z]+(?: (?:and |of |& )?[A-Z][a-z]+)*")


def name_goes_on(doc: DocView, name: Field | None) -> None:
    """A school's English name with the words its column wraps onto the next line, flush under it ('Dongchuan University of
    Finance' / 'and Economics'), in a cell of its own where another column shares the line."""
    lines = doc.lines()
    at = next((i for i, line in enumerate(lines) if line.page.number == name.page and line.bbox == name.bbox), None) if name else None
    if name is None or name.bbox is None or at is None or at + 1 >= len(lines):
        return
    height = name.bbox[3] - name.bbox[1]
    for cell in lines[at + 1].cells():
        if abs(cell.bbox[0] - name.bbox[0]) <= height and cell.bbox[1] - name.bbox[3] <= 1.5 * height and GOES_ON.fullmatch(cell.text.strip(" ,.")):
            mended(name, f"{name.value} {cell.text.strip(' ,.')}")
            return
