"""One module per document type, each with `extract(doc: DocView) -> dict[str, Field]`.
REGISTRY maps a type id to its extractor; a type without one gets no fields."""
from __future__ import annotations

import re
from typing import Callable

from rapidfuzz import fuzz

from pipeline.labels import fold
from pipeline.model import Field
from pipeline.names import hanzi_readings, is_pinyin, latin_key, mended_compound_surname, mended_pinyin, spells, surname_mended
from pipeline.text import HAN_RANGE, simplified

from . import (
    applicant_docs,
    br_certificate,
    business_plan,
    consent,
    degree_category,
    degree_initials,
    display_type,
    employment_contract,
    financial_statement,
    forms,
    photo,
    qualification_report,
    travel_document,
    work_experience,
)
from .base import DocView, dates_as_written, mended
from .declarations import declarations, is_a_label, keeps_its_label, other_labels, runs_into_a_row, stated_first
from .declared import read_stated
from .name_readings import HAN_NAME_FIELDS, add_readings, as_printed, is_han_name, whole_dotted
from .parties import kind_of
from .prose import has_han, role_words, vocabulary
from .prose_fields import read_prose
from .sentence_labels import read_in_sentences
from .value_types import PARSERS

Extractor = Callable[[DocView], dict[str, Field]]
LATIN_NAME_FIELDS = ("holder_name", "applicant_name", "employee_name", "surname", "given_names")
WHOLE_NAME_FIELDS = ("holder_name", "applicant_name", "employee_name")  # a person's whole name, not a part of it
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
SAME_WORDS = 70  # rapidfuzz ratio: two readings of one name, a few characters apart

REGISTRY: dict[str, Extractor] = {
    "travel_document": travel_document.extract,
    "degree_certificate": applicant_docs.extract_degree,
    "graduation_certificate": applicant_docs.extract_graduation,
    "qualification_report": qualification_report.extract,
    "work_experience_letter": work_experience.extract,
    "consent_letter": consent.extract,
    "hkid_copy": applicant_docs.extract_hkid,
    "photo": photo.extract_photo,
    "employment_contract": employment_contract.extract,
    "br_certificate": br_certificate.extract,
    "financial_statement": financial_statement.extract,
    "applicant_form": forms.extract_applicant,
    "employer_form": forms.extract_employer,
    "business_plan": business_plan.extract,
}


def extract(doc_type: str, doc: DocView) -> dict[str, Field]:
    with dates_as_written(doc.text):
        return _extract(doc_type, doc)


def _extract(doc_type: str, doc: DocView) -> dict[str, Field]:
    fn = REGISTRY.get(doc_type)
    # A field read by role in the running text (data/prose.yaml) stands over the type's own
    # reading; the layout's reading then weighs against either alike.
    own = fn(doc) if fn else {}
    # (not over a value the reader derived from several places: a work letter's periods joined)
    by_role = {k: f for k, f in read_prose(doc_type, doc).items() if not _holds(own.get(k), f) and not _runs_into_another(own, k, f)
               and (k not in own or own[k].source != "derived")}
    start = by_role.get("start_date") or own.get("start_date")
    if "end_date" in by_role and start and str(by_role["end_date"].value) <= str(start.value):
        del by_role["end_date"]  # the start read again as the end ('From  To' over '01/04/2016  15/10/2022'): no stay ends as it starts
    out = with_declared(doc_type, doc, own | by_role)
    for key, found in read_prose(doc_type, doc, "unstated").items():
        out.setdefault(key, found)  # a form written as a letter: the employer that signs it
    out |= read_in_sentences(doc_type, doc, set(out))  # a label and its sum wrapped across a paragraph's lines
    if doc_type == "employment_contract":
        out = employment_contract.with_package(employment_contract.mended(doc, out))
    if doc_type == "work_experience_letter":
        out = work_experience.still_employed(doc, out)
    if doc_type == "degree_certificate":
        out = degree_category.field_in_brackets(degree_initials.subject_apart(display_type.class_apart(out)))
        out = applicant_docs.with_field_of_degree(applicant_docs.with_level(degree_category.with_category(doc, out)))
    for key, found in out.items():
        cut = runs_into_a_row(doc_type, key, found.value)
        if cut:
            mended(found, found.value[:cut])
    for key in HAN_NAME_FIELDS:
        if key in out:
            add_readings(doc, out[key])
            as_printed(doc, out[key])
            whole_dotted(doc, out[key])
            if out[key].source == "ocr" and is_han_name(out[key].value) and (fixed := surname_mended(str(out[key].value))):
                mended(out[key], fixed)
    if doc_type in ("travel_document", "applicant_form"):  # each states the name in both scripts
        travel_document.name_zh_spelt(doc, out)
    if doc_type == "applicant_form":
        _given_names_by_han(out)
        _names_read_again(doc, out)
        _surname_by_han(out)
        if "travel_document_number" in out:
            forms.add_second_reading(doc, out["travel_document_number"])
    if doc_type == "employer_form" and "applicant_name" in out:
        forms.add_name_reading(doc, out["applicant_name"])  # the case settles by the verified name (validators/settle.py)
    for key in LATIN_NAME_FIELDS:
        if key in out:
            if key in WHOLE_NAME_FIELDS:
                _whole_name(doc, out[key])
            _mend_pinyin(out[key])
    for key in COMPANY_FIELDS:
        if key in out:
            _without_department(out[key])
            _name_in_brackets(doc, out[key])
    for key in (*COMPANY_FIELDS, "employer"):
        if key in out and (once := FORM_READ_TWICE.fullmatch(str(out[key].value))):
            mended(out[key], once.group(1))  # '…股份有限公司公司': the chop's ring read after the name
    if doc_type == "qualification_report":
        out = qualification_report.settled(doc, out)
        missing = [k for k in REPORT_AS_DEGREE if k not in out]
        if missing:  # a report that tells the degree in a sentence ('… was awarded the degree of … by … on …'), or a row the layout missed
            as_degree = _extract("degree_certificate", doc)
            out |= {k: as_degree[k] for k in missing if k in as_degree}
    if doc_type in SCHOOL_PAPERS and "institution" in out:
        _school_read_again(doc, out["institution"])
    if doc_type in SCHOOL_PAPERS and "major" in out and (cohort := COHORT.match(str(out["major"].value))):
        mended(out["major"], str(out["major"].value)[cohort.end():])
    return out


SCHOOL_PAPERS = ("degree_certificate", "graduation_certificate", "qualification_report")
# a student's year of entry before the major ('本校二〇一六级化学工程与工艺专业', its 〇 or its figures lost): no part of it
COHORT = re.compile(rf"^(?:[〇○零一二三四五六七八九]{{2,4}}|\d{{2,4}})?\s*(?:级|級|届|屆)(?=[{HAN_RANGE}]{{2}})")
REPORT_AS_DEGREE = ("holder_name", "date_of_birth", "institution", "major")  # read from a report's sentence as its degree's
UNSURE_CHARACTER = 0.5
SCHOOL_ENDS = ("大学", "大學", "学院", "學院", "研究院", "研究所")


def _school_read_again(doc: DocView, found: Field) -> None:
    """A Chinese school's name with a character read unsurely (under a chop's ring: 汉江理汇大学 at 0.36) read again by
    PP-OCR from its box; its reading taken where it is a school's name of the same length, the page's kept beside it."""
    value = str(found.value)
    page = next((p for p in doc.pages if p.number == found.page and p.source == "ocr"), None)
    if page is None or found.bbox is None or not has_han(value):
        return
    x0, y0, x1, y1 = found.bbox
    inside = [w for w in page.words if x0 <= (w.bbox[0] + w.bbox[2]) / 2 <= x1 and y0 <= (w.bbox[1] + w.bbox[3]) / 2 <= y1]
    if not any(w.conf < UNSURE_CHARACTER for w in inside):
        return
    again = re.sub(r"\s", "", forms.ppocr_reading(doc, found))
    if again != value and len(again) == len(value) and PARSERS["school"](again) and again.endswith(SCHOOL_ENDS):
        mended(found, again)


COMPANY_FIELDS = ("employer_name", "company_name", "business_name", "organisation")


# A department signing for its company, named before it ('Human Resources, Shenzhen Haixin Instruments Co., Ltd.')
DEPARTMENT_FIRST = re.compile(r"^(?:[A-Z][A-Za-z&]*\s+){0,3}(?:Department|Dept\.?|Section|Office|Division|Resources|Unit|Team)\s*,\s*(\S.+)$")


FORM_READ_TWICE = re.compile(r"(.{2,}?公司)公司")


def _without_department(found: Field) -> None:
    m = DEPARTMENT_FIRST.match(str(found.value))
    if m and kind_of(m.group(1)) == "company":
        mended(found, m.group(1))


def _given_names_by_han(out: dict[str, Field]) -> None:
    """Given names read a letter short where a box's edge took the last ('RUOX]' for RUOXI): the
    Chinese name's own reading, where it is the read letters and one more, and the only such."""
    zh, sur, giv = out.get("name_zh"), out.get("surname"), out.get("given_names")
    if not (zh and sur and giv) or spells(str(zh.value), f"{sur.value} {giv.value}"):
        return
    head, read = latin_key(str(sur.value)), latin_key(str(giv.value))
    found = {r[len(head):] for r in hanzi_readings(str(zh.value), per_char=2) if r.startswith(head + read) and len(r) == len(head + read) + 1}
    if len(found) == 1:
        mended(giv, found.pop())


def _surname_by_han(out: dict[str, Field]) -> None:
    """A surname read a letter wrong where a pen's letter looks like another ('TIANG' for 江's JIANG): the Chinese name's own
    reading of it, where the given names spell the rest and one reading alone is a letter away."""
    zh, sur, giv = out.get("name_zh"), out.get("surname"), out.get("given_names")
    if not (zh and sur and giv) or spells(str(zh.value), f"{sur.value} {giv.value}"):
        return
    head, rest = latin_key(str(sur.value)), latin_key(str(giv.value))
    found = {r[:len(head)] for r in hanzi_readings(str(zh.value), per_char=2)
             if rest and r.endswith(rest) and len(r) == len(head + rest) and sum(a != b for a, b in zip(r, head)) == 1}
    if len(found) == 1:
        mended(sur, found.pop())


def _name_in_brackets(doc: DocView, found: Field) -> None:
    """A company named in one script with its name in the other in brackets after it
    ('天際雲系統有限公司（Skyreach Cloud Systems Limited）'): the other kept among its readings."""
    value = str(found.value)
    m = re.search(re.escape(value) + r"\s*[（(]\s*([^()（）]{4,80}?)\s*[)）]", doc.text)
    other = m.group(1).strip() if m else ""
    if other and has_han(other) != has_han(value) and kind_of(other) == "company" and other not in found.readings:
        found.readings.append(other)


def _whole_name(doc: DocView, found: Field) -> None:
    """A person named by a surname alone ('Mr Ouyang has been our senior actuary'), named in full
    elsewhere on the paper ('Re: OUYANG Feng (…)'): the full name, where its given name is pinyin."""
    value = found.value
    if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{2,}", value) or not is_pinyin(value):
        return
    for m in re.finditer(rf"\b(?i:{value})[ ]+([A-Z][a-z]+(?:-?[a-z]+)?)\b(?![ ]+[A-Z][a-z])", doc.text):
        if is_pinyin(m.group(1).replace("-", "")):
            mended(found, f"{value} {m.group(1).upper()}")
            return


def _mend_pinyin(found: Field) -> None:
    """A Latin name OCR read with a look-alike letter ('ZHIGIANG'), mended where one letter makes
    it pinyin; the reading as read stays among the others."""
    value = found.value
    if found.source != "ocr" or not isinstance(value, str) or not value.isascii():
        return
    compound = mended_compound_surname(value) if value.isupper() else None
    if compound:  # 'QUYANG FENG': pinyin, but no surname; OUYANG is one
        mended(found, compound)
        return
    if is_pinyin(value):
        return
    fixed = mended_pinyin(value)
    if fixed and fixed != value:
        mended(found, fixed)


def _names_read_again(doc: DocView, out: dict[str, Field]) -> None:
    """The Latin names read again by the other engine (a hand's 'J' read 'T') where they do not spell the form's
    Chinese name: taken where the second reading does; kept as readings else (the case may settle by them)."""
    zh, sur, giv = out.get("name_zh"), out.get("surname"), out.get("given_names")
    if not (sur and giv) or (zh and spells(str(zh.value), f"{sur.value} {giv.value}")):
        return  # (read alike in both scripts already: no second reading needed)
    again = {k: forms.add_name_reading(doc, f) or str(f.value) for k, f in (("surname", sur), ("given_names", giv))}
    if zh and spells(str(zh.value), f"{again['surname']} {again['given_names']}"):
        for key, f in (("surname", sur), ("given_names", giv)):
            if again[key] != str(f.value):
                mended(f, again[key])


def with_declared(doc_type: str, doc: DocView, out: dict[str, Field]) -> dict[str, Field]:
    """The type's own reader first; from the declarations (data/fields.yaml), by layout: the
    fields it left unread, read with their label still in it, or read with more words round the
    value the layout gives; and a value the page states under its label (a form's row, a
    list's 'Label: value', a fillable field) over another reading from the sentences."""
    merged = dict(out)
    # Only where the type's readers read sentences (data/prose.yaml's types) or its own reader
    # is known to take a neighbour's value (data/fields.yaml: stated_first): other readers
    # already read by layout, and mend what they read (boxes, scripts).
    stated_first_here = doc_type in vocabulary().get("fields", {}) or doc_type in stated_first()
    for key, (found, stated) in read_stated(doc_type, doc).items():
        own = merged.get(key)
        typed = found.source == "form" and own is not None and own.source != "form"
        if (own is None or typed or (stated and stated_first_here and own.source not in ("form", "derived")
                                     and (not _same_words(own.value, found.value) or _runs_into_a_label(doc, own.value, found.value))
                                     and not _a_sentence_round(own.value, found.value))
                or keeps_its_label(doc_type, key, own.value) or (own.source != "derived" and _inside(found.value, own.value, doc_type))
                or is_a_label(str(own.value), declarations().get(doc_type, []))):  # '擔任職位：…' read as '職位'
            merged[key] = found
    return merged


def _same_words(own, stated) -> bool:
    """Two readings of one value: equal, a few characters apart (a reader's mended reading of a
    line under a chop against the page's), or the stated one the own cut short ('LONG' of a
    signature line against the contract's 'LONG XINJIA'; not the own with words before it)."""
    if own == stated:
        return True
    if not isinstance(own, str) or not isinstance(stated, str) or ISO_DATE.fullmatch(own):
        return False  # two dates a digit or two apart are two dates ('2020-03-02', '2027-03-01')
    x, y = fold(simplified(own)), fold(simplified(stated))
    # the own reading cut short, not the stated one with its other language after it
    cut_short = len(y) >= 2 and x.startswith(y) and has_han(x[len(y):]) == has_han(y)
    return x == y or cut_short or (
        min(len(x), len(y)) >= 4 and abs(len(x) - len(y)) <= 2 and fuzz.ratio(x, y) >= SAME_WORDS)


def _runs_into_a_label(doc: DocView, own, stated) -> bool:
    """The own reading the stated one run on into the next label on its line ('Environmental Engineering' + 'Length of
    Schooling:'): the page prints a colon right after it."""
    return isinstance(own, str) and isinstance(stated, str) and own != stated and own.startswith(stated) \
        and re.search(re.escape(own) + r"\s*[:：]", doc.text) is not None


def _a_sentence_round(own, stated) -> bool:
    """The row's value is a sentence the own reading was read from: the own value after words
    that name a party ('工作岗位：乙方在甲方担任资深会计师')."""
    if not isinstance(own, str) or not isinstance(stated, str) or len(own) < 2 or own not in stated or own == stated:
        return False
    before = stated[:stated.index(own)]
    words = set(re.findall(r"[a-z]+", before.lower()))
    return any((has_han(r) and len(r) >= 2 and r in before) or r in words for r in role_words())


def _inside(value, longer, doc_type: str) -> bool:
    """The layout's value inside the reader's, the rest a label or a piece of one ('OFFERED' of
    'Position offered' before 'SENIOR SOFTWARE ENGINEER'); not a name's given names."""
    if not isinstance(value, str) or not isinstance(longer, str):
        return False
    v, w = fold(value), fold(longer)
    if len(v) < 3 or v == w or v not in w:
        return False
    rest = w.replace(v, "", 1)
    if len(rest) < 2 and rest.isascii():
        return False  # one letter is no piece of a label: a name's first letter a box reading kept ('TANG', 'ANG')
    labels = [fold(label) for f in declarations().get(doc_type, []) for label in f.labels] + [fold(lb) for lb in other_labels()]
    return any(rest in lb or (len(lb) >= 2 and lb in rest) for lb in labels)


def _runs_into_another(own: dict[str, Field], key: str, by_role: Field) -> bool:
    """The role reading is the own reading run on into another field's own value, set on the next
    line ('MASTER OF SCIENCE' over 'FINANCIAL ANALYTICS', the 'in' between them lost)."""
    mine = own.get(key)
    if mine is None or not isinstance(mine.value, str) or not isinstance(by_role.value, str):
        return False
    a, b = fold(mine.value), fold(by_role.value)
    rest = b[len(a):] if b.startswith(a) and len(b) > len(a) else ""
    return bool(rest) and any(k != key and isinstance(f.value, str) and fold(f.value) == rest for k, f in own.items())


def _holds(own: Field | None, by_role: Field) -> bool:
    """The type's own reading holds the role reading and more of it ('电子信息工程' where OCR
    noise inside the sentence left the role reading '工程'), or is another reading of the same
    words, as a reader that reads a chop's place again gives it ('广州天河' for '印信河'), or
    its reader weighed the role reading among its own and set it aside."""
    if own is None or not isinstance(own.value, str) or not isinstance(by_role.value, str):
        return False
    if by_role.value in own.readings:
        return True  # weighed already, and set aside (the page's reading of a line under a chop)
    if ISO_DATE.fullmatch(own.value):
        return False  # two dates a digit or two apart are two dates ('2026-12-31', '2026-11-19')
    a, b = fold(own.value), fold(by_role.value)
    if a != b and abs(len(a) - len(b)) <= 1 and len(a) >= 4 and fuzz.ratio(a, b) >= SAME_WORDS:
        return True
    rest = own.value.replace(by_role.value, "", 1).strip()
    # Lower-case words after a capitalised name are the sentence going on ('Bachelor of Science at').
    return len(b) >= 2 and b in a and a != b and not re.fullmatch(r"[a-z ]+", rest)
