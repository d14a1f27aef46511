"""Facts derived from several fields, used by rules and by the checklist's conditions."""
from __future__ import annotations

import functools
import re
from datetime import date

from spacy.lang.en import English
from spacy.matcher import PhraseMatcher

from pipeline.reference import load, talent_list
from pipeline.text import simplified

from .facts import CaseFacts, months_between


@functools.lru_cache(maxsize=1)
def _nlp() -> English:
    """A blank English pipeline: tokenizer only, nothing downloaded."""
    return English()


def company_age_months(f: CaseFacts) -> int | None:
    v = f.value("br_certificate", "commencement_date")
    if not v:
        return None
    return months_between(date.fromisoformat(v), f.as_of)


def annual_package(f: CaseFacts) -> float | None:
    v = f.value("employment_contract", "annual_package_hkd")
    return float(v) if v is not None else None


def post_text(f: CaseFacts) -> str:
    parts = [f.value("employment_contract", "position"), f.value("employer_form", "position"),
             f.value("employer_form", "talent_list_profession")]
    return " ".join(str(p) for p in parts if p)


def talent_list_match(f: CaseFacts) -> tuple[str, dict] | None:
    """(list version, profession) when the post matches a Talent List profession in force on
    as_of. spaCy's PhraseMatcher over lemma-free lower-cased tokens of the post title."""
    text = post_text(f)
    if not text:
        return None
    version, professions = talent_list(f.as_of.isoformat())
    nlp = _nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for p in professions:
        matcher.add(p["id"], [nlp.make_doc(k) for k in p["keywords"]])
    hits = matcher(nlp.make_doc(text))
    if not hits:
        return None
    match_id = nlp.vocab.strings[hits[0][0]]
    return version, next(p for p in professions if p["id"] == match_id)


def recruitment_exempt(f: CaseFacts) -> tuple[bool, str]:
    th = load("thresholds")
    if f.as_of.isoformat() < th["recruitment_exemption_effective"]:
        return False, "the exemptions apply from 28 December 2022"
    tl = talent_list_match(f)
    if tl:
        return True, f"post matches Talent List ({tl[0]}) profession: {tl[1]['title']}"
    pkg = annual_package(f)
    if pkg is not None and pkg >= th["recruitment_exemption_annual_hkd"]:
        return True, f"annual package HK${pkg:,.0f} is at least HK${th['recruitment_exemption_annual_hkd']:,}"
    return False, "post is not on the Talent List and the package is under HK$2,000,000"


# A graduation certificate's level that is a degree's, as printed in either language
DEGREE_LEVEL = re.compile(r"本科|研究生|bachelor|master|doctor|undergraduate|postgraduate", re.IGNORECASE)


def has_degree(f: CaseFacts) -> bool:
    if f.value("degree_certificate", "degree_level"):
        return True
    lvl = f.value("graduation_certificate", "level")
    return bool(lvl and DEGREE_LEVEL.search(str(lvl))) or \
        bool(f.docs("degree_certificate"))


def related_families(major: str, post: str) -> list[str]:
    """Families of study the major belongs to whose usual posts include words of the post."""
    families = load("relevance")["families"]
    # (and the Latin words of a post in both scripts: 'ESG报告经理' is one token to the English tokenizer)
    post_words = {t.lower_ for t in _nlp().make_doc(post)} | set(re.findall(r"[a-z]+", post.lower()))
    post_zh = simplified(post)
    major_l = simplified(major).lower()
    out = []
    for name, fam in families.items():
        in_post = post_words & set(fam["posts"]) or any(w in post_zh for w in fam["posts"] if not w.isascii())
        if any(m in major_l for m in fam["majors"]) and in_post:
            out.append(name)
    return out
