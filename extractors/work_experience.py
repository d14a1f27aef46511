"""Proof of work experience (在职证明 / 工作证明 / certificate of employment): the employer
and the period worked, read from the letter's sentences rather than labels (the post is read by
role, data/prose.yaml, and by its label, data/fields.yaml)."""
from __future__ import annotations

import re

from pipeline import ocr, ppocr
from pipeline.blanks import overlap
from pipeline.date_words import MONTH_PERIOD, month_periods, month_since, months_to_now
from pipeline.model import Field
from pipeline.names import is_pinyin
from pipeline.seals import seals_on
from pipeline.text import HAN_RANGE, normalise_spaces

from .base import COMPANY_EN, DATE_RX, DocView, Line, find_line, line_crop, parse_date
from .letters import date_lead
from .prose import both_scripts, has_han, vocabulary
from .running_text import RunningText

# (with its branch where one signs: '…有限公司深圳分公司')
ORG = (rf"([{HAN_RANGE}][{HAN_RANGE}（）()]{{3,30}}?(?:有限责任公司|有限公司|公司|研究院|研究所|大学|学院|医院|银行|集团|中学|小学|学校|中學|小學|學校)"
       rf"(?:[{HAN_RANGE}]{{2,8}}?(?:分公司|分行|支行|分院|分所|办事处))?)")


# A Chinese date whose month the page read lost (2020年月9日).
MONTH_LOST = r"\d{4}\s*年\s*月"


def _read_again(doc: DocView, line: Line) -> Line:
    """The line cut out and read alone in Chinese; kept when it states its dates whole."""
    crop = line_crop(doc.images[doc.pages.index(line.page)], line.bbox)
    for psm in (6, 7):  # a line read as a block keeps its start better on these letters
        text = normalise_spaces("".join(w.text for w in ocr.ocr_words(crop, lang="chi_sim", psm=psm)))
        if re.search(DATE_RX, text) and not re.search(MONTH_LOST, text):
            return Line(text, line.words, line.page)
    return line


def _named(text: str) -> list[re.Match]:
    """The organisations a line names, none opening on a date's unit ('…2014年8月起在深圳…有限公司')."""
    out = []
    for m in re.finditer(ORG, text):
        cut = date_lead(text, m.start(1))
        found = re.compile(ORG).search(text, m.start(1) + cut) if cut else m
        if found:
            out.append(found)
    return out


def _clear_of_the_chop(doc: DocView, orgs: list[tuple[re.Match, Line]]) -> tuple[str, Line]:
    """The signing organisation (the last named); where the chop covers it and the letter names it earlier too, a
    character or two apart ('成都销城…' under the chop, '…单位成都锦城…' in the table), the reading clear of the ink."""
    last, line = orgs[-1]
    name = last.group(1)
    seals: dict[int, list] = {}  # each page's chops, found once, where a line asks

    def inked(ln: Line) -> bool:
        k = doc.pages.index(ln.page)
        if k not in seals:
            seals[k] = seals_on(doc.images[k]) if k < len(doc.images) else []
        return any(overlap(ln.bbox, seal) for seal in seals[k])

    if not inked(line):
        return name, line
    for m, ln in orgs[:-1]:
        other = m.group(1)[-len(name):]  # a label run into it ('工作单位成都…') left out
        if len(other) == len(name) and 0 < sum(a != b for a, b in zip(other, name)) <= 2 and not inked(ln):
            return other, ln
    # named once, under the ink: PP-OCR reads the line again, its print through the red ('邕江' read '邕工' by
    # tesseract); its reading stands where each character it changes was read unsurely
    k = doc.pages.index(line.page)
    again = re.search(ORG, ppocr.ppocr_line(line_crop(doc.images[k], line.bbox))[0]) if k < len(doc.images) else None
    if again and len(again.group(1)) == len(name) and 0 < sum(a != b for a, b in zip(again.group(1), name)) <= 2:
        sure = {w.text: w.conf for w in line.words if len(w.text) == 1}
        if all(sure.get(b, 0.0) < SURE_CHARACTER for a, b in zip(again.group(1), name) if a != b):
            return again.group(1), line
    return name, line


SURE_CHARACTER = 0.9  # a character tesseract read this surely is kept over another reading


# (or a table's row, its 'From' and 'To' cells side by side: '2014-07-01  2017-12-31  Assistant Kiln Engineer')
RANGE = re.compile(rf"(?P<start>{DATE_RX})\s*(?:至|到|to|until|till|through|-|–|—|一(?=\s*\d{{4}}))?\s*(?P<end>{DATE_RX})")
POST_IN_ROW = 6  # words: what a row holds beside its dates where it is a post, not a sentence


def _periods(rt: RunningText) -> list[tuple[str, Line, str, Line]]:
    """Each period the letter states with both its ends ('2015年7月1日至2018年6月30日'): (start, line, end, line);
    a period stated again (a bilingual letter's translation) once, where first stated."""
    out: list[tuple[str, Line, str, Line]] = []
    for m in RANGE.finditer(rt.text):
        start, end = parse_date(m.group("start")), parse_date(m.group("end"))
        if start and end and start < end and (start, end) not in {(p[0], p[2]) for p in out}:
            out.append((start, rt.owners[m.start()], end, rt.owners[m.start("end")]))
    return out


# a table's column of posts, by its heading
POST_HEADING = re.compile(r"^(?:position|post|title|job title|designation|role|職務|职务|職位|职位|崗位|岗位)$", re.IGNORECASE)


def _post_in_row(line: Line, lines: list[Line] | None = None) -> str | None:
    """The words a table's row holds beside its period, where they are few and no sentence; only the cell
    under the posts' heading where the table heads its columns ('Period | Position | Department')."""
    heads = [c for ln in (lines or []) if ln.page is line.page and ln.bbox[3] <= line.bbox[1] for c in ln.cells()
             if POST_HEADING.match(c.text.strip(" :："))]
    if heads:
        head = heads[-1]
        under = [c for c in line.cells() if c.bbox[0] < head.bbox[2] and head.bbox[0] < c.bbox[2]]
        if len(under) == 1 and not re.search(DATE_RX, under[0].text):
            return under[0].text.strip(" |")
    rest = normalise_spaces(re.sub(DATE_RX, " ", MONTH_PERIOD.sub(" ", line.text))).strip(" |-–")
    return rest if rest and len(rest.split()) <= POST_IN_ROW and not re.search(r"[.,;:，。；：]", rest) else None


def _post_among_parts(line: Line) -> str | None:
    """A row's values parted by dashes or bars ('ZHAO Lei – Senior Buyer – 14/02/2017 to 30/06/2023'): the one part
    that is neither the person's name nor the period's words; none where the row is no such row."""
    rest = normalise_spaces(re.sub(DATE_RX, " ", SUBJECT_LEAD.sub("", line.text))).strip(" |-–")
    pieces = re.split(r"\s+[-–—]\s+|\s*\|\s*", rest)
    honorifics = tuple(w for w in vocabulary()["honorifics"] if w.isascii())
    parts = [p for p in pieces if p and not RANGE_WORDS.fullmatch(p) and not is_pinyin(_without(honorifics, p))]
    return parts[0] if len(pieces) >= 2 and len(parts) == 1 and len(parts[0].split()) <= POST_IN_ROW else None


def _without(honorifics: tuple[str, ...], part: str) -> str:
    """The part without a title before the name ('Mr. XUE Feng')."""
    first, _, rest = part.partition(" ")
    return rest if first.lower() in honorifics else part


POST_AFTER_PERIOD = re.compile(rf"\s*(?:任|担任|擔任)\s*([{HAN_RANGE}]{{2,12}}?)(?=[，。,.;；\s]|$)")
# a subject line's label ('Re: Mr. XUE Feng — Senior Buyer — 01.03.2015 to 31.08.2021'): the row's values follow it
SUBJECT_LEAD = re.compile(r"^\s*(?:re|subject|ref)\s*[:：.]\s*", re.IGNORECASE)
RANGE_WORDS = re.compile(r"(?:from|to|until|till|through|至|到)?", re.IGNORECASE)
BRACKETED = re.compile(rf"[{HAN_RANGE}][（(]([^（）()\d]{{2,30}})[)）]")


def _post_in_brackets(rt: RunningText) -> tuple[str, Line] | None:
    """A post in a bracket after the person, its last part ('侯某（技术部，结构工程师）'): one
    that ends as a post does (data/prose.yaml: post_heads)."""
    heads = tuple(vocabulary()["post_heads"])
    for m in BRACKETED.finditer(rt.text):
        last = re.split(r"[，,、;；]", m.group(1))[-1].strip()
        if 2 <= len(last) <= 12 and last.endswith(heads) and not last.endswith(("公司", "單位", "单位")):
            return last, rt.owners[m.start(1)]
    return None


def _stay_continued(rt: RunningText, end: str) -> tuple[str, Line] | None:
    """A later end where the stay went on past the first period's ('from … to 9 Aug 2018 and thereafter on a permanent
    basis until 28 Feb 2022', '此后转为正式员工至…'; data/prose.yaml: stay_continued)."""
    words = "|".join(re.escape(w) for w in both_scripts(vocabulary()["stay_continued"]))
    pattern = rf"(?:{words})[^.。;；]{{0,80}}?(?:until|till|to|through|至|到)\s*({DATE_RX})"
    for m in re.finditer(pattern, rt.text, re.IGNORECASE):
        iso = parse_date(m.group(1))
        if iso and iso > end:
            return iso, rt.owners[m.start(1)]
    return None


def extract(doc: DocView) -> dict[str, Field]:
    lines = [_read_again(doc, ln) if re.search(MONTH_LOST, ln.text) else ln for ln in doc.lines()]
    rt = RunningText(lines)
    out: dict[str, Field] = {}
    # The start follows 自/从/from, or precedes 入职 ("joined on"); the end follows 至/to.
    m, line = rt.search(r"(?:(?:自|从|于|from|since)\s*(?P<start>" + DATE_RX + r")|(?P<joined>" + DATE_RX + r")\s*(?:起\s*)?入职)"
                        r"\s*(?:起|入职)?\s*(?:至|到|to|until|-|–)?\s*(?P<end>" + DATE_RX + ")?")
    spans = _periods(rt)
    if len(spans) >= 2:  # posts held one after another (a table's rows): the whole time worked, first start to last end
        first, latest = min(spans, key=lambda s: s[0]), max(spans, key=lambda s: s[2])
        # derived from the rows together: a period column's first cell is no whole period
        out["start_date"] = doc.field(first[0], first[1], source="derived")
        out["end_date"] = doc.field(latest[2], latest[3], source="derived")
        post = _post_in_row(latest[3], lines)
        if post:  # the post held at leaving: the latest row's
            out["position"] = doc.field(post, latest[3], source="derived")
    elif len(spans) == 1 and not m:  # a period with no word before it: a row's ('… – 14/02/2017 to 30/06/2023')
        start, start_line, end, end_line = spans[0]
        out["start_date"], out["end_date"] = doc.field(start, start_line), doc.field(end, end_line)
        post = _post_among_parts(end_line)
        if post:
            out["position"] = doc.field(post, end_line)
    elif m:
        start = parse_date(m.group("start") or m.group("joined"))
        if start:
            out["start_date"] = doc.field(start, line)
        end = parse_date(m.group("end")) if m.group("end") else None
        if not end and not month_periods(rt.text):  # (a stay 'since' a date too: counted to the letter's date; posts by month below)
            # "在职至今 (2026年9月26日)": the period runs to the first date after the start
            later = [(iso, ln) for iso, ln in rt.findall_dates() if start and iso > start]
            if later:
                end, line = later[0]
        if end:
            out["end_date"] = doc.field(end, line)
    if "end_date" not in out and (months := month_periods(rt.text)):
        # a stay stated to the month only; rows of posts by month from the first start to the last end ('自2011年8月起…，
        # 2011年8月至2016年12月任会计，2017年1月至2022年5月任财务经理': the start as stated first stands)
        first, latest = min(months), max(months, key=lambda p: p[1])
        rows = "derived" if len(months) >= 2 else None  # (from several rows together, as the periods' table above)
        if "start_date" not in out:
            out["start_date"] = doc.field(first[0], rt.owners[first[2]], source=rows)
        row = rt.owners[latest[3]]
        current = [at for since, at in months_to_now(rt.text) if since > latest[1]]
        if current:  # a last row from a month until now ('2018.07—至今'): the post held now, no end yet
            row, rows = rt.owners[current[-1]], "derived"
        else:
            out["end_date"] = doc.field(latest[1], row, source=rows)
        post = _post_in_row(row, lines) if rows else None
        held = POST_AFTER_PERIOD.match(rt.text, latest[3] + 1)  # or the sentence goes on with the post ('…至2022年5月任财务经理')
        if post or (held and rows):
            out["position"] = doc.field(post or held.group(1), row, source="derived")
    if "end_date" in out and (later := _stay_continued(rt, str(out["end_date"].value))):
        out["end_date"] = doc.field(later[0], later[1], source="derived")  # (from the periods together, as the rows' above)
    if "start_date" not in out and (since := month_since(rt.text)):  # '自2016年6月至今': from the month's first day
        out["start_date"] = doc.field(since[0], rt.owners[since[1]])
        later = [(iso, ln) for iso, ln in rt.findall_dates() if iso > since[0]]
        if later and "end_date" not in out:  # a stay still running is counted to the letter's date, as above
            out["end_date"] = doc.field(later[0][0], later[0][1])
    if "position" not in out and (bracketed := _post_in_brackets(rt)):
        out["position"] = doc.field(bracketed[0], bracketed[1])
    # The issuing organisation signs under the text; take the last one named, not one in the body.
    references = tuple(vocabulary()["company_references"])
    orgs = [(m, ln) for ln in lines for m in _named(ln.text) if not m.group(1).endswith(references)]
    if orgs:
        name, line = _clear_of_the_chop(doc, orgs)
        out["employer"] = doc.field(name, line)
    else:
        m, line = find_line(lines, COMPANY_EN, flags=0)
        if m:  # (not the signer's calling before it: 'General Manager of Greenleaf … Co., Ltd.')
            callings = "|".join(vocabulary()["callings"])
            name = re.sub(rf"^(?:[A-Z][A-Za-z]+ )*(?:{callings}) of ", "", m.group(1).strip(), flags=re.IGNORECASE)
            out["employer"] = doc.field(_begun_above(lines, line, name), line)
        elif (head := _letterhead(lines) or _signing_line(lines)) is not None:
            out["employer"] = doc.field(head.text.strip(), head)
    return out


LETTERHEAD_LINES = 4  # a letterhead's lines: the first of its page


def still_employed(doc: DocView, out: dict[str, Field]) -> dict[str, Field]:
    """A stay still running where the letter says so in the present ('is currently employed', 'currently holds the position
    of'; data/prose.yaml: still_employed) and gives no end: counted to the letter's date, the latest after the start."""
    start = out.get("start_date")
    words = "|".join(re.escape(w) for w in both_scripts(vocabulary()["still_employed"]))
    if "end_date" in out or not start or not re.search(rf"(?<![A-Za-z])(?:{words})(?![A-Za-z])", doc.text, re.IGNORECASE):
        return out
    later = [(iso, ln) for iso, ln in RunningText(doc.lines()).findall_dates() if iso > str(start.value)]
    if later:
        out["end_date"] = doc.field(*max(later, key=lambda d: d[0]))
    return out


def _begun_above(lines: list[Line], line: Line, name: str) -> str:
    """An English firm's name a narrow letterhead wraps ('Shenyang Liaohe' / 'Construction Co., Ltd.'): the first cell of
    the line above joined, where the name opens one of the page's first lines with no place before its trade and that cell,
    flush with it, is capitalised words alone and no calling ('Human Resources')."""
    i = next((k for k, ln in enumerate(lines) if ln is line), 0)
    cells = lines[i - 1].cells() if i else []
    own = re.sub(r"\b(?:Co|Ltd|Limited|Company|Inc|Corp|Corporation|Group)\b\.?,?", " ", name).split()
    top = [ln for ln in lines if ln.page is line.page][:LETTERHEAD_LINES]
    if not cells or not line.text.lstrip().startswith(name) or len(own) > 2 or not any(ln is line for ln in top):
        return name
    above = cells[0]
    height = line.bbox[3] - line.bbox[1]
    callings = {w.lower() for w in vocabulary()["callings"]}
    if (abs(above.bbox[0] - line.bbox[0]) > height or line.bbox[1] - above.bbox[3] > 1.5 * height
            or not re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}", above.text.strip()) or callings & set(above.text.lower().split())):
        return name
    return f"{above.text.strip()} {name}"


def _letterhead(lines: list[Line]) -> Line | None:
    """The letter's first line where it names an organisation with no company's suffix ('Eastgate Commercial Bank, Chengdu
    Branch'): the employer heads its own letter."""
    words = tuple(w for w in vocabulary()["organisation_words"] if w.isascii())
    first = lines[0] if lines else None
    if first is None or re.search(r"\d", first.text) or len(first.text.split()) > 10:
        return None
    return first if re.search(rf"\b(?:{'|'.join(words)})\b", first.text, re.IGNORECASE) else None


def _signing_line(lines: list[Line]) -> Line | None:
    """The last line that is nothing but a Han organisation's name with no company's form ('…检验检测中心' signing
    under the text): the employer signs its own letter."""
    v = vocabulary()
    words = "|".join(w for w in v["organisation_words"] + v["signing_organisation_words"] if has_han(w))
    for ln in reversed(lines):
        text = ln.text.replace(" ", "")
        if re.fullmatch(rf"[{HAN_RANGE}]{{4,30}}(?:{words})", text) and not text.endswith(tuple(v["company_references"])):
            return ln
    return None
