"""Fields read from their declaration (data/fields.yaml): each label found on the page gives
candidate values by layout (pipeline/pairs.py), each candidate is parsed by the field's value
type, and the best-placed valid one wins. Runners-up with other values are kept as the field's
other readings for the operator, and the confidence falls with the margin over them."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from pipeline import ppocr
from pipeline.model import Field
from pipeline.names import is_pinyin, starts_with_surname
from pipeline.pairs import COLUMN_GAP, Candidate, Label, find_labels, fold, values_beside
from pipeline.text import HAN_RANGE, spaced_address

from .applicant_docs import HKID_RX
from .base import (
    COMPANY_EN,
    COMPANY_ZH,
    DocView,
    Line,
    chinese_numeral,
    cn_numerals_in_dates,
    parse_amount,
    parse_date,
    period_end,
)
from .pay_terms import period_stated
from .prose import both_scripts, has_han, vocabulary

HAN = f"[{HAN_RANGE}]"
NEAR_TIE = 0.1  # a runner-up this close in score makes the winner doubtful
NEAR_TIE_DOUBT = 0.7  # what a near tie leaves of the winner's confidence
FORM_NAME_SCORE = 85  # rapidfuzz ratio of a fillable field's name to a label
REREAD_CONFIDENCE = 0.7  # a value read from its crop alone
# Values whose type cannot tell them from the words of a sentence: read after a label only where
# the label opens its line or cell or a colon follows it. Dates, sums and numbers carry their form.
FREE_TYPES = ("text", "text_han", "subject", "han_name", "latin_name", "person", "school", "address", "sex")
REREAD_IN_HAN = ("han_name", "text_han")  # types a Latin reading cannot be
MAYBE_HAN = ("person", "subject")  # types that may be Latin: re-read only what reads as junk
JUNK_CONFIDENCE = 0.6


@dataclass(frozen=True)
class Declared:
    key: str
    type: str
    labels: tuple[str, ...]
    pattern: str | None = None


@functools.lru_cache(maxsize=1)
def _fields_yaml() -> dict:
    return yaml.safe_load((Path(__file__).parent / "data" / "fields.yaml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def declarations() -> dict[str, list[Declared]]:
    return {t: [Declared(k, f["type"], tuple(f["labels"]), f.get("pattern")) for k, f in fields.items()]
            for t, fields in _fields_yaml()["types"].items()}


def stated_first() -> frozenset[str]:
    return frozenset(_fields_yaml().get("stated_first", []))


def other_labels() -> list[str]:
    """Labels of rows no field reads (fields.yaml: other_labels)."""
    return list(_fields_yaml().get("other_labels", []))


def _latin_name(text: str) -> str | None:
    """A Mainland person's name in pinyin ('IN HONG KONG' after 'employee' is not one), without
    the honorific before it ('Mr. DENG Kaiwen')."""
    text = re.sub(r"^(?i:mr|mrs|ms|miss|dr|madam)\b\.?\s*", "", text.strip())
    m = re.match(r"[A-Za-z][A-Za-z'’ ,.-]*", text)
    name = re.sub(r"\s+", " ", m.group(0).replace(",", " ")).strip(" .-") if m else ""
    return name.upper() if len(re.sub(r"[^A-Za-z]", "", name)) >= 2 and is_pinyin(name) else None


def _han_name(text: str) -> str | None:
    """Two to four Han characters opening with a surname ('可獲保證' after 'employee' is none)."""
    m = re.match(rf"({HAN}{{2,4}})(?!{HAN})", text.replace(" ", ""))
    name = m.group(1) if m else ""
    if len(name) >= 4 and name[-1] in "男女":
        name = name[:-1]  # the sex cell read into the name's ('孙雨桐　女' as one word)
    return name if name and starts_with_surname(name) else None


def _sex(text: str) -> str | None:
    m = re.match(r"(?i)(male|female|m|f|男|女)\b", text)
    return None if not m else "F" if m.group(1).lower() in ("female", "f", "女") else "M"


def _company(text: str) -> str | None:
    for rx in (COMPANY_EN, COMPANY_ZH):
        m = re.search(rx, text.replace("  ", " "))
        if m:
            return m.group(1).strip()
    return None


def _text(text: str) -> str | None:
    """Free text up to a wide gap; of a bilingual value ('Asset management 資產管理'), the
    language it opens in."""
    text = re.split(r"\s{2,}", text)[0]
    if re.match(r"[A-Za-z]", text):
        text = re.split(HAN, text)[0]
    text = text.strip(" :：.,;")
    return text if len(text) >= 2 and re.search(rf"[A-Za-z]|{HAN}", text) else None


def _text_english_first(text: str) -> str | None:
    """Free text; of a bilingual value ('貿易 TRADING', 'TRADING 貿易'), its English (a BR
    certificate states the nature of business in English, the Chinese beside it a translation)."""
    value = _text(text)
    if value and has_han(value[:1]):
        latin = re.search(r"[A-Za-z][A-Za-z0-9&,.'()/ -]+", value)
        if latin and len(latin.group(0).strip()) >= 3:
            return latin.group(0).strip(" ,.;")
    return value


def _post(text: str) -> str | None:
    """A post; where the row states it in a sentence ('乙方受聘為物業資產經理'), what follows
    the cue (prose.yaml: position)."""
    text = _text(text)
    if text and has_han(text[:1]):
        text = re.split(r"[，。；,;]", text)[0]
    m = re.match(rf"^{HAN}{{0,4}}?(?:{han_post_cues()})", text or "")
    return _text(text[m.end():]) or text if m else text


@functools.lru_cache(maxsize=1)
def han_post_cues() -> str:
    """The Han cues that name a post after them (担任, 受聘為…), as a regex alternation."""
    cues = [c for c in both_scripts(vocabulary()["position"]) if has_han(c) and "…" not in c and not c.startswith("!") and len(c) >= 2]
    return "|".join(map(re.escape, sorted(cues, key=len, reverse=True)))


def _text_han(text: str) -> str | None:
    m = re.match(rf"{HAN}{{2,20}}", text.replace(" ", ""))
    return m.group(0) if m else None


def _subject(text: str) -> str | None:
    """A field of study: a run of Han characters, or English words in title or upper case."""
    han = _text_han(text)
    if han:
        return han
    m = re.match(r"(?:[A-Z][A-Za-z&'-]*|and|of|in|&)(?: (?:[A-Z][A-Za-z&'-]*|and|of|in|&))*", text)
    return m.group(0).strip() if m and len(m.group(0)) >= 3 else None


def _school(text: str) -> str | None:
    m = re.match(rf"{HAN}{{2,20}}?(?:大學|大学|學院|学院)", text.replace(" ", ""))
    if m:
        return m.group(0)
    m = re.match(r"(?:The )?(?:[A-Z][A-Za-z&'-]* ?)*(?:University|College|Institute)(?: of(?: [A-Z][A-Za-z&'-]*)+)?", text)
    return m.group(0).strip() if m else None


def _organisation(text: str) -> str | None:
    """A company, or an institute, a university or a hospital (a Mainland employer may be one)."""
    return _company(text) or _school(text) or _han_organisation(text)


def _han_organisation(text: str) -> str | None:
    m = re.match(rf"{HAN}{{2,24}}?(?:研究院|研究所|醫院|医院|中心)", text.replace(" ", ""))
    return m.group(0) if m else None


def _address(text: str) -> str | None:
    text = spaced_address(text.strip(" :：,."))
    return text if len(text) >= 8 and re.search(r"\d", text) else None


def _hkid(text: str) -> str | None:
    m = re.search(HKID_RX, text.upper())
    return f"{m.group(1)}{m.group(2)}({m.group(3)})" if m else None


def _money(text: str) -> float | None:
    amount = parse_amount(text)
    return amount if amount and amount >= 1000 else None


def _monthly_money(text: str) -> float | None:
    """A monthly amount; one stated by the year ('HK$624,000 per annum') as its twelfth."""
    amount = _money(text)
    return round(amount / 12, 2) if amount and period_stated(text) == "year" else amount


def _person(text: str) -> str | None:
    return _han_name(text) or _latin_name(text)


def _months(text: str) -> int | None:
    """A term as months: '24 months', 'two (2) years', '二十四個月', '兩年'; not a date's year."""
    text = re.sub(r"\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?", " ", cn_numerals_in_dates(text))
    m = re.search(r"(?<!\d)(\d{1,3})\)?\s*(?:\(\w+\)\s*)?(months?|mths?|years?|個月|个月|年)", text, re.IGNORECASE)
    if m:
        n = int(m.group(1))
    else:
        m = re.search(r"([一二兩两三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3})\s*(個月|个月|年)", text)
        if not m:
            return None
        n = chinese_numeral(m.group(1))
    return n * 12 if m.group(2).lower().startswith("year") or m.group(2) == "年" else n


PARSERS = {"latin_name": _latin_name, "han_name": _han_name, "sex": _sex, "date": parse_date, "period_end": period_end,
           "money": _money, "monthly_money": _monthly_money,
           "company": _company, "organisation": _organisation, "company_en": lambda t: (_company(t) if re.match(r"[A-Z]", t) else None),
           "text": _text, "text_english_first": _text_english_first, "post": _post, "text_han": _text_han, "school": _school, "address": _address, "person": _person, "subject": _subject, "hkid": _hkid,
           "months": _months}


@functools.lru_cache(maxsize=1)
def _a_label_and_colon() -> re.Pattern:
    """Any label this project knows, with a colon after it: the next row's, where OCR read two
    rows' words as one ('鄧子軒職務：數據分析師')."""
    labels = {lb for fs in declarations().values() for f in fs for lb in f.labels} | set(other_labels())
    han = sorted((lb for lb in labels if not lb.isascii() and len(lb) >= 2), key=len, reverse=True)
    return re.compile(rf"(?<=[{HAN_RANGE}])(?:{'|'.join(map(re.escape, han))})\s*[:：]")


@functools.lru_cache(maxsize=1)
def _a_name_label() -> re.Pattern:
    names = sorted(_fields_yaml().get("name_labels", []), key=len, reverse=True)
    return re.compile(rf"^\s*(?:{'|'.join(map(re.escape, names))})\s*[:：]\s*", re.IGNORECASE)


def parse(field: Declared, text: str):
    text = text[:m.start()] if (m := _a_label_and_colon().search(text)) else text
    text = _a_name_label().sub("", text)
    if field.pattern:
        m = re.search(field.pattern, re.sub(r"\s", "", text))
        return m.group(0) if m else None
    return PARSERS[field.type](text)


def _labels_on(lines: list[list], fields: list[Declared], others: list[Label] = ()) -> dict[str, list[Label]]:
    """Each field's labels. Where two labels lie on the same words, the closer match keeps them:
    'Name of Business' is the business name's label, not loosely 'nature of bus'; '学科门类' a row
    no field reads, not the major's '学科'."""
    found = {f.key: find_labels(lines, list(f.labels)) for f in fields}
    return {key: [lb for lb in labels if not any(_outmatched(lb, other) for k, more in found.items() if k != key
                                                 for other in more)
                  and not any(_outmatched(lb, other) for other in others)]
            for key, labels in found.items()}


def _outmatched(label: Label, other: Label) -> bool:
    return (label.line == other.line and label.first <= other.last and other.first <= label.last
            and other.score > label.score)


def read_declared(doc_type: str, doc: DocView) -> dict[str, Field]:
    return {key: found for key, (found, _) in read_stated(doc_type, doc).items()}


def read_stated(doc_type: str, doc: DocView) -> dict[str, tuple[Field, bool]]:
    """Each declared field read by layout, and whether the page states it in a row of its own
    (`_stated`) or in a fillable form's field: such a value stands over a reading from the
    sentences round it (extractors.registry.with_declared)."""
    fields = declarations().get(doc_type, [])
    out: dict[str, tuple[Field, bool]] = {}
    for page in doc.pages:
        lines = page.lines()
        others = [lb for label in other_labels() for lb in find_labels(lines, [label])]  # rows no field reads
        labels = _labels_on(lines, fields, others)
        for field in fields:
            if field.key in out:
                continue
            stops = [lb for k, found in labels.items() if k != field.key for lb in found] + others
            typed = _typed_in(page, field)
            if typed is not None:
                out[field.key] = (typed, True)
                continue
            scored: list[tuple[float, object, Candidate]] = []
            for label in labels[field.key]:
                beside = False
                # the field's other labels end a value too: '業務性質' over 'Nature of Business'
                own = [lb for lb in labels[field.key] if lb.line != label.line]
                for cand in values_beside(lines, label, stops + own):  # right of the label first, then below
                    if label.in_prose and field.type in FREE_TYPES and not _a_cell_away(cand):
                        continue  # '专业修完本科全部课程': prose after a word, not a value
                    if beside and cand.placement == "below":
                        break  # a value on the label's line makes the line below the next row
                    value = parse(field, cand.text)
                    if value is None and page.source == "ocr" and _maybe_han(field, cand):
                        cand, value = _read_as_han(doc, page, field, cand)
                    if value is not None and not _is_a_label(str(value), fields):
                        beside = beside or cand.placement == "right"
                        # a surely read value over an unsure one (a label's translation read as junk)
                        scored.append((cand.score * (0.5 + 0.5 * _value_conf(cand, value)), value, cand))
            if scored:
                out[field.key] = _chosen(doc, page, scored)
    return out


def _value_conf(cand: Candidate, value) -> float:
    """How surely the value's own words were read: the words of the candidate the value kept
    (not the junk of a translation it dropped, 'Asset management 資產管理' read on a Latin page)."""
    kept = fold(str(value))
    words = [w for w in cand.words if fold(w.text) and fold(w.text) in kept]
    return min(w.conf for w in words) if words else cand.conf


def _maybe_han(field: Declared, cand: Candidate) -> bool:
    if field.type in REREAD_IN_HAN:
        return True
    return field.type in MAYBE_HAN and sum(w.conf for w in cand.words) / len(cand.words) < JUNK_CONFIDENCE


def _read_as_han(doc: DocView, page, field: Declared, cand: Candidate) -> tuple[Candidate, object]:
    """A Han value on a page read as Latin comes out as Latin junk ('FEAT' for 任娟萍): its box
    is read again by PP-OCR, which reads Han print best (docs/BENCHMARKS.md, issue 25)."""
    image = doc.images[doc.pages.index(page)]
    x0, y0, x1, y1 = cand.bbox
    pad = (y1 - y0) // 2
    box = (max(0, x0 - pad), max(0, y0 - pad), min(image.width, x1 + pad), min(image.height, y1 + pad))
    words = [w.moved(box[0], box[1]) for w in ppocr.ppocr_words(image.crop(box))]
    words = [w.model_copy(update={"conf": min(w.conf, REREAD_CONFIDENCE)}) for w in words]
    if not words:
        return cand, None
    again = Candidate(tuple(words), cand.placement, cand.score, cand.label)
    return again, parse(field, again.text)


def _typed_in(page, field: Declared) -> Field | None:
    """A fillable PDF's own field for it, matched by name to the labels ('txtFamilyName',
    'Applicant_Surname'): what the applicant typed, the surest reading there is."""
    for ff in page.form_fields:
        name = fold(re.sub(r"(?<=[a-z])(?=[A-Z])|[_.]", " ", ff.name))
        name = re.sub(r"^(?:txt|fld|field|text|tf)", "", name)
        if not name or not any(fuzz.ratio(name, fold(label)) >= FORM_NAME_SCORE or
                               (len(fold(label)) >= 5 and fold(label) in name) for label in field.labels):
            continue
        value = parse(field, ff.value)
        if value is not None:
            return Field(value=value, confidence=1.0, file=page.file, page=page.number, bbox=ff.bbox, source="form")
    return None


def _is_a_label(value: str, fields: list[Declared]) -> bool:
    """A neighbouring row's label taken for a value ('Nature of business' under an empty row)."""
    v = fold(value)
    return any(v == fold(label) for f in fields for label in f.labels)


def _chosen(doc: DocView, page, scored: list[tuple[float, object, Candidate]]) -> tuple[Field, bool]:
    scored.sort(key=lambda s: -s[0])
    best, value, cand = scored[0]
    others = [s for s in scored[1:] if s[1] != value]
    margin = best - others[0][0] if others else 1.0
    conf = _value_conf(cand, value) * (NEAR_TIE_DOUBT if margin < NEAR_TIE else 1.0)
    line = Line(cand.text, list(cand.words), page)
    found = doc.field(value, line, confidence=conf, words=list(cand.words))
    found.readings = list(dict.fromkeys(str(v) for _, v, _ in others))[:3]
    return found, _stated(cand)


def _a_cell_away(cand: Candidate) -> bool:
    """A value right of its label across a column's gap: a table's cell, whatever stands before
    the label (a translation the OCR cut short: '性 Sex  女 F')."""
    label, first = cand.label, cand.words[0].bbox
    return cand.placement == "right" and first[0] - label.bbox[2] > COLUMN_GAP * (label.bbox[3] - label.bbox[1])


def _stated(cand: Candidate) -> bool:
    """A label that opens its line or cell, its value after a colon, under or over it (a
    caption), or a cell away:
    a form's or a list's row ('学位评定委员会' opens a line with 学位 and states no degree)."""
    label = cand.label
    gap = cand.words[0].bbox[0] - label.bbox[2] > (label.bbox[3] - label.bbox[1]) if cand.placement == "right" else False
    return label.opens and (label.colon or cand.placement in ("below", "above") or gap)


def declared_labels(doc_type: str, key: str) -> tuple[str, ...]:
    return next((f.labels for f in declarations().get(doc_type, []) if f.key == key), ())


def runs_into_a_row(doc_type: str, key: str, value) -> int | None:
    """Where another row's label begins inside a Han value OCR read as one run with that row
    ('唐一鸣性别男', '应用化学层次本科'): a label of another field, or of a row no field reads,
    with more after it."""
    if not isinstance(value, str) or not re.search(HAN, value):
        return None
    labels = _han_labels_beside(doc_type, key)
    return next((i for i in range(2, len(value) - 2) if any(value.startswith(lb, i) and len(value) > i + len(lb) for lb in labels)),
                None)


@functools.lru_cache(maxsize=None)
def _han_labels_beside(doc_type: str, key: str) -> frozenset[str]:
    """Han labels of the type's other fields and of rows no field reads."""
    labels = {lb for f in declarations().get(doc_type, []) if f.key != key for lb in f.labels} | set(other_labels())
    return frozenset(lb for lb in labels if len(lb) >= 2 and re.fullmatch(f"{HAN}+", lb))


def keeps_its_label(doc_type: str, key: str, value) -> bool:
    """A value read with its own label in front ('單位名稱深圳前海…'), that is a piece of its
    label ('OFFERED' after 'Position'), or that ran on into the next field's label ('BACHELOR OF
    ENGINEERING DISCIPLINE …'). A label inside a value is no sign: 学位 ends 工学学士学位."""
    v = fold(str(value))
    own = [fold(label) for label in declared_labels(doc_type, key)]
    others = [fold(label) for f in declarations().get(doc_type, []) if f.key != key for label in f.labels]
    return bool(v) and (any((len(lb) >= 2 and v.startswith(lb) and len(v) > len(lb)) or (len(v) >= 3 and v in lb) for lb in own)
                        or any(len(lb) >= 5 and lb in v[1:] for lb in others))
