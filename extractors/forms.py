"""Forms ID 990A (applicant) and ID 990B (employer): the particulars they state. AcroForm
values come first when the PDF has them; printed or handwritten answers are read by label."""
from __future__ import annotations

import re
import unicodedata

from pipeline.hkid import read_hkid
from pipeline.labels import find_labels
from pipeline.layout import Comb, comb_strip, combs, tick_boxes
from pipeline.model import Field, FormField, Word, middle, union
from pipeline.mrz import TO_ALPHA, TO_DIGIT
from pipeline.names import hanzi_readings
from pipeline.pairs import values_beside
from pipeline.ppocr import ppocr_line
from pipeline.text import HAN_RANGE, in_both_scripts, simplified

from .base import DATE_RX, DocView, Line, after_label, parse_date, reread_after_label
from .declarations import declarations, declared_labels, made_of_labels
from .declared import read_stated
from .questions import boxes_by_page, choice, yes_no

COMB_CONFIDENCE = 0.8  # the boxes read apart from the page: their alphabet is the only context
CAPITAL_WORDS = r"[A-Z][A-Z'-]*(?:  ?[A-Z][A-Z'-]*)*(?![A-Za-z0-9])"  # not an item's code ('A6')


def _labelled(doc: DocView, out: dict, key: str, labels: list[str], pattern: str, date: bool = False,
              next_lines: int = 1, doc_type: str = "applicant_form") -> None:
    if key in out:
        return  # the form field said it
    v, line = after_label(doc.lines(), labels, pattern, next_lines)
    if not v or made_of_labels(v, doc_type) or _another_rows(v, line, labels):
        return
    if date:
        v = parse_date(v)
        if not v:
            return
    out[key] = doc.field(v.strip() if isinstance(v, str) else v, line)


def ppocr_reading(doc: DocView, field: Field) -> str:
    """The field's ink read again by PP-OCR's recogniser (one line's crop): a second witness where
    tesseract misreads a hand or a mono face ('J' read '3' or 'T')."""
    image = next((im for pg, im in zip(doc.pages, doc.images) if pg.number == field.page and pg.source == "ocr"), None)
    if image is None or field.bbox is None:
        return ""
    x0, y0, x1, y1 = field.bbox
    pad = (y1 - y0) // 2
    return ppocr_line(image.crop((max(0, x0 - pad), max(0, y0 - pad), min(image.width, x1 + pad), min(image.height, y1 + pad))))[0]


def add_second_reading(doc: DocView, field: Field) -> None:
    """A travel document number's second reading kept among the field's readings where it reads the
    number otherwise: the case may settle by it (validators/settle.py)."""
    found = re.findall(r"[A-Z]{1,2}[0-9A-Z]\d{6,7}", ppocr_reading(doc, field).upper().replace(" ", ""))
    field.readings += [n for n in found[-1:] if n != field.value and n not in field.readings]


def add_name_reading(doc: DocView, field: Field) -> str | None:
    """A Latin name's second reading, in capitals, kept among the field's readings where it reads the
    name otherwise; returned for the caller to weigh."""
    tokens = re.sub(r"[^A-Za-z ]", " ", ppocr_reading(doc, field)).upper().split()
    read = "".join(tokens) if len(tokens) > 1 and all(len(t) == 1 for t in tokens) else " ".join(tokens)  # letter boxes: 'Z H E N Y U'
    if not read or read == str(field.value).upper():
        return None
    if read not in field.readings:
        field.readings.append(read)
    return read


def _another_rows(value: str, line, labels: list[str]) -> bool:
    """A value found on the line under its label that stands after other words there: the next
    row's value (a misread travel document number, then the HKID number under it)."""
    if any(re.search(in_both_scripts(lb), line.text, flags=re.IGNORECASE) for lb in labels):
        return False
    before = line.text[:line.text.find(value)]
    return len(re.findall(r"[^\W\d_]", before)) >= 2


# AcroForm field names differ from form version to form version: match them loosely.
APPLICANT_FORM_FIELDS = {
    "surname": r"surname|familyname|lastname|姓氏",
    "given_names": r"given|firstname|forename|名字",
    "name_zh": r"chinese|中文",
    "date_of_birth": r"dateofbirth|birthdate|^dob|出生",
    "travel_document_number": r"traveldoc|passport|permit|證件|证件",
}


def _from_form(doc: DocView, out: dict, patterns: dict[str, str]) -> None:
    for page in doc.pages:
        for ff in (f for f in page.form_fields if not f.choice):
            key_name = re.sub(rf"[^0-9a-z{HAN_RANGE}]", "", ff.name.lower())
            key = next((k for k, rx in patterns.items() if re.search(rx, key_name)), None)
            if not key or key in out:
                continue
            value = parse_date(ff.value) if key == "date_of_birth" else ff.value.strip()
            if value:
                out[key] = Field(value=value.upper() if key in ("surname", "given_names") else value,
                                 confidence=1.0, file=page.file, page=page.number, bbox=ff.bbox, source="form")
        if "date_of_birth" in patterns and "date_of_birth" not in out:
            _date_in_parts(doc, page, out, patterns["date_of_birth"])


DATE_PARTS = {"day": r"day|dd$", "month": r"month|mm$", "year": r"year|yy(?:yy)?$"}


def _date_in_parts(doc: DocView, page, out: dict, named: str) -> None:
    """A date of birth asked in three fields, each named for its part ('dob_day', 'dob_month', 'dob_year')."""
    parts: dict[str, FormField] = {}
    for ff in page.form_fields:
        key_name = re.sub(r"[^0-9a-z]", "", ff.name.lower())
        part = next((p for p, rx in DATE_PARTS.items() if re.search(rx, key_name)), None)
        if part and re.search(named, key_name) and ff.value.strip().isdigit():
            parts[part] = ff
    if len(parts) == 3:
        value = parse_date(f"{parts['day'].value.strip()}/{parts['month'].value.strip()}/{parts['year'].value.strip()}")
        if value:
            out["date_of_birth"] = Field(value=value, confidence=1.0, file=page.file, page=page.number,
                                         bbox=union([ff.bbox for ff in parts.values()]), source="form")


# 姓 and 名 alone are labels only where no Han character stands before them (中文姓名 is the name in Chinese)
SURNAME = [r"surname", r"family name", rf"(?<![{HAN_RANGE}])姓\b", r"^\W*(?!given)[a-z]+\s*\(in english\)"]
GIVEN_NAMES = [r"given names?", r"other names?", rf"(?<![{HAN_RANGE}])名\b"]
DATE_OF_BIRTH = [r"date of birth", r"出生日期"]
TRAVEL_DOCUMENT = [r"travel doc\S*\s*no\.?", r"(?:passport|permit) (?:no\.?|number)", r"旅行證件號碼", r"document no\.?"]
HKID = [r"\bhkid\b", r"hong kong identity card", r"香港身份證號碼", r"香港身份证号码"]
LETTERS, DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789"
BR_WITH_BRANCH = 11  # a BR number's eight figures and its branch's three
# A box's pen letter read by a Chinese model as the Han character or bracket it looks like (a J as 丁, a 1 or I as 】)
BOX_LOOKALIKES = {"丁": "J", "】": "I", "【": "I", "[": "I", "]": "I", "〇": "O", "口": "O"}


def _read_comb(image, comb: Comb, alphabet: str) -> str:
    """The boxes' characters in the field's alphabet, read without the box lines by PP-OCR's
    recogniser (tesseract reads a strip of spaced capitals poorly). The count of boxes written
    in is the length: a reading that differs is replaced by each box read alone."""
    text = _in_alphabet(ppocr_line(comb_strip(image, comb))[0], alphabet)
    if comb.written and len(text) != comb.written:
        alone = [_in_alphabet(ppocr_line(comb_strip(image, Comb((box,))))[0], alphabet)
                 for box, inked in zip(comb.boxes, comb.inked) if inked]
        if all(len(c) == 1 for c in alone):
            return "".join(alone)
    return text


def _in_alphabet(text: str, alphabet: str) -> str:
    """A reading's characters as the field allows them: O for 0 in a name, 0 for O in a date; a
    number's letters come first, so a letter after its first digit is a digit misread."""
    out = []
    for c in re.sub(r"\s", "", unicodedata.normalize("NFKC", text)):
        c = BOX_LOOKALIKES.get(c, c)
        c = "I" if c in "l|" and alphabet != DIGITS else c.upper()  # a capital I read as l
        if alphabet == DIGITS or (alphabet != LETTERS and any(o.isdigit() for o in out)):
            c = TO_DIGIT.get(c, c)
        elif alphabet == LETTERS:
            c = TO_ALPHA.get(c, c)
        if c in alphabet:
            out.append(c)
    return "".join(out)


def _from_combs(doc: DocView, out: dict, key: str, labels: list[str], alphabet: str, found: dict[int, list]) -> None:
    """A value written one character a box (a comb field) right of its label: the boxes read
    without their lines, with the field's alphabet. `found` keeps each page's combs, found once."""
    if key in out:
        return
    for line in doc.lines():
        if not any(re.search(label, line.text, flags=re.IGNORECASE) for label in labels):
            continue
        image = next(im for pg, im in zip(doc.pages, doc.images) if pg is line.page)
        found.setdefault(id(image), combs(image))
        x0, y0, x1, y1 = line.bbox
        # the comb level with the label: on a tightly spaced form the row above is in reach too
        level = [c for c in found[id(image)] if c.bbox[0] >= x0 and abs(middle(c.bbox) - middle(line.bbox)) <= y1 - y0]
        comb = min(level, key=lambda c: abs(middle(c.bbox) - middle(line.bbox)), default=None)
        if comb is None:
            continue
        # the row's first group, nearest its label (a date's day and month groups sit level with it too)
        comb = min((c for c in level if abs(middle(c.bbox) - middle(comb.bbox)) <= (comb.boxes[0][3] - comb.boxes[0][1]) / 2),
                   key=lambda c: c.bbox[0])
        year_first = len(comb.boxes) == 4  # a date whose first group of boxes holds four figures starts with its year
        if alphabet == DIGITS or key == "hkid_number":  # a date's groups; an HKID's check digit in a box apart
            comb = _with_groups_after(comb, found[id(image)])
        text = _read_comb(image, comb, alphabet)
        if key == "br_number" and len(text) == BR_WITH_BRANCH:
            text = text[:8]  # the branch's three boxes after the number's eight ('71904528' - '000'): the business's number
        if key == "hkid_number":
            text = read_hkid(text) or read_hkid(text + _check_box_after(image, comb)) or ""
        if key.startswith("date"):  # DDMMYYYY, or YYYYMMDD when the label or the boxes say so; boxes read short are no date
            ymd = year_first or re.search(r"y{4}\W?m{2}\W?d{2}", line.text, flags=re.IGNORECASE)
            text = (parse_date(f"{text[:4]}-{text[4:6]}-{text[6:]}" if ymd else f"{text[:2]}/{text[2:4]}/{text[4:]}") or "") \
                if len(text) == 8 else ""
        if text:
            # the evidence is the boxes themselves, where the operator sees what was written
            out[key] = doc.field(float(text) if key.endswith("_hkd") else text, line, confidence=COMB_CONFIDENCE, source="ocr",
                                 words=[Word(text=text, bbox=comb.bbox, conf=COMB_CONFIDENCE)])
        return


def _salary_from_combs(doc: DocView, out: dict, doc_type: str, found: dict[int, list]) -> None:
    """A monthly salary written a digit a box right of its label (its figures only: the boxes hold no commas)."""
    labels = [re.escape(label) for label in declared_labels(doc_type, "monthly_salary_hkd")]
    salary: dict[str, Field] = {}
    _from_combs(doc, salary, "monthly_salary_hkd", labels, DIGITS, found)
    if salary and salary["monthly_salary_hkd"].value >= MIN_MONTHLY_SALARY:
        out.update(salary)


MIN_MONTHLY_SALARY = 1000  # boxes read short, or a box of another row, are no month's pay


def _check_box_after(image, comb: Comb) -> str:
    """The character in a lone box just after a comb (an HKID's check digit boxed apart)."""
    side = comb.boxes[-1][2] - comb.boxes[-1][0]
    box = next((t.bbox for t in tick_boxes(image) if 0 < t.bbox[0] - comb.bbox[2] <= 2 * side
                and abs(middle(t.bbox) - middle(comb.bbox)) <= side / 2), None)
    return _read_comb(image, Comb((box,), (True,)), LETTERS + DIGITS) if box else ""


def _with_groups_after(comb: Comb, others: list[Comb]) -> Comb:
    """A date in box groups (DD MM YYYY, each group a comb of its own) as one comb: the groups
    that follow on the same row, each within two boxes' width of the one before."""
    boxes, inked = list(comb.boxes), list(comb.inked)
    for other in sorted(others, key=lambda c: c.bbox[0]):
        side = boxes[-1][2] - boxes[-1][0]
        gap = other.bbox[0] - boxes[-1][2]
        if 0 < gap <= 2 * side and abs(middle(other.bbox) - middle(comb.bbox)) <= side / 2:
            boxes += other.boxes
            inked += other.inked
    return Comb(tuple(boxes), tuple(inked))


# a whole name in one row, surname first and set off by a comma: 'KONG, Deming'
# ('Name (Surname, Given names)': the label gives the order); OCR may read the comma as a point
WHOLE_NAME = [r"name in english", r"english name", r"name \(surname first\)", r"英文姓名", r"name\s*\(\s*surname\s*[,/]\s*given names?\s*\)",
              r"name\s*\(\s*as (?:in|on|shown (?:in|on)) (?:the )?(?:travel document|passport)\s*\)", r"surname\s*/\s*given names?"]  # 'ZHAO, Ruoxi', as the document prints it
SURNAME_COMMA = r"[A-Z][A-Za-z'-]+ ?[,，./] ?[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*)*"  # 'ZHAO, Ruoxi', 'LIN / SHUYI'


# a whole name's label whose bracket says the order ('Name in English (SURNAME, Given names)'): the labels inside the bracket
# caption the order, and the name after it stands over what they read
ORDER_SAID = re.compile(r"(?i)\bname\b[^()（）:：]{0,30}[(（]\s*surname\s*(?:first|[,/]\s*(?:given|other|first)\s*names?)[^)）]*[)）]\s*([:：]?)\s*"
                        r"(?-i:([A-Z][A-Za-z'-]+(?:\s*[,，]\s*|\s+)[A-Za-z][A-Za-z'-]*(?:\s+[A-Za-z][A-Za-z'-]*){0,2}))\s*$")


def _surname_first(doc: DocView, out: dict) -> None:
    for line in doc.lines():
        m = ORDER_SAID.search(line.text)
        # after a colon or in capitals, and not the next caption ('… (SURNAME first) Name in Chinese')
        if m and (m.group(1) or m.group(2).split()[0].rstrip(",，").isupper()) and not made_of_labels(m.group(2), "applicant_form"):
            words = m.group(2).replace("，", ",").replace(",", " , ").split()
            cut = words.index(",") if "," in words else next((k for k in range(1, len(words)) if not words[k].isupper()), 1)
            out["surname"] = doc.field(" ".join(words[:cut]).upper(), line)
            out["given_names"] = doc.field(" ".join(w for w in words[cut:] if w != ",").upper(), line)
            return
    if "surname" in out or "given_names" in out:
        return
    v, line = after_label(doc.lines(), WHOLE_NAME, SURNAME_COMMA, next_lines=0)
    if v:
        surname, given = (part.strip().upper() for part in re.split(r"[,，./]", v, maxsplit=1))
        out["surname"], out["given_names"] = doc.field(surname, line), doc.field(given, line)
        return
    _said_surname_first(doc, out)


WHOLE_NAME_LABELS = ["name in english", "english name", "英文姓名"]  # as data for pipeline.labels
NAME_WORD = r"[A-Z][A-Za-z'-]+"


def _said_surname_first(doc: DocView, out: dict) -> None:
    """A whole name where its label says the surname comes first ('Name in English (SURNAME
    first, ...)'), found by layout (beside, under or over the label): the words in capitals
    before those that are not, else its first word, are the surname."""
    stops_for = [list(f.labels) for f in declarations()["applicant_form"] if f.key not in ("surname", "given_names")]
    for page in doc.pages:
        lines = page.lines()
        stops = [lb for variants in stops_for for lb in find_labels(lines, variants)]
        for label in find_labels(lines, WHOLE_NAME_LABELS):
            # (the order said in the label's words or in a bracket right after them: 'Name in English (surname first)')
            said = re.match(r"[^()（）]*(?:[(（][^)）]*[)）])?", " ".join(w.text for w in lines[label.line][label.first:])).group(0)
            if not re.search(r"surname first", said, re.IGNORECASE):
                continue
            for cand in values_beside(lines, label, stops):
                words = [w for w in re.sub(r"^[^)）]*[)）]", "", cand.text).split() if re.search(r"[A-Za-z]", w)]  # past the bracket
                if not 2 <= len(words) <= 4 or not all(re.fullmatch(NAME_WORD, w) for w in words):
                    continue
                capitals = next((k for k in range(1, len(words)) if not words[k].isupper()), 1)  # all capitals: the first
                line = Line(cand.text, list(cand.words), page)
                out["surname"] = doc.field(" ".join(words[:capitals]).upper(), line)
                out["given_names"] = doc.field(" ".join(words[capitals:]).upper(), line)
                return


def extract_applicant(doc: DocView) -> dict[str, Field]:
    out: dict[str, Field] = {}
    _from_form(doc, out, APPLICANT_FORM_FIELDS)
    found: dict[int, list] = {}
    for key, labels, alphabet in (("surname", SURNAME, LETTERS), ("given_names", GIVEN_NAMES, LETTERS),
                                  ("date_of_birth", DATE_OF_BIRTH, DIGITS), ("travel_document_number", TRAVEL_DOCUMENT, LETTERS + DIGITS),
                                  ("hkid_number", HKID, LETTERS + DIGITS)):
        _from_combs(doc, out, key, labels, alphabet, found)
    _salary_from_combs(doc, out, "applicant_form", found)
    # "Surname" misread ('Simarie') still stands before "(in English)", as the given names do not.
    # Only a value on the label's own line, in whole words of capitals (not the next cell's label's
    # first letter, 'QIAO Given names'); a value under its label is read by layout from the
    # declaration (data/fields.yaml), in the label's own column.
    _surname_first(doc, out)
    _labelled(doc, out, "surname", SURNAME, CAPITAL_WORDS, next_lines=0)
    _labelled(doc, out, "given_names", GIVEN_NAMES, CAPITAL_WORDS, next_lines=0)
    # Labels as OCR may bend them: 'erie in Chinese', 'Travel docurvent No.'.
    _labelled(doc, out, "name_zh", [r"\bin chinese", r"中文姓名"], rf"[{HAN_RANGE}]{{2,4}}")
    if "name_zh" not in out and "surname" in out and "given_names" in out:
        _name_zh_by_pinyin(doc, out)
    if "name_zh" not in out and doc.pages[0].source == "ocr":
        # chi_sim alone: the applicant is a Mainland resident, whose legal name is simplified.
        found = reread_after_label(doc, r"\bin chinese", r"chinese", "chi_sim", rf"[{HAN_RANGE}]{{2,4}}")
        if found:
            out["name_zh"] = found
    if "name_zh" in out and out["name_zh"].source == "ocr":
        # read through the traditional model too ('賀俊靜'); a Mainland resident's legal name is simplified
        out["name_zh"].value = simplified(out["name_zh"].value)
    _labelled(doc, out, "date_of_birth", DATE_OF_BIRTH, DATE_RX, date=True)
    _labelled(doc, out, "travel_document_number", TRAVEL_DOCUMENT, r"[A-Za-z]{1,2}[0-9A-Z]\d{6,7}")
    if "travel_document_number" in out:
        number = out["travel_document_number"].value.upper()
        # No PRC passport or permit number starts with F (facts §6.4: E, G, PE, SE, DE, K, MA;
        # permits C): an F before an e-passport's letter and 7 digits is an E that lost its foot.
        if re.fullmatch(r"F[0-9A-HJ-NP-Z]\d{7}", number):
            number = "E" + number[1:]
        out["travel_document_number"].value = number
    boxes = boxes_by_page(doc)  # both questions' tick boxes, found once
    answer = yes_no(doc, "hk_local_degree", boxes)
    if answer is not None:
        out["hk_local_degree"] = answer
    sex = choice(doc, "sex", boxes)
    if sex is not None:
        out["sex"] = sex
    for k in ("surname", "given_names"):
        if k in out:
            out[k].value = re.split(r"\s{2,}", out[k].value)[0].upper()
    return out


def _name_zh_by_pinyin(doc: DocView, out: dict) -> None:
    """The label can be lost on a scan (boxes round the answers confuse line finding), but a
    run of Han characters on the form whose pinyin is the English name is the Chinese name."""
    latin = re.sub(r"[^A-Z]", "", re.split(r"\s{2,}", out["surname"].value)[0] + re.split(r"\s{2,}", out["given_names"].value)[0]).upper()
    for line in doc.lines():
        for run in re.findall(rf"[{HAN_RANGE}]{{2,4}}", line.text):
            if latin in hanzi_readings(run):
                out["name_zh"] = doc.field(run, line, confidence=min(line.conf, 0.8))
                return


def extract_employer(doc: DocView) -> dict[str, Field]:
    """The Talent List answer and profession; the employer, BR number, post and salary are
    read from their declaration (data/fields.yaml) by layout, not by a label's first match
    ('Is the post on the Talent List?' holds no post)."""
    out: dict[str, Field] = {}
    found: dict[int, list] = {}
    br_labels = [re.escape(label) for label in declared_labels("employer_form", "br_number")]
    _from_combs(doc, out, "br_number", br_labels, DIGITS, found)
    _salary_from_combs(doc, out, "employer_form", found)
    # the person's name in letter boxes, surname and given names apart, as the applicant's form asks it
    parts: dict[str, Field] = {}
    for key, labels in (("surname", SURNAME), ("given_names", GIVEN_NAMES)):
        _from_combs(doc, parts, key, labels, LETTERS, found)
    if len(parts) < 2:  # or in rows of their own ('Surname  MENG' over 'Given names  ZIHAN'), as the applicant's form states them
        stated = read_stated("applicant_form", doc)
        parts = {key: stated[key][0] for key in ("surname", "given_names") if key in stated and stated[key][1]}
    if len(parts) == 2:
        out["applicant_name"] = parts["surname"]
        out["applicant_name"].value = f"{parts['surname'].value} {parts['given_names'].value}"
    answer = yes_no(doc, "talent_list")
    if answer is not None:
        out["talent_list"] = answer
    _labelled(doc, out, "talent_list_profession", [r"talent list profession", r"profession under the talent list"],
              r"(?i)^(?![(\[]?(?:yes|no|y|n)\b).{3,80}",
              next_lines=0, doc_type="employer_form")
    return out
