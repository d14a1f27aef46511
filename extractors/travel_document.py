"""PRC passport (TD3) and Exit-Entry Permit card (1-line CS zone), also TD1/TD2: MRZ first,
then the visual zone for the Chinese name and the printed dates to compare against."""
from __future__ import annotations

import re
from datetime import date

import numpy as np
from rapidfuzz.distance import Levenshtein

from pipeline import mrz as mrzlib
from pipeline.model import Field
from pipeline.mrz_bands import zone_turn
from pipeline.text import HAN_RANGE
from pipeline.upright import read_surely

from .base import DATE_RX, REREAD_CONFIDENCE, DocView, after_label, find_line, parse_date
from .mrz_image import parse_lines, read_mrz, settled
from .name_readings import read_han, texts_of_name
from .pinyin_names import clean_name
from .visual_names import every_run, holder, name_on_lines_apart, spelt_by, visual_latin_name


def _unrotate(box, rot: int, w: int, h: int):
    """A box found on the page turned `rot` degrees clockwise, in the upright page's pixels."""
    x0, y0, x1, y1 = box
    if rot == 180:
        return (w - x1, h - y1, w - x0, h - y0)
    if rot == 90:  # turned clockwise: (x, y) came from (y, h - x)... in the original frame
        return (y0, h - x1, y1, h - x0)
    if rot == 270:
        return (w - y1, x0, w - y0, x1)
    return box


def mrz_in_words(doc: DocView) -> mrzlib.MRZ | None:
    """A born-digital or already OCRed page may carry the MRZ in its words."""
    lines = [mrzlib.clean_line(ln.text) for ln in doc.lines() if ln.text.count("<") >= 2]
    return parse_lines(lines) if lines else None


def _upright(doc: DocView, i: int) -> bool:
    """Whether the i-th page's zone is to be found as the page lies: its band reads upright, or it
    has none that reads and the page's print read surely. A passport's two pages can run
    crosswise (the visa page's print read surely on its side): a band read at another turn
    sends the search round every turn."""
    turn = zone_turn(doc.images[i])
    return turn == 0 or (turn is None and i < len(doc.pages) and read_surely(doc.pages[i]))


def extract(doc: DocView) -> dict[str, Field]:
    out: dict[str, Field] = {}
    found, page_index, box, rot = mrz_in_words(doc), 0, None, 0
    if found and settled(found):
        src = "text_layer" if doc.pages[0].source == "text_layer" else "mrz"
    else:
        src = "mrz"
        for i, image in enumerate(doc.images):
            m, b, r = read_mrz(image, upright=_upright(doc, i))
            if m and (found is None or m.rank > found.rank):
                found, page_index, box, rot = m, i, b, r
                if settled(m):
                    break
    lines = doc.lines()
    found = found if found and found.is_a_zone else None
    if found:
        page = doc.pages[page_index]
        if box:
            box = _unrotate(box, rot, page.width, page.height)
        conf = round(0.5 + 0.5 * found.score, 3)

        def f(value):
            return Field(value=value, confidence=conf, file=page.file, page=page.number, bbox=box, source=src)

        year = date.today().year
        out["kind"] = f("eep" if found.format == "EEP" else "passport")
        out["mrz_format"] = f(found.format)
        out["document_number"] = f(found.document_number)
        surname, given = found.surname, found.given_names
        if "CHN" in (found.issuing_state, found.nationality):
            # Mainland names are pinyin: drop what OCR added that no syllable explains.
            # A filler read as K before the given names ('<<KXIUJIA') stays a K, since names
            # like KWOK start with one: drop it only when pinyin then explains the rest.
            if given.startswith("K") and not clean_name(given) and clean_name(given[1:]):
                given = given[1:]
            surname, given = clean_name(surname), clean_name(given).replace(" ", "")
        if surname:
            out["surname"] = f(surname)
        if given:
            out["given_names"] = f(given)
        out["nationality"] = f(found.nationality)
        out["issuing_state"] = f(found.issuing_state)
        if found.sex and found.sex in "MFX":
            out["sex"] = f(found.sex)
        dob = mrzlib.yymmdd_to_iso(found.date_of_birth, "birth", year)
        if dob:
            out["date_of_birth"] = f(dob)
        exp = mrzlib.yymmdd_to_iso(found.date_of_expiry, "expiry", year)
        if exp:
            out["date_of_expiry"] = f(exp)
        out["mrz"] = f(found.lines)
    _visual_zone(doc, lines, out)
    _name_zh_by_spelling(doc, lines, out)
    _name_zh_above_latin(doc, lines, out)
    _name_from_visual_zone(doc, lines, out)
    _mend_surname(out)
    _mend_number(out, _printed_twin(lines, out))
    if "kind" not in out:
        text = doc.text
        kind = "eep" if re.search(r"通行证|通行證|exit-entry permit", text, re.IGNORECASE) else "passport"
        out["kind"] = doc.field(kind, None, 0.5, "derived")
    return out


# A Hanzi name standing on its own, not the next field's label (the name's own line may have
# lost its Hanzi to OCR, and the line after it starts 出生日期).
NAME_ZH = rf"(?<![{HAN_RANGE}])(?!出生|性别|有效|签发|国籍|证件|护照)[{HAN_RANGE}]{{2,4}}"


def _visual_zone(doc: DocView, lines, out: dict[str, Field]) -> None:
    value, line = after_label(lines, [r"姓\s*名", r"中文姓名"], NAME_ZH)
    if not value:
        sur, sline = after_label(lines, [r"姓\s*/?\s*surname", r"^姓\b"], rf"[{HAN_RANGE}]{{1,2}}")
        given, gline = after_label(lines, [r"名\s*/?\s*given names?", r"^名\b"], rf"[{HAN_RANGE}]{{1,3}}")
        if sur and given:
            value, line = sur + given, sline
    if value:
        out["name_zh"] = doc.field(value, line)
    number, line = after_label(lines, [r"passport no\.?", r"护照号码?", r"证件号码", r"no\.?\s*/?\s*号码"],
                               r"[A-Z]{1,2}[0-9A-Z]\d{6,7}")
    if not number:
        m, line = find_line(lines, r"\b([EGCDPS][A-HJ-NP-Z0-9]\d{7}|[EC]\d{8})\b", flags=0)
        number = m.group(1) if m else None
    if number:
        out["visual_document_number"] = doc.field(number, line)
    for key, labels in (("visual_date_of_birth", [r"date of birth", r"出生日期"]),
                        ("visual_date_of_expiry", [r"date of expiry", r"有效期至", r"valid until", r"有效期限"])):
        v, line = after_label(lines, labels, DATE_RX)
        if v and key == "visual_date_of_expiry":
            # An EEP states its validity as a range (2024.10.28-2034.10.28): expiry is the end.
            v = [m.group(0) for m in re.finditer(DATE_RX, line.text)][-1]
        iso = parse_date(v) if v else None
        if iso:
            out[key] = doc.field(iso, line)
    sex, line = after_label(lines, [r"\bsex\b", r"\bsexe\b", r"性\s*别", r"性\s*別"], VISUAL_SEX)
    if not sex:  # its label misread: '女/F' alone on a line states the sex in both scripts
        m, line = find_line(lines, BOTH_SEXES, flags=0)
        sex = m.group(1) if m and SEXES[m.group(1)] == m.group(2) else None
    if sex:
        out["visual_sex"] = doc.field(SEXES.get(sex, sex.upper()), line)
        if "sex" not in out:  # an EEP's zone, or a zone read without it
            out["sex"] = doc.field(out["visual_sex"].value, line)


# Sex as a data page prints it: ICAO's letter (M, F, X; French cards write F or M too) or 男/女.
VISUAL_SEX = r"(?<![A-Za-z])[MFXmfx](?![A-Za-z])|男|女"
SEXES = {"男": "M", "女": "F"}
BOTH_SEXES = r"^\s*(男|女)\s*/\s*([MF])\s*$"


# (scale, language) for the strips round a card's Latin name, tried in turn until one spells
# it: tesseract reads some name characters only in one model or at a smaller size (沈磊思's
# 磊 on a 200-dpi permit only as traditional Chinese at half size).
STRIP_READS = ((1.0, "chi_sim"), (1.0, "chi_tra"), (0.75, "chi_tra"), (0.5, "chi_tra"))
def _latin_name(out: dict[str, Field], lines) -> tuple[str, str] | None:
    """(surname, given names) in pinyin: the MRZ's, or where the MRZ has none (an exit-entry
    permit's line carries no name) the visual zone's 'SURNAME, GIVEN'."""
    sur, given = out.get("surname"), out.get("given_names")
    if sur and given:
        return str(sur.value), str(given.value)
    visual = visual_latin_name(lines)
    return visual[:2] if visual else None


def name_zh_spelt(doc: DocView, out: dict[str, Field]) -> None:
    """After every reader: a Chinese name that does not spell the document's Latin name, read
    surely but wrongly by the page's engine, is read again (both engines, both scripts); a
    reading that spells it is the name."""
    from pipeline.names import shares_a_syllable, spells  # names live with the rules that compare them
    lines = doc.lines()
    zh, name = out.get("name_zh"), _latin_name(out, lines)
    if not name or (zh and spells(str(zh.value), " ".join(name))) or doc.pages[0].source != "ocr":
        return
    spelt = " ".join(name)
    if zh:
        runs = [r for text in texts_of_name(doc, zh) for r in every_run(text, 2, 4)]
        agree = next((r for r in zh.readings + runs if spells(r, spelt)), None)
        if agree:
            zh.value, zh.readings = agree, [str(zh.value)] + [r for r in zh.readings if r != agree]
            zh.confidence = min(zh.confidence, REREAD_CONFIDENCE)
        return
    # no Chinese name read: a short Han line with a character of the name on it, read again
    for line in lines:
        han = "".join(every_run(line.text, 1, 1))
        if 1 <= len(han) <= 6 and shares_a_syllable(han, spelt):
            probe = doc.field(han, line, confidence=REREAD_CONFIDENCE)
            agree = next((r for text in texts_of_name(doc, probe) for r in every_run(text, 2, 4) if spells(r, spelt)), None)
            if agree:
                out["name_zh"] = doc.field(agree, line, confidence=REREAD_CONFIDENCE)
                return


def _name_zh_by_spelling(doc: DocView, lines, out: dict[str, Field]) -> None:
    """The Chinese name is the one the document's Latin name spells. A label's value that does
    not spell it gives way to Han print on the page that does: the whole name on one line, or
    the surname and the given names on lines of their own (姓 周 / 名 子涵, as a passport
    prints them)."""
    from pipeline.names import spells  # names live with the rules that compare them
    name = _latin_name(out, lines)
    zh = out.get("name_zh")
    if not name or (zh and spells(str(zh.value), " ".join(name))):
        return
    spelt = " ".join(name)
    runs = [(i, run) for i, line in enumerate(lines) for run in every_run(line.text, 1, 4)]
    whole = next(((i, r) for i, r in runs if len(r) >= 2 and spells(r, spelt)), None)
    if whole is None:
        # the surname's line, then the given names within the next few lines
        whole = next(((i, s + g) for i, s in runs if len(s) <= 2 for j, g in runs
                      if i < j <= i + NAME_PARTS_APART and spells(s + g, spelt)), None)
    if whole:
        i, value = whole
        out["name_zh"] = doc.field(value, lines[i], confidence=min(lines[i].conf, 0.8))


NAME_PARTS_APART = 4  # lines between a passport's surname and its given names (their Latin lines between)


def _name_from_visual_zone(doc: DocView, lines, out: dict[str, Field]) -> None:
    """The name as the visual zone prints it in Latin letters ('CHEN, JIAYI'): the name where
    the page has no MRZ. The MRZ's name line has no check digit: a letter OCR adds or doubles
    there (DONGXITU, ZOOU) passes unseen; where the visual zone's spelling differs from the
    MRZ's and the Chinese name spells it, two readings agree against one."""
    zh = out.get("name_zh")
    # a permit's zone (an EEP card's one line) states no name: as where there is no zone
    named = "mrz" in out and "surname" in out
    visual = visual_latin_name(lines) or (spelt_by(str(zh.value), lines) if zh and not named else None) \
        or (holder(lines) if not named else None)
    if not visual and not named and (pair := name_on_lines_apart(lines)):
        han, visual = pair  # a card's name in three lines: 韦思琪 / WEI / SIQI, or GIVEN over SURNAME
        out.setdefault("name_zh", doc.field(han, visual[2]))
    if visual and not named:  # a permit or a copy without the zone: the visual zone's name
        for key, value in (("surname", visual[0]), ("given_names", visual[1])):
            out.setdefault(key, doc.field(value, visual[2]))
        return
    if not zh or not visual:
        return
    from pipeline.names import spells  # names live with the rules that compare them
    sur, given, line = visual
    if not spells(str(zh.value), f"{sur} {given}"):
        return
    for key, value in (("surname", sur), ("given_names", given)):
        if key not in out or out[key].value != value:
            out[key] = doc.field(value, line, confidence=REREAD_CONFIDENCE)


def _name_zh_above_latin(doc: DocView, lines, out: dict[str, Field]) -> None:
    """A card read as Latin turns its Han name into junk ('TERI', 'yee'), but the name is
    printed right above its Latin spelling (金梓 over JIN, ZI) or before it on the same line
    (沈磊思 SHEN, LEISI). Those strips are read again in Chinese, and a run whose pinyin is the
    card's Latin name is the name. A page left lying on its side (its Latin name's box is tall
    and narrow) is turned both ways first."""
    name = _latin_name(out, lines)
    if "name_zh" in out or not name or doc.pages[0].source != "ocr":
        return
    from pipeline.names import latin_key, spells  # names live with the rules that compare them
    surname, spelt = name[0], " ".join(name)
    for page, image in zip(doc.pages, doc.images):
        for w in page.words:
            if latin_key(w.text) != surname or "<" in w.text:
                continue
            sideways = w.bbox[3] - w.bbox[1] > 1.5 * (w.bbox[2] - w.bbox[0])
            for turn in ((90, 270) if sideways else (0,)):
                turned, (x0, y0, x1, y1) = _turned(image, w.bbox, turn)
                t = y1 - y0
                bottom = _gap_above(turned, (x0, y0, x1, y1))
                # the line right above, then with the label too, then the line's start
                strips = [(max(0, x0 - t), max(0, bottom - int(k * t)), min(turned.width, x0 + 8 * t), bottom, psm)
                          for k, psm in ((1.2, 7), (2, 7), (2, 6), (3, 6))]
                strips.append((max(0, x0 - 8 * t), max(0, y0 - t // 2), x0, min(turned.height, y1 + t // 2), 7))
                strips = [s for s in strips if s[3] - s[1] >= t and s[2] - s[0] >= t]
                for scale, lang in STRIP_READS:
                    for *box, psm in strips:
                        text = read_han(turned.crop(box), scale, lang, psm)
                        run = next((r for r in _han_runs(text) if spells(r, spelt)), None)
                        if run:
                            out["name_zh"] = Field(value=run, confidence=REREAD_CONFIDENCE, file=page.file,
                                                   page=page.number, bbox=w.bbox if turn else tuple(box), source="ocr")
                            return


def _han_runs(text: str) -> list[str]:
    """Every run of two to four Han characters, overlapping: a strip that takes in the label
    reads '姓名沈磊思'."""
    return every_run(text, 2, 4)


def _gap_above(image, box) -> int:
    """The emptiest pixel row between a word's line and the line above it, near the word's
    top: OCR boxes of tight lines overlap, and a strip cut at the box's top keeps either the
    capitals' tops or loses the Han line's feet."""
    x0, y0, x1, y1 = box
    t = y1 - y0
    top, low = max(0, y0 - t // 2), min(image.height, y0 + t // 4)
    if low <= top:
        return y0
    ink = (np.asarray(image.convert("L").crop((x0, top, x1, low))) < 128).sum(axis=1)
    emptiest = np.flatnonzero(ink == ink.min())
    return top + int(np.median(emptiest))


def _turned(image, box, turn: int):
    """The page turned `turn` degrees counter-clockwise, and the box where it lands."""
    x0, y0, x1, y1 = box
    if turn == 90:
        return image.rotate(90, expand=True), (y0, image.width - x1, y1, image.width - x0)
    if turn == 270:
        return image.rotate(270, expand=True), (image.height - y1, x0, image.height - y0, x1)
    return image, box


def _mend_surname(out: dict[str, Field]) -> None:
    """The name in Latin letters as the visual zone prints it ('CHEN, JIAYI'). The MRZ's name line has no check digit: one character OCR added or dropped there
    ('LITU' for LIU) passes unseen. When the Hanzi surname in the visual zone reads as a
    spelling one edit away, that reading is the surname."""
    sur, zh = out.get("surname"), out.get("name_zh")
    if not sur or not zh or not sur.value:
        return
    from pipeline.names import surname_readings  # names live with the rules that compare them
    readings = surname_readings(str(zh.value))
    if sur.value in readings:
        return
    close = [r for r in readings if Levenshtein.distance(r, str(sur.value)) == 1]
    if len(close) == 1:
        out["surname"] = sur.model_copy(update={"value": close[0], "confidence": round(sur.confidence * 0.9, 3)})


def _printed_twin(lines, out: dict[str, Field]) -> str | None:
    """The document number as the visual zone prints it, found where no label names it: a
    word outside the zone that differs from the MRZ's number only by look-alikes (ZE000509
    for a zone read ZEODO0O9)."""
    mrz_no = out.get("document_number")
    if not mrz_no or "visual_document_number" in out:
        return None
    a = str(mrz_no.value)
    for line in lines:
        if "<<" in line.text:
            continue
        for word in re.findall(r"[A-Z0-9]+", line.text.upper()):
            if word != a and len(word) == len(a) and _twins(a, word):
                return word
    return None


def _twins(a: str, b: str) -> bool:
    """Two readings of one number: they differ by look-alikes, and at most one other character
    (the check digit, which both must hold, stands for it)."""
    return sum(not _look_alike(x, y) for x, y in zip(a, b)) <= 1 and any(_look_alike(x, y) and x != y for x, y in zip(a, b))


def _alternations(number: str) -> int:
    return sum(a.isdigit() != b.isdigit() for a, b in zip(number, number[1:]))


def _look_alike(x: str, y: str) -> bool:
    return x == y or mrzlib.TO_DIGIT.get(x) == y or mrzlib.TO_ALPHA.get(x) == y \
        or mrzlib.TO_DIGIT.get(y) == x or mrzlib.TO_ALPHA.get(y) == x


def _mend_number(out: dict[str, Field], twin: str | None = None) -> None:
    """Some OCR swaps keep the MRZ check digit: 'G' and '6' (16 and 6) differ by 10, which a
    weight-1 position cannot see ('ENG069804' passes for EN6069804), and swaps add up to a
    multiple of ten (O and D for 0 and 0 in ZEODO0O9). When the printed number (labelled, or
    its twin elsewhere on the page) differs from the MRZ's only by such swaps, the MRZ's own
    check digit accepts it, and it has a digit where the MRZ has a letter, it is the one."""
    mrz_no, printed = out.get("document_number"), out.get("visual_document_number")
    b = str(printed.value) if printed else twin
    if not mrz_no or not b or mrz_no.value == b:
        return
    a = str(mrz_no.value)
    if len(a) != len(b) or mrzlib.check_digit(a) != mrzlib.check_digit(b):
        return
    pairs = [(x, y) for x, y in zip(a, b) if x != y]
    # Numbers run letters then digits (E12345678, PA0940443): a reading that keeps to that
    # shape where the other alternates (X5IZ34S67 against XS1234567) is the printed one.
    if all(mrzlib.TO_DIGIT.get(x) == y for x, y in pairs) or (_twins(a, b) and _alternations(b) < _alternations(a)):
        out["document_number"] = mrz_no.model_copy(update={"value": b, "confidence": round(mrz_no.confidence * 0.9, 3)})
