"""CHSI (学信网) online verification report, Chinese or English: the registered qualification
and the online verification code that lets a caseworker look it up. The code's format is not
settled (facts §7.3), so any 10-20 letters and digits are kept; only a 16-character code gets its
O and I read as 0 and 1 (pipeline/reference_data/thresholds.yaml says why)."""
from __future__ import annotations

import re

from pipeline.date_words import month_periods
from pipeline.model import Field
from pipeline.names import starts_with_surname
from pipeline.reference import hk_institution_zh, load
from pipeline.text import HAN, join_words

from .base import DATE_RX, DocView, Line, after_label, find_line, mended, parse_date, reread_after_label
from .forms import ppocr_reading
from .value_types import LEVEL_WORD

# label regexes per field; OCR may put spaces inside a label and mix bracket widths
LABELS = {
    # not 校(院)长姓名, the head of the institution named at the foot of the report
    "holder_name": ([r"(?<!长)姓\s*名", r"^name\b"], rf"{HAN}{{2,4}}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){{0,3}}"),
    # (not 'university': a school's own name holds the word, 'Xiangjiang University on 28 June …')
    "institution": ([r"学\s*校\s*名\s*称", r"院\s*校\s*名\s*称", r"institution"], rf"{HAN}{{2,20}}(?:大学|学院)|[A-Z][A-Za-z ]+"),
    "level": ([r"层\s*次", r"^level\b"], r"本科|专科|硕士研究生|博士研究生|研究生|bachelor|master|doctor|junior college"),
    "major": ([r"专\s*业(?!\s*学位)", r"^major\b", r"specialty"], rf"{HAN}{{2,15}}|[A-Z][A-Za-z ,&]+"),
    "certificate_number": ([r"证\s*书\s*编\s*号", r"certificate\s*no"], r"[0-9OoIlS]{12,19}"),
    "verification_code": ([r"在\s*线\s*验\s*证\s*码", r"verification\s*code"], r"[A-Za-z0-9]{10,20}"),
}
LABEL_WORDS = r"性别|民族|出生日期|证件号码|学校名称|层次|专业|学制|学历类别|学习形式|入学日期|毕业|证书编号|姓名"
LEVEL_NAMES = {"bachelor": "本科", "master": "硕士研究生", "doctor": "博士研究生"}  # the report's level as a Chinese report names it
# a check's title that names its graduate ('关于…学历情况的核查结果'): the holder where no row or sentence named one
NAMED_IN_TITLE = re.compile(rf"(?:关于|關於)\s*({HAN}{{2,4}}?)\s*(?:同志|同学|同學|先生|女士)?\s*的?\s*(?:学历|學歷|学位|學位|毕业|畢業)")
# the sex set off in the sentence that names the holder: '(male, born …)', '…, female, born …', '张三，男，'
SEX_SET_OFF = re.compile(r"[（(,，]\s*(male|female|男|女)\s*[,，、)）]", re.IGNORECASE)
DATES = {
    "date_of_birth": [r"出\s*生\s*日\s*期", r"date of birth"],
    # "业日期" alone stands for 毕(结)业日期 when OCR loses the 毕 (read 'He').
    "graduation_date": [r"毕\s*[（(]?\s*结?\s*[)）]?\s*业\s*日\s*期", r"业\s*日\s*期", r"date of graduation", r"graduation date"],
    "valid_until": [r"有\s*效\s*期\s*至", r"valid (?:until|till|through)", r"expiry date"],
}


def extract(doc: DocView) -> dict[str, Field]:
    lines = doc.lines()
    out: dict[str, Field] = {}
    for key, (labels, pattern) in LABELS.items():
        value, line = after_label(lines, labels, pattern)
        if value and re.match(LABEL_WORDS, value):
            continue  # the value was not read and the next row's label came up instead (性别男)
        if value:
            if key == "certificate_number":
                value = value.upper().translate(str.maketrans("OISL", "0151"))
            if key in ("verification_code", "holder_name") and value.isascii():
                value = value.upper()
            readings = []
            if key == "verification_code":
                value, readings = settle_code(value.strip())
            out[key] = doc.field(value.strip(), line)
            out[key].readings = readings
    name = out.get("holder_name")
    if name and str(name.value).isascii() and re.search(r"姓\s*名", doc.text):
        # The Chinese report's name came out as Latin junk ('Ti' for 丁海): read it again in Chinese.
        found = reread_after_label(doc, r"姓\s*名", r"名", "chi_sim", rf"{HAN}{{2,4}}")
        if found:
            out["holder_name"] = found
    # A phone photo of the report can lose the label column and keep the values, each on its
    # own line: a line that is nothing but an institution or a level is that field.
    for key in ("institution", "level"):
        pattern = LABELS[key][1]
        line = next((ln for ln in lines if key not in out and re.fullmatch(pattern, ln.text.strip())), None)
        if line is not None and not (key == "institution" and line.text.isascii()):
            out[key] = doc.field(line.text.strip(), line)
    _unlabelled_rows(doc, lines, out)
    for key, labels in DATES.items():
        value, line = after_label(lines, labels, DATE_RX)
        under, k = None, lines.index(line) if line is not None else 0
        if value and k and not any(re.search(lb, line.text, re.IGNORECASE) for lb in labels):
            under = _date_under(lines[k - 1], lines[k], labels)  # read from the row under the label's
        if value and parse_date(under or value):
            # (by its column, the two rows together: over the sentence reader's nearest date after the label)
            out[key] = doc.field(parse_date(under or value), line, source="derived" if under else None)
    if "institution" in out:
        out["institution"].value = hk_institution_zh(str(out["institution"].value)) or out["institution"].value
    return out


def _date_under(head: Line, row: Line, labels: list[str]) -> str | None:
    """Of a row of values under a row of labels (a ruled table's headings over its one row), the date in the words
    standing under the label, not the row's first date (出生日期 before 毕业日期)."""
    text, starts = "", []
    for w in head.words:
        starts.append(len(text))
        text += w.text
    for label in labels:
        m = re.search(label, text, re.IGNORECASE)
        over = [w for w, at in zip(head.words, starts) if m and m.start() <= at < m.end()]
        if over:
            x0, x1 = min(w.bbox[0] for w in over), max(w.bbox[2] for w in over)
            found = re.search(DATE_RX, join_words([w for w in row.words if w.bbox[0] < x1 and x0 < w.bbox[2]]))
            return found.group(0) if found else None
    return None


def settled(doc: DocView, out: dict[str, Field]) -> dict[str, Field]:
    """The report's fields as read by every reader, settled: the level as the report names it,
    without its length in brackets ('Undergraduate (4 years)'); an unsure code read again."""
    if "level" in out:
        # (its bracket closed or not, the closing mark lost at the value's end: '本科（四年')
        level = re.sub(r"\s*[（(][^）)]*[）)]?\s*$", "", str(out["level"].value)) or str(out["level"].value)
        out["level"].value = LEVEL_NAMES.get(level.lower(), level)
    if "level" not in out and (named := LEVEL_WORD.search(doc.text)):  # a report told in sentences ('… at the undergraduate level')
        out["level"] = doc.field(LEVEL_NAMES.get(named.group(0).lower(), named.group(0)), find_line(doc.lines(), re.escape(named.group(0)))[1])
    if "sex" not in out and (said := SEX_SET_OFF.search(doc.text)):  # '(male, born 12 March 1996)'
        out["sex"] = doc.field("F" if said.group(1).lower() in ("female", "女") else "M", find_line(doc.lines(), re.escape(said.group(0)))[1])
    _name_in_two_rows(doc, out)
    if "graduation_date" not in out:
        _studies_ended(doc, out)
    if "holder_name" not in out:
        _holder_in_title(doc, out)
    if "verification_code" not in out:
        _code_anywhere(doc, out)
    if "verification_code" in out:
        read_code_again(doc, out["verification_code"])
    return out


# A Latin name given in two rows ('Surname  YE' over 'Given name  ZIXUAN'): the holder is both
SURNAME_ROW, GIVEN_NAMES_ROW = [r"^\s*(?:surname|family name|last name)\b"], [r"^\s*(?:given names?|first names?|forenames?)\b"]


def _name_in_two_rows(doc: DocView, out: dict[str, Field]) -> None:
    lines = doc.lines()
    surname, line = after_label(lines, SURNAME_ROW, r"[A-Z][A-Za-z'-]+")
    given, _ = after_label(lines, GIVEN_NAMES_ROW, r"[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)*")
    if surname and given and line is not None:
        out["holder_name"] = doc.field(f"{surname} {given}".upper(), line)


GRADUATED = re.compile(r"毕业|畢業|graduat", re.IGNORECASE)


def _studies_ended(doc: DocView, out: dict[str, Field]) -> None:
    """A report that tells the studies' months and then that the holder graduated, in one sentence ('于2016年9月至
    2020年6月在…学习，…，已毕业'): graduated at the studies' end, the month's last day (as value_types.date_or_month)."""
    text = doc.text
    for start, end, _, end_at in month_periods(text):
        if GRADUATED.search(re.split(r"[。;；]|\.(?:\s|$)", text[end_at + 1:], maxsplit=1)[0]):
            out["graduation_date"] = doc.field(end, doc.lines()[text[:end_at].count("\n")])
            return


def _holder_in_title(doc: DocView, out: dict[str, Field]) -> None:
    """The person a title in the page's first lines names (NAMED_IN_TITLE), where a surname opens the name."""
    for line in doc.lines()[:3]:
        m = NAMED_IN_TITLE.search(re.sub(r"\s", "", line.text))
        if m and starts_with_surname(m.group(1)):
            out["holder_name"] = doc.field(m.group(1), line)
            return


def _code_anywhere(doc: DocView, out: dict[str, Field]) -> None:
    """A code of the codes' shape, letters among its digits, stated in a sentence with no label
    ('enter the code 7HW2… at the verification website')."""
    pattern = load("thresholds")["chsi_code_pattern"]
    for line in doc.lines():
        codes = [t for t in re.findall(r"(?<![0-9A-Za-z])[0-9A-Z]{16}(?![0-9A-Za-z])", line.text)
                 if re.fullmatch(pattern, t) and sum(c.isalpha() for c in t) >= 3 and sum(c.isdigit() for c in t) >= 3]
        if codes:
            out["verification_code"] = doc.field(codes[0], line)
            return


def _unlabelled_rows(doc: DocView, lines, out: dict[str, Field]) -> None:
    """The report's rows run 姓名, 性别, 证件号码, 民族, 出生日期. Where a photo lost the
    label column, the name is the line of 2-4 Han characters above the sex (男 or 女, or one
    character misread, when the 18-digit ID number follows it), and the birth date is the
    line that is only a date right after the line that is only a nationality (汉族)."""
    texts = [ln.text.strip() for ln in lines] + ["", ""]
    for i, line in enumerate(lines):
        sex, then = texts[i + 1], texts[i + 2]
        if "holder_name" not in out and re.fullmatch(rf"{HAN}{{2,4}}", texts[i]) and (
                re.fullmatch(r"[男女]", sex) or (len(sex) == 1 and re.fullmatch(r"\d{17}[\dXx]", then))):
            out["holder_name"] = doc.field(texts[i], line)
        if "date_of_birth" not in out and re.fullmatch(rf"{HAN}{{1,4}}族", texts[i]) and i + 1 < len(lines):
            found = re.fullmatch(DATE_RX, texts[i + 1])
            if found and parse_date(found.group(0)):
                out["date_of_birth"] = doc.field(parse_date(found.group(0)), lines[i + 1])


def settle_code(code: str) -> tuple[str, list[str]]:
    """The code to look up first and its other readings. Codes seen in use never hold O or I,
    while every tesseract model reads a 0 or 1 beside letters as O or I: in a code of that
    shape they are taken for digits, and the code as read is kept for the operator."""
    as_digits = code.translate(str.maketrans("OI", "01"))
    if as_digits != code and re.fullmatch(load("thresholds")["chsi_code_pattern"], as_digits):
        return as_digits, [code]
    return code, o_or_zero(code)


def o_or_zero(code: str) -> list[str]:
    """The code with its Os read as 0s, and with its 0s read as Os. The report's font draws
    O barely wider than 0, every tesseract model reads a 0 beside letters as O, and the code's
    alphabet is not documented (facts §7.3): the operator looking it up has both to try."""
    swapped = {code.replace("O", "0"), code.replace("0", "O")} - {code}
    return sorted(swapped)


# Below this confidence tesseract's code is doubted and PP-OCR reads its line again, its reading taken only where it
# differs in one character. First set at 0.85 on the drawn reports' 57 codes (every code tesseract misread it read
# below it); two later reports' 5 read S at 0.886 and 0.909, and every report set read again at 0.95 lost no code.
DOUBTED_CODE = 0.95


def codes_in(reading: str, pattern: str, length: int = 0) -> list[str]:
    """The codes of the codes' shape in a line as read: each a word of its own where the code stands in a sentence
    ('… checked online with code 8Q2M… until …'), else in the line's letters run together (a code read with spaces);
    with a `length`, the end of a longer run too (its label run into it: 'Online Verification CodeB5XN…')."""
    reading = reading.upper()
    words = [t for t in re.findall(r"(?<![0-9A-Z])[0-9A-Z]{12,20}(?![0-9A-Z])", reading) if re.fullmatch(pattern, t)]
    words = words or [t for t in re.findall(r"[0-9A-Z]{12,20}", reading.replace(" ", "")) if re.fullmatch(pattern, t)]
    return words or [t[-length:] for t in re.findall(r"[0-9A-Z]+", reading) if length and len(t) > length and re.fullmatch(pattern, t[-length:])]


def read_code_again(doc: DocView, found: Field) -> None:
    """A doubted code read again by PP-OCR from its line: its reading of the codes' shape taken where the code as read
    has not that shape (a letter read as two: 'E2ARP7…' of seventeen), or differs from it in one character only ('5'
    read 'S'); the code as read stays among the field's readings."""
    pattern = load("thresholds")["chsi_code_pattern"]
    code = str(found.value)
    if found.confidence >= DOUBTED_CODE:
        return
    again = codes_in(ppocr_reading(doc, found), pattern, len(code))
    if not again or again[-1] == code:
        return
    if not re.fullmatch(pattern, code) or (len(again[-1]) == len(code) and sum(a != b for a, b in zip(again[-1], code)) == 1):
        mended(found, again[-1])
