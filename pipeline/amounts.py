"""Amounts as documents print them: figures ('HK$38,000', '12.000元'), Chinese numerals and the
financial capitals ('港幣叁萬伍仟元正'), English words ('thirty-eight thousand')."""
from __future__ import annotations

import re

import cn2an

from .model import Word
from .text import HAN_RANGE

CAPITAL_NUMERALS = "零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟什万萬"
# a small count in Chinese numerals, plain or financial (三名, 叁名)
HAN_COUNT = r"[一二兩两三四五六七八九十壹贰貳叁參参肆伍陆陸柒捌玖拾]{1,3}"


def numeral_amount(numerals: str) -> str:
    """Regex of an amount in Chinese numerals ending in 元. OCR sometimes drops a stray
    character into the run (柒萬人參仟元): one between numerals is tolerated (and ignored
    by parse_chinese_amount)."""
    return rf"[{numerals}]+(?:[{HAN_RANGE}]?[{numerals}]+)*[元圆圓]"


def parse_chinese_amount(text: str) -> float | None:
    """壹万贰仟元整 -> 12000; 肆萬伍仟元 -> 45000. None when there is no amount."""
    m = re.search(numeral_amount(CAPITAL_NUMERALS + "亿億一二两兩三四五六七八九十百千"), text)
    if not m:
        return None
    total = chinese_numeral(m.group(0)[:-1])
    return float(total) if 0 < total < MAX_AMOUNT else None


# cn2an reads the financial capitals in one form only; Hong Kong papers give others, and 什,
# no numeral, is OCR's usual reading of 仟 (肆萬貳什伍佰元).
_NUMERAL_FORMS = str.maketrans({"參": "叁", "参": "叁", "什": "仟", "貳": "贰", "陸": "陆", "萬": "万", "億": "亿", "兩": "两",
                                "圓": "", "圆": "", "元": ""})
_NUMERAL_CHARS = set("零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟0123456789")


def chinese_numeral(numerals: str) -> int:
    """二十四 -> 24; 壹万贰仟 -> 12000; 贰亿叁仟万 -> 230000000 (cn2an). Characters that are no
    numeral (OCR's strays inside a run) are skipped; 0 when what is left is no number."""
    kept = "".join(c for c in numerals.translate(_NUMERAL_FORMS) if c in _NUMERAL_CHARS)
    if not kept:
        return 0
    try:
        return int(cn2an.cn2an(kept, "smart"))
    except (ValueError, KeyError, IndexError, TypeError):
        return 0


_EN_ONES = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                       "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_EN_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
_EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
EN_AMOUNT = r"(?:(?:" + "|".join(list(_EN_ONES) + list(_EN_TENS) + list(_EN_SCALES)) + r")(?:[\s-]+(?:and[\s-]+)?|\b))+"


def parse_english_amount(text: str) -> float | None:
    """'Forty-Five Thousand Five Hundred' -> 45500 (an amount written in words in a contract)."""
    m = re.search(EN_AMOUNT, text, re.IGNORECASE)
    if not m:
        return None
    total, current = 0, 0
    for w in re.findall(r"[a-z]+", m.group(0).lower()):
        if w in _EN_ONES:
            current += _EN_ONES[w]
        elif w in _EN_TENS:
            current += _EN_TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in _EN_SCALES:
            total += (current or 1) * _EN_SCALES[w]
            current = 0
    total += current
    return float(total) if total else None


# not a fiscal year's number ('FY2027')
_AMOUNT = re.compile(r"(?<![\d.])(?<![Ff][Yy])(?<![Ff][Yy] )(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.(\d{1,2}))?(?!\d)")


# No sum in an application comes near a trillion dollars: a longer run of digits is a number
# of another kind (an account, a certificate, a phone) and is passed over.
MAX_AMOUNT = 1e12


# 'HK854,500', 'HK8 46.500': a handwritten $ read as a figure. The currency is written HK$ or HKD, never
# with a figure straight after its letters, so a figure there that looks like $ is the sign.
HANDWRITTEN_SIGN = re.compile(r"\b(HK|US)[35689S] ?(?=\d{1,3}(?:[,.]\d{3})+(?![\d.,])|\d{4,}(?![\d.,]))")


# a sum written out in full after its currency ('HK$700,000'), before a scaled one in the same text
WHOLE_SUM = re.compile(r"(?:HK\$|HKD|\$)\s*(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?)(?![\d.,]*\s*(?:million|mn|m|k)\b)", re.IGNORECASE)


def parse_amount(text: str) -> float | None:
    """The first money figure in the text: 45,000 / 45000.00 / 1.2 million / HK$45k; a sum in Chinese numerals
    that opens it ('港幣一百五十萬元，…於2027年…') before any figure after it."""
    opening = re.match(rf"\s*(?:港|人民)?(?:幣|币)?\s*[{CAPITAL_NUMERALS}亿億一二两兩三四五六七八九十百千〇零]+\s*(?:港)?[元圆圓]", text)
    if opening and (han := parse_chinese_amount(opening.group(0))):
        return han
    # (thousands grouped before the scale: 'HK$2,300K')
    for m in re.finditer(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(million|mn\b|m\b|k\b|万|萬)", text, re.IGNORECASE):
        mult = {"million": 1e6, "mn": 1e6, "m": 1e6, "k": 1e3, "万": 1e4, "萬": 1e4}[m.group(2).lower()]
        number = float(m.group(1).replace(",", ""))
        earlier = WHOLE_SUM.search(text, 0, m.start())
        if earlier:  # 'capital of HK$700,000, … bill about HK$2.4 million': the first sum
            return float(earlier.group(1).replace(",", ""))
        if number * mult < MAX_AMOUNT:
            return round(number * mult, 2)
    text = HANDWRITTEN_SIGN.sub(r"\1$", text)
    # 港幣12.000元, HK$54.500: a thousands comma read as a dot (no sum has three decimals)
    dotted = re.search(r"(?<![\d.])(\d{1,3}(?:\.\d{3}){1,3})\s*[元圆圓]", text) or re.search(
        r"(?:HK\$|HKD|\$)\s*(\d{1,3}(?:\.\d{3}){1,3})(?![\d.])", text, re.IGNORECASE)
    if dotted:
        return float(dotted.group(1).replace(".", ""))
    for m in _AMOUNT.finditer(text):
        value = float(m.group(1).replace(",", "").replace("，", "") + ("." + m.group(2) if m.group(2) else ""))
        if value < MAX_AMOUNT:
            return value
    return parse_chinese_amount(text)


CURRENCY_ZH = "(?:港|人民|美)?(?:元|幣|币)"  # 元, 港元, 港幣, 人民幣, 美元 after a unit (千港元, 百萬港元)


def stated_unit(text: str) -> int:
    """The unit a table or a row states its figures in: thousands (HK$'000, 人民幣千元),
    ten-thousands (单位：万元, a row's '（港币万元）') or millions."""
    han = re.sub(r"\s+", "", text)  # OCR spaces Han characters apart
    if re.search(r"['’]000\b|thousands of", text, re.IGNORECASE) or re.search(f"千{CURRENCY_ZH}", han):
        return 1000
    if re.search(rf"[单單]位[:：](?:港|人民)?[币幣]?[万萬]{CURRENCY_ZH}|人民币万元|[(（][^)）\d]{{0,6}}(?<!百)[万萬]{CURRENCY_ZH}[)）]", han):
        return 10000
    if re.search(r"in millions|millions of|HK\$\s*(?:million|mn)\b", text, re.IGNORECASE) or re.search(f"百[万萬]{CURRENCY_ZH}", han):
        return 1_000_000
    return 1


TITLE_REACH, TITLE_CHARS = 3, 40  # a table's title: within three lines over a row, a few words long
PAPER_HEAD = 3  # lines that head a paper


def in_stated_unit(lines: list[list[Word]], row: int, first: int, last: int, text: str) -> str:
    """A bare figure in the unit its row's label (words first..last of line `row`) states ('营业收入（港币万元） 180'
    is 1,800,000), or the title of its table, a short line a little above it ('Financial projection (HK$'000)'),
    else the paper's own heading ('Business Plan (figures in HK$'000)')."""
    unit = stated_unit(" ".join(w.text for w in lines[row][first:last + 2]))
    head = lines[:min(PAPER_HEAD, row)]
    for above in lines[max(0, row - TITLE_REACH):row][::-1] + head:
        if unit > 1 or len("".join(w.text for w in above)) > TITLE_CHARS * (2 if any(above is h for h in head) else 1):
            continue
        unit = stated_unit(" ".join(w.text for w in above))
    amount = parse_amount(text) if unit > 1 and re.fullmatch(r"\s*\d[\d,.]*\s*", text) else None
    return f"{amount * unit:.0f}" if amount else text
