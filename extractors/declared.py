"""Fields read from their declaration (data/fields.yaml): each label found on the page gives candidate values by layout
(pipeline/pairs.py), each candidate is parsed by the field's value type (value_types.py), and the best-placed valid one wins.
Runners-up with other values are kept as the field's other readings for the operator; the confidence falls with the margin."""
from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from pipeline import ocr, ppocr
from pipeline.amounts import in_stated_unit
from pipeline.hkid import hkid_checks
from pipeline.labels import COLUMN_GAP, Label, find_labels, fold
from pipeline.model import Field, Word
from pipeline.pairs import PLACEMENT, Candidate, column_starts, values_beside
from pipeline.period_columns import whole_period_figure
from pipeline.text import lines_joined

from .base import COPULA, DocView, Line, states_a_range
from .declarations import (
    Declared,
    declarations,
    first_year_named,
    interface_words,
    is_a_label,
    names_a_later_period,
    names_a_year_after,
    names_the_first_post,
    other_labels,
    parse,
)
from .label_rows import before_next_label, heads_a_column, labels_on, last_in_column

NEAR_TIE, NEAR_TIE_DOUBT = 0.1, 0.7  # a runner-up this close in score makes the winner doubtful; what it leaves of its confidence
FORM_NAME_SCORE, REREAD_CONFIDENCE = 85, 0.7  # rapidfuzz ratio of a fillable field's name to a label; a value read from its crop alone
# Values whose type cannot tell them from a sentence's words: read after a label only where it opens its line or cell or a colon follows it
FREE_TYPES = ("text", "degree", "text_han", "subject", "han_name", "latin_name", "latin_or_han_name", "person", "school", "address", "address_english_first", "sex", "post", "level")
ADDRESS_TYPES = ("address", "address_english_first")  # under its label, its lines a comma apart (an address set on three lines)
WRAPPING_TYPES = (*ADDRESS_TYPES, "text", "degree")  # values long enough to wrap beside a two-line label, in its two languages
REREAD_IN_HAN, MAYBE_HAN, JUNK_CONFIDENCE = ("han_name", "text_han"), ("person", "subject"), 0.6  # never Latin; maybe (re-read junk)
# Types whose misread value PP-OCR reads again from its box (_second_witness); UNSURE: the confidence under which a parsed one is too
SECOND_WITNESS = ("money", "monthly_money", "company", "organisation", "company_en", "date", "date_or_month", "period_end", "stay_start", "stay_end", "code",
                  "latin_name", "latin_or_han_name", "post", "hkid", "sex", "count")
UNSURE, SECOND_READS = 0.5, 2
# Types whose value shows its form (a date, a sum, a number, a Han or a Latin name): read again where the page lost it beside its label
CARRY_THEIR_FORM = ("date", "date_or_month", "period_end", "stay_start", "stay_end", "money", "monthly_money", "code", "hkid", "han_name", "latin_name")
LATER_PERIOD = 0.5  # a label naming a later year than the first (fields.yaml: later_periods)
DAY_TYPES = {"stay_start": "date", "stay_end": "period_end", "date_or_month": "date"}  # a month alone bounds a stay only on its label's own row
SENTENCE_MARKS, SENTENCE_LENGTH = re.compile(r"[，。；]"), 12  # a Han sentence's marks, and its least length in characters
LONE_CHARACTER, LOST_CELLS = ("sex",), ("count",)  # a letter, a lone digit in a table's cell: values a page's reading drops
GAP_OF_CELLS = 4.0  # line heights of paper between a label and its value: cells may be lost there
WHOLE_MARGIN = 0.9  # the whole value's score against its piece's, at the least


def read_declared(doc_type: str, doc: DocView) -> dict[str, Field]:
    return {key: found for key, (found, _) in read_stated(doc_type, doc).items()}


def read_stated(doc_type: str, doc: DocView) -> dict[str, tuple[Field, bool]]:
    """Each declared field read by layout, and whether the page states it in a row of its own
    (`_stated`) or in a fillable form's field: such a value stands over a reading from the
    sentences round it (extractors.registry.with_declared)."""
    fields = declarations().get(doc_type, [])
    out: dict[str, tuple[Field, bool]] = {}
    for page in doc.pages:
        lines = page.lines()
        others = [lb for label in other_labels() for lb in find_labels(lines, [label])]  # rows no field reads
        labels, spare = labels_on(lines, fields, others)
        others += [lb for found in spare.values() for lb in found]
        columns = column_starts(lines)
        for field in fields:
            if field.key in out and out[field.key][1]:
                continue  # a page's row states it; a value in the sentences of an earlier page (a form's notes) does not
            stops = [lb for k, found in labels.items() if k != field.key for lb in found] + others
            typed = _typed_in(page, field)
            if typed is not None:
                out[field.key] = (typed, True)
                continue
            scored: list[tuple[float, object, Candidate]] = []
            unparsed: list[Candidate] = []
            starts = {(lb.line, lb.first) for lb in find_labels(lines, list(field.ranges))} if field.ranges else set()
            first_year = first_year_named(lines, labels[field.key]) if field.whole_period else None
            colon_only = {(lb.line, lb.first, lb.last) for lb in find_labels(lines, list(field.colon_labels))}
            for label in _own_then_spare(labels[field.key], spare.get(field.key, []), scored, unparsed):
                beside = False
                later = LATER_PERIOD if names_a_later_period(lines[label.line]) or names_a_year_after(lines[label.line], first_year) \
                    or (field.type == "post" and names_the_first_post(lines[label.line])) else 1.0
                # the field's other labels end a value too: '業務性質' over 'Nature of Business'
                own = [lb for lb in labels[field.key] if lb.line != label.line]
                twins = own if field.type in WRAPPING_TYPES else []
                # right of the label first, then below; in a sentence, a typed value just before it
                for cand in values_beside(lines, label, stops + own, twins, before=field.type not in FREE_TYPES):
                    if label.in_prose and field.type in FREE_TYPES and not _a_cell_away(cand, columns) \
                            and cand.placement not in ("bracketed", "answer"):
                        cand = _in_capitals(cand, lines)  # '… in the post of SENIOR ENGINEER at …': a blank filled in
                        if cand is None:
                            continue  # '专业修完本科全部课程': prose after a word, not a value
                    if (label.line, label.first, label.last) in colon_only and cand.placement != "right":
                        continue  # a label only with its colon ('To:') gives the value beside it, not the line under it ('Date:')
                    if beside and cand.placement == "below":
                        break  # a value on the label's line (or a sentence it opens: '學生林家豪係…生，') makes the line below the next row
                    beside = beside or (cand.placement == "right" and SENTENCE_MARKS.search(cand.text) is not None and len(cand.text) > SENTENCE_LENGTH)
                    if cand.placement == "right" and heads_a_column(lines, label, labels):
                        continue  # a table's heading: the cell beside it is the next heading
                    if cand.placement == "below" and field.type in ("post", "stay_end") and heads_a_column(lines, label, labels):
                        cand = last_in_column(lines, cand, {lb.line for lb in stops})
                    if cand.placement == "right" and label.in_prose:
                        cand = before_next_label(cand, lines, label, labels, field.key)  # '… fully paid, and … sales … HK$3.6 million'
                        if cand is None:
                            continue
                    if fold(cand.text) in interface_words():  # 'Edit' beside an answer on a review page
                        continue
                    if re.search(r"[?？]|\b(?:yes|y)\s*/\s*(?:no|n)\b|是\s*/\s*否|^\s*(?:yes|no|y|n|是|否)\s*$", cand.text, re.IGNORECASE):
                        continue  # a yes/no question with the label's word ('Post on Talent List? (Y/N)', 'Talent List post?  NO')
                    if (label.line, label.first) in starts and not states_a_range(cand.text):
                        continue  # 'Valid from 01/02/2027': the period's start
                    figure = (whole_period_figure(lines, label.line, label.last, field.type == "count")  # a headcount's: the last quarter's
                              if field.whole_period and cand.placement == "right" else None)
                    cand = replace(cand, words=(figure,)) if figure else cand  # 'Q1 … Q4 | Year 1': the year's
                    as_type = replace(field, type=DAY_TYPES[field.type]) if not label.opens and field.type in DAY_TYPES else field
                    text = cand.text if label.colon else COPULA.sub("", cand.text, count=1)  # '所学专业为…': the sentence's 为 is no part of it
                    if field.type in ADDRESS_TYPES and cand.placement in ("below", "right"):  # over lines: a comma where one was ended
                        text = lines_joined(list(cand.words)).lstrip(" :：")
                    value = parse(as_type, in_stated_unit(lines, label.line, label.first, label.last, text) if field.type == "money" else text)
                    if value is None and page.source == "ocr" and _maybe_han(field, cand):
                        cand, value = _read_as_han(doc, page, field, cand)
                    if value is None:
                        unparsed.append(cand)
                    if value is not None and not is_a_label(str(value), fields):
                        beside = beside or cand.placement == "right"
                        # a surely read value over an unsure one (a label's translation read as junk)
                        scored.append((later * cand.score * (0.5 + 0.5 * _value_conf(cand, value)), value, cand))
            if page.source == "ocr" and field.type in SECOND_WITNESS:
                scored = _second_witness(doc, page, field, scored, unparsed)
            if page.source == "ocr" and not scored and not unparsed and field.type in CARRY_THEIR_FORM:
                scored = _lost_beside(doc, page, field, labels[field.key])
            if field.type in LOST_CELLS and page.source == "ocr":
                scored = [_cells_between(doc, page, lines, field, found) for found in scored]
            if not scored and field.type in LONE_CHARACTER and page.source == "ocr":
                scored = [found for label in labels[field.key] for found in [_lone_character(doc, page, field, label)] if found]
            scored = _whole_over_pieces(scored) if field.type in WRAPPING_TYPES else scored
            if scored:
                chosen = _chosen(doc, page, scored)
                if field.key not in out or chosen[1]:
                    out[field.key] = chosen
            elif field.key in out:
                continue
            elif not labels[field.key]:
                checked = _checked_anywhere(doc, page, field)
                if checked is not None:
                    out[field.key] = (checked, False)
    return out


def _own_then_spare(own: list[Label], spare: list[Label], scored: list, unparsed: list):
    """The field's own labels, then, where they gave nothing, its fallbacks on the page ('Capital's in: HK$…' where 'paid
    up' closes the sentence, with no figure of its own)."""
    yield from own
    if not scored and not unparsed:
        yield from spare


SELF_CHECKED = {"hkid": hkid_checks}  # types whose value carries its own check
ANYWHERE_CONFIDENCE = 0.7  # the value checks, but no label says whose it is


def _checked_anywhere(doc: DocView, page, field: Declared) -> Field | None:
    """A field whose label the page's reading lost ('H.K.LD, No.' on a fax), of a type whose
    value checks itself: the one value on the page that checks."""
    check = SELF_CHECKED.get(field.type)
    if check is None:
        return None
    found = [(value, words) for words in page.lines() for value in [parse(field, " ".join(w.text for w in words))]
             if value is not None and check(value)]
    if len({value for value, _ in found}) != 1:
        return None
    value, words = found[0]
    line = Line(" ".join(w.text for w in words), list(words), page)
    return doc.field(value, line, confidence=min(line.conf, ANYWHERE_CONFIDENCE))


def _lone_character(doc: DocView, page, field: Declared, label: Label) -> tuple[float, object, Candidate] | None:
    """A one-letter value under its label ('F' under 'Sex'), or over it as a caption's, that the
    page's reading dropped or misread ('r'): a lone letter at a line's start is often not found
    as a word, or read without the context that tells F from r. Its place is read again as one
    character."""
    image = doc.images[doc.pages.index(page)]
    x0, y0, _, y1 = label.bbox
    h = y1 - y0
    left, right = max(0, x0 - h // 2), min(image.width, x0 + 2 * h)
    below = sorted((w for w in page.words if w.bbox[1] > y0 + h // 2 and w.bbox[0] < right and w.bbox[2] > left),
                   key=lambda w: w.bbox[1])
    above = sorted((w for w in page.words if w.bbox[3] < y0 + h // 2 and w.bbox[0] < right and w.bbox[2] > left),
                   key=lambda w: -w.bbox[3])
    # a pen's letter on the line right of the label, read as marks ('M' on an underline as '™|')
    marks = min((w for w in page.words if label.bbox[2] <= w.bbox[0] < label.bbox[2] + 4 * h and w.bbox[1] < y1 and w.bbox[3] > y0), key=lambda w: w.bbox[0], default=None)
    placement = "right" if marks and len(marks.text) <= 2 and not any(c.isalnum() for c in marks.text) else "below"
    if marks and placement == "right":
        box = _with_paper(marks.bbox, image)
    elif below and below[0].bbox[1] < y1 + 3 * h and len(below[0].text) <= 2:  # the misread letter, with paper round it
        box = _with_paper(below[0].bbox, image)
    elif above and above[0].bbox[3] > y0 - 2 * h and len(above[0].text) <= 2:  # a caption's, over it: its column
        box = (left, max(0, above[0].bbox[1] - h), right, above[0].bbox[3] + h // 2)
    else:  # the empty place down to the next row in the label's column
        box = (left, y1 - h // 10, right, min(image.height, y1 + 3 * h, below[0].bbox[1] if below else image.height))
        if box[3] - box[1] < h:
            return None
    words = [w.moved(box[0], box[1]) for w in ocr.ocr_words(image.crop(box), lang="eng", psm=10)]
    words = [w.model_copy(update={"conf": min(w.conf, REREAD_CONFIDENCE)}) for w in words if w.text.strip()]
    value = parse(field, words[0].text) if len(words) == 1 else None
    if value is None:  # a pen's lone capital tesseract cannot read ('M' as '"'): PP-OCR's recogniser reads it
        text, conf = ppocr.ppocr_line(image.crop(box))
        words = [Word(text=text.strip(), bbox=box, conf=min(conf, REREAD_CONFIDENCE))] if text.strip() else []
        value = parse(field, words[0].text) if len(words) == 1 else None
    if value is None:
        return None
    cand = Candidate(tuple(words), placement, label.score * PLACEMENT[placement], label)
    return cand.score * REREAD_CONFIDENCE, value, cand


def _whole_over_pieces(scored: list) -> list:
    """A value read whole (an address wrapped beside both lines of a label stacked in two languages, '地址' over 'Address') over
    the piece of it beside the second line alone; by where each lies, not how surely its more words were read ('11/F,')."""
    return [s for s in scored if not (isinstance(s[1], str) and any(o is not s and isinstance(o[1], str) and len(o[1]) > len(s[1])
                                                                    and s[1] in o[1] and o[2].score >= WHOLE_MARGIN * s[2].score for o in scored))]


def _with_paper(bbox, image) -> tuple[int, int, int, int]:
    """A box with half its height of paper round it, within the image: what a crop is read again from."""
    x0, y0, x1, y1 = bbox
    pad = (y1 - y0) // 2
    return max(0, x0 - pad), max(0, y0 - pad), min(image.width, x1 + pad), min(image.height, y1 + pad)


def _value_conf(cand: Candidate, value) -> float:
    """How surely the value's own words were read: the words of the candidate the value kept
    (not the junk of a translation it dropped, 'Asset management 資產管理' read on a Latin page)."""
    kept = fold(str(value))
    words = [w for w in cand.words if fold(w.text) and fold(w.text) in kept]
    return min(w.conf for w in words) if words else cand.conf


def _maybe_han(field: Declared, cand: Candidate) -> bool:
    if field.type in REREAD_IN_HAN:
        return True
    return field.type in MAYBE_HAN and sum(w.conf for w in cand.words) / len(cand.words) < JUNK_CONFIDENCE


def _read_as_han(doc: DocView, page, field: Declared, cand: Candidate) -> tuple[Candidate, object]:
    """A Han value on a page read as Latin comes out as Latin junk ('FEAT' for 任娟萍): its box
    is read again by PP-OCR, which reads Han print best (docs/BENCHMARKS.md, issue 25)."""
    again = _read_by_ppocr(doc, page, cand)
    return (cand, None) if again is None else (again, parse(field, again.text))


def _read_by_ppocr(doc: DocView, page, cand: Candidate) -> Candidate | None:
    words = _read_box(doc, page, cand.bbox)
    return Candidate(tuple(words), cand.placement, cand.score, cand.label) if words else None


def _read_box(doc: DocView, page, bbox) -> list[Word]:
    """The words PP-OCR reads in a box of the page, with paper round it; only those level with
    the box (the paper round it may take in the line above or below)."""
    image = doc.images[doc.pages.index(page)]
    box = _with_paper(bbox, image)
    words = [w.moved(box[0], box[1]) for w in ppocr.ppocr_words(image.crop(box))]
    top, bottom = bbox[1], bbox[3]
    return [w.model_copy(update={"conf": min(w.conf, REREAD_CONFIDENCE)}) for w in words
            if w.text.strip() and top <= (w.bbox[1] + w.bbox[3]) / 2 <= bottom]


def _second_witness(doc: DocView, page, field: Declared, scored: list, unparsed: list[Candidate]) -> list:
    """PP-OCR reads again what tesseract misread on a Latin page (handwriting above all): the
    best-placed candidates when none parsed ('HK854.500'), or the winner when a word of it was
    read unsurely ('TA] PING CONSULTING'). A reading that parses and differs stands in its place."""
    if scored:
        best = max(scored, key=lambda s: s[0])
        targets = [best] if best[2].conf < UNSURE else []
    else:
        # of equally placed ones, those with figures first where the value carries them (a number's answer, not a name's)
        figures = field.type in CARRY_THEIR_FORM
        targets = [(c.score, None, c) for c in sorted(unparsed, key=lambda c: (-c.score, -figures * sum(ch.isdigit() for ch in c.text)))
                   [:SECOND_READS]]
    for score, value, cand in targets:
        again = _read_by_ppocr(doc, page, cand)
        again = again if again is not None and len(again.text) <= 3 * len(cand.text) + 12 else None  # its own words, not a paragraph's
        found = parse(field, again.text) if again is not None else None
        if again is not None and found is not None and found != value:
            scored = [s for s in scored if s[2] is not cand] + [(score * (0.5 + 0.5 * _value_conf(again, found)), found, again)]
    return scored


def _cells_between(doc: DocView, page, lines: list[list[Word]], field: Declared, found: tuple) -> tuple:
    """A small number far right of its label with paper between ('Headcount (local) … 10'): a row of
    cells whose first ones held lone digits the page's reading dropped ('4', '7'). The strip between
    is read again by PP-OCR; a number there is the first cell's."""
    score, _, cand = found
    label = cand.label
    if cand.placement != "right" or cand.words[0] not in lines[label.line] \
            or (field.whole_period and whole_period_figure(lines, label.line, label.last, field.type == "count") is cand.words[0]):
        return found  # the year's cell of a row split by quarters (or a headcount's last quarter), read with the quarters' cells
    _, y0, x1, y1 = label.bbox
    height = y1 - y0
    start = min(w.bbox[0] for w in cand.words)
    if start - x1 < GAP_OF_CELLS * height:
        return found
    words = _read_box(doc, page, (x1 + height // 2, y0, start - height // 2, y1))
    first = next((v for w in words for v in [parse(field, w.text)] if v is not None), None)
    if first is None:
        return found
    return score, first, Candidate(tuple(words), "right", cand.score, label)


def _lost_beside(doc: DocView, page, field: Declared, labels: list[Label]) -> list:
    """A value the page's reading lost beside its label (a watermark's letters across it): the
    strip right of each label that opens its line with nothing after it, to the page's right
    margin of text, read again by PP-OCR."""
    lines = page.lines()
    right_edge = max((w.bbox[2] for w in page.words), default=0)
    scored = []
    for label in labels:
        words = lines[label.line]
        if not label.opens or label.last + 1 < len(words) or label.cut < len(words[label.last].text):
            continue
        _, y0, x1, y1 = label.bbox
        start = x1 + (y1 - y0)  # a character's width past the label
        if right_edge - start < 2 * (y1 - y0):
            continue
        words = _read_box(doc, page, (start, y0, right_edge, y1))
        again = Candidate(tuple(words), "right", label.score * PLACEMENT["right"], label) if words else None
        found = parse(field, again.text) if again is not None else None
        if found is not None:
            scored.append((again.score * (0.5 + 0.5 * _value_conf(again, found)), found, again))
    return scored


def _typed_in(page, field: Declared) -> Field | None:
    """A fillable PDF's own field for it, matched by name to the labels ('txtFamilyName',
    'Applicant_Surname'): what the applicant typed, the surest reading there is."""
    for ff in (f for f in page.form_fields if not f.choice):
        name = fold(re.sub(r"(?<=[a-z])(?=[A-Z])|[_.]", " ", ff.name))
        name = re.sub(r"^(?:txt|fld|field|text|tf)", "", name)
        if not name or not any(fuzz.ratio(name, fold(label)) >= FORM_NAME_SCORE or
                               (len(fold(label)) >= 5 and fold(label) in name) for label in field.labels):
            continue
        value = parse(field, ff.value)
        if value is not None:
            return Field(value=value, confidence=1.0, file=page.file, page=page.number, bbox=ff.bbox, source="form")
    return None


def _chosen(doc: DocView, page, scored: list[tuple[float, object, Candidate]]) -> tuple[Field, bool]:
    scored.sort(key=lambda s: -s[0])
    best, value, cand = scored[0]
    others = [s for s in scored[1:] if s[1] != value]
    margin = best - others[0][0] if others else 1.0
    conf = _value_conf(cand, value) * (NEAR_TIE_DOUBT if margin < NEAR_TIE else 1.0)
    line = Line(cand.text, list(cand.words), page)
    found = doc.field(value, line, confidence=conf, words=list(cand.words))
    found.readings = list(dict.fromkeys(str(v) for _, v, _ in others))[:3]
    return found, _stated(cand)


def _in_capitals(cand: Candidate, lines: list[list[Word]]) -> Candidate | None:
    """The words in capitals a value right of a label inside a sentence opens with, up to where
    the sentence goes on in small letters: a blank filled in capitals. The label is in small
    letters (a title in capitals, 'BACHELOR'S DEGREE CERTIFICATE', is no sentence)."""
    label = cand.label
    if not any(re.search("[a-z]", w.text) for w in lines[label.line][label.first:label.last + 1]):
        return None
    words = list(cand.words)
    while words[:1] and re.fullmatch("[a-z]{1,3}", words[0].text) and len(cand.words) - len(words) < 2:
        words = words[1:]  # the word that joins the label to its blank ('post of')
    caps = next((k for k, w in enumerate(words) if w.text != w.text.upper() or not re.search("[A-Z]", w.text)), len(words))
    letters = sum(c.isalpha() for w in words[:caps] for c in w.text)
    if cand.placement != "right" or letters < 4 or (caps < len(words) and not re.match("[a-z]", words[caps].text)):
        return None
    return Candidate(tuple(words[:caps]), cand.placement, cand.score, cand.label)


def _a_cell_away(cand: Candidate, columns: list[float]) -> bool:
    """A value right of its label across a column's gap: a table's cell, whatever stands before
    the label (a translation the OCR cut short: '性 Sex  女 F'); or past a narrower gap where
    the values of two other rows begin too (a longer label's cell: '離職前擔任職務  高級工程師')."""
    label, first = cand.label, cand.words[0].bbox
    height = label.bbox[3] - label.bbox[1]
    gap = first[0] - label.bbox[2]
    aligned = sum(abs(x - first[0]) < height for x in columns if x != first[0]) >= 2
    return cand.placement == "right" and (gap > COLUMN_GAP * height or (gap > height / 2 and aligned))


def _stated(cand: Candidate) -> bool:
    """A label that opens its line or cell, its value after a colon, under or over it (a
    caption), or a cell away:
    a form's or a list's row ('学位评定委员会' opens a line with 学位 and states no degree)."""
    label = cand.label
    gap = cand.words[0].bbox[0] - label.bbox[2] > (label.bbox[3] - label.bbox[1]) if cand.placement == "right" else False
    return label.opens and (label.colon or cand.placement in ("below", "above") or gap)
