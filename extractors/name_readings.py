"""Second readings of a Chinese name. A page read once misreads a rare name character as a
common look-alike (熊 as 能, 鹏 as 腑, 覃 as 踢), and nothing on the page itself tells which
reading is right. The name's line is read again on its own, as simplified and as traditional
Chinese (each model misreads different characters); the names found there are kept on the
field as `readings`, for the case to choose by the travel document's pinyin."""
from __future__ import annotations

import re
from collections import Counter

from PIL import Image

from pipeline import ocr, ppocr
from pipeline.model import Field
from pipeline.text import HAN_RANGE, in_han_range, prints_traditional, simplified

from .base import REREAD_CONFIDENCE, DocView, line_crop, mended
from .prose import both_scripts, vocabulary

# Fields that hold the applicant's name in Han characters.
HAN_NAME_FIELDS = ("holder_name", "applicant_name", "name_zh", "employee_name")
# (language, page segmentation): a single line (7) and a block (6) find different characters.
READS = (("chi_sim", 7), ("chi_tra", 6))
# Where those reads do not all say the page's name, the name's span again: (scale, language,
# segmentation). Tesseract's Chinese models read some characters only at a smaller size (磊 at
# three quarters) and some only as a simplified block (贺); none of these alone recovered more
# than one of the seven misread names they were tried on.
MORE_READS = ((0.75, "chi_tra", 6), (0.5, "chi_tra", 6), (1.0, "chi_sim", 6))
# A name whose every character the page read at least this surely is not read again: on the
# 20 evaluation cases every misread name had a character under 0.71, and half of all names
# were read at 0.8 or better.
SURE = 0.8


def is_han_name(value) -> bool:
    return isinstance(value, str) and 2 <= len(value) <= 4 and all(in_han_range(c) for c in value)


def names_like(name: str, text: str) -> list[str]:
    """Runs of `text` as long as `name` that differ from it in at most one character (at most
    a third of them): where a re-read line says the same name, or one character otherwise."""
    n = len(name)
    allowed = max(1, n // 3)
    out = []
    for i in range(len(text) - n + 1):
        run = text[i:i + n]
        if is_han_name(run) and sum(a != b for a, b in zip(run, name)) <= allowed and run not in out:
            out.append(run)
    return out


def _name_words(page, field: Field) -> list:
    """The words of the field's line that carry the name's characters (none when the page's
    words do not spell the name)."""
    x0, y0, x1, y1 = field.bbox
    words = [w for w in page.words if x0 <= (w.bbox[0] + w.bbox[2]) / 2 <= x1 and y0 <= (w.bbox[1] + w.bbox[3]) / 2 <= y1]
    at = "".join(w.text for w in words).find(str(field.value))
    if at < 0:
        return []
    out, pos = [], 0
    for w in words:
        if pos < at + len(field.value) and pos + len(w.text) > at:
            out.append(w)
        pos += len(w.text)
    return out


def _name_span(field: Field, words: list) -> tuple[int, int, int, int]:
    """The part of the field's line round the name, three characters' width either side (the
    words either side keep the context the line model reads Chinese by); the whole line when
    the page's words do not spell the name."""
    if not words:
        return field.bbox
    x0, y0, x1, y1 = field.bbox
    h = y1 - y0
    return (max(x0, min(w.bbox[0] for w in words) - 3 * h), y0, min(x1, max(w.bbox[2] for w in words) + 3 * h), y1)


def _name_on_page(doc: DocView, field: Field):
    """(page image, the field's words that spell it) for a field read by OCR with a box; None otherwise."""
    k = next((i for i, p in enumerate(doc.pages) if p.number == field.page), None)
    if field.source != "ocr" or not field.bbox or k is None:
        return None
    return doc.images[k], _name_words(doc.pages[k], field)


def _name_crops(image, field: Field, words: list) -> list:
    """The whole line and the name with a few characters of context: the two crops lose
    different characters."""
    return [line_crop(image, box) for box in (field.bbox, _name_span(field, words))]


def add_readings(doc: DocView, field: Field) -> None:
    """Sets `field.readings` to the other names the field's ink reads as; none when the value
    is not a name in Han characters read by OCR, or the page read each of its characters surely."""
    found_on_page = _name_on_page(doc, field) if is_han_name(field.value) else None
    if found_on_page is None:
        return
    image, words = found_on_page
    if words and min(w.conf for w in words) >= SURE:
        return
    crops = _name_crops(image, field, words)
    found = [_names_read(field.value, crop, 1.0, lang, psm) for crop in crops for lang, psm in READS]
    if any(names != [field.value] for names in found):
        found += [_names_read(field.value, crops[1], *read) for read in MORE_READS]
    readings = list(field.readings)  # a name read as Latin comes with the readings it was chosen from
    for names in found:
        readings += [r for r in names if r != field.value and r not in readings]
    field.readings = readings


def texts_of_name(doc: DocView, field: Field) -> list[str]:
    """The name's line and span read again every way this module knows, by both engines, in
    simplified characters: for a caller that knows what the name must spell."""
    found_on_page = _name_on_page(doc, field)
    if found_on_page is None:
        return []
    image, words = found_on_page
    crops = _name_crops(image, field, words)
    texts = [simplified("".join(w.text for w in ppocr.ppocr_words(crop))) for crop in crops]
    texts += [read_han(crop, 1.0, lang, psm) for crop in crops for lang, psm in READS]
    return texts + [read_han(crops[1], *read) for read in MORE_READS]


def _names_read(name: str, crop, scale: float, lang: str, psm: int) -> list[str]:
    return names_like(name, read_han(crop, scale, lang, psm))


def read_han(crop, scale: float, lang: str, psm: int) -> str:
    """The crop's text read at `scale` of its size, in simplified characters, without spaces."""
    if scale != 1.0:
        crop = crop.resize((round(crop.width * scale), round(crop.height * scale)), Image.LANCZOS)
    return simplified(re.sub(r"\s", "", "".join(w.text for w in ocr.ocr_words(crop, lang=lang, psm=psm))))


# Reads of a line whose Chinese name came out as Latin: (scale, language), each as a block.
LATIN_LINE_READS = ((1.0, "chi_sim"), (1.0, "chi_tra"), (0.75, "chi_sim"), (0.75, "chi_tra"), (0.5, "chi_sim"),
                    (0.5, "chi_tra"))


def name_read_as_latin(doc: DocView, marker: str, pattern: str) -> Field | None:
    """A certificate's name that the page read as Latin junk ('SEAR, 性别女' for 学生吕玉，性别女):
    the junk and the `marker` after it (性别) are cut from the page and read again in Chinese,
    several ways; the commonest name `pattern` finds in them is the value, the others its
    readings, for the case to choose by the pinyin."""
    for line in doc.lines():
        at = next((i for i, w in enumerate(line.words) if re.match(marker, w.text)), None)
        if not at:
            continue
        junk = [w for w in line.words[:at] if re.fullmatch(r"[A-Za-z]+[,，.]?", w.text)]
        if not junk:
            continue
        k = doc.pages.index(line.page)
        h = line.bbox[3] - line.bbox[1]
        box = (max(0, junk[0].bbox[0] - h), line.bbox[1], min(doc.images[k].width, line.words[at].bbox[2] + 3 * h),
               line.bbox[3])
        crop = line_crop(doc.images[k], box)
        names = Counter()
        for scale, lang in LATIN_LINE_READS:
            m = re.search(pattern, read_han(crop, scale, lang, 6))
            if m:
                names[m.group(1)] += 1
        if names:
            (value, _), *others = names.most_common()
            found = doc.field(value, line, confidence=REREAD_CONFIDENCE)
            found.bbox, found.readings = box, [name for name, _ in others]
            return found
    return None


def as_printed(doc: DocView, field: Field) -> None:
    """A Hanzi name as the document prints it (SPEC §5). Tesseract's traditional model reads
    simplified print in traditional characters and its simplified one the reverse; a Hong Kong
    paper may print a Mainland name in either script. On a page printed in simplified
    characters the name is simplified; on a traditional page PP-OCR, which reads each script as
    it is, reads the name's span again and says which."""
    if field.source != "ocr" or not is_han_name(field.value) or not field.bbox:
        return
    if not prints_traditional(doc.text):
        field.value = simplified(field.value)
    else:
        found_on_page = _name_on_page(doc, field)
        if found_on_page is None:
            return
        image, words = found_on_page
        crop = line_crop(image, _name_span(field, words))
        text = "".join(w.text for w in ppocr.ppocr_words(crop))
        n, want = len(field.value), simplified(field.value)
        field.value = next((text[i:i + n] for i in range(len(text) - n + 1) if simplified(text[i:i + n]) == want), field.value)
    field.readings = [r for r in field.readings if simplified(r) != simplified(field.value)]


MAX_DOTTED_PART = 6  # a dotted name's first part, at most (阿依古丽, 米尔阿迪力)
# A name of parts joined by a middle dot (阿依古丽·买买提: Uyghur and other names in Han transcription), as OCR reads the dot
DOTTED_NAME = re.compile(rf"[{HAN_RANGE}]{{1,10}}(?:\s*[·•・‧]\s*[{HAN_RANGE}]{{1,10}})+")


def whole_dotted(doc: DocView, field: Field) -> None:
    """A Han name read as one part of a dotted name (买买提 of 阿依古丽·买买提): the whole name as printed, the part
    kept among its readings; words that lead to a person before it (学生, 兹证明) are none of it."""
    if not is_han_name(field.value):
        return
    leads = sorted(both_scripts(vocabulary()["subject"]), key=len, reverse=True)
    for m in DOTTED_NAME.finditer(doc.text):
        parts = re.split(r"\s*[·•・‧]\s*", m.group(0))
        if parts[0].endswith(str(field.value)) or parts[-1] == field.value:
            first = parts[0]
            for lead in (w for w in leads if w in first):
                first = first[first.rfind(lead) + len(lead):]
            if first:
                mended(field, "·".join([first[-MAX_DOTTED_PART:], *parts[1:]]))
            return
