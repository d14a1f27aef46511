"""Dates written out in words, as diplomas and deeds print them ('on the fifteenth day of May, in
the year two thousand and twenty'), rewritten in figures ('15 May 2020') so the date readers, which
read figures, read them too; and stays stated to the month only, as the dates they begin and end on."""
from __future__ import annotations

import calendar
import datetime
import re

from rapidfuzz.distance import Levenshtein

from .amounts import EN_AMOUNT, chinese_numeral, parse_english_amount

_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
             "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
_UNIT_ORDINALS = "|".join(_ORDINALS[:9])
DAY_WORDS = rf"(?:(?:twenty|thirty)[\s-]?(?:{_UNIT_ORDINALS})|twentieth|thirtieth|{'|'.join(_ORDINALS)})"
MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"
DATE_IN_WORDS = re.compile(
    rf"\b(?:the\s+)?({DAY_WORDS})\s+day\s+of\s+({MONTH_NAMES})\s*,?\s+(?:in\s+the\s+year\s+(?:of\s+our\s+lord\s+)?)?"
    rf"((?:two\s+thousand|nineteen\s+hundred)(?:[\s-]+(?:and[\s-]+)?{EN_AMOUNT})?|\d{{4}})",
    re.IGNORECASE)


def day_number(words: str) -> int | None:
    """'fifteenth' -> 15, 'twenty-third' -> 23, 'thirtieth' -> 30."""
    w = re.sub(r"[\s-]+", " ", words.lower()).strip()
    if w in ("twentieth", "thirtieth"):
        return 20 if w == "twentieth" else 30
    tens, _, unit = w.rpartition(" ")
    if unit not in _ORDINALS:
        return None
    return {"": 0, "twenty": 20, "thirty": 30}.get(tens, 0) + _ORDINALS.index(unit) + 1


def year_number(words: str) -> int | None:
    """'two thousand and twenty' -> 2020; '2019' as it is."""
    if words.strip().isdigit():
        return int(words)
    n = parse_english_amount(words.strip(" ,.-"))
    return int(n) if n and 1900 <= n <= 2100 else None


def in_figures(m: re.Match) -> str | None:
    day, year = day_number(m.group(1)), year_number(m.group(3))
    if not day or not year:
        return None
    return f"{day} {m.group(2).capitalize()} {year}"


def dates_in_figures(text: str) -> str:
    """The text with each date in words written in figures."""
    def figures(m: re.Match) -> str:
        # the words' pattern takes the space (and an 'and') after the year: kept as printed
        tail = m.group(0)[len(re.sub(r"(?:[\s-]+(?:and[\s-]+)?)$", "", m.group(0), flags=re.IGNORECASE)):]
        written = in_figures(m)
        return written + tail if written else m.group(0)

    return DATE_IN_WORDS.sub(figures, text)


def month_number(word: str) -> int | None:
    """A month's number from its name or abbreviation, or from a name misread by a letter or two
    ('TANDARY' for JANUARY, a pen's J and U): only a word of five letters or more, within two
    letters of one name and not of another."""
    names = MONTH_NAMES.split("|")
    word = word.lower()
    exact = next((k + 1 for k, name in enumerate(names) if name[:3] == word[:3]), None)
    if exact or len(word) < 5:
        return exact
    near = [k + 1 for k, name in enumerate(names) if Levenshtein.distance(word, name, score_cutoff=2) <= (2 if len(word) > 5 else 1)]
    return near[0] if len(near) == 1 else None


# A year of the Republic of China, as Taiwan's certificates print it: 中華民國一一三年, 民國八十九年, 民國113年
ROC_ERA = r"(?:中\s*[華华]\s*)?民\s*[國国]"
ROC_YEAR = re.compile(ROC_ERA + r"\s*([〇零○一二三四五六七八九十百\s]{1,9}|\d{2,3})\s*年")
# A date in the Republic of China's years, as Taiwan's certificates print it (中華民國一一三年六月二十日, 民國113年6月20日).
ROC_DATE = (ROC_ERA + r"\s*(?:[〇零○一二三四五六七八九十百](?:\s?[〇零○一二三四五六七八九十百]){0,4}|\d{2,3})\s*年"
            r"\s*(?:[一二三四五六七八九十](?:\s?[一二三四五六七八九十]){0,2}|\d{1,2})\s*月\s*(?:[一二三四五六七八九十](?:\s?[一二三四五六七八九十]){0,2}|\d{1,2})\s*日")
HAN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def roc_years_as_common_era(text: str) -> str:
    """Each year of the Republic of China in the text as the Common Era's (1911 + 113 = 2024)."""
    def common_era(m: re.Match) -> str:
        n = m.group(1).replace(" ", "")
        value = int(n) if n.isdigit() else chinese_numeral(n) if re.search("[十百]", n) else int(n.translate(HAN_DIGITS))
        return f"{1911 + value}年"
    return ROC_YEAR.sub(common_era, text)


# A stay stated to the month only ('2012年7月至2020年12月', '自2013年3月起至2019年9月止', 'from July 2015 to March 2022', '2016.03 - 2021.08'):
# taken to begin on its first month's first day and to end on its last month's last day.
# (in Chinese numerals too: '二〇一三年七月起', no day after it)
_MONTH_ONLY = (r"(\d{4}|[〇零○一二三四五六七八九]{4}|(?<![〇零○一二三四五六七八九])二[一二三四五六七八九][〇零○一二三四五六七八九])\s*年\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?!\s*(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*[日号])"
               rf"|\b({MONTH_NAMES}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?,?\s+(\d{{4}})\b"
               # no day after it, nor a date before it; a range's dash may stand either side ('2012.07-2016.12')
               r"|(?:(?<![\d./-])|(?<=\d{4}[./]\d{2}-)|(?<=\d{4}[./]\d-))(\d{4})\s*[./-]\s*(\d{1,2})(?!\d|\s*[./-]\s*\d{1,2}(?!\d))"
               r"|(?<![\d./-])(\d{1,2})\s*/\s*(\d{4})(?![\d./-]*\d)")  # month first: '10/2017'
MONTH_GROUPS = 8
MONTH_ONLY = re.compile(_MONTH_ONLY, re.IGNORECASE)
# (a long dash before a year is often read as 一, the Han one: '2013年7月一2016年6月')
MONTH_PERIOD = re.compile(rf"(?:{_MONTH_ONLY})\s*(?:起\s*)?(?:-|–|—|~|一(?=\s*\d{{4}})|to|until|till|through|and|至|到)\s*(?:{_MONTH_ONLY})", re.IGNORECASE)


def _month_number(text: str) -> int:
    """A month's number, in digits or Chinese numerals ('七', '十二')."""
    if text.isdigit():
        return int(text)
    return 10 * text.startswith("十") + int(text.lstrip("十").translate(HAN_DIGITS) or 0)


def _year_month(groups: tuple) -> tuple[int, int] | None:
    han_y, han_m, name, name_y, num_y, num_m, first_m, last_y = groups
    if han_y:
        han_y = han_y if len(han_y) == 4 else han_y[0] + "〇" + han_y[1:]  # a year whose 〇 the scan lost (二一四年)
        year, month = int(han_y.translate(HAN_DIGITS)), _month_number(han_m)
    elif name:
        year, month = int(name_y), next(i for i, n in enumerate(MONTH_NAMES.split("|"), 1) if n.startswith(name.lower()[:3]))
    elif num_y:
        year, month = int(num_y), int(num_m)
    else:
        year, month = int(last_y), int(first_m)
    return (year, month) if 1 <= month <= 12 and 1900 <= year <= 2100 else None


def month_periods(text: str) -> list[tuple[str, str, int, int]]:
    """(start, end, where each is in `text`) of each stay stated to the month only, as ISO dates."""
    out = []
    for m in MONTH_PERIOD.finditer(text):
        if re.search(r"\sand\s", m.group(0), re.IGNORECASE) and not text[:m.start()].rstrip().lower().endswith("between"):
            continue  # 'and' joins a stay's two months only after 'between' ('between March 2010 and November 2015')
        start, end = _year_month(m.groups()[:MONTH_GROUPS]), _year_month(m.groups()[MONTH_GROUPS:])
        if start and end and start < end:
            last = calendar.monthrange(*end)[1]
            out.append((f"{start[0]:04d}-{start[1]:02d}-01", f"{end[0]:04d}-{end[1]:02d}-{last:02d}", m.start(), m.end() - 1))
    return out


# a stay from a month until now ('自2016年6月至今', 'since March 2019 to date'): its first day; it has no end yet
MONTH_SINCE = re.compile(rf"(?:自|从|從|于|於|since|from)\s*(?:{_MONTH_ONLY})\s*(?:起)?\s*(?:至今|到今|迄今|到现在|到現在|to (?:the )?present|to date|until now)",
                         re.IGNORECASE)


# a row of a career's table from a month until now ('2018.07—至今', '2019年1月 - present')
MONTH_TO_NOW = re.compile(rf"(?:{_MONTH_ONLY})\s*(?:起)?\s*(?:-|–|—|~|至|到|to)\s*(?:至今|今|现在|現在|present|now|date)", re.IGNORECASE)


def months_to_now(text: str) -> list[tuple[str, int]]:
    """(first day, where it is stated) of each row of a stay from a month until now."""
    found = [(_year_month(m.groups()[:MONTH_GROUPS]), m.start()) for m in MONTH_TO_NOW.finditer(text)]
    return [(f"{ym[0]:04d}-{ym[1]:02d}-01", at) for ym, at in found if ym]


# or joined in a month and on the staff now ('2019年5月入职至今')
MONTH_JOINED = re.compile(rf"(?:{_MONTH_ONLY})\s*(?:入职|入職)\s*(?:至今|迄今)")
# or from a month on with no end stated ('自2018年3月起在我公司工作，现任…', 'since January 2019')
MONTH_ON = (re.compile(rf"(?:自|从|從)\s*(?:{_MONTH_ONLY})\s*起(?!\s*(?:至|到|止))"), re.compile(rf"\bsince\s+(?:{_MONTH_ONLY})", re.IGNORECASE))


def month_since(text: str) -> tuple[str, int] | None:
    """(first day, where it is stated) of a stay from a month until now."""
    m = MONTH_SINCE.search(text) or MONTH_JOINED.search(text) or MONTH_ON[0].search(text) or MONTH_ON[1].search(text)
    found = _year_month(m.groups()[:MONTH_GROUPS]) if m else None
    return (f"{found[0]:04d}-{found[1]:02d}-01", m.start()) if m and found else None


def month_bounds(text: str) -> tuple[str, str] | None:
    """A value that is a month only ('2014年3月', 'March 2014', '2014.03'): its first and last days, as ISO dates."""
    m = re.fullmatch(rf"\s*(?:{_MONTH_ONLY})\s*[。.]?\s*", text, re.IGNORECASE)
    found = _year_month(m.groups()[:MONTH_GROUPS]) if m else None
    if not found:
        return None
    last = calendar.monthrange(*found)[1]
    return f"{found[0]:04d}-{found[1]:02d}-01", f"{found[0]:04d}-{found[1]:02d}-{last:02d}"


# A study that ended this long before a certificate's last date ended before it was issued: the paper was issued again
ISSUED_LATER_DAYS = 183


def study_ended_before(text: str, issued: str) -> tuple[str, int] | None:
    """(last day, where it is stated) of the last study period stated to the month ('于2014年9月至2018年6月在我校…学习'),
    where it ended long before the date `issued` (a certificate of graduation issued again, 毕业证明书); else None."""
    periods = month_periods(text)
    if not periods:
        return None
    end = max(periods, key=lambda p: p[1])
    gap = (datetime.date.fromisoformat(issued) - datetime.date.fromisoformat(end[1])).days
    return (end[1], end[3]) if gap > ISSUED_LATER_DAYS else None
