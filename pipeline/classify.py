"""Say what each page is from its content, and group a file's pages into documents."""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .model import DOCUMENT_TYPES, Word, group_lines
from .portrait import pasted_photo, photo_itself
from .read import ReadPage
from .text import compact, simplified
from .two_up import headed_by, split_beside, split_by_band

RULES_FILE = Path(__file__).parent / "data" / "doc_types.yaml"
TITLE_ZONE = 0.35  # a title is in the top third of the page
TITLE_SHARE = 0.4  # and is this much of its line at least, or its line is a short heading
HEADING_LENGTH = 40  # characters of a line without spaces
HEAD_LINES = 3  # a page's first lines, where its own title stands (not as an item of a list)
LIST_ITEM = re.compile(r"^(?:\(?[a-z0-9]{1,3}[.)、]|[•·\-–])")
CAPTION_WORDS = 15  # a page with a photograph on it and no more print than a caption is the photo
WITHOUT_NEEDS = 0.5  # what a type's score counts where none of its `needs` is on the page
# A zone's line as the page's reading gives it: a passport's first line (its O's may read as
# 0), a TD3 or TD1 number line as far as the birth date, a permit's line.
PERIOD = re.compile(r"(?:yearended|periodended|monthsended|asat|截至)(\d{1,2}[a-z]{3,9}\d{4}|[a-z]{3,9}\d{1,2},?\d{4}"
                    r"|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}[./-]\d{1,2}[./-]\d{4})")
MRZ_LINE = re.compile(r"^(P[A-Z0<][A-Z0<]{3}[A-Z<]{20,}$|[A-Z0-9<]{8,}[0-9][A-Z<]{3}[0-9]{6}|CS[A-Z0-9<]{25,}$"
                      r"|[0-9]{6}[0-9<][MFX<][0-9]{6}[0-9<][A-Z<]{3})")


@functools.lru_cache(maxsize=1)
def load_rules() -> dict:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    unknown = set(data["types"]) - set(DOCUMENT_TYPES)
    if unknown:
        raise ValueError(f"{RULES_FILE.name} names types not in SPEC §3: {sorted(unknown)}")
    for spec in data["types"].values():
        spec["titles"] = [simplified(compact(t)) for t in spec.get("titles", [])]
        spec["heading_words"] = [simplified(compact(t)) for t in spec.get("heading_words", [])]
        spec["phrases"] = {simplified(compact(k)): float(v) for k, v in (spec.get("phrases") or {}).items()}
        spec["needs"] = [simplified(compact(k)) for k in spec.get("needs", [])]
        spec["overrules"] = {t: [re.compile(p) for p in ps] for t, ps in (spec.get("overrules") or {}).items()}
        spec["together"] = [{"any": [simplified(compact(k)) for k in r["any"]], "with": [simplified(compact(k)) for k in r["with"]],
                             "weight": float(r["weight"])} for r in spec.get("together", [])]
    return data


@dataclass
class PageVerdict:
    scores: dict[str, float]
    titles: set[str] = field(default_factory=set)  # types whose title heads this page
    notarial: bool = False  # a notary's page round a notarised copy: part of the document it notarises
    declined: bool = False  # a paper of a kind SPEC asks for none of, or a list of papers: no type at all

    @property
    def best(self) -> tuple[str, float]:
        if not self.scores:
            return "unknown", 0.0
        t = max(sorted(self.scores), key=lambda k: self.scores[k])
        return t, self.scores[t]


@dataclass
class Segment:
    type: str
    confidence: float
    pages: list[int]  # indices into the file's pages
    leaning: str = "unknown"  # the type its first page leans to, strong or not
    titled: bool = False  # a title of that type heads its first page
    titles: set[str] = field(default_factory=set)  # the types whose titles head any of its pages
    words: list[Word] | None = None  # where its one page holds another document too: its own part's words
    declined: bool = False  # an unknown document some page of which is no paper of an asked-for type (PageVerdict.declined)


def has_mrz(rp: ReadPage) -> bool:
    for line in rp.page.lines():
        text = "".join(w.text for w in line).replace(" ", "").upper()
        if text.count("<") >= 3 and MRZ_LINE.match(text):
            return True
    return False


def looks_like_photo(rp: ReadPage) -> bool:
    """A small portrait image with almost no text (an ID photo), or a page that holds one and
    no more print than a caption."""
    if rp.page.source == "text_layer":
        return False
    if photo_itself(rp.page.width, rp.page.height, len(rp.page.words)):
        return True
    return len(rp.page.words) <= CAPTION_WORDS and pasted_photo(rp.image, rp.page.words) is not None


@functools.lru_cache(maxsize=1)
def _requested_title() -> re.Pattern:
    """A type's title after words that ask for the paper ('Request for a letter of consent', '烦请出具同意函')."""
    data = load_rules()
    titles = sorted({t for spec in data["types"].values() for t in spec["titles"]}, key=len, reverse=True)
    cues = sorted((simplified(compact(c)) for c in data.get("request_cues", [])), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, cues))})(?:{'|'.join(map(re.escape, titles))})")


def _without_requested(text: str) -> str:
    """The text without the titles it only asks for: a request for a consent is no consent."""
    return _requested_title().sub("", text) if load_rules().get("request_cues") else text


def _a_short_word(phrase: str) -> bool:
    """A phrase of one short Latin word ('chsi', 'wife') counts as a word of its own: inside
    the page's text run together it turns up in others ('Sub-branch since', 'midwife')."""
    return phrase.isascii() and phrase.isalpha() and len(phrase) <= 6


def score_page(rp: ReadPage, notary_alone: bool = False) -> PageVerdict:
    rules = load_rules()["types"]
    text = simplified(compact(rp.page.text))
    words = unicodedata.normalize("NFKC", rp.page.text).lower()
    # A title heads the page on a line of its own: most of a line in the top third, not a
    # word of a sentence there ('…持往来港澳通行证…' in a short letter is no permit).
    top_lines = [line for line in rp.page.lines() if line and line[0].bbox[1] < TITLE_ZONE * rp.page.height]
    top = [_without_requested(simplified(compact(" ".join(w.text for w in line)))) for line in top_lines]
    text = _without_requested(text)
    spaced = [simplified(unicodedata.normalize("NFKC", " ".join(w.text for w in line)).lower()) for line in top_lines]
    scores: dict[str, float] = {}
    titles: set[str] = set()
    if _lists_papers(rules, text, top[:HEAD_LINES]) or _other_paper(rules, rp, top):
        return PageVerdict(scores={}, titles=set(), declined=True)
    if not notary_alone and any(t in line and _a_heading(line, t) for line in top[:HEAD_LINES] for t in notarial_titles()):
        return PageVerdict(scores={}, titles=set(), notarial=True, declined=True)
    spans = [(doc_type, title, n, line.find(title), line.find(title) + len(title)) for doc_type, spec in rules.items()
             for title in spec["titles"] for n, (line, words) in enumerate(zip(top, spaced))
             if _heads_as_title(line, title) and _ends_a_word(words, title)]
    # Of two types' titles overlapping on a line, the one that ends it names the paper ('Certificate
    # of Employment and Consent' is a consent): the other's title is a part of its name.
    heading = {(t, title) for t, title, n, a, b in spans
               if not any(o != t and m == n and c < b and a < d and (d, d - c) > (b, b - a) for o, _, m, c, d in spans)}
    for doc_type, spec in rules.items():
        s = 0.0
        for title in spec["titles"]:
            if (doc_type, title) in heading:
                s += 9.0
                titles.add(doc_type)
            elif _named_in(text, title):
                s += 3.0
        if any(re.sub(r"\W", "", line) in spec["heading_words"] for line in top) or any(
                _opened_by(line, spec.get("heading_openers", [])) for line in spaced[:HEAD_LINES]):
            s += 9.0
            titles.add(doc_type)
        for phrase, weight in spec["phrases"].items():
            if phrase in text if not _a_short_word(phrase) else re.search(rf"(?<![a-z]){phrase}(?![a-z])", words):
                s += weight
        for pair in spec["together"]:  # words that tell the type only together (a consent's verb and its destination)
            if any(a in text for a in pair["any"]) and any(b in text for b in pair["with"]):
                s += pair["weight"]
        if spec["needs"] and not any(n in text for n in spec["needs"]):
            s *= WITHOUT_NEEDS
        if s:
            scores[doc_type] = s
    _overrule(rules, text, scores, titles)
    if has_mrz(rp):
        scores["travel_document"] = scores.get("travel_document", 0.0) + 12.0
        titles.add("travel_document")
    if looks_like_photo(rp):
        scores["photo"] = scores.get("photo", 0.0) + 10.0
        titles.add("photo")
    return PageVerdict(scores=scores, titles=titles)


def _overrule(rules: dict, text: str, scores: dict[str, float], titles: set[str]) -> None:
    """A type whose own sentence is on the page takes the place of the one it overrules, title and
    all (a diploma that confers a degree is a degree certificate)."""
    for doc_type, spec in rules.items():
        for other, patterns in spec["overrules"].items():
            if other in scores and any(p.search(text) for p in patterns):
                scores[doc_type] = max(scores.get(doc_type, 0.0), scores.pop(other))
                if other in titles:
                    titles.discard(other)
                    titles.add(doc_type)


def _data_page_after_cover(pages: list[ReadPage], cur: Segment, rp: ReadPage) -> bool:
    """A travel document's pages before its zone (the booklet's cover) are its own: one zone, one document."""
    return cur.type == "travel_document" and has_mrz(rp) and not any(has_mrz(pages[k]) for k in cur.pages)


def _section_of_the_same_report(pages: list[ReadPage], cur: Segment, rp: ReadPage) -> bool:
    """A titled section of a report whose titles head its sections (an auditor's report inside the
    financial statements) goes on with the report unless it states another period."""
    if not load_rules()["types"][cur.type].get("sections"):
        return False
    stated = [p for p in (_period(pages[k]) for k in cur.pages) if p]
    here = _period(rp)
    return not here or not stated or here == stated[0]


# A page's number among its document's pages, as its footer or header states it
PAGE_OF = re.compile(r"\bpage\s*(\d{1,3})\s*(?:of|/)\s*(\d{1,3})\b|第\s*(\d{1,3})\s*[页頁]\s*[,，/]?\s*共\s*(\d{1,3})\s*[页頁]",
                     re.IGNORECASE)


def _page_of(rp: ReadPage) -> tuple[int, int] | None:
    m = PAGE_OF.search(rp.page.text)
    return (int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))) if m else None


def _page_numbered_after(before: ReadPage, rp: ReadPage) -> bool:
    """A page whose number follows the page before it in the same count ('Page 2 of 2' after 'Page 1 of 2')."""
    here, last = _page_of(rp), _page_of(before)
    return here is not None and last is not None and here == (last[0] + 1, last[1]) and here[0] <= here[1]


def _period(rp: ReadPage) -> str:
    """The period end a page states first ('for the year ended 31 March 2026', '截至2025年12月31日'), as written."""
    m = PERIOD.search(simplified(compact(rp.page.text)).lower())
    return next((g for g in m.groups() if g), "") if m else ""


def _other_paper(rules: dict, rp: ReadPage, top: list[str]) -> bool:
    """A paper of a kind SPEC asks for none of (a CV, a transcript, a payslip): its title heads the
    page (opening or closing its line: 'Personal Resume', not 'Send full resume with …') or stands on
    a line of its own, and no asked-for type's title heads it."""
    others = other_paper_titles()
    heading = any(_heads(line, t) and (line.startswith(t) or line.endswith(t)) for line in top for t in others)
    lines = [simplified(compact(" ".join(w.text for w in line))) for line in rp.page.lines()]
    at = next((k for k, line in enumerate(lines) if line in others or (heading and any(t in line for t in others))), None)
    cues = "|".join(load_rules().get("attachment_cues", []))
    if at is None or any(re.match(rf"(?:{cues})(?:\b|[:：])", line, re.IGNORECASE) for line in lines[:at]):
        return False  # none, or a copy attached under the page's own paper ('附：身份证复印件')
    return not any(_heads(line, t) for line in top for spec in rules.values() for t in spec["titles"])


@functools.lru_cache(maxsize=1)
def notarial_titles() -> tuple[str, ...]:
    return tuple(simplified(compact(t)) for t in load_rules().get("notarial", []))


@functools.lru_cache(maxsize=1)
def other_paper_titles() -> tuple[str, ...]:
    return tuple(simplified(compact(t)) for t in load_rules().get("other_papers", []))


def _lists_papers(rules: dict, text: str, head: list[str]) -> bool:
    """A page that names the titles of several types (a covering letter's enclosures, an index, a
    checklist) is none of them, unless one of those titles heads it."""
    named = [t for t, spec in rules.items() if any(title in text for title in spec["titles"])]
    heads = any(title in line for t in named for title in rules[t]["titles"] for line in head if not LIST_ITEM.match(line))
    return len(named) >= load_rules()["list_of_papers"] and not heads


def _ends_a_word(line: str, title: str) -> bool:
    """An English title not cut from a longer word ('Employment Offered' holds no 'employment offer')."""
    return not (title[-1:].isascii() and title[-1:].isalpha()) or _title_pattern(title).search(line) is not None


@functools.lru_cache(maxsize=None)
def _title_pattern(title: str) -> re.Pattern:
    return re.compile(r"\s*".join(re.escape(c) for c in title) + r"(?![a-z])")


SHORT_HEADING = 4  # words: 'About Polarfresh', 'About Kestrel Harbour Logistics'


def _opened_by(line: str, openers: list[str]) -> bool:
    """A short heading line that opens with one of `openers` and names no more than a few words
    after it ('About Polarfresh' heads a company's profile; 'About the plan' is no opener's)."""
    words = line.split()
    return bool(words) and words[0] in openers and 2 <= len(words) <= SHORT_HEADING + 1 and words[1] not in ("the", "this", "our", "us")


def _heads(line: str, title: str) -> bool:
    """A title heads its line: most of it, or the line is a short heading; never in brackets ('Name (as in passport)')."""
    # (a line a sentence ends on is its wrapped tail, no heading: '解除劳动合同。' ends a letter's sentence)
    share = len(title) >= TITLE_SHARE * len(line) and not line.rstrip().endswith("。")
    return title in line and not _in_brackets(line, title) and (share or _a_heading(line, title))


def _in_brackets(line: str, title: str) -> bool:
    return re.search(r"[（(][^）)]*" + re.escape(title), line) is not None


NUMBER_OF = r"[a-z]*(?:no\.?|number|編號|编号|號碼|号码)"  # after a paper's title, the label of its number
SECTION_NUMBER = r"[一二三四五六七八九十]{1,3}[、.]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、](?!\d)"  # '一、公司概況' heads a section


def _heads_as_title(line: str, title: str) -> bool:
    """A title that heads its line as a paper's title, not as a form's label for the paper's number
    ('Business Registration Certificate No.' in a column of an ID 990B's labels), nor a numbered section's heading."""
    return _heads(line, title) and not re.search(re.escape(title) + rf"(?:{NUMBER_OF}|[:：])", line) and not re.match(SECTION_NUMBER, line)


def _named_in(text: str, title: str) -> bool:
    """A type's title in the page's text, not only as the name of a number the page cites (a report's
    '毕业证书编号为…' names no graduation certificate it is) nor of a paper ended."""
    return any(re.match(NUMBER_OF, text[m.end():]) is None and not ENDING.search(text[:m.start()])
               for m in re.finditer(re.escape(title), text))


ENDING = re.compile(r"(?:解除|终止|終止)$")  # a contract a letter says was ended ('…与我公司解除劳动合同') is no contract on the page


def _a_heading(line: str, title: str) -> bool:
    """A line that is no sentence ('员工赴港工作单位同意书', 'Re: Consent for Mr. LU'), where a
    title may share its line; not mostly a number ('Diploma number 1099…'), and the title not
    in brackets ('受聘方：祁子朗（内地居民往来港澳通行证号码：…）' names a permit, is none)."""
    digits = sum(c.isdigit() for c in line)
    in_brackets = _in_brackets(line, title)
    # a row's label ends in a colon ('商業登記證號碼 BR No.:' asks for a number, names no certificate)
    label = re.search(r"[:：]$", line) is not None or re.search(re.escape(title) + r"(?:号码|號碼|编号|編號|no\.?)", line) is not None
    return len(line) <= HEADING_LENGTH and not re.search(r"[，。；,;]", line) and digits <= 0.3 * len(line) \
        and not in_brackets and not label


def _confidence(v: PageVerdict, min_score: float) -> float:
    ranked = sorted(v.scores.values(), reverse=True)
    if not ranked or ranked[0] < min_score:
        return 0.0
    second = ranked[1] if len(ranked) > 1 else 0.0
    margin = (ranked[0] - second) / ranked[0]
    strength = min(1.0, ranked[0] / (4 * min_score))
    return round(0.5 + 0.5 * margin * strength, 3)


def segment(pages: list[ReadPage]) -> list[Segment]:
    """Split a file's pages into documents: a page starts a new document when it is clearly
    another type, or when a title of its type heads it while the current document already
    has its title page; weak pages continue the document before them, and weak pages that open a
    file leaning to the type of the strong page after them (a report's cover) are its first pages."""
    min_score = load_rules()["min_score"]
    segments: list[Segment] = []
    guesses: dict[int, str] = {}  # a weak page's leaning, where it has one
    notarial: set[int] = set()  # a notary's pages: a cover opens the document after it
    declined: set[int] = set()
    titles_on: dict[int, set[str]] = {}
    for i, rp in enumerate(pages):
        v = score_page(rp)
        titles_on[i] = v.titles
        if v.notarial:
            notarial.add(i)
        if v.declined:
            declined.add(i)
        best, score = v.best
        conf = _confidence(v, min_score)
        strong = score >= min_score
        if score > 0:
            guesses[i] = best
        if segments and _page_numbered_after(pages[segments[-1].pages[-1]], rp):
            segments[-1].pages.append(i)  # 'Page 2 of 2' after 'Page 1 of 2': the same document, whatever its words
            continue
        if segments:
            cur = segments[-1]
            if strong and cur.type == "unknown" and all(guesses.get(k) == best or k in notarial for k in cur.pages):
                # a cover: weak pages leaning to the type of the document they open ('REPORTS AND
                # FINANCIAL STATEMENTS', the company and the year) are its first pages
                cur.type, cur.confidence = best, conf
                cur.pages.append(i)
                continue
            same = best == cur.type
            if not strong or (same and (best not in v.titles or _data_page_after_cover(pages, cur, rp)
                                        or _section_of_the_same_report(pages, cur, rp))):
                cur.pages.append(i)
                if same:
                    cur.confidence = max(cur.confidence, conf)
                continue
            if cur.type == "unknown" and not strong:
                cur.pages.append(i)
                continue
        segments.append(Segment(type=best if strong else "unknown", confidence=conf if strong else 0.0, pages=[i],
                                leaning=best, titled=best in v.titles))
    for seg in segments:  # a notary's page with no copy after it: typed by the paper it states it notarises
        if seg.type == "unknown" and all(i in notarial for i in seg.pages):
            v = score_page(pages[seg.pages[0]], notary_alone=True)
            if v.best[1] > 0:  # (a statement names its paper once: any lean is the paper's)
                seg.type, seg.confidence, seg.leaning = v.best[0], _confidence(v, min_score), v.best[0]
                declined -= set(seg.pages)
    for seg in segments:
        seg.declined = seg.type == "unknown" and any(i in declined for i in seg.pages)
        seg.titles = set().union(*(titles_on[i] for i in seg.pages))
    return [part for seg in segments for part in _two_up(seg, pages)]


def _two_up(seg: Segment, pages: list[ReadPage]) -> list[Segment]:
    """A one-page document whose page holds another one across a blank band (a passport copied over an
    identity card, two certificates side by side): two documents on that page, each with its own part's words, where the other part is
    headed by another type's title and this part still reads as this type."""
    if len(seg.pages) != 1 or seg.type in ("unknown", "photo"):
        return [seg]
    rp = pages[seg.pages[0]]
    splits = [split_by_band(rp.page.words, rp.page.lines(), rp.page.height), split_beside(rp.page.words, rp.page.width, lambda: rp.image)]
    rules = load_rules()["types"]
    for mine, other in (pair for parts in splits if parts for pair in (parts, parts[::-1])):
        if headed_by(group_lines(other), rules[seg.type]["titles"], _heads):
            continue  # the part holds this document's own title: its head, not another document
        found = next((t for t, spec in rules.items() if t != seg.type and headed_by(group_lines(other), spec["titles"], _heads_as_title)), None)
        if found and score_page(ReadPage(rp.page.model_copy(update={"words": mine}), rp.image)).best[0] == seg.type:
            seg.words = mine
            return [seg, Segment(type=found, confidence=seg.confidence, pages=list(seg.pages), leaning=found, titled=True,
                                 words=other)]
    return [seg]
