"""A letter's own people: whom it is addressed to ('Dear Ms Liang' with 'Ms LIANG Shuyi' above
it, 'Dear Wu Zixuan,') and the organisation it is from (its signature or letterhead)."""
from __future__ import annotations

import re

from pipeline.names import is_pinyin, starts_with_surname
from pipeline.text import HAN_RANGE

from .declarations import other_labels
from .parties import HAN, alternation, han_company_start, kind_of, leading_run, parties
from .prose import Prose, both_scripts, has_han, vocabulary


def addressee(prose: Prose) -> str:
    """A letter's addressee in full: 'Dear Ms Liang' names the surname, a line with an
    honorific and that surname ('Ms LIANG Shuyi'), a name block over the address or a signature
    block's name under the letter the whole name."""
    v = vocabulary()
    whole = _named_in_full(prose)
    if whole:
        return whole
    m = re.search(rf"\b(?:{alternation(v['salutations'])})\s*[:：]?\s+(?:{alternation(v['honorifics'])})\s*([A-Z][A-Za-z]+)",
                  prose.text, re.IGNORECASE)
    if not m:
        return _greeted_by_given_name(prose, v)
    surname, stops = m.group(1).lower(), {w.lower().rstrip(".") for w in v["salutations"] + v["honorifics"]}
    for h in re.finditer(rf"(?:^|\s)(?i:{alternation(v['honorifics'])})\s*((?:[A-Z][A-Za-z]+\s?){{2,4}})", prose.text):
        words = []
        # the name keeps to its line ('To: Mr QIN Haoran' over 'Address: …')
        for w in prose.text[h.start(1):min(h.end(1), prose.line_end(h.start(1)))].split():
            if w.lower() in stops:
                break
            words.append(w)
        if len(words) >= 2 and surname in (words[0].lower(), words[-1].lower()):
            return " ".join(words)
    # a name block without an honorific over the address ('WANG Lihua' over 'Rm 2301, …')
    for a, b in zip([0] + prose.breaks, prose.breaks):
        words = prose.text[a:b].split()
        if a < m.start() and 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words) \
                and surname in (words[0].lower(), words[-1].lower()):
            return " ".join(words)
    # or a signature block's name under the letter ('Name: LIANG Xiaoyu' where the employee accepts)
    for n in re.finditer(r"(?i:\bname)\s*[:：]\s*((?:[A-Z][A-Za-z]+\b(?![:：])[ ]?){2,4})", prose.text):  # not the next label's word
        words = prose.text[n.start(1):min(n.end(1), prose.line_end(n.start(1)))].split()
        if len(words) >= 2 and surname in (words[0].lower(), words[-1].lower()):
            return " ".join(words)
    return ""


def _greeted_by_given_name(prose: Prose, v: dict) -> str:
    """'Dear Mingyue,' under an e-mail's 'To: Zhao Mingyue' or a name block: the line before the salutation whose
    two or three capitalised words (after a 'To:') end or open with the name greeted."""
    m = re.search(rf"\b(?i:{alternation(v['salutations'])})\s+([A-Z][a-z]+)\s*[,，]", prose.text)
    if not m:
        return ""
    for a, b in zip([0] + prose.breaks, prose.breaks):
        words = re.sub(r"^\s*to\s*[:：]\s*", "", prose.text[a:b], flags=re.IGNORECASE).split()
        if a < m.start() and 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words) \
                and m.group(1) in (words[0], words[-1]) and len(set(words)) == len(words):
            return " ".join(words)
    return ""


def _named_in_full(prose: Prose) -> str:
    """The addressee's whole name in pinyin where the letter gives it without an honorific:
    after the salutation ('Dear Wu Zixuan,') or set off after 'you' ('to offer you, Guo Jiarui, a post')."""
    v = vocabulary()
    name = r"((?:[A-Z][A-Za-z]+[ ]){1,3}[A-Z][A-Za-z]+)"
    # an e-mail's header names its addressee before the address: 'To: Wen Haoran <haoran.wen@…>'
    for rx in (rf"\b(?i:{alternation(v['salutations'])})[:：]?[ ]+{name}\s*(?:[,，:：]|<[^>\s]*@)", rf"\b(?i:you),[ ]+{name},"):
        m = re.search(rx, prose.text)
        if m and is_pinyin(m.group(1)):
            return m.group(1)
    # a subject line that ends with the name ('Offer of employment to Zheng Yiran')
    for a, b in list(zip([0] + prose.breaks, prose.breaks + [len(prose.text)]))[:8]:
        m = re.search(rf"\b(?i:{alternation(v['addressed_in_subject'])})[ ]+{name}\s*$", prose.text[a:b].strip())
        if m and is_pinyin(m.group(1)):
            return m.group(1)
    # '致：梁浩賢先生', '尊敬的宁思远女士'
    m = re.search(rf"(?:{alternation(v['salutations'])})\s*[:：]?\s*([{HAN_RANGE}]{{2,4}}?)\s*(?:{alternation(v['honorifics'])})", prose.text)
    if m and starts_with_surname(m.group(1)):
        return m.group(1)
    # a line of its own at the letter's head: '唐思遠先生台鑒：', '溫俊熙先生：'
    head = rf"\s*([{HAN_RANGE}]{{2,4}}?)\s*(?:{alternation(v['honorifics'])})\s*(?:{alternation(v['greetings'])})?\s*[:：]\s*$"
    for a, b in list(zip([0] + prose.breaks, prose.breaks + [len(prose.text)]))[:6]:
        m = re.match(head, prose.text[a:b])
        if m and starts_with_surname(m.group(1)):
            return m.group(1)
    return ""


WRAPPED_LINE = 40  # characters of a line that, without a stop at its end, goes on onto the next
PROSE_WORDS = 3  # words in lower case that make a line a sentence's
NAME_WORDS = 12  # words an organisation's name holds at most: a longer line in capitals is a sentence ('THIS IS TO CERTIFY THAT …')


def writer(prose: Prose) -> tuple[str, int] | None:
    """The organisation a letter is from: the last line that is nothing but an organisation's
    name (the signature, or the letterhead), else the last organisation the text names."""
    v = vocabulary()
    # Brackets only round a short place inside the name ('金灣貿易(香港)有限公司').
    han_org = rf"{HAN}(?:{HAN}|[（(]{HAN}{{1,4}}[)）]){{1,30}}?(?:{alternation(v['company_suffixes'] + v['organisation_words'])})+"  # '研究院有限公司' is one suffix
    lines = zip([0] + prose.breaks, prose.breaks + [len(prose.text)])
    row_labels = tuple(other_labels())
    whole, before = [], ""
    for a, b in lines:
        # a sentence wrapped onto the line ('… employment in Hong Kong with' / 'Jiasui … Limited.') is no signature
        # (a sentence: words in lower case; not a fax machine's line over the letterhead)
        wrapped = len(before) >= WRAPPED_LINE and not has_han(before) and not re.search(r"[.:;!?]$", before) \
            and sum(w.islower() for w in before.split()) >= PROSE_WORDS
        before = prose.text[a:b].strip()
        if wrapped:
            continue
        if has_han(prose.text[a:b]) and re.search(r"[:：]\s*$", prose.text[a:b]):
            continue  # the addressee over the letter ('香港瀚海声学科技有限公司：'), not its writer
        text = re.sub(r"[（(]\s*(?:盖章|蓋章|公章|seal|chop)\s*[)）]|[:：]$", "", prose.text[a:b].strip(), flags=re.IGNORECASE).strip()
        text = han_company_start(_after_bracket(text)) if has_han(text) else text
        # the signature's last character lost under the chop over it: no suffix ends 有限公
        text = re.sub(rf"(?<=[{HAN_RANGE}]{{4}})有限公$", "有限公司", text)
        text = _without_office(re.sub(r"^(?:for and on behalf of|on behalf of|for)\s+(?=[A-Z])", "", text, flags=re.IGNORECASE))  # 'For X Co., Ltd.' signs as X
        if text.startswith(row_labels):
            continue  # a form's row naming another organisation ('拟赴港工作单位 嘉穗…有限公司')
        signer = re.match(r"([^,]{2,40}),\s+(?=[A-Z])(.+)$", text)  # the signer's post before it ('HR Director, X Co., Ltd.')
        if signer and kind_of(signer.group(2)) == "company" and kind_of(signer.group(1)) != "company":
            text = signer.group(2)
        if text and kind_of(text) == "company" and not _an_office(text) and len(text.split()) <= NAME_WORDS and (
                re.fullmatch(han_org, text) or leading_run(text.replace(",", "")) == text.replace(",", "")):
            whole.append((text, a))
    if whole:
        return whole[-1]
    named = [(han_company_start(_after_bracket(m.group(0)[date_lead(prose.text, m.start()):])), m.start()) for m in re.finditer(han_org, prose.text)]
    named += [(p.name, p.start) for p in parties(prose) if p.kind == "company"]
    named = [(n, at) for n, at in named if not n.endswith(tuple(v["company_references"]))]
    return max(named, key=lambda x: x[1]) if named else None


def _an_office(name: str) -> bool:
    """An office that signs for the organisation, in English with no company's suffix ('Group Human Resources'):
    a calling's word in it (data/prose.yaml: callings), not the organisation's name."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", name)}
    # an organisation word heading its 'of' names the organisation ('Institute of Marine Geology and Mineral Resources')
    headed = re.search(rf"\b(?:{alternation([w for w in vocabulary()['organisation_words'] if w.isascii()])})\s+of\b", name, re.IGNORECASE)
    return not has_han(name) and bool(words & set(vocabulary()["callings"])) and not headed \
        and not name.lower().rstrip(" .").endswith(tuple(s.lower().rstrip(".") for s in vocabulary()["company_suffixes"]))


def _without_office(name: str) -> str:
    """A company's name signed with one of its offices after it ('…装备有限公司总经理办公室', '…有限公司人力资源部'):
    the company is the organisation. Only after a company's form (有限公司, 集团): a university's office stays whole."""
    v = vocabulary()
    forms = alternation([s for s in v["company_suffixes"] if has_han(s) and s.endswith(("公司", "集团", "集團"))])
    offices = alternation(both_scripts(v["department_words"]))
    m = re.fullmatch(rf"(.{{4,}}?(?:{forms}))[{HAN_RANGE}]{{1,8}}?(?:{offices})", name)
    return m.group(1) if m else name


def _after_bracket(name: str) -> str:
    """The name after a bracketed note ahead of it: '单位名称(盖章)广州天河信息技术有限公司', the
    seal's note read as '阖章)'; a short place inside the name ('金灣貿易(香港)有限公司') stays."""
    tail = re.split(r"[)）]", name)[-1]
    return tail if len(tail) >= 6 and kind_of(tail) == "company" else name


def date_lead(text: str, at: int) -> int:
    """How many characters at `at` are a date's unit and the words after it, where figures stand before it: a Han
    name never opens so ('…2014年8月起在深圳…有限公司' names 深圳…有限公司; 日照…集团 after no figure keeps its 日)."""
    if not re.search(r"\d\s*$", text[:at]):
        return 0
    m = re.match(r"[年月日号號]\s*(?:起|开始|開始)?(?:在|于|於|到|至|进入|進入|加入)?", text[at:])
    return m.end() if m else 0
