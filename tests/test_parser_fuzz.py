"""The parsers that turn read text into values, fuzzed (#31): whatever OCR hands them, they
return a value of their type or None, never an exception, and never an absurd value."""
import os
import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.base import parse_date
from extractors.value_types import _hkid
from pipeline import mrz, mrz_repair
from pipeline.amounts import chinese_numeral, parse_amount, parse_chinese_amount, parse_english_amount
from validators.rules.applicant import hkid_check_char

# Text like what OCR gives: digits, Latin, Han numerals and units, separators, stray symbols.
OCR_ALPHABET = st.sampled_from(list("0123456789 ,.-/:年月日号元圆圓萬万亿億仟佰拾千百十零壹贰貳叁參肆伍陆陸柒捌玖一二三四五六七八九两兩"
                                    "HKD$kmKMillionthousandhundredJanFebMarDecembe<()（）：，。OIlSZB") + ["\n", "\t", "\u3000"])
OCR_TEXT = st.one_of(st.text(OCR_ALPHABET, max_size=60), st.text(max_size=60))
FUZZ = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 300)), deadline=None)

# A sum in an application is a salary, an allowance or a company's figures; no reading of a
# page may give more than the largest such figure (a trillion), nor less than nothing.
MOST = 1e13


@FUZZ
@given(OCR_TEXT)
def test_amount_parsers_return_a_sane_number_or_none(text):
    for parse in (parse_amount, parse_chinese_amount, parse_english_amount):
        value = parse(text)
        assert value is None or (isinstance(value, float) and 0 <= value < MOST), (parse.__name__, text, value)
    n = chinese_numeral(text)
    assert isinstance(n, int) and n >= 0


def test_chinese_amounts_follow_the_numeral_grammar():
    assert parse_chinese_amount("贰亿叁仟万元") == 230_000_000  # was 2,000,030,000,000
    assert parse_chinese_amount("港幣叁萬陸仟伍佰元整") == 36_500
    assert parse_chinese_amount("肆萬貳什伍佰元") == 42_500  # 什: OCR's reading of 仟
    assert parse_chinese_amount("壹拾貳萬參仟元") == 123_000
    assert parse_chinese_amount("no amount here") is None


@FUZZ
@given(OCR_TEXT)
def test_date_parser_returns_a_real_date_or_none(text):
    value = parse_date(text)
    if value is not None:
        d = date.fromisoformat(value)
        assert 1900 <= d.year <= 2100, (text, value)


@FUZZ
@given(st.lists(st.text(st.sampled_from(list("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<< ")), max_size=50), max_size=3))
def test_mrz_parser_and_repair_never_raise(lines):
    for parse in (mrz.parse, lambda ls: mrz_repair.repair(ls, "TD3"), lambda ls: mrz_repair.repair(ls, "TD1")):
        found = parse(lines)
        assert found is None or isinstance(found, mrz.MRZ)


@FUZZ
@given(st.text(st.sampled_from(list("0123456789")), min_size=0, max_size=8), st.sampled_from(["birth", "expiry"]))
def test_mrz_dates_are_real_or_none(digits, kind):
    value = mrz.yymmdd_to_iso(digits, kind, 2026)
    if value is not None:
        assert 1900 <= date.fromisoformat(value).year <= 2060


@FUZZ
@given(OCR_TEXT)
def test_hkid_reader_and_check_character(text):
    value = _hkid(text)
    if value is not None:
        m = re.fullmatch(r"([A-Z]{1,2})(\d{6})\(([0-9A])\)", value)
        assert m, value
        assert hkid_check_char(m.group(1) + m.group(2)) in "0123456789A"
