"""Fields read from running text by role (prose.py, parties.py), for the document types that
data/prose.yaml names: each field says which reading fills it."""
from __future__ import annotations

import re

from pipeline.model import Field
from pipeline.names import spec_name
from pipeline.text import HAN

from .applicant_docs import DISCIPLINES
from .base import DocView
from .letters import addressee, writer
from .parties import Party, kind_of, parties
from .prose import Mention, Prose, best, has_han, months_between, vocabulary
from .running_text import RunningText
from .titles import degrees, majors, positions, subjects


def _sentence_point_off(name: str) -> str:
    """A company named at a sentence's end without the sentence's full stop ('… at Tidewater
    Digital Limited.'); an abbreviation keeps its point ('Co., Ltd.', 'Inc.')."""
    last = name.rsplit(" ", 1)[-1]
    return name[:-1] if last.endswith(".") and len(last) > 5 and last[:-1].isalpha() else name


def _party(found: list[Party], role: str) -> Party | None:
    named = [p for p in found if p.role == role and (role != "employee" or p.kind != "company")]
    if named:
        return named[0]
    # No defined term: the employer is the company, the employee the person.
    kind = "company" if role == "employer" else "person"
    return next((p for p in found if p.kind == kind and not p.role), None)


def letter_date(prose: Prose, dates: list[Mention]) -> Mention | None:
    """A letter's own date, never one the text gives a role (a birth, a start): the date after
    'Date:' / '日期：' (not '出生日期'), else one alone on its line (a Chinese letter dates its
    signature at the end, an English one its heading at the top), else the last date left."""
    free = [d for d in dates if d.role in ("", "signed")]
    for cue in (c for c in prose.cues if c.label_ == "letter_date"):
        # 出生日期 is no letter's date; a printed line that opens with 日期 is, whatever ends the line before
        if cue.start_char and cue.start_char not in prose.line_starts and has_han(prose.text[cue.start_char - 1]):
            continue
        d = next((d for d in free if 0 <= d.start - cue.end_char and not prose.text[cue.end_char:d.start].strip(" :：")), None)
        if d:
            return d
    alone = []
    for d in free:
        line_start = max((b for b in prose.breaks if b <= d.start), default=0)
        rest = (prose.text[line_start:d.start] + prose.text[d.end:prose.line_end(d.start)]).strip(" :：,.")
        if len(rest) <= 3:
            alone.append(d)
    if alone:
        return alone[-1] if has_han(prose.text) else alone[0]
    return free[-1] if free else None


def _nearest(mentions: list[Mention]) -> Mention | None:
    """The mention nearest its cue, then the first."""
    return min(mentions, key=lambda m: (m.distance, m.start)) if mentions else None


TITLES = {"position": positions, "major": majors, "degree": degrees}


def read(prose: Prose, how: str):
    """(value, character offset) of one reading, or None."""
    kind, _, role = how.partition(".")
    if kind == "party":
        p = _party(parties(prose), role)
        if p:
            if p.kind == "person" or role == "employee":  # a name at a sentence's end, without its full stop; not an initial's
                return spec_name(re.sub(r"(?<=[A-Za-z]{2})\.$", "", p.name)), max(p.start, 0)
            return _sentence_point_off(p.name), max(p.start, 0)
        if role == "employer":  # no party named as such: the company that signs the letter ('聘書' over its chop)
            signed = writer(prose)
            return (signed[0], signed[1]) if signed and kind_of(signed[0]) == "company" else None
        if role != "employee":
            return None
        name = addressee(prose)  # a letter's addressee, else whom the text employs ('聘用乙方张三为')
        if name:
            return spec_name(name), prose.text.find(name)
        kind = "person"
    if kind == "person":
        s = _nearest(subjects(prose))
        return (spec_name(s.value), s.start) if s else None
    if kind == "date":
        if role == "first_start":  # a stay's start: its first ('joined us on … as …, having been … since …')
            d = min((m for m in prose.dates() if m.role == "start"), key=lambda m: (m.value, m.start), default=None)
        else:
            d = letter_date(prose, prose.dates()) if role == "letter" else best(prose.dates(), role)
        return (d.value, d.start) if d else None
    if kind == "duration":
        d = best(prose.durations(), "term")
        if d:
            return d.value, d.start
        start, end = best(prose.dates(), "start"), best(prose.dates(), "end")
        months = months_between(start.value, end.value) if start and end else None
        return (months, start.start) if months else None
    if kind == "organisation":
        return writer(prose)
    if kind in TITLES:
        m = _nearest(TITLES[kind](prose))
        return (m.value, m.start) if m else None
    raise ValueError(f"data/prose.yaml: no reading called {how!r}")


def read_prose(doc_type: str, doc: DocView, section: str = "fields") -> dict[str, Field]:
    """The fields of `doc_type` that prose.yaml maps, read by role (`section` "unstated": those
    read so only where no other reading found them)."""
    mapping = vocabulary().get(section, {}).get(doc_type, {})
    if not mapping:
        return {}
    rt = RunningText(doc.lines())
    prose = Prose(rt.text, rt.breaks, rt.type_changes, rt.line_starts)
    out = {}
    for key, how in mapping.items():
        found = read(prose, how)
        if found and isinstance(found[0], str) and found[0].count("(") > found[0].count(")"):
            found = (found[0][:found[0].rindex("(")].strip(), found[1])  # 'Master of Science (M.Sc' cut at a point: no bracket left open
        if found and found[0] not in (None, ""):
            line = rt.owners[min(found[1], len(rt.owners) - 1)] if rt.owners else None
            out[key] = doc.field(found[0], line)
    if "position" in out and "employer_name" in out:
        out["position"].value = _post_without_employer(str(out["position"].value), str(out["employer_name"].value))
    if "degree" in out:
        _degree_without_holder(out, str(out["holder_name"].value) if "holder_name" in out else "")
    return out


def _degree_without_holder(out: dict[str, Field], holder: str) -> None:
    """The degree without whom it is conferred on ('授予陈嘉怡经济学硕士学位', '授予该同志博士学位'); a bare
    level left ('博士学位') names no degree: the type's own reading (a table's 学位级别) stands."""
    value = str(out["degree"].value)
    for who in sorted({holder, *HOLDER_WORDS} - {""}, key=len, reverse=True):
        if value.startswith(who) and len(value) > len(who) + 1:
            value = value[len(who):]
            break
    value = re.sub(rf"^{HAN}{{2,4}}?(?:同学|同學|同志)", "", value)  # '授予金子萱同学文学学士学位': the student so named before it
    # ('兹授予　骆欣然　管理学学士学位', the page's spaces lost): a name before the degree's own start
    value = re.sub(rf"^(?!{DEGREE_START}){HAN}{{2,4}}?(?={DEGREE_START})", "", value)
    value = re.sub(r"\s+(?:in|of|and)$", "", value, flags=re.IGNORECASE)  # a line's last word, its subject on the next ('… SCIENCE' / 'IN')
    if re.fullmatch(r"(?:学士|硕士|博士|學士|碩士)(?:学位|學位)?", value):
        del out["degree"]
    else:
        out["degree"].value = value


DEGREE_START = rf"(?:{DISCIPLINES})\s*(?:学|硕|博)士"
HOLDER_WORDS = ("该同志", "該同志", "该生", "該生", "该员", "該員", "其")


def _post_without_employer(post: str, employer: str) -> str:
    """The post without the employer the sentence names after it ('appoint you as Principal
    Scientist of Brightshore Energy Storage (HK) Limited'); 'Head of Finance' keeps its 'of'."""
    first = employer.split()[0] if employer.split() else ""
    m = re.search(rf"\s+(?:of|at|with)\s+(?:the\s+)?{re.escape(first)}\b", post, re.IGNORECASE) if len(first) >= 3 else None
    return post[:m.start()] if m and m.start() > 0 else post
