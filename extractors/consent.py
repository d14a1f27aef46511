"""A consent letter from the applicant's current employer: the organisation that consents, the person it
consents for, its date, and whether a red seal (chop) is on it; the organisation and the date under the chop read
again where the page's reading of them is unsure."""
from __future__ import annotations

import re
from collections import Counter

import numpy as np
from rapidfuzz import fuzz

from pipeline.blanks import overlap
from pipeline.model import BBox, Field
from pipeline.names import is_pinyin, starts_with_surname
from pipeline.seals import seals_on
from pipeline.text import HAN, HAN_RANGE, simplified

from .applicant_docs import first_found, last_date_except, person_as_found
from .base import COMPANY_EN, REREAD_CONFIDENCE, DocView, parse_date
from .running_text import RunningText
from .under_seal import mend_place_opening, readings_under, vote


def extract(doc: DocView) -> dict[str, Field]:
    rt = RunningText(doc.lines())
    out: dict[str, Field] = {}
    # not a reference to one already named ('存放于我中心', '本研究所'): 我, 本, 该 before its kind's word
    # an authority by its department and the division of it that writes (江东省科学技术厅人事处)
    # a school (…第二中学) or a bank's branch (…有限公司广州天河支行) by the branch's own name
    org = (rf"{HAN}{{2,24}}?(?<![我本该該贵貴敝])(?:有限责任公司|有限公司|集团|研究院|研究所|大学|医院|管理局|委员会|中心"
           rf"|中学|中學|小学|小學|学校|學校|幼儿园|幼兒園"
           rf"|(?:厅|廳|局)(?:{HAN}{{1,6}}?(?:处|處|科|办公室|辦公室))?)(?:{HAN}{{2,10}}?(?:分行|支行|分公司))?")
    # An organisation's name as its type has it (…有限公司, …大学), wherever it stands: the role
    # and label readers weigh it; the chop's re-reading votes with the page's reading of it. Not
    # the addressee ('香港瀚海声学科技有限公司：' over the letter).
    first_found(doc, out, "organisation", rt, [rf"(?<![{HAN_RANGE}])({org})(?!.*有限)(?!\s*[:：])", f"(?-i:{COMPANY_EN})"])
    # the person a letter is about, by the words that introduce or address them
    first_found(doc, out, "applicant_name", rt, [rf"(?:员工|职工|雇员|同事)\s*({HAN}{{2,4}}?)\s*(?:同志|先生|女士|小姐|[（(，,]|身份证)",
                                            rf"兹有\s*({HAN}{{2,4}}?)\s*(?:同志|先生|女士|小姐|[（(，,])",
                                            rf"兹有[^，,。；]{{1,16}}?({HAN}{{2,3}})\s*(?:同志|先生|女士|小姐|[（(，,]|身份证)",  # '兹有我公司工程师罗雨桐，'
                                            # not into the next row's label on the line ('Ms LIAO Yuqing Post held: …')
                                            r"(?<!dear )\b(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor|Comrade)\.?\s+([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+(?![A-Za-z]*(?-i:(?:\s+[a-z]+){0,2})\s*[:：])){0,3})",
                                            # a name in Hanzi with its pinyin in brackets: '周文涛 (ZHOU Wentao)'
                                            rf"({HAN}{{2,4}})\s*[（(]\s*[A-Z]{{2,}}\s+[A-Z][a-z]+\s*[)）]",
                                            # the person who applies, after their post ('…工程师覃一鸣提交辞职申请')
                                            rf"({HAN}{{2,12}}?)(?:提交|提出)了?(?:辞职|离职|赴港|赴香港)?(?:工作)?申请",
                                            # the person who means to go, after their post ('…电气工程师罗俊熙拟赴香港')
                                            rf"({HAN}{{2,12}}?)(?:博士|教授)?\s*(?:拟|擬|将|將)(?:(?:赴|前往|到|往)(?:香港|港)|受聘|受僱|受雇)",
                                            # or who is to go, after their post ('同意本公司结构工程师牛振宇赴香港特别行政区就业')
                                            # after the unit's word for itself and a profession ('本所律師溫嘉朗自二零二零年起')
                                            rf"(?:本所|本公司|我公司|本院|我院|本行|我行|本校|我校|本单位|我单位|我司)[^，,。；]{{0,8}}?"
                                            rf"(?:律师|律師|医师|醫師|教师|教師|讲师|講師|工程师|工程師|研究员|研究員|会计师|會計師|设计师|設計師)"
                                            rf"\s*({HAN}{{2,3}}?)(?=自|于|於|在|[，,。]|同志|先生|女士)",
                                            rf"同意(?:本公司|我公司|本单位|我单位|我司|本院|我院|我校|本校)?[^，,。；赴]{{0,8}}?({HAN}{{2,3}})(?:同志|先生|女士|小姐)?\s*"
                                            r"(?:赴|前往)(?:香港|港)"],
                person_as_found)
    if "applicant_name" not in out:
        greeted = _greeted_in_full(doc)
        if greeted:
            out["applicant_name"] = doc.field(greeted[0], greeted[1])
    # The rest of the dated line, not a strict date pattern: parse_date mends a year read through the chop.
    m, line = rt.search(r"日\s*期\s*[:：]?\s*(\S.{5,20})|date\s*[:：]\s*(\S.{5,20})")
    dated = parse_date(next(g for g in m.groups() if g)) if m else None
    last = (dated, line) if dated else last_date_except(rt, set())
    if last and last[0]:
        out["date"] = doc.field(last[0], last[1])
    seal = None
    for k, (page, image) in enumerate(zip(doc.pages, doc.images)):
        seal = next(iter(seals_on(image)), None)
        if seal:
            out["seal_present"] = Field(value=True, confidence=0.9, file=page.file, page=page.number,
                                        bbox=seal, source="derived")
            _organisation_under_seal(doc, out, k, seal, rf"{org}(?!.*有限)")  # the whole name: not 研究院 of 研究院有限公司
            if "date" not in out:
                _date_under_seal(doc, out, k, seal)
            _named_clear_of_the_chop(doc, rt, out, org, seal, page.number)
            break
    if not seal:
        out["seal_present"] = Field(value=False, confidence=0.7, file=doc.pages[0].file, page=doc.pages[0].number,
                                    bbox=None, source="derived")
    return out


def _named_clear_of_the_chop(doc: DocView, rt: RunningText, out: dict, org: str, seal: BBox, seal_page: int) -> None:
    """The organisation as a line clear of the chop names it (its letterhead), where the reading kept
    is of the line under the chop and nearly the same: the chop's ink costs that line a character."""
    read = out.get("organisation")
    if read is None or read.page != seal_page or not read.bbox or not overlap(read.bbox, seal):
        return
    for m in re.finditer(rf"(?<![{HAN_RANGE}])({org})", rt.text):
        line, name = rt.owners[m.start(1)], m.group(1)
        if line.page.number == seal_page and overlap(line.bbox, seal):
            continue
        if name != read.value and len(name) >= len(str(read.value)) and fuzz.ratio(name, str(read.value)) >= SAME_NAME:
            out["organisation"] = doc.field(name, line)
            return


SAME_NAME = 85  # rapidfuzz ratio: the same name with a character or two lost or misread


def _greeted_in_full(doc: DocView):
    """(name, line) of the person a letter greets by given name ('Dear Wenjing,', '梓涵：'), named in full
    elsewhere on it ('To: Yan Wenjing <…>', '收件人：侯梓涵'): surname first, as SPEC §5 writes it."""
    lines = doc.lines()
    han = next((m.group(1) for ln in lines for m in [re.match(rf"\s*({HAN}{{2}})\s*[:：]\s*$", ln.text)] if m), None)
    if han:  # '梓涵：' over the body, '收件人：侯梓涵' in the header
        full = next((m.group(0) for ln in lines for m in re.finditer(rf"{HAN}{han}", ln.text) if starts_with_surname(m.group(0))), None)
        return (full, next(ln for ln in lines if full in ln.text)) if full else None
    given = next((m.group(1) for ln in lines for m in [re.match(r"\s*Dear\s+([A-Z][a-z]+)\s*,?\s*$", ln.text)] if m), None)
    if not given or not is_pinyin(given):
        return None
    for ln in lines:
        for m in re.finditer(rf"\b([A-Z][a-z]+) {given}\b|\b{given} ([A-Z][a-z]+)\b", ln.text):
            surname = m.group(1) or m.group(2)
            if is_pinyin(surname):
                return f"{surname.upper()} {given.upper()}", ln
    return None


def _char_height(page) -> float | None:
    heights = [w.bbox[3] - w.bbox[1] for w in page.words if re.search(HAN, w.text)]
    return float(np.median(heights)) if heights else None


def _date_under_seal(doc: DocView, out: dict, k: int, seal: BBox) -> None:
    """The chop often lands on the date too, and the page's reading loses the whole line: the
    rows under the chop are read again, and the date most of their readings give is taken."""
    height = _char_height(doc.pages[k])
    if not height:
        return
    found = [(parse_date(text), box) for text, box, _ in readings_under(doc.images[k], seal, height, r"(?:日\s*期|(?i:date)).{6,20}")]
    dates = Counter(iso for iso, _ in found if iso)
    if dates:
        iso = dates.most_common(1)[0][0]
        box = next(b for d, b in found if d == iso)
        out["date"] = Field(value=iso, confidence=REREAD_CONFIDENCE, file=doc.pages[k].file, page=doc.pages[k].number,
                            bbox=box, source="ocr")


PAGE_LINE_SURENESS = 0.5


def _page_sureness(page, read: Field) -> list[float]:
    """How surely the page's reading holds each character of `read`. A word of several
    characters (tesseract's line of Han) gives one confidence for all of them, sure and broken
    alike: it votes, but never makes a character sure on its own. A word of one character (how
    PP-OCR boxes Han) is that character's own confidence."""
    value = str(read.value)
    x0, y0, x1, y1 = read.bbox or (0, 0, 0, 0)
    chars: list[tuple[str, float]] = []
    for w in sorted(page.words, key=lambda w: w.bbox[0]):
        if x0 <= (w.bbox[0] + w.bbox[2]) / 2 <= x1 and y0 <= (w.bbox[1] + w.bbox[3]) / 2 <= y1:
            text = re.sub(r"\s", "", w.text)
            chars += [(c, w.conf if len(text) == 1 else min(w.conf, PAGE_LINE_SURENESS)) for c in text]
    at = "".join(c for c, _ in chars).find(value)
    if at < 0:
        return [PAGE_LINE_SURENESS] * len(value)
    return [conf for _, conf in chars[at:at + len(value)]]


def _organisation_under_seal(doc: DocView, out: dict, k: int, seal: BBox, pattern: str) -> None:
    """The chop is stamped over the organisation's name: its line is read again several ways
    and the readings, the page's own among them when it is that line, settled by vote."""
    page, image = doc.pages[k], doc.images[k]
    height = _char_height(page)
    if not height:
        return
    found = readings_under(image, seal, height, pattern)
    if not found:
        return
    read = out.get("organisation")
    crossed = read is not None and read.page == page.number and read.bbox is not None \
        and read.bbox[1] < seal[3] and read.bbox[3] > seal[1]
    if read is not None and not crossed:
        return  # named elsewhere on the page (a letterhead), clear of the chop
    readings = ([str(read.value)] if read else []) + [text for text, _, _ in found]
    sureness = ([_page_sureness(page, read)] if read else []) + [s for _, _, s in found]
    value = mend_place_opening(vote(readings, sureness), readings, sureness)
    if read is not None and simplified(value) == simplified(str(read.value)):
        return  # the page's own reading in its own script: the re-reads' models write simplified (東莞 read 东莞)
    others = sorted({r for r in readings if r != value})
    out["organisation"] = Field(value=value, confidence=REREAD_CONFIDENCE, file=page.file, page=page.number,
                                bbox=found[0][1], source="ocr", readings=others)
