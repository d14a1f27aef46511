"""The value types of declared fields (data/fields.yaml `type`): each parses the text a label
gives into a value, or None where the text is no value of its kind."""
from __future__ import annotations

import functools
import re
from datetime import date

from pipeline.amounts import EN_AMOUNT, HAN_COUNT, chinese_numeral, parse_amount, parse_english_amount
from pipeline.date_words import month_bounds, month_periods
from pipeline.hkid import read_hkid
from pipeline.names import is_hong_kong_romanised, is_pinyin, mended_pinyin, starts_with_surname
from pipeline.text import HAN_RANGE, spaced_address

from .base import COMPANY_EN, COMPANY_ZH, cn_numerals_in_dates, parse_date, period_end
from .pay_terms import period_stated
from .prose import both_scripts, has_han, names_a_department, vocabulary

HAN = f"[{HAN_RANGE}]"
OTHER_CURRENCY = r"\bRMB|\bCNY|人民币|人民幣|\bUSD|US\$|\bEUR\b|€|£"
HK_DOLLARS = r"HK\$|\bHKD|港幣|港币|港元"


def _latin_name(text: str) -> str | None:
    """A Mainland person's name in pinyin ('IN HONG KONG' after 'employee' is not one), without
    the honorific before it ('Mr. DENG Kaiwen')."""
    text = re.sub(r"^(?i:mr|mrs|ms|miss|dr|madam)\b\.?\s*", "", text.strip())
    text = re.sub(rf"^{HAN}{{1,4}}\s*/?\s*(?=[A-Za-z])", "", text)  # the name in Hanzi first: '邱 QIU', '梓涵/ZIHAN'
    m = re.match(r"[A-Za-z][A-Za-z'’ ,.-]*", text)
    name = re.sub(r"\s+", " ", m.group(0).replace(",", " ")).strip(" .-") if m else ""
    # a given name with a letter read as its look-alike ('WU Jiagi') is mended later (registry._mend_pinyin), the name
    # as read kept; not a word alone ('ENGINEER' is one letter from pinyin too)
    parts = name.split()
    pinyin = (is_pinyin(name) or (len(parts) >= 2 and is_pinyin(parts[0]) and is_pinyin(mended_pinyin(name) or ""))
              or is_hong_kong_romanised(name))
    return name.upper() if len(re.sub(r"[^A-Za-z]", "", name)) >= 2 and pinyin else None


@functools.lru_cache(maxsize=1)
def honorifics_zh() -> str:
    """prose.yaml's Chinese honorifics ('先生', '女士'), as an alternation."""
    return "|".join(both_scripts([h for h in vocabulary()["honorifics"] if has_han(h)]))


# a paper's name, never a person's: 毕业证书 after the label 研究生 that opens its title (毕 is a surname)
PAPER_NOUNS = ("证书", "證書", "证明", "證明", "报告", "報告", "合同", "合約", "学位", "學位")


def _han_name(text: str) -> str | None:
    """Two to four Han characters opening with a surname ('可獲保證' after 'employee' is none)."""
    text = re.sub(rf"^({HAN}{{2,4}}?)(?:{honorifics_zh()})(?!{HAN})", r"\1", text.replace(" ", ""))  # '杜家樂先生'
    text = re.sub(r"[一二三四五六七八九十]+[、.．](?:.|\n)*$", "", text)  # the next clause's number run into it ('邵雨晴一、乙方…')
    m = re.match(rf"({HAN}{{2,4}})(?!{HAN})", text)
    name = m.group(1) if m else ""
    if len(name) >= 4 and name[-1] in "男女":
        name = name[:-1]  # the sex cell read into the name's ('孙雨桐　女' as one word)
    return name if name and starts_with_surname(name) and not name.endswith(PAPER_NOUNS) else None


def _sex(text: str) -> str | None:
    m = re.match(r"(?i)(male|female|m|f|男|女)\b", text)
    return None if not m else "F" if m.group(1).lower() in ("female", "f", "女") else "M"


def _company(text: str) -> str | None:
    """A company's name; of a bilingual value ('晨帆資訊科技有限公司 (Morningsail … Limited)'),
    the one it opens with."""
    text = re.sub(r"(?<=[A-Z])[\]|](?=\s|$)", "I", text.replace("  ", " "))  # 'TSING Y]': a capital I read as a bracket
    found = [m for m in (re.search(rx, text) for rx in (COMPANY_EN, COMPANY_ZH)) if m]
    return min(found, key=lambda m: m.start(1)).group(1).strip() if found else None


SUM_AFTER = re.compile(r"\s*[/|;,]\s*(?:HK\$|HKD|US\$|USD|RMB|\$)\s?\d[\d,.]*.*$", re.IGNORECASE)


def _text(text: str) -> str | None:
    """Free text up to a wide gap; of a bilingual value ('Asset management 資產管理'), the
    language it opens in."""
    text = re.split(r"\s{2,}", text)[0]
    if re.match(r"[A-Za-z]", text):
        text = re.split(HAN, text)[0]
    text = SUM_AFTER.sub("", text).strip(" :：.,;")  # the next field's sum ('Post / salary: DATA ENGINEER / HK$41,000')
    return text if len(text) >= 2 and re.search(rf"[A-Za-z]|{HAN}", text) else None


def _text_in_first_language(text: str) -> str | None:
    """Free text in the language it opens in, the other language's words after it dropped:
    '高級數據工程師 Senior Data Engineer'."""
    value = _text(text)
    if value and re.match(HAN, value):
        value = re.sub(r"(?<=\S)\s+[A-Za-z][A-Za-z&,.'/()-]*(?:\s+[A-Za-z&,.'/()-]+)+\s*$", "", value)
    return value


# a school level's words: a report's or a certificate's level names one ('本科', 'Bachelor (4 years)'), a title's words none
LEVEL_WORD = re.compile(r"本科|专科|專科|副学士|副學士|专升本|專升本|研究生|硕士|碩士|博士|学士|學士|高职|高職|bachelor|master|doctor|undergraduate|postgraduate"
                        r"|junior college|associate|diploma", re.IGNORECASE)


def _level(text: str) -> str | None:
    """A school level as its row names it first; of a bilingual one ('本科 Undergraduate') the Han."""
    value = _text_in_first_language(text)
    if value and re.match(HAN, value):
        value = re.split(r"\s+(?=[A-Za-z])", value)[0]
    return value if value and LEVEL_WORD.search(value) else None


# a degree's name names its level ('Bachelor of Arts', '工学学士', 'LL.B.'): a person's name or a sentence's words under 'awards' are none
DEGREE_WORD = re.compile(r"bachelor|master|doctor|degree|diploma|licen[cs]iate|associate|\b[BM]\.?\s?(?:A|S|Sc|Eng|Ed|Phil|Com|Arch|Econ|Fin|Laws?)\b"
                         r"|\bLL\.?\s?[BM]\b|ph\.?\s?d|\bmba\b|juris|学士|硕士|博士|學士|碩士|学位|學位", re.IGNORECASE)


HAN_DEGREE = re.compile(rf"{HAN}{{0,8}}(?:学士|硕士|博士|學士|碩士)(?:学位|學位)?")


def _degree(text: str) -> str | None:
    """A degree's name: in Chinese, the name alone ('工学学士学位'), no sentence that holds one; in English, a few words
    without a sentence's stops that name a level."""
    value = _text_in_first_language(text)
    if not value or not DEGREE_WORD.search(value):
        return None
    if has_han(value):
        return value if HAN_DEGREE.fullmatch(value) else None
    return value if len(value.split()) <= DEGREE_WORDS and not re.search(r"[。;；]|\.\s", value) else None


DEGREE_WORDS = 10


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
    quoted = re.match(r"^\s*[\"“‘'「『]([^\"”’'」』]{2,60})[\"”’'」』]", text)
    if quoted:  # a post in quotation marks: the words inside them ('as "Senior Accountant" from …')
        return quoted.group(1).strip()
    text = _text(text)
    if text and has_han(text[:1]):
        # a note in brackets after it is the department or the grade, not the post ('工程師（研發中心）')
        text = re.split(r"[，。；,;（(]", text)[0]
        # a department, then the post after a slash ('研发中心／硬件工程师' under '部门及职务')
        parts = re.split(r"\s*[／/]\s*", text)
        if len(parts) == 2 and has_han(parts[1][:1]) and names_a_department(parts[0]):
            text = parts[1]
        # a bilingual row's English after the Chinese it opens with ('分析師 Supply Chain Analyst')
        text = re.sub(r"\s+[A-Z][A-Za-z]+(?:\s+[A-Za-z&/-]+)+\s*$", "", text)
    elif text:
        # a clause after a comma in lower case says more about the post, is none of it ('Analyst,
        # reporting to the Head of Operations'); a title's own comma goes on in capitals ('Director, Finance')
        text = re.split(r",\s+(?=[a-z])", text)[0].rstrip(" .")
    m = re.match(rf"^{HAN}{{0,4}}?(?:{han_post_cues()})", text or "")
    return (_text(text[m.end():]) or text) if m else text


@functools.lru_cache(maxsize=1)
def han_post_cues() -> str:
    """The Han cues that name a post after them (担任, 受聘為…), as a regex alternation."""
    cues = [c for c in both_scripts(vocabulary()["position"]) if has_han(c) and "…" not in c and not c.startswith("!") and len(c) >= 2]
    return "|".join(map(re.escape, sorted(cues, key=len, reverse=True)))


def _text_han(text: str) -> str | None:
    m = re.match(rf"{HAN}{{2,20}}", text.replace(" ", ""))
    return m.group(0) if m else None


DEPARTMENT_CLASS = re.compile(rf"({HAN}{{2,}}?)(?:學系|学系|系)(?:碩士班|硕士班|博士班|學士班|学士班)")
DEPARTMENT = re.compile(rf"({HAN}{{2,}}?)(?:學系|学系)")


def _subject(text: str) -> str | None:
    """A field of study: a run of Han characters, or English words in title or upper case."""
    han = _text_han(text)
    if han:  # a department's name ('資訊管理學系碩士班', '社會工作學系'): its subject
        m = DEPARTMENT_CLASS.fullmatch(han) or DEPARTMENT.fullmatch(han)
        return m.group(1) if m else han
    words = r"(?:[A-Z][A-Za-z&'-]*|and|of|in|&)(?: (?:[A-Z][A-Za-z&'-]*|and|of|in|&))*"
    # a list of fields ending in its 'and' ('Mechanical Design, Manufacturing and Automation'), else up to a comma
    listed = re.match(rf"{words}(?:, {words})+", text)
    parts = listed.group(0).split(", ") if listed else []
    ends = [i for i in range(1, len(parts)) if " and " in f" {parts[i]}"]
    if ends:
        return ", ".join(parts[:ends[-1] + 1]).strip()
    m = re.match(words, text)
    return m.group(0).strip() if m and len(m.group(0)) >= 3 else None


def _school(text: str) -> str | None:
    # (a research institute awards degrees too: '东岳化工研究院')
    m = re.match(rf"{HAN}{{2,20}}?(?:大學|大学|學院|学院|研究院|研究所|科學院|科学院|学校|學校)", text.replace(" ", ""))
    if m:
        return m.group(0)
    m = re.match(ENGLISH_SCHOOL_NAME, text)
    if m:
        return m.group(0).strip()
    # its name in the other script in brackets, after a reading that is no school's ('PALA (Xijiang University)':
    # the Chinese read by an English model)
    inner = re.search(r"[（(]([^）)]+)[）)]", text)
    return _school(inner.group(1)) if inner and inner.start() > 0 else None


# small words in capitals that go on with a sentence after a name in capitals ('… INSTITUTE OF TECHNOLOGY ON 30 JUNE')
SENTENCE_GOES_ON = r"(?:ON|IN|AT|FROM|WITH|BY|TO|IS|HAS|WAS|THE)\b"
# (in capitals too: 'JINGHU NORMAL UNIVERSITY')
ENGLISH_SCHOOL_NAME = (r"(?:The |THE )?(?:[A-Z][A-Za-z&'-]* ?)*(?:University|College|Institute|Academy|UNIVERSITY|COLLEGE|INSTITUTE|ACADEMY)"
                       rf"(?: (?:of|OF|for|FOR)(?: (?:and |AND |& )?(?!{SENTENCE_GOES_ON})[A-Z][A-Za-z&'-]*)+)?")


def _organisation(text: str) -> str | None:
    """A company, or an institute, a university or a hospital (a Mainland employer may be one)."""
    return _company(text) or _school(text) or _han_organisation(text)


def _han_organisation(text: str) -> str | None:
    """A Han organisation's name ending in one of its words (研究院, 设计院, 医院; data/prose.yaml), or 中心."""
    m = re.match(rf"{HAN}{{2,24}}?(?:{_han_organisation_words()})", text.replace(" ", ""))
    return m.group(0) if m else None


@functools.cache
def _han_organisation_words() -> str:
    words = [w for w in both_scripts(vocabulary()["organisation_words"]) if has_han(w) and len(w) >= 2] + ["中心"]
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


def _address(text: str) -> str | None:
    # a point that ends an abbreviation of letters stays ('YUEN LONG, N.T.', 'H.K.')
    kept = re.search(r"(?:\b[A-Za-z]\.){2,}$", text.strip(" :：,"))
    text = spaced_address(text.strip(" :：,.")) + ("." if kept else "")
    text = re.sub(rf"(?<={HAN})\s+|\s+(?={HAN})", "", text)  # Chinese is written without spaces ('成業街18號12樓')
    # a capital O read as nought in a word of capitals ('RO0M', 'KWAI F00 ROAD'); not a block's 'B0' nor a number
    text = re.sub(r"\b[A-Z][A-Z0]{2,}\b", lambda m: m.group(0).replace("0", "O"), text)
    return text if len(text) >= 8 and re.search(r"\d", text) else None


def _address_english_first(text: str) -> str | None:
    """An address; of one stated in Chinese with its English after it ('新界荃灣…5室 UNIT 5, 12/F, …'),
    the English (a BR certificate's address is its English, the Chinese a translation)."""
    han = [m.end() for m in re.finditer(HAN, text)]
    if han and re.search(r"[A-Za-z]{2}", text[han[-1]:]):
        return _address(text[han[-1]:]) or _address(text)
    return _address(text)


def _hkid(text: str) -> str | None:
    return read_hkid(text)


def _company_en(text: str) -> str | None:
    """A company's English name: Latin from its first letter, no Han in it (a row's Chinese name
    after a stray letter or two is no English name)."""
    value = _company(text) if re.match(r"[A-Z]", text) else None
    return value if value and not has_han(value) else None


def _date(text: str) -> str | None:
    """A date as written; a value that is only a day, month and two-digit year ('30/08/92', a
    form's DD/MM/YY) in the century that keeps it within ten years from now."""
    m = re.fullmatch(r"\s*(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{2})\s*", text)
    if not m:
        return parse_date(text)
    year = int(m.group(4)) + (2000 if int(m.group(4)) <= date.today().year % 100 + 10 else 1900)
    return parse_date(f"{m.group(1)}/{m.group(3)}/{year}")


# A date in words is no sum ('… of paid-up capital in August 2026': not HK$2,026)
MONTH_DATE = re.compile(r"\b(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d\b",
                        re.IGNORECASE)


def _money(text: str) -> float | None:
    text = MONTH_DATE.sub(" ", text)
    if re.fullmatch(r"\s*\d{1,3}(?:\.\d{3}){1,3}\s*", text):
        return float(text.replace(".", ""))  # '47.200' in a sum's cell: a thousands comma read as a dot
    # a sum in another currency with its Hong Kong dollars beside it ('RMB 1,500,000 (about HK$1,620,000)')
    hkd = re.search(rf"(?:{HK_DOLLARS})\s*\d[\d,.]*(?:\s*(?:million|m\b|k\b|万|萬))?", text, re.IGNORECASE) \
        if re.search(OTHER_CURRENCY, text, re.IGNORECASE) else None
    amount = parse_amount(hkd.group(0) if hkd else text)
    if amount is None:  # in words, with its currency ('five hundred thousand Hong Kong dollars', 'HK$ two million')
        m = re.search(rf"(?:HK\$|HKD)\s*({EN_AMOUNT})|({EN_AMOUNT})\s*(?:Hong Kong )?dollars", text, re.IGNORECASE)
        amount = parse_english_amount(m.group(0)) if m else None
    return amount if amount and amount >= 1000 else None


def _monthly_money(text: str) -> float | None:
    """A monthly amount; one stated by the year ('HK$624,000 per annum') as its twelfth."""
    amount = _money(text)
    return round(amount / 12, 2) if amount and period_stated(text) == "year" else amount


NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                                            "fifteen sixteen seventeen eighteen nineteen twenty".split())}


COUNT_UNITS = r"persons?|people|staff|posts?|jobs?|employees?|positions?|人|名|個|个"


def _count(text: str) -> int | None:
    """A number of people or posts: '6', '6 persons', 'six', '6名', '六人'; not a year or an amount."""
    m = re.match(rf"\s*(\d{{1,4}})(?![\d,.])\s*(?:{COUNT_UNITS})?\s*$", text, re.IGNORECASE)
    # the number with its unit, and the sentence going on after a clause's end ('3名，第三年增至8名')
    # (or a bracket of who they are: '4名（護士及文員）')
    m = m or re.match(rf"\s*(\d{{1,4}})\s*(?:{COUNT_UNITS})\s*[，,;；。(（]", text, re.IGNORECASE)
    # after a verb of reaching ('will reach 4 by the end of the first year'): a small number, no year, share or duration
    m = m or re.match(r"\s*(?:will\s+|shall\s+|is\s+to\s+)?(?:reach|rise\s+to|grow\s+to|increase\s+to|be|total|stand\s+at)\s+(\d{1,3})"
                      r"(?![\d,.%])(?!\s*(?:years?|months?|per\s*cent))", text, re.IGNORECASE)
    if m:
        return int(m.group(1))
    m = re.match(r"\s*([a-z]+)\b", text.lower())
    if m and m.group(1) in NUMBER_WORDS:
        return NUMBER_WORDS[m.group(1)]
    # after the first year and the verb ('首年聘用三人，次年增至六人')
    m = re.match(rf"\s*(?:(?:首年|第一年|第1年)\s*(?:聘用|招聘|僱用|雇用|聘請|聘请)?)?\s*({HAN_COUNT})\s*(?:人|名|個|个)", text)
    return chinese_numeral(m.group(1).replace("兩", "二").replace("两", "二")) if m else None


def _person(text: str) -> str | None:
    return _han_name(text) or _latin_name(text)


def _latin_or_han_name(text: str) -> str | None:
    """A name in pinyin where the row gives one, else in Hanzi (a form filled in Chinese)."""
    return _latin_name(text) or _han_name(text)


def _months(text: str) -> int | None:
    """A term as months: '24 months', 'two (2) years', '二十四個月', '兩年'; not a date's year."""
    text = re.sub(r"\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?", " ", cn_numerals_in_dates(text))
    m = re.search(r"(?<!\d)(\d{1,3})\)?\s*(?:\(\w+\)\s*)?(months?|mths?|years?|yrs?|個月|个月|年)", text, re.IGNORECASE)
    words = None if m else re.search(rf"\b({EN_AMOUNT})\s*(months?|years?)\b", text, re.IGNORECASE)  # 'a contract of three years'
    if m:
        n = int(m.group(1))
    elif words and parse_english_amount(words.group(1)):
        m, n = words, int(parse_english_amount(words.group(1)) or 0)
    else:
        m = re.search(r"([一二兩两三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3})\s*(個月|个月|年)", text)
        if not m:
            return None
        n = chinese_numeral(m.group(1))
    if OTHER_PERIOD.match(text, m.end()):
        return None  # the notice or the probation, not the term ('by giving three months' notice')
    return n * 12 if m.group(2).lower().startswith("y") or m.group(2) == "年" else n


OTHER_PERIOD = re.compile(r"['’]?s?\s*(?:of\s+)?(?:written\s+|prior\s+)?(?:notice|probation|trial|leave|通知|試用|试用|年假)", re.IGNORECASE)


def _stay_start(text: str) -> str | None:
    """A stay's first day: a date, or a month only ('入职时间：2014年3月', 'Mar 2015 – Present'), taken from its first day,
    or a period of months' ('二零一二年九月至二零一九年六月')."""
    bounds = month_bounds(re.sub(r"\s*(?:-|–|—|~|to|至|到)\s*(?:present|now|date|today|今)\s*$", "", text, flags=re.IGNORECASE))
    months = month_periods(cn_numerals_in_dates(text))
    return _date(text) or (bounds[0] if bounds else months[0][0] if months else None)


def _stay_end(text: str) -> str | None:
    """A stay's last day: a period's end, or a month only ('离职时间：2020年8月'), taken to its last day, or a period of
    months' last."""
    bounds = month_bounds(text)
    months = month_periods(cn_numerals_in_dates(text))
    return period_end(text) or (bounds[1] if bounds else months[0][1] if months else None)


def _date_or_month(text: str) -> str | None:
    """A date, or a month only taken to its last day ('毕业时间：2019年6月': a school year ends with its month)."""
    bounds = month_bounds(text)
    return _date(text) or (bounds[1] if bounds else None)


PARSERS = {"latin_name": _latin_name, "latin_or_han_name": _latin_or_han_name, "han_name": _han_name, "sex": _sex, "date": _date, "date_or_month": _date_or_month, "period_end": period_end, "stay_start": _stay_start, "stay_end": _stay_end,
           "money": _money, "monthly_money": _monthly_money,
           "company": _company, "organisation": _organisation, "company_en": _company_en,
           "text": _text_in_first_language, "degree": _degree, "text_english_first": _text_english_first, "post": _post, "text_han": _text_han, "school": _school,
           "address": _address, "address_english_first": _address_english_first, "person": _person, "subject": _subject, "hkid": _hkid,
           "months": _months, "count": _count, "level": _level}
