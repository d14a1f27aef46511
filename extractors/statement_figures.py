"""The figures of a statement's lines and the columns they stand in: signed figures and their units, the
latest year's column, a year's end stated without its year, and the equity a capital account or a statement of
changes in equity closes on (extractors/financial_statement.py reads the items with them)."""
from __future__ import annotations

import re

from pipeline.amounts import parse_amount

from .base import DATE_RX, Line, cn_numerals_in_dates

FIGURE = r"\(?-?\s*(?:HK\$|\$|RMB)?\s*\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?|\(?-?\d{4,}(?:\.\d+)?\)?"


UNIT_AFTER = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "千": 1e3, "million": 1e6, "billion": 1e9}


def figures(text: str, spaced: bool = True) -> list[float]:
    """Signed figures in a line; a unit written right after one (12,998.56万元) scales it. Thousands
    grouped by spaces ('12 806 440'), where the line has no commas, are grouped as with commas; not
    on a page in thousands (`spaced` False), whose small figures stand a column each ('5 594 559':
    a note, then two years)."""
    if spaced and "," not in text:
        # as OCR reads them too: a narrow space lost ('1588 700') or read as a point ('11.530 120')
        # Two groups at least after a head of three figures: '512 478' is two columns in thousands
        text = re.sub(r"(?<![\d.])(?:\d{1,3}(?:[ .]\d{3})+ \d{3}|\d{4}(?:[ .]\d{3})* \d{3})(?![\d.])",
                      lambda m: f"{int(re.sub(r'[ .]', '', m.group(0))):,}", text)
    vals = []
    for m in re.finditer("(" + FIGURE + r")\s*(万|萬|亿|億|千|million|billion)?", text, re.IGNORECASE):
        raw = m.group(1)
        neg = raw.strip().startswith("(") or "-" in raw
        num = re.sub(r"[^\d.]", "", raw)
        if not num or num.count(".") > 1:
            continue
        v = float(num)
        if 1900 <= v <= 2100 and "," not in raw and not m.group(2):
            continue  # a year in a column heading
        v *= UNIT_AFTER.get((m.group(2) or "").lower(), 1)
        vals.append(-v if neg else v)
    return vals


# Figures of three digits or fewer ending a line: a statement in thousands prints them ('(512)'), one in
# millions with a decimal ('58.3').
SMALL_FIGURES = r"(?:\s+\(?-?\d{1,3}(?:\.\d{1,2})?\)?)+\s*$"


def small_figures(text: str) -> list[float]:
    """The columns of a line in thousands whose figures are all small: this year's is the
    one before last year's (a note's number may stand before both)."""
    m = re.search(SMALL_FIGURES, text)
    if not m:
        return []
    vals = [-float(t.strip("()-")) if t.startswith("(") or t.startswith("-") else float(t) for t in m.group(0).split()]
    return vals[-2:] if len(vals) >= 2 else vals


def latest_columns(lines: list[Line]) -> dict[int, tuple[int, int]]:
    """Per page whose year columns run oldest first ('2024 | 2025'), the latest's place among them
    and their count; pages in the usual order (this year first) are left out."""
    out: dict[int, tuple[int, int]] = {}
    for line in lines:
        if line.page.number in out:
            continue
        cells = [YEAR_CELL.fullmatch(t) for t in year_tokens(line)]
        years = [int(c.group(1)) for c in cells if c]
        if len(years) >= 2 and len(years) >= len(cells) - 2 and years == sorted(set(years)):
            out[line.page.number] = (len(years) - 1, len(years))
        if PRIOR_THEN_CURRENT.search(line.text):  # 'Prior year | Current year': this year's column last
            out[line.page.number] = (1, 2)
            continue
        headings = line.text.split()  # a column a month, the period's total last ('Jan … Sep Total')
        if len(headings) >= 3 and TOTAL_CELL.fullmatch(headings[-1]) and all(PART_CELL.fullmatch(t) for t in headings[:-1]):
            out[line.page.number] = (len(headings) - 1, len(headings))
    return out


PRIOR_THEN_CURRENT = re.compile(r"(?:prior|previous|last|preceding) (?:year|period)\s+(?:current|this) (?:year|period)"
                                r"|上年(?:金額|金额|數|数)?\s*本年(?:金額|金额|數|数)?|上期\s*本期", re.IGNORECASE)


# A period's parts as columns (months, quarters, halves) and its total
PART_CELL = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|q[1-4]|h[12]|\d{1,2}月|第?[一二三四]季度?", re.IGNORECASE)


TOTAL_CELL = re.compile(r"total|ytd|合计|合計|累计|累計|全年", re.IGNORECASE)


YEAR_CELL = re.compile(r"(?:FY\s?)?((?:19|20)\d{2})(?:年度?)?")


# a year's end without its year, the years standing in a summary's rows or columns
YEAR_END_WITHOUT_YEAR = (r"years? end(?:ed|ing)\s+(\d{1,2}\s+[A-Za-z]{3,9}|[A-Za-z]{3,9}\s+\d{1,2})(?!\s*,?\s*\d)"
                         r"|(?<![\d年])截至\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


CAPITAL_ACCOUNT = re.compile(r"^(?:(?:proprietor|owner|partner)s?'?\s*)?capital accounts?|^(?:業主|业主|東主|东主)?資本賬|^(?:業主|业主)?资本账"
                             r"|^statement of changes in equity|^(?:權益|权益)變動表|^(?:权益)变动表", re.IGNORECASE)


CLOSING_BALANCE = re.compile(r"^(?:balance |total )?(?:at|as at|carried forward)\b|^(?:年末|期末)(?:結餘|结余)", re.IGNORECASE)


TOTAL_COLUMN = re.compile(r"total|合計|合计|總計|总计", re.IGNORECASE)


def capital_account(lines: list[Line]) -> tuple[float, Line] | None:
    """(figure, line) of the last closing balance under a capital account's heading or a statement of
    changes in equity ('CAPITAL ACCOUNT' … 'Balance at 31 March 2026  1,151,000'): under the table's
    'Total' column where partners or kinds of equity stand side by side, else its first figure."""
    for k, line in enumerate(lines):
        if not CAPITAL_ACCOUNT.match(line.text):
            continue
        below = [ln for ln in lines[k + 1:k + 12] if ln.page is line.page]
        closing = [ln for ln in below if CLOSING_BALANCE.match(ln.text)]
        if not closing:
            return None
        total = next((c for ln in below for c in ln.cells()[1:] if TOTAL_COLUMN.fullmatch(c.text.strip())), None)
        cells = [c for c in closing[-1].cells()[1:] if figures(c.text)]
        if total is not None and cells:
            under = min(cells, key=lambda c: abs((c.bbox[0] + c.bbox[2]) - (total.bbox[0] + total.bbox[2])))
            return figures(under.text)[0], closing[-1]
        vals = figures(re.sub(DATE_RX, " ", closing[-1].text))
        return (vals[0], closing[-1]) if vals else None
    return None


def year_tokens(line: Line) -> list[str]:
    """A line's words, a year in Chinese numerals as its figures ('二零二六年' as '2026年'), cell by cell."""
    return [t for c in line.cells() for t in cn_numerals_in_dates(c.text).split()]


def latest_year_column(lines: list[Line]) -> int | None:
    """The latest year heading a table's columns ('2022 | 2023 | … | 2026', either order)."""
    for line in lines:
        cells = [YEAR_CELL.fullmatch(t) for t in year_tokens(line)]
        years = [int(c.group(1)) for c in cells if c]
        if len(years) >= 2 and len(years) >= len(cells) - 2 and len(set(years)) == len(years):
            return max(years)
    return None


# An item a report states in its sentences ('turnover for the year was HK$4.6 million (2025: …)', 'its profit
# after tax was …', 'total equity stood at …'): the sum after the item and its verb. Not a profit before tax.
_SUM = r"((?:HK\$|HKD|\$)\s*\(?\d[\d,]*(?:\.\d+)?\)?(?:\s*(?:million|m)\b)?)"
# (or a colon, as a summary's bullets state them: 'Profit after tax: HK$0.61 million')
_VERB = (r"(?:(?:was|were|is|amounted\s+to|totall?ed|reached|stood\s+at|came\s+to|of|(?:rose|grew|increased|fell|declined|dropped)\s+to)"
         r"(?:\s+(?:a|an)\s+(?:total|record)\s+of)?\s+|\s*[:：]\s*)")
# the period the item is for, its year in brackets after it ('Revenue for FY2026 (year ended 31 March 2026): …')
_WHEN = r"(?:for\s+(?:the\s+)?(?:year|period|fy\s*\d{2,4}|financial\s+year(?:\s+\d{4})?)\s*)?(?:\([^)]{0,40}\)\s*)?"
# whose the item is, or the day it is taken on ('Profit attributable to shareholders was …', 'Net assets at 30 June 2026 stood at …')
_OF_WHOM = (r"(?:(?:attributable\s+to\s+(?:the\s+)?(?:shareholders|owners|equity\s+holders|members)(?:\s+of\s+the\s+company)?"
            r"|(?:at|as\s+at)\s+\d{1,2}\s+[A-Za-z]+,?\s+\d{4})\s*)?")
STATED_ITEMS = {
    "revenue": rf"\b(?:turnover|revenue|sales)\s*{_WHEN}{_VERB}{_SUM}",
    "profit": rf"\b(?:net\s+)?(?P<kind>profit|loss)\s*(?:{_WHEN}|after\s+(?:income\s+)?tax(?:ation)?\s*)?{_OF_WHOM}{_VERB}{_SUM}",
    "total_equity": rf"\b(?:total\s+equity|net\s+assets|shareholders['’]?\s+funds|total\s+shareholders['’]?\s+equity)\s*{_OF_WHOM}{_VERB}{_SUM}",
}


# The same in Chinese ('之營業額為港幣五百二十萬元', '除稅後溢利為…', '資產淨值為…'), in either script or both at once as a
# page may read them ('除税後', '資產凈值'); its sum in figures or in Chinese numerals, a loss by its word.
_HAN_SUM = r"((?:港幣|港币|HK\$|HKD)\s*[\d,.零〇一二兩两三四五六七八九十百千萬万億亿]+\s*(?:萬|万|億|亿)?\s*元?)"
_HAN_VERB = r"\s*(?:為|为|達|达|錄得|录得|是)?\s*(?:約|约)?\s*"
HAN_STATED_ITEMS = {
    "revenue": rf"(?:營業額|营业额|營業收入|营业收入|收益|收入)(?:總額|总额)?{_HAN_VERB}{_HAN_SUM}",
    "profit": rf"(?:除[稅税][後后]|年[內内]|本年度?)?(?:溢利|(?P<kind>[虧亏][損损])|[淨凈净]利[潤润]){_HAN_VERB}{_HAN_SUM}",
    "total_equity": rf"(?:資產[淨凈净]值|资产[净凈]值|[權权]益[總总][額额]|股[東东][權权]益(?:合[計计]|[總总][額额])?){_HAN_VERB}{_HAN_SUM}",
}


def stated_in_sentences(text: str, key: str) -> tuple[float, int] | None:
    """(figure, offset) of the item where running text states it, a loss below nought."""
    m = re.search(STATED_ITEMS[key], text, re.IGNORECASE)
    if not m:
        return _stated_in_chinese(text, key)
    raw = m.group(m.lastindex or 0)
    value = float(re.sub(r"[^\d.]", "", raw.split("(")[-1] if raw.strip().endswith(")") else raw) or 0) * (
        1e6 if re.search(r"million|m$", raw, re.IGNORECASE) else 1)
    loss = "kind" in m.groupdict() and m.group("kind").lower() == "loss"
    return (-value if loss or "(" in raw else value), m.start()


def _stated_in_chinese(text: str, key: str) -> tuple[float, int] | None:
    m = re.search(HAN_STATED_ITEMS[key], text)
    value = parse_amount(m.group(m.lastindex or 0)) if m else None
    if m is None or value is None:
        return None
    return (-value if m.groupdict().get("kind") else value), m.start()
