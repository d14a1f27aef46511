"""The fields each document type declares (data/fields.yaml) and what is known of a value
from them alone, with no page: its parse by the field's type, whether it is made of labels,
whether it kept its label or ran into the next row's. extractors/declared.py reads them by layout."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from pipeline.labels import fold
from pipeline.text import HAN_RANGE

from .prose import vocabulary
from .value_types import PARSERS

HAN = f"[{HAN_RANGE}]"


@dataclass(frozen=True)
class Declared:
    key: str
    type: str
    labels: tuple[str, ...]
    pattern: str | None = None
    fallback: tuple[str, ...] = ()  # labels read only where none of `labels` is on the page
    ranges: tuple[str, ...] = ()  # labels of a period's start, among `labels`: their value must state the period
    whole_period: bool = False  # a row's figure under the whole period's column, where a table splits it (pipeline.period_columns)
    colon_labels: tuple[str, ...] = ()  # labels only where a colon follows them: elsewhere a heading's word ('1. Funding. The …')


@functools.lru_cache(maxsize=1)
def _fields_yaml() -> dict:
    return yaml.safe_load((Path(__file__).parent / "data" / "fields.yaml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def declarations() -> dict[str, list[Declared]]:
    return {t: [Declared(k, f["type"], tuple(f["labels"] + f.get("range_labels", [])), f.get("pattern"),
                         tuple(f.get("fallback_labels", [])), tuple(f.get("range_labels", [])), f.get("column") == "whole_period",
                         tuple(f.get("colon_labels", [])))
                for k, f in fields.items()]
            for t, fields in _fields_yaml()["types"].items()}


def stated_first() -> frozenset[str]:
    return frozenset(_fields_yaml().get("stated_first", []))


def typed_by_rows() -> tuple[str, ...]:
    """Types a paper no type's words claim may be told by the fields it states in rows (extractors/stated_type.py)."""
    return tuple(_fields_yaml().get("typed_by_rows", []))


def in_sentences() -> frozenset[str]:
    """Types whose papers state their sums in prose: extractors/sentence_labels.py reads them there too."""
    return frozenset(_fields_yaml().get("in_sentences", []))


@functools.lru_cache(maxsize=None)
def _phrases(key: str) -> re.Pattern:
    """fields.yaml's list `key` as one pattern, longest phrase first."""
    words = _fields_yaml().get(key, [])
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)", re.IGNORECASE)


def names_the_first_post(words) -> bool:
    """The post label's line names the post held on joining ('Designation at joining')."""
    return bool(_phrases("first_posts").search(" ".join(w.text for w in words)))


def names_a_later_period(words) -> bool:
    """The label's line names a year after the first ('Expected turnover, second year')."""
    return later_period_in(" ".join(w.text for w in words))


def later_period_in(text: str) -> bool:
    return bool(_phrases("later_periods").search(text))


YEAR_IN_ROW = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


def first_year_named(lines, labels) -> int | None:
    """The earliest year the field's labelled rows name ('Turnover forecast, 2027' over '…, 2028'), where two
    or more of them name one: a forecast's first period is the one a plan is judged by."""
    years = [int(m.group(1)) for lb in labels for m in [YEAR_IN_ROW.search(" ".join(w.text for w in lines[lb.line]))] if m]
    return min(years) if len(set(years)) >= 2 else None


def names_a_year_after(words, first: int | None) -> bool:
    m = YEAR_IN_ROW.search(" ".join(w.text for w in words)) if first else None
    return bool(m) and int(m.group(1)) > first


def other_labels() -> list[str]:
    """Labels of rows no field reads (fields.yaml: other_labels)."""
    return list(_fields_yaml().get("other_labels", []))


@functools.lru_cache(maxsize=1)
def interface_words() -> frozenset[str]:
    """A web page's control words, no value (fields.yaml: interface_words)."""
    return frozenset(fold(w) for w in _fields_yaml().get("interface_words", []))


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
    # with its colon, or a table's cell before the name in capitals ('Name | TAN Yuchen')
    return re.compile(rf"^\s*(?:{'|'.join(map(re.escape, names))})(?:\s*[:：]\s*|\s+(?=(?-i:[A-Z]{{2,}})\b))", re.IGNORECASE)


# A sum a month is not the period's (a forecast of the year's turnover says the month's on the way)
PER_MONTH = re.compile(r"(?:HK\$|HKD|\$)?\s*\d[\d,.]*\s*(?:k|m)?\s*(?:(?:a|per|each|every)\s+month\b|/\s*month\b|monthly\b|/\s*月)",
                       re.IGNORECASE)


FIGURE_TYPES = ("date", "date_or_month", "period_end", "stay_start", "stay_end", "money", "monthly_money", "code", "hkid", "count", "months")
FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}  # '／' to '/', '０' to '0'


def parse(field: Declared, text: str):
    text = text[:m.start()] if (m := _a_label_and_colon().search(text)) else text
    if text.strip().lower() in _fields_yaml().get("name_labels", []):
        return None  # a 'Name' cell alone: its value stands in the next cell
    text = _a_name_label().sub("", text)
    if field.whole_period and field.type == "money":
        text = PER_MONTH.sub(" ", text)  # 'HK$90,000 a month, about HK$1,080,000 in the first year': the year's
    if field.type in FIGURE_TYPES:  # PP-OCR's full-width forms ('09／04／1993')
        text = text.translate(FULL_WIDTH)
    if field.type in ("money", "monthly_money"):  # a sum's sentence ends where the next begins ('HK$300,000. We expect …')
        text = re.split(r"(?<=\d)\.\s+(?=[A-Z])", text)[0]
    if field.pattern:  # a code's E read as the pound sign it looks like
        m = re.search(field.pattern, re.sub(r"\s", "", text).replace("£", "E"))
        return m.group(0) if m else None
    return PARSERS[field.type](text)


def is_a_label(value: str, fields: list[Declared]) -> bool:
    """A neighbouring row's label taken for a value ('Nature of business' under an empty row), or
    a heading row's labels read right of a heading ('Given names' then 'CHINESE NAME SEX')."""
    rest = fold(value)
    if not rest:
        return False
    for label in _folded_longest_first(tuple(lb for f in fields for lb in f.labels)):
        rest = rest.replace(label, "")
    return not rest


@functools.lru_cache(maxsize=64)
def _folded_longest_first(labels: tuple[str, ...]) -> tuple[str, ...]:
    """Labels folded once a type, not once a candidate value."""
    return tuple(sorted({fold(lb) for lb in labels}, key=len, reverse=True))


def made_of_labels(value: str, doc_type: str) -> bool:
    return is_a_label(value, declarations()[doc_type])


def declared_labels(doc_type: str, key: str) -> tuple[str, ...]:
    return next((f.labels for f in declarations().get(doc_type, []) if f.key == key), ())


def runs_into_a_row(doc_type: str, key: str, value) -> int | None:
    """Where another row's label begins inside a Han value OCR read as one run with that row
    ('唐一鸣性别男', '应用化学层次本科'): a label of another field, or of a row no field reads,
    with more after it."""
    if not isinstance(value, str) or not re.search(HAN, value):
        return None
    labels = _han_labels_beside(doc_type, key)
    if key in ORGANISATION_FIELDS and value.endswith(tuple(_name_endings())):
        return None  # an organisation's whole name ('東華專業進修學院': 專業 a row's label, a word of the name)
    return next((i for i in range(2, len(value) - 2) if any(value.startswith(lb, i) and len(value) > i + len(lb)
                                                           and value[i + len(lb):] not in _name_endings() for lb in labels)), None)


ORGANISATION_FIELDS = ("institution", "employer", "employer_name", "organisation", "business_name", "company_name")


@functools.lru_cache(maxsize=1)
def _name_endings() -> frozenset[str]:
    """An organisation's last word (学院, 有限公司): a row's label before it is a word of the name ('楚雄民族学院', 民族 a row's
    label)."""
    v = vocabulary()
    return frozenset(w for w in v["organisation_words"] + v["company_suffixes"] if re.fullmatch(f"[{HAN_RANGE}]+", w))


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
                        or any(len(lb) >= 5 and lb in v[1:] for lb in others)
                        # a Han reading that ends in another row's label ('攻性别': the next cell's 'Sex 性别')
                        or any(len(lb) >= 2 and re.match(HAN, lb) and v.endswith(lb) and len(v) > len(lb) for lb in others))
