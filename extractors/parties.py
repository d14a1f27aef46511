"""The parties a contract or letter names, and the role each is given: by its defined term
('Northgate Robotics (HK) Limited, a company incorporated in Hong Kong (the "Employer")',
'馮嘉怡（以下簡稱僱員）'), by a role label before it ('受聘人：馮嘉怡'), by 'between X and Y',
or as the letter's addressee ('Dear Ms Liang' with 'Ms LIANG Shuyi' above it). The role comes
from what the text calls the party, never from which party it names first."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.names import is_pinyin, starts_with_surname
from pipeline.text import HAN_RANGE, after_a_calling, after_a_heading

from .han_persons import han_person_at, han_person_before
from .prose import Prose, both_scripts, has_han, role_words, vocabulary

HAN = f"[{HAN_RANGE}]"
QUOTES = "\"“”'‘’「」『』"
LOOK_BACK = 320  # characters before a defined term where its party's name may start
# A bracketed place inside a name is one word: '(Hong Kong)', '(Asia Pacific)', '(BVI)'.
BRACKETED = r"\([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,2}\)"
NAME_WORD = rf"(?:{BRACKETED}|[A-Z0-9][\w.'’&-]*|&|and|of|de|du)"


def _words(part: str) -> list[str]:
    """The words of a clause; Han print right after a Latin word ('Limited銀線貿易有限公司') is a
    word of its own, the name in Chinese."""
    part = re.sub(BRACKETED, lambda m: m.group(0).replace(" ", "\0"), part)
    return [w.replace("\0", " ") for w in re.sub(rf"(?<=[A-Za-z0-9.)])(?={HAN})", " ", part).split()]


@dataclass(frozen=True)
class Party:
    name: str
    kind: str  # company | person | other
    role: str  # employer | employee | '' (CUAD's parties: a licensor, a customer)
    start: int  # where the name is in the text
    term: str = ""


def alternation(words: list[str]) -> str:
    return _alternation_of(tuple(words))


@functools.lru_cache(maxsize=64)
def _alternation_of(words: tuple[str, ...]) -> str:
    # Built once per word list: both scripts come through OpenCC, too slow for every clause.
    return "|".join(re.escape(w) for w in sorted(both_scripts(list(words)), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    v = vocabulary()
    # '(the "Employee")', '（以下簡稱僱員）', and a quoted term with more after it: '(the
    # "Company" or "RCP")', '("PFHOF" and, together with HOFV, the "HOF Entities")'.
    defined = re.compile(rf"[(（]\s*((?:{alternation(v['defined_as'])})\b[,，]?\s*)?[,，]?\s*(?:the\s+)?([{QUOTES}]*)\s*"
                         rf"([^(){QUOTES}（）]{{1,40}}?)\s*(?:[{QUOTES}]+[^()（）]{{0,80}}?|[{QUOTES}]*\s*)[)）]", re.IGNORECASE)
    latin = [w for w in v["party_openers"] if not has_han(w)]
    han = [w for w in v["party_openers"] if has_han(w)]
    # A closing bracket ends the party before ('("HOFV"), National Football Museum'), not one
    # inside a name ('Northgate Robotics (HK) Limited').
    opener = re.compile(rf"(?:\b(?:{alternation(latin)})\b|{alternation(han)}|[:：;；。\n]|[)）](?=\s*(?:[,;，；]|and\b)))",
                        re.IGNORECASE)
    honorific = re.compile(rf"^(?:(?:{alternation(v['honorifics'])})(?:\s+|(?<=\.)|$))+", re.IGNORECASE)
    return defined, opener, honorific


@functools.lru_cache(maxsize=1)
def _suffixes() -> tuple[str, ...]:
    return tuple(s.lower() for s in both_scripts(vocabulary()["company_suffixes"]))


@functools.lru_cache(maxsize=1)
def _bare_suffixes() -> frozenset[str]:
    """Company suffixes without their final dot ('Ltd', 'Inc'), as a word alone may be printed."""
    return frozenset(s.rstrip(".") for s in _suffixes())


@functools.lru_cache(maxsize=1)
def _organisation_words() -> tuple[str, ...]:
    return tuple(both_scripts(vocabulary()["organisation_words"]))


def kind_of(name: str) -> str:
    low = name.lower().rstrip(" .")
    if low.endswith(tuple(_bare_suffixes())) or set(low.split()) & set(_organisation_words()) \
            or (has_han(name) and any(w in name for w in _organisation_words())):
        return "company"
    if has_han(name):
        return "person" if 2 <= len(name) <= 4 and starts_with_surname(name) else "other"
    return "person" if 2 <= len(name.split()) <= 4 and is_pinyin(name.upper()) else "other"


def _joins_a_name(word: str, run: list[str]) -> bool:
    """A word a party's name may hold: capitalised (or a connector inside one), not a number,
    a month or 'Date' (a title line running into the date line below it)."""
    if not re.fullmatch(NAME_WORD, word) or word.isdigit() or word.lower().rstrip(".,") in _not_name_words():
        return False
    if word.startswith("("):
        return bool(run)  # a place inside the name, not an aside after it ('(Employer)')
    return word[:1].isupper() or word[:1].isdigit() or bool(run)


@functools.lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    months = ("january february march april may june july august september october november december "
              "jan feb mar apr jun jul aug sep sept oct nov dec").split()
    return frozenset(months + [w.lower() for w in vocabulary()["letter_date"]])


def _latin_run(part: str) -> str:
    """The capitalised run that ends a clause ('On behalf of Tidewater Analytics Limited')."""
    words = _words(part)
    run: list[str] = []
    for w in reversed(words):
        if run and _ends_a_heading(w):
            break
        if _joins_a_name(w, run):
            run.insert(0, w)
        elif w.startswith("(") or not run:
            if run:
                break
            continue
        else:
            break
    while run and run[0].lower() in ("and", "of", "&", "de", "du"):
        run.pop(0)
    return " ".join(run)


def _ends_a_heading(word: str) -> bool:
    """A word whose point ends a heading or a clause's number before a name ('1. PARTIES. Kestrel
    Ridge Logistics Limited'), not an abbreviation inside one ('Co.', 'J.', 'Mr.')."""
    stem = word.rstrip(".").lower()
    if not word.endswith(".") or not stem:
        return False
    return not ((len(stem) == 1 and stem.isalpha()) or stem in _bare_suffixes()
                or stem in (h.rstrip(".") for h in vocabulary()["honorifics"]))


def _han_name(part: str) -> str:
    """The Han name that ends a clause: a company up to its suffix, or a person's 2-4 characters."""
    part = re.sub(r"[\s]", "", part)
    m = re.search(rf"{HAN}[{HAN_RANGE}（）()]*?(?:{alternation(vocabulary()['company_suffixes'])})$", part)
    if m and len(m.group(0)) >= 4:
        return han_company_start(m.group(0))
    m = re.search(rf"({HAN}{{2,4}})(?:{alternation(vocabulary()['honorifics'])})?$", part)
    return han_person_before(m.group(1)) if m else ""


def han_company_start(company: str) -> str:
    """A Han company name without the title and role word before it, where lines ran together
    ('僱傭協議立約人匯川…有限公司', '本合約乃…有限公司', '本公司嘉峰…有限公司')."""
    v = vocabulary()
    suffixes = alternation(v["company_suffixes"])
    roles = [r for r in role_words() if has_han(r) and not re.search(suffixes, r)]
    roles += both_scripts(v["name_leads"] + v["company_references"] + [w for w in v["document_words"] if has_han(w)])
    cut = max((company.rfind(r) + len(r) for r in roles if r in company), default=0)
    rest = company[cut:]
    return rest if len(rest) >= 4 and re.search(rf"(?:{suffixes})$", rest) and not re.fullmatch(suffixes, rest) else company


def name_before(text: str, end: int) -> tuple[str, int]:
    """The party's name in the clause that ends at `end`: from the last opener ('between',
    'and', a colon) to `end`, its first comma-part that holds a name, with a suffix cut off
    by a comma put back ('HOF Village, LLC'); honorifics dropped."""
    _, opener, _ = _patterns()
    start = max(0, end - LOOK_BACK)
    cuts = [start + m.end() for m in opener.finditer(text[start:end])] or [start]
    if has_han(text[max(start, end - 6):end]):
        clause = text[cuts[-1]:end]
        name = _han_name(clause)
        return name, (cuts[-1] + clause.rfind(name[:1])) if name else -1
    # The clause from the last opener; past an 'and' inside a description ('on behalf of itself
    # and its affiliates') to the clause that names a company or a person.
    first = ("", -1)
    for base in reversed(cuts):
        name = _name_in_clause(text[base:end])
        if name and first[1] < 0:
            first = (name, base + text[base:end].find(name.split()[0]))
        if name and kind_of(name) != "other":
            return name, base + text[base:end].find(name.split()[0])
    return first


def _name_in_clause(clause: str) -> str:
    _, _, honorific = _patterns()
    parts = re.split(r",\s*", clause)
    names = []
    for i, part in enumerate(parts):
        # a person who opens the part, an address after: '(2) XU Mengyao of 56 Jiefang Road'
        lead = honorific.sub("", leading_run(re.sub(r"^\s*\(\w{1,3}\)\s*", "", part))).strip()
        person = re.split(r"\s+(?:of|and|&)\s+", lead)[0]
        lead = person if kind_of(person) == "person" else lead  # 'XU Mengqi of Room 402'
        if kind_of(lead) == "person":
            names.append(lead)
        run = _latin_run(part)
        name = honorific.sub("", run).strip()
        if not name:
            continue
        if name != run:  # a person: 'Ms ZHOU Wanting of Flat 3' ends before 'of'
            name = re.split(r"\s+(?:of|and|&)\s+", name)[0]
        if name.lower().rstrip(".") in _bare_suffixes():
            continue  # a suffix alone is the end of a name cut short
        nxt = (parts[i + 1].split() or [""])[0] if i + 1 < len(parts) else ""
        if nxt and nxt.lower().rstrip(".") in _bare_suffixes():
            name = f"{name}, {nxt}"  # 'ArTara, Inc. located at ...'
        names.append(name)
    # The part that names a company or a person ('Northgate Limited, a company incorporated in
    # Hong Kong'), else the first ('The University of Iowa, located at ...').
    return next((n for n in names if kind_of(n) != "other"), names[0] if names else "")


def defined_parties(prose: Prose) -> list[Party]:
    """Parties introduced with a defined term in brackets."""
    defined, _, _ = _patterns()
    roles = _role_roles()
    out = []
    for m in defined.finditer(prose.text):
        how, quoted, term = m.group(1), m.group(2), m.group(3).strip(" ,")
        role = roles.get(term.lower().removeprefix("the "), "")
        if not (how or quoted or role) or len(term.split()) > 4:
            continue
        before = prose.text[max(0, m.start() - 20):m.start()].rstrip()
        if not how and has_han(before[-1:]) and before.endswith(tuple(r for r in roles if has_han(r))) \
                and not re.search(rf"{HAN}{{2,}}(?:{alternation(vocabulary()['company_suffixes'])})$", before):
            continue  # '乙方（劳动者）：' annotates a role label; it defines no name before it
        if re.search(r"\byou$", before, re.IGNORECASE):
            continue  # 'appoint you (the "Appointee")': the letter's addressee, named elsewhere, not the clause before
        name, at = name_before(prose.text, _before_asides(prose.text, m.start()))
        if name and name.lower() not in roles and not _names_the_document(name, term):
            out.append(Party(name, kind_of(name), role, at, term))
    return out


# A bracketed aside with a number or a colon in it: an identity card or a registration number
# between a party's name and its defined term ('梁子健（香港身份證號碼：M123456(7)）（「員工」）').
ASIDE = re.compile(r"[（(](?:[^()（）]|\([^()]*\))*?[:：\d](?:[^()（）]|\([^()]*\))*[)）]\s*$")


def _before_asides(text: str, end: int) -> int:
    for _ in range(2):
        m = ASIDE.search(text[max(0, end - 80):end])
        if not m:
            break
        end = max(0, end - 80) + m.start()
    return end


def _names_the_document(name: str, term: str) -> bool:
    """'This Services Agreement (the "Agreement")', 'December 17, 2019 (the "Effective Date")'."""
    words = both_scripts(vocabulary()["document_words"])

    def names_it(text: str) -> bool:
        return any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", text.lower()) for w in words)

    return names_it(term) or (kind_of(name) == "other" and names_it(name))


def as_role_parties(prose: Prose) -> list[Party]:
    """'VERIZON ABS LLC, as Depositor': a party named with its role after ', as'."""
    out = []
    for m in re.finditer(r",\s+as\s+(?:the\s+)?([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})(?=[,;.]|\s+and\b|\s+[A-Z]|$)", prose.text):
        # The name right before ', as' (a list of parties each with its role: 'X, as Issuer, Y, as ...').
        parts = re.split(r",\s*", prose.text[max(0, m.start() - 120):m.start()])
        while len(parts) > 1 and parts[-1].lower().rstrip(".") in _bare_suffixes():
            parts[-2:] = [", ".join(parts[-2:])]
        name = _name_in_clause(parts[-1])
        at = prose.text.rfind(name, 0, m.start()) if name else -1
        if name and not _names_the_document(name, m.group(1)):
            out.append(Party(name, kind_of(name), _role_roles().get(m.group(1).lower(), ""), at, m.group(1)))
    return out


SIGNS_FOR = re.compile(r"\b(?:for|signed|on behalf of|by)\s+(?:and on behalf of\s+)?(?:the\s+)?$", re.IGNORECASE)


def labelled_parties(prose: Prose) -> list[Party]:
    """A role word as a label before the party: '受聘人：馮嘉怡', 'Employer: Northgate Limited'."""
    doc, out = prose.doc, []
    _, _, honorific = _patterns()
    for cue in prose.cues:
        if not cue.label_.startswith("party:"):
            continue
        after = prose.text[doc[cue.end - 1].idx + len(doc[cue.end - 1]):][:100]
        m = re.match(r"\s*(?:[(（][^()（）]{0,12}[)）])?\s*(?:姓名|名稱|名称|name)?\s*[:：]", after, re.IGNORECASE)
        if not m and prose.text[cue.start_char:cue.end_char].lower() == "we":
            m = re.match(r",(?=\s*[A-Z])", after)  # 'We, Xiamen Harbour Shipping Group, have no objection'
        if not m:
            continue
        at = doc[cue.end - 1].idx + len(doc[cue.end - 1]) + m.end()
        rest = prose.text[at:prose.line_end(at)].strip() or prose.text[at:prose.line_end(prose.line_end(at))].strip()
        if has_han(rest[:1]):
            # A short place in brackets belongs to the name: '金灣貿易(香港)有限公司'.
            clause = re.split(rf"[，,。；;\s]|[（(](?!{HAN}{{1,4}}[)）])", rest)[0]
            clause = re.sub(r"[（(][^()（）]*[)）]$", "", clause) if clause.endswith(("）", ")")) and kind_of(clause) != "company" else clause
            # a company ends at its suffix: the next row's label may follow with no space between
            # ('香港恒信数码有限公司乙方(劳动者):彭子涵', two lines joined)
            company = re.match(rf"{HAN}[{HAN_RANGE}（）()]*?(?:{alternation(vocabulary()['company_suffixes'])})+", clause)
            name = _han_name(clause) if clause else ""
            if kind_of(name) != "company" and company and len(company.group(0)) >= 4:
                name = company.group(0)
        else:
            parts = re.split(r"[,;(]", rest)
            name = honorific.sub("", leading_run(honorific.sub("", parts[0]))).strip()
            if name and len(parts) > 1 and parts[1].strip().lower().rstrip(".") in _bare_suffixes():
                name = f"{name}, {parts[1].strip()}"  # 'Machinery Co., Ltd.'
        role = cue.label_.removeprefix("party:")
        # a signature's line ('Signed for the Company: CHAN Ka Wai, Director'): its signer, no party, unless a company
        signs = SIGNS_FOR.search(prose.text[max(0, cue.start_char - 40):cue.start_char]) and kind_of(name) != "company"
        if name and not signs:
            out.append(Party(name, kind_of(name), role, prose.text.find(name)))
    return out


def appositive_parties(prose: Prose) -> list[Party]:
    """A Han role word with the person's name right after it, no colon between: '僱員黎嘉欣擔任',
    '乙方张三同意'. A word that is also a surname and a particle ('同意') is no name."""
    out = []
    for cue in prose.cues:
        role = cue.label_.removeprefix("party:")
        if not cue.label_.startswith("party:") or not has_han(prose.text[cue.start_char:cue.end_char]):
            continue
        name = han_person_at(prose.text, cue.end_char)
        if name and name[0] not in vocabulary()["function_surnames"] and name.lower() not in role_words():
            out.append(Party(name, "person", role, cue.end_char))
    return out


def between_parties(prose: Prose) -> list[Party]:
    """'between X and Y' where the parties carry no defined term."""
    m = re.search(r"\b(?i:between)\s+(.{3,160}?)\s+and\s+(.{3,160}?)(?:[;.(]|$)", prose.text)
    if not m:
        return []
    out = []
    for group in (1, 2):
        part = re.split(r",\s*(?!(?:LLC|Inc|Ltd|L\.?P)\b)", m.group(group))[0]
        name = _patterns()[2].sub("", leading_run(part)).strip()
        if name:
            out.append(Party(name, kind_of(name), "", m.start(group)))
    return out


def leading_run(part: str) -> str:
    words = []
    for w in _words(part):
        if _joins_a_name(w, words):
            words.append(w)
        else:
            break
    while words and words[-1].lower() in ("and", "of", "&"):
        words.pop()
    return " ".join(words)


@functools.lru_cache(maxsize=1)
def _role_roles() -> dict[str, str]:
    return {w.lower(): role for role, words in vocabulary()["parties"].items() for w in both_scripts(words)}


def parties(prose: Prose) -> list[Party]:
    """Every party found, defined ones first."""
    found = sorted(defined_parties(prose) + as_role_parties(prose) + labelled_parties(prose), key=lambda p: p.start)
    out: list[Party] = []
    for p in found:
        if p.name.lower() not in role_words() and all(p.name.lower() != q.name.lower() for q in out):
            out.append(p)
    named_roles = {p.role for p in out}
    # A role word before a person's name ('僱員黎嘉欣'), where no label or defined term named the
    # employee (an employer is a company, named otherwise).
    out += [p for p in appositive_parties(prose) if p.role == "employee" and p.role not in named_roles
            and all(p.name != q.name for q in out)][:1]
    if len(out) < 2:  # 'between X and Y', or any company and any person, where the parties are not introduced
        for p in between_parties(prose) + named_parties(prose):
            if p.name.lower() in role_words() or p.name.lower().removeprefix("the ") in role_words():
                continue
            if not any(p.name.lower() in q.name.lower() or q.name.lower() in p.name.lower() for q in out):
                out.append(p)
    return out


def named_parties(prose: Prose) -> list[Party]:
    """Companies by their suffix and people by their honorific, wherever the text names them:
    'Orchid Bay Semiconductor Limited hereby offers Ms. Xiaoli MA the position of ...'."""
    v = vocabulary()
    out = []
    for m in re.finditer(rf"(?i:{alternation(v['honorifics'])})\s*((?:[A-Z][A-Za-z'-]+\s?){{2,4}})", prose.text):
        # a name keeps to its line: an addressee's name over 'No. 88 Xinhua Road'
        name = _name_in_clause(prose.text[m.start():min(m.end(), prose.line_end(m.start(1)))])
        if name and kind_of(name) == "person":
            out.append(Party(name, "person", "", m.start(1)))
    for m in re.finditer(r"(?:[A-Z][\w.'&-]*\s){1,6}(?i:" + alternation([x for x in v["company_suffixes"] if not has_han(x)]) + r")(?!\w)\.?",
                         prose.text):
        start = after_a_heading(prose.text, prose.breaks, m.start(), m.end())
        start = after_a_calling(prose.text, prose.breaks, start, m.end(), vocabulary()["callings"])
        name = prose.text[start:m.end()].strip()
        if kind_of(name) == "company" and name.lower() not in role_words():
            out.append(Party(name, "company", "", start))
    return sorted(out, key=lambda p: p.start)
