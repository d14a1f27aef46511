"""The applicant's Chinese name as the case reads it. A name character misread on one page
(熊 as 能) looks like a different person to the name check. Where the page's reading does not
spell the travel document's pinyin but a second reading of the same ink does (extractors/
name_readings.py), the second reading is taken and the page's kept beside it. A name the
pinyin does not settle (a certificate of someone else's) is settled the same way by the name
as the case's other documents read it (surely, or two of them alike). A name that no reading
agrees with is left as read, for the name check to show. Form ID 990A's travel document number,
misread into no number of its shape, is settled the same way by the number the MRZ verified, and a
form's Latin name (a hand's 'J' read 'T') by the MRZ's name where the form's second reading is it."""
from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from extractors.base import REREAD_CONFIDENCE
from extractors.name_readings import HAN_NAME_FIELDS, is_han_name
from pipeline.model import Document
from pipeline.names import latin_key, spells
from pipeline.text import simplified

# Where the applicant's name is spelt in pinyin: the travel document (its MRZ) and form ID 990A.
PINYIN_SOURCES = ("travel_document", "applicant_form")


def _pinyin_names(documents: list[Document]) -> list[str]:
    if len([d for d in documents if d.type == "travel_document"]) > 1:
        return []  # whose travel document is whose is still open: nothing to settle by
    out = []
    for d in documents:
        f = d.fields
        if d.type in PINYIN_SOURCES and f.get("surname") and f.get("given_names"):
            out.append(f"{f['surname'].value} {f['given_names'].value}")
    return out


def _han_names(documents: list[Document]) -> dict[str, list[str]]:
    """Each document's id -> the Chinese names the case's other documents read surely (no
    second reading differed: the page read every character surely, or the PDF's own text),
    or two of them read alike."""
    read = [(d.id, simplified(str(d.fields[k].value)), not d.fields[k].readings) for d in documents
            if d.type != "dependant_document" for k in HAN_NAME_FIELDS if k in d.fields and is_han_name(d.fields[k].value)]
    out = {}
    for d in documents:
        others = [(name, sure) for other, name, sure in read if other != d.id]
        out[d.id] = [name for name, sure in others if sure or sum(n == name for n, _ in others) >= 2]
    return out


def settle_han_names(documents: list[Document]) -> list[Document]:
    """The documents with each Chinese name settled (new objects where one changed)."""
    names = _pinyin_names(documents)
    others = _han_names(documents)
    out = []
    for doc in documents:
        settled = {}
        for key in HAN_NAME_FIELDS if doc.type != "dependant_document" else ():
            f = doc.fields.get(key)
            if not f or not f.readings or any(spells(str(f.value), n) for n in names):
                continue
            agree = next((r for r in f.readings if any(spells(r, n) for n in names)), None)
            if agree is None and simplified(str(f.value)) not in others[doc.id]:
                agree = next((r for r in f.readings if r in others[doc.id]), None)
            if agree:
                settled[key] = f.model_copy(update={"value": agree, "confidence": min(f.confidence, REREAD_CONFIDENCE),
                                                    "readings": [str(f.value)] + [r for r in f.readings if r != agree]})
        out.append(doc.model_copy(update={"fields": doc.fields | settled}) if settled else doc)
    return out


# A Mainland travel document's number: a letter, a letter or digit, seven digits (E59302817, EJ7730518,
# C73105824). A form's reading of another shape that a character or two part from the number the MRZ's
# check digit verified is that number misread (a handwritten J lost).
TRAVEL_NUMBER = re.compile(r"^[A-Z][0-9A-Z]\d{7}$")
MISREAD = 2  # characters lost or misread in a form's reading of the number


def settle_travel_numbers(documents: list[Document]) -> list[Document]:
    """Form ID 990A's travel document number settled by the travel document's verified one, where the
    form's reading is no number of that shape and a character or two from it, or where the form's other
    reading is it; the form's reading is kept beside it. A well-shaped number that differs, and that no
    other reading makes the verified one, is left as read, for the checks to show."""
    verified = {str(d.fields["document_number"].value) for d in documents if d.type == "travel_document"
                and "document_number" in d.fields and d.fields["document_number"].source == "mrz"}
    if len(verified) != 1:
        return documents
    number = verified.pop()
    out = []
    for doc in documents:
        f = doc.fields.get("travel_document_number") if doc.type == "applicant_form" else None
        read = str(f.value) if f else ""
        # (or one the other engine read there: a second witness, not a guess)
        if f and read != number and (number in f.readings or (not TRAVEL_NUMBER.match(read) and Levenshtein.distance(read, number) <= MISREAD)):
            mended = f.model_copy(update={"value": number, "confidence": min(f.confidence, REREAD_CONFIDENCE),
                                          "readings": [read] + [r for r in f.readings if r != number]})
            doc = doc.model_copy(update={"fields": doc.fields | {"travel_document_number": mended}})
        out.append(doc)
    return out


# The forms' fields that spell the applicant's Latin name: whole, or as surname and given names.
FORM_NAMES = {"employer_form": ("applicant_name",), "applicant_form": ("surname", "given_names")}


def settle_latin_names(documents: list[Document]) -> list[Document]:
    """The forms' Latin names settled by the name the MRZ states, where the form's reading is not it and its
    other reading (the other engine's) is; a name no reading makes the MRZ's is left as read, for the checks."""
    zones = [d.fields for d in documents if d.type == "travel_document" and d.fields.get("surname") and d.fields.get("given_names")
             and d.fields["surname"].source in ("mrz", "text_layer")]
    if len(zones) != 1:
        return documents
    sur, giv = latin_key(str(zones[0]["surname"].value)), latin_key(str(zones[0]["given_names"].value))
    wanted = {"applicant_name": {sur + giv, giv + sur}, "surname": {sur}, "given_names": {giv}}
    out = []
    for doc in documents:
        settled = {}
        for key in FORM_NAMES.get(doc.type, ()):
            f = doc.fields.get(key)
            if not f or latin_key(str(f.value)) in wanted[key]:
                continue
            agree = next((r for r in f.readings if latin_key(r) in wanted[key]), None)
            if agree:
                settled[key] = f.model_copy(update={"value": agree, "confidence": min(f.confidence, REREAD_CONFIDENCE),
                                                    "readings": [str(f.value)] + [r for r in f.readings if r != agree]})
        out.append(doc.model_copy(update={"fields": doc.fields | settled}) if settled else doc)
    return out
