"""What running text names after a cue: a post ('employed as Senior Data Engineer', '擔任物流規劃
經理'), a degree, a major, and the person a letter is about ('兹有我公司工程师罗雨桐，')."""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from pipeline.names import is_romanised_name, starts_with_compound_surname, starts_with_surname
from pipeline.text import HAN_RANGE

from .han_persons import han_person_at, han_person_before
from .prose import GAP, WINDOW, Mention, Prose, both_scripts, has_han, names_a_department, role_words, vocabulary
from .running_text import NUMERAL_DATE

CONNECTORS = {"of", "and", "&", "-", "/", "(", ")", "for"}
LABEL_ENDS = {":", "：", "is", "为", "為", "是"}  # what follows a label noun before its value
# ("as its Chief Technology Officer"; a post in quotation marks: 'as "Senior Accountant" from')
SKIP_BEFORE_VALUE = {":", "：", "a", "an", "the", "its", "our", "of", "is", "be", "为", "為", "是", '"', "“", "‘", "'", "「", "『"}


@functools.lru_cache(maxsize=256)
def _longer_labels(word: str) -> tuple[str, ...]:
    """The declared labels (data/fields.yaml, any type) that open with `word` and go on."""
    from .declarations import declarations  # the labels are the layout readers' data
    labels = {lb for fields in declarations().values() for f in fields for lb in f.labels + f.fallback}
    return tuple(lb for lb in both_scripts(sorted(labels)) if lb.startswith(word) and len(lb) > len(word) and has_han(lb))


def titles_after(prose: Prose, label: str) -> list[Mention]:
    """Names of a post, a field of study or a degree after a cue of group `label`: a run of
    capitalised words ('Senior Data Engineer'), or of Han characters up to punctuation or a
    word of group `label`_end ('高級會計師，由', '軟件工程 學制')."""
    doc, roles = prose.doc, role_words()
    ends = {c.start for c in prose.cues if c.label_ == f"{label}_end"}
    out: list[Mention] = []
    # The longest cue at each place, none inside it ('職位名稱：' not '職位'; '专业领域：' not '专业').
    ours = [c for c in prose.cues if c.label_ in (label, f"{label}_label")]
    cues = sorted((c for c in ours if not any(o.start == c.start and len(o) > len(c) for o in ours)), key=lambda c: c.start)
    starts = {0, *prose.breaks}  # where a line begins that does not run on from the one before
    for cue in cues:
        i = cue.end
        if cue.label_.endswith("_label") and (i >= len(doc) or doc[i].lower_ not in LABEL_ENDS):
            continue
        word = prose.text[cue.start_char:cue.end_char]
        if not cue.label_.endswith("_label") and has_han(word) and (cue.start_char in starts or prose.text.startswith(_longer_labels(word), cue.start_char)):
            continue  # the cue's word opens a row of a form, or another row's label ('任職日期'): a label, no verb
        while i < len(doc) and doc[i].lower_ in SKIP_BEFORE_VALUE:
            i += 1
        # '聘請何思琪為本公司財務分析師': the post is the employer's, named after it
        skip = next((w for w in _words_of(label, "skip_first") if i < len(doc) and prose.text.startswith(w, doc[i].idx)), "")
        past = doc[i].idx + len(skip) if skip else 0
        while i < len(doc) and doc[i].idx < past:
            i += 1
        grade = GRADE_FIRST.match(prose.text, doc[i].idx) if label == "position" and i < len(doc) else None
        while grade and i < len(doc) and doc[i].idx < grade.end():
            i += 1  # 'Grade M3, Assistant Vice President': the pay grade before the post is none of it
        han = i < len(doc) and has_han(doc[i].text)
        line_end = prose.line_end(doc[i].idx) if i < len(doc) else len(prose.text)
        taken: list = []
        if not han and i + 1 < len(doc) and re.fullmatch(r"[A-Z]{2,5}", doc[i].text) and has_han(doc[i + 1].text) \
                and doc[i + 1].idx < line_end:
            taken, i, han = [doc[i]], i + 1, True  # a Latin acronym opening a Han post ('ESG报告经理', 'IT主管')
        # a label's value and Han print keep to their line; not a label inside a sentence ('…, specialism: Digital' / 'Media Design, on …')
        wrapped = (cue.label_.endswith("_label") and not prose.text[:cue.start_char].rstrip().endswith(",")) or han
        wrapped = wrapped or (label != "position" and i < len(doc) and doc[i].idx in starts)  # a diploma's line of its own
        while i < len(doc) and len(taken) < (12 if han else 8) and (i not in ends or not taken):
            if doc[i].idx >= line_end:
                if wrapped or not taken or not _runs_on(prose, i):
                    break
                wrapped, line_end = True, prose.line_end(doc[i].idx)  # a title a sentence wraps onto the next line
            t = doc[i]
            ok = re.fullmatch(f"[{HAN_RANGE}]", t.text) and not re.match(NUMERAL_DATE, prose.text[t.idx:]) if han else (t.text[:1].isupper() or (taken and t.lower_ in CONNECTORS)
                                                                      or (label == "position" and _unit_after_comma(doc, i, taken))
                                                                      or (label == "major" and _list_after_comma(doc, i, taken)))
            if not ok:
                break
            taken.append(t)
            i += 1
            if han and t.whitespace_:
                break  # Han text has no spaces inside a name; a space ends it ('分析師 入職日期')
        while taken and taken[-1].lower_ in CONNECTORS:
            taken.pop()
        if not taken or (han and len(taken) < 2):
            continue
        start, end = taken[0].idx, taken[-1].idx + len(taken[-1])
        if any(c.label_ == label and start < c.start_char < end for c in cues):
            continue  # a sentence after a label ('岗位：乙方在甲方担任会计师'): the cue inside names the title
        if prose.text[start:end].count("(") > prose.text[start:end].count(")") and prose.text[end:end + 1] == ")":
            end += 1  # 'Bachelor of Arts (Honours)'
        if label == "position" and han:
            start, end = _post_after_department(prose, start, end)
        value = prose.text[start:end]
        if value.startswith(_words_of(label, "not_opening")):
            continue  # '现任职于产品部': 现任 there opens 'works at', not a post
        if value.lower().removeprefix("the ") in roles or any(m.start <= start < m.end for m in out):
            continue  # 'to the post of X': 'post', 'post of' and 'the post of' all lead to X
        # A cue of two words or more ('position of', '職位') is surer than 'post' alone.
        # A post held before ('曾任客戶經理'), the kind of work done ('从事软件开发工作') or a
        # professional rank ('职称为高级工程师') gives way to a post named.
        lesser = cue.text in _words_of(label, "former") + _words_of(label, "work") + _words_of(label, "rank")
        later = _is_later(cue.text.lower(), label)  # a promotion's post ('promoted to Senior Accountant'), a post at leaving
        in_turn = IN_TURN.match(prose.text, end) if prose.text[:cue.end_char].endswith(_words_of(label, "in_turn")) else None
        out.append(Mention(value, start, end, label, -1 if later else 2 if lesser or in_turn else 0 if len(cue) > 1 else 1))
        if in_turn:  # '历任助理工程师、工程师': posts held one after another, the last the one reached (a later cue's post still over it)
            last = in_turn.group(1)
            last = next((last[:-len(w)] for w in _words_of(label, "end") if has_han(w) and last.endswith(w) and len(last) > len(w) + 1), last)
            out.append(Mention(last, in_turn.start(1), in_turn.start(1) + len(last), label, 0))  # ('…、项目工程师工作': the post)
    return out


def _post_after_department(prose: Prose, start: int, end: int) -> tuple[int, int]:
    """Where the post lies when a department comes first and the post after a slash ('部门及职务：研发中心／硬件工程师')."""
    after = re.match(rf"\s*[／/]\s*([{HAN_RANGE}]{{2,12}})", prose.text[end:])
    if after and names_a_department(prose.text[start:end]):
        return end + after.start(1), end + after.end(1)
    return start, end


# the posts after the first of a list held in turn, the last captured ('、工程师、高级工程师')
IN_TURN = re.compile(rf"(?:\s*、\s*[{HAN_RANGE}]{{2,12}})*\s*、\s*([{HAN_RANGE}]{{2,12}})(?![{HAN_RANGE}])")


def _is_later(cue: str, label: str) -> bool:
    """Whether a cue is one of a later post's, a gap's words ('left on … as') matched by any words."""
    return any(cue == phrase or (GAP in phrase and re.fullmatch(r"\W?\s.{0,60}?\s".join(map(re.escape, (p.strip() for p in phrase.split(GAP)))), cue))
               for phrase in _words_of(label, "later"))


def _unit_after_comma(doc, i: int, taken: list) -> bool:
    """A post's unit after a comma ending its sentence ('Associate Director, Corporate Finance.'): capitalised words to the stop."""
    if not taken or doc[i].text != ",":
        return False
    j = i + 1
    while j < len(doc) and doc[j].text[:1].isupper() and j - i <= 4:
        j += 1
    return j > i + 1 and j < len(doc) and doc[j].text == "."


def _list_after_comma(doc, i: int, taken: list) -> bool:
    """A subject named as a list ('Mechanical Design, Manufacturing and Automation'): after the comma, capitalised
    words up to an 'and' and one more."""
    if not taken or doc[i].text != ",":
        return False
    j = i + 1
    while j < len(doc) and doc[j].text[:1].isupper() and doc[j].lower_ != "and" and j - i <= 3:
        j += 1
    return j > i + 1 and j + 1 < len(doc) and doc[j].lower_ in ("and", "&") and doc[j + 1].text[:1].isupper()


@functools.lru_cache(maxsize=32)
def _words_of(label: str, kind: str) -> tuple[str, ...]:
    """prose.yaml's LABEL_KIND list in both scripts, longest first: what follows a cue where it
    names nothing (not_opening), cues of what was rather than what is (former), and what may open
    a value without being part of it (skip_first)."""
    return tuple(sorted(both_scripts(vocabulary().get(f"{label}_{kind}", [])), key=len, reverse=True))


def _runs_on(prose: Prose, i: int) -> bool:
    """Whether the line that token i opens goes on with the sentence before it, not a row of its own ('Department: Finance')."""
    doc = prose.doc
    end = prose.line_end(doc[i].idx)  # (its own line's words: not the next line's 'President:' after a last word)
    head = [t for t in doc[i:min(len(doc), i + 4)] if t.idx < end]
    if doc[i].idx in prose.type_changes:
        return False  # a line in other type is a line of its own ('Master of Science' over its subject)
    return doc[i - 1].text[-1:].isalnum() and not any(t.text in (":", "：") for t in head)


def positions(prose: Prose) -> list[Mention]:
    out = titles_after(prose, "position") + _posts_before(prose) + _posts_before_person(prose)
    out += [p for m in out if m.distance == -1 for p in _promoted_again(prose, m)]
    later = [m for m in out if m.distance == -1]
    if len(later) > 1:  # promotions told in turn ('晋升为设计师；…起任主任设计师'): the last named is the post reached
        last = max(later, key=lambda m: m.start)
        out = [replace(m, distance=-2) if m is last else m for m in out]
    return out


# a second promotion in the same sentence ('promoted to Senior Executive on 1 July 2017 and to Manager on 1 January 2020')
AND_TO = re.compile(r"[^.;]{0,40}?\band (?:then )?to ((?:[A-Z][A-Za-z&-]*)(?: (?:of |and |& )?[A-Z][A-Za-z&-]*){0,5})")


def _promoted_again(prose: Prose, m: Mention) -> list[Mention]:
    found = AND_TO.match(prose.text, m.end)
    return [Mention(found.group(1), found.start(1), found.end(1), m.role, -1)] if found else []


def _posts_before(prose: Prose) -> list[Mention]:
    """The Han run before 岗位 where 岗位 is no label ('在研发部高级算法工程师岗位工作'), from
    where the place or the department before it ends."""
    v, out = vocabulary(), []
    before = both_scripts(v["position_before"])
    stops = both_scripts(v["position_starts"])
    departments = both_scripts(v["department_words"])
    for cue in (c for c in prose.cues if c.label_ == "position_label" and c.text in before):
        after = prose.text[cue.end_char:cue.end_char + 1]
        run = re.search(f"[{HAN_RANGE}]{{2,20}}$", prose.text[:cue.start_char])
        if not run or after in LABEL_ENDS:
            continue  # '岗位：' is a label, its value after it
        value = run.group(0)
        value = value[max((value.rfind(s) + len(s) for s in stops if s in value), default=0):]
        cut = max((value.rfind(d) + len(d) for d in departments if d in value[:-3]), default=0)
        value = value[cut:]
        if 2 <= len(value) <= 12:
            out.append(Mention(value, cue.start_char - len(value), cue.start_char, "position", 1))
    return out


def _posts_before_person(prose: Prose) -> list[Mention]:
    """A post the unit names before the person's name ('我公司高级会计师郝文静女士'): after the unit's word for itself, a
    run ending with a post's head, then a name of two or three characters opening with a surname (four with a compound
    one) and an honorific."""
    v, out = vocabulary(), []
    units = "|".join(sorted((u for u in both_scripts(v["position_skip_first"]) if has_han(u)), key=len, reverse=True))
    heads = "|".join(sorted(both_scripts(v["post_heads"]), key=len, reverse=True))
    honorifics = "|".join(h for h in both_scripts(v["honorifics"]) if has_han(h))
    # (after an apposition before it, the post once held: '我公司前员工、原质量部经理韦志强先生')
    for m in re.finditer(rf"(?:{units})(?:[{HAN_RANGE}]{{1,6}}[、，,])?(?:原|前)?([{HAN_RANGE}]{{2,16}}?)(?:{honorifics})", prose.text):
        run = m.group(1)
        for n in (2, 3, 4):  # the longest post that leaves a name
            post, name = run[:-n], run[-n:]
            if re.search(f"(?:{heads})$", post) and len(post) >= 2 and starts_with_surname(name) \
                    and (n < 4 or starts_with_compound_surname(name)):
                out.append(Mention(post, m.start(1), m.start(1) + len(post), "position", 1))
                break
    return out


def degrees(prose: Prose) -> list[Mention]:
    """'the degree of Bachelor of Science'; a Chinese degree ends with its 学位 ('工学学士学位')."""
    out = []
    for m in titles_after(prose, "degree"):
        if str(m.value).startswith(("点", "點")):
            continue  # '学位授予点' (a programme's right to award degrees): no degree awarded
        if not has_han(str(m.value)):
            out.append(m)
            continue
        cut = re.match(r".+?[学學]位", str(m.value))
        if cut:  # a Chinese degree is named up to its 学位; without it the run is something else
            out.append(Mention(cut.group(0), m.start, m.start + len(cut.group(0)), m.role, m.distance))
    return out


OWN_UNIT = ("本单位", "本單位", "单位", "單位")


def subjects(prose: Prose) -> list[Mention]:
    """People named after a subject cue: 'certify that HUANG MINGZHE', '同意罗欣怡同志'."""
    doc, out = prose.doc, []
    skip = {":", "：", ",", "，", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss", "dr", "dr.", "the", "that", "our", "我司", "我", "司"}
    han_roles = sorted((w for w in role_words() if has_han(w)), key=len, reverse=True)
    for cue in (c for c in prose.cues if c.label_ == "subject"):
        i = cue.end
        while i < len(doc) and doc[i].lower_ in skip:
            i += 1
        if i >= len(doc):
            continue
        at = doc[i].idx
        # past a role word, or the unit's word for itself ('同意我单位 李雯 同志')
        passed = False
        for _ in range(2):  # (the unit's word and then a role's: '同意我单位职工冯思琪')
            role = next((w for w in han_roles + list(OWN_UNIT) if prose.text.startswith(w, at)), "")
            if not role:
                break
            # '聘用乙方张三为': past the role word to the name
            at += len(role)
            at += len(prose.text[at:]) - len(prose.text[at:].lstrip(" "))  # '同意員工 李明軒 前往'
            passed = True
        if passed:
            i = prose._token_at(at)
            if i >= len(doc):
                continue
        if has_han(doc[i].text):
            name = han_person_at(prose.text, at)
        else:
            i = _past_a_role(doc, i, skip)
            words = []
            for t in doc[i:i + 4]:
                if not re.fullmatch(r"[A-Z][A-Za-z'-]+", t.text):
                    break
                words.append(t.text)
            # the longest run of them that is pinyin ('Consent for Zhao Yiran' over 'Dear Sir': not 'Dear'); after an honorific, two
            # words, the surname's in capitals, though no pinyin spells them ('Mr LAM Zixuan'; not 'Ms LIAO Yuging Post held:')
            name = next((" ".join(words[:n]) for n in range(len(words), 1, -1) if is_romanised_name(" ".join(words[:n]))), "") or (
                " ".join(words) if len(words) == 2 and doc[i - 1].lower_ in vocabulary()["honorifics"] and words[0].isupper() else "")
        if name:
            out.append(Mention(name, at, at + len(name), "subject", i - cue.end))
    out += [m for m in marked_people(prose) if all(o.start != m.start for o in out)]
    for cue in (c for c in prose.cues if c.label_ == "subject_before"):  # '王梓萱系我院在职员工'
        end = cue.start_char
        # (the sex may come first inside the bracket: 'QIAO Xin (male, born …'; not after a comma, 'LUO Chengzhi, male, born'
        # beside its Han sentence, whose name is the holder's as printed first)
        latin = re.search(r"((?:[A-Z][A-Za-z'-]+ ){1,3}[A-Z][A-Za-z'-]+),?\s*(?:[(]\s*(?:(?:[Mm]ale|[Ff]emale|MALE|FEMALE)\s*,\s*)?)?$",
                          prose.text[max(0, end - 60):end])
        if latin and not has_han(cue.text):  # 'Ms. WEI Lanting, born on …', '… (born …)': the longest pinyin run before the cue
            words = latin.group(1).split()
            name = next((" ".join(words[k:]) for k in range(len(words) - 1) if is_romanised_name(" ".join(words[k:]))), "")
            if name:
                at = end - len(prose.text[max(0, end - 60):end]) + latin.start(1) + latin.group(1).rfind(name)
                out.append(Mention(name, at, at + len(name), "subject", 1))
            continue
        for n in (3, 2, 4):
            name = prose.text[max(0, end - n):end]
            before = prose.text[end - n - 1:end - n] if end - n > 0 else ""
            if len(name) == n and re.fullmatch(f"[{HAN_RANGE}]+", name) and starts_with_surname(name) \
                    and not re.fullmatch(f"[{HAN_RANGE}]", before):
                out.append(Mention(name, end - n, end, "subject", 1))
                break
    return out


def _past_a_role(doc, i: int, skip: set[str]) -> int:
    """Past a role set before the name with a comma ('our optical engineer, ZHENG Kai, to …'):
    lower-case words only, so a clause ('that he has worked in …') is not passed."""
    j = i
    while j < min(len(doc), i + 3) and re.fullmatch(r"[a-z-]+", doc[j].text):
        j += 1
    if j == i or j >= len(doc) or doc[j].text != ",":
        return i
    while j < len(doc) and doc[j].lower_ in skip:
        j += 1
    return j


def marked_people(prose: Prose) -> list[Mention]:
    """Han names that what follows marks as a person's ('與唐思遠先生於', '蔣雨桐，女，'), where no
    cue says whose name it is: they rank after every name a cue gives."""
    v, out = vocabulary(), []
    markers = both_scripts([h for h in v["honorifics"] if has_han(h)] + v["person_markers"])
    for m in re.finditer("|".join(re.escape(w) for w in sorted(markers, key=len, reverse=True)), prose.text):
        # the name may stand on a line of its own over its particulars ('钟亦然' / '(女, 1991年…')
        run = re.search(f"([{HAN_RANGE}]{{2,4}})(\\s?)$", prose.text[max(0, m.start() - 5):m.start()])
        name = han_person_before(run.group(1)) if run else ""
        end = m.start() - len(run.group(2)) if run else m.start()
        if name and not any(o.start == end - len(name) for o in out):
            out.append(Mention(name, end - len(name), end, "subject", WINDOW + 1))
    return out


def majors(prose: Prose) -> list[Mention]:
    """A field of study after its cue ('majoring in Applied Mathematics', '专业：软件工程'), or
    the Han run before 专业 from where the school's name ends ('在南方大学软件工程专业')."""
    v, out, used = vocabulary(), [], []
    before = both_scripts(v["major_before"])
    stops = tuple(both_scripts(v["major_starts"]))
    goes_on = tuple(both_scripts(v["major_end"]))
    for cue in (c for c in prose.cues if c.label_ == "major_label" and c.text in before):
        after = prose.text[cue.end_char:].lstrip()
        if after.startswith(("学位", "學位")) and not re.match(r"学位授予点|學位授予點|(?:学位类别|學位類別)(?![^，,。]{0,12}(?:领域|領域))", after):
            continue  # '授予工程硕士专业学位': a professional degree, not a major ('…专业学位授予点上', '…专业学位类别' with no 领域: the major's)
        # (a track in brackets is the major's: '法学（知识产权方向）专业')
        run = re.search(f"[{HAN_RANGE}]{{2,20}}(?:[（(][{HAN_RANGE}]{{1,10}}[)）])?$", prose.text[:cue.start_char])
        if after.startswith((":", "：")):
            continue  # '主修专业：生物技术': a label's own words before its colon, the major after it
        if has_han(after[:1]) and not after.startswith(goes_on) and not (run and any(s in run.group(0) for s in stops)) \
                and not (run and _a_line_of_its_own(prose, run.start(), cue.end_char)):
            continue  # '姓名张三专业化学工程': a label, its value after it; '在本校化学工程专业学习' is prose
        if run:
            value = run.group(0)
            value = value[max((value.rfind(s) + len(s) for s in stops if s in value), default=0):]
            if 2 <= len(re.sub(r"[（(].*", "", value)) <= 12 and not value.startswith(JOINING_WORDS):
                out.append(Mention(value, cue.start_char - len(value), cue.start_char, "major", 0))
                used.append(cue.end_char)
    # After a 专业 that ended a major, what follows is the sentence going on ('专业修读四年'); a school's name after
    # 'programme of' is where the programme was, no major ('the postgraduate programme of Huaiyin … University')
    after = [_closed(_without_school(prose.text, m)) for m in titles_after(prose, "major") if not any(0 <= m.start - e <= 1 for e in used)]
    return out + [m for m in after if not str(m.value).startswith(("学位", "學位")) and not A_SCHOOL.search(str(m.value))]


def _closed(m: Mention) -> Mention:
    """A major cut where a bracket round it closes ('(major: Tourism Management) of …')."""
    value = str(m.value)
    shut = value.find(")")
    return Mention(value[:shut].rstrip(), m.start, m.start + shut, m.role, m.distance) if shut > 0 and "(" not in value[:shut] else m


A_SCHOOL = re.compile(r"\b(?:University|College|Institute|Academy|School|Faculty)$|(?:大学|大學|学院|學院)$", re.IGNORECASE)

# a pay grade named before the post ('Grade M3, Assistant Vice President', 'Band 7 – Senior Analyst')
GRADE_FIRST = re.compile(r"(?:Grade|Band|Level|Rank|GRADE|BAND|LEVEL|RANK)\s+[A-Z]?\d{1,2}[A-Z]?\s*[,;–-]\s*(?=[A-Z])")

# a major's name never opens on a word that joins two ('与工程', the line before it holding '材料科学'): a piece of one
JOINING_WORDS = ("与", "與", "和", "及", "、")


def _a_line_of_its_own(prose: Prose, start: int, end: int) -> bool:
    """Characters start to end are a printed line of their own ('工商管理专业' centred between the holder and the
    degree): a major so named, not a label, whatever the next line holds."""
    return start in prose.line_starts and not prose.text[end:prose.line_end(end - 1)].strip()


# a school named after the subject ('… AND AUTOMATION OF DONGTING INSTITUTE OF TECHNOLOGY'): no part of it
SCHOOL_AFTER = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[\w&-]+){0,3}?\s+(?:university|institute|college|academy)\b",
                          re.IGNORECASE)


def _without_school(text: str, m: Mention) -> Mention:
    cut = SCHOOL_AFTER.search(text, m.start, m.end + 80)
    inside = cut is not None and m.start < cut.start() < m.end
    return Mention(text[m.start:cut.start()], m.start, cut.start(), m.role, m.distance) if inside else m
