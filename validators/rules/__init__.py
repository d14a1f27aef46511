"""A rule is one small function with an id from SPEC §6: CaseFacts in, one Verdict out (or
None when it has nothing to say). `@rule(id, item)` registers it and gives its verdict the id;
`item` is the checklist item its outcome bears on."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from pipeline.model import CheckResult, Outcome

from ..facts import CaseFacts


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    message: str
    evidence: list[dict]


@dataclass(frozen=True)
class Rule:
    id: str
    item: str | None
    fn: Callable[[CaseFacts], Verdict | None]

    def check(self, f: CaseFacts) -> CheckResult | None:
        v = self.fn(f)
        return None if v is None else CheckResult(id=self.id, outcome=v.outcome, message=v.message, evidence=v.evidence,
                                                  item=self.item)


RULES: list[Rule] = []


def rule(rule_id: str, item: str | None):
    def register(fn):
        RULES.append(Rule(rule_id, item, fn))
        return fn
    return register


def result(outcome: Outcome, message: str, *evidence: dict) -> Verdict:
    return Verdict(outcome, message, [e for e in evidence if e])


def na(why: str) -> Verdict:
    return result("not_applicable", why)


def unread(f: CaseFacts, doc_type: str, review: str, absent: str) -> Verdict:
    """A field the rule needs was not read: review when its document is there (a person must
    read it), not applicable when it is not (the checklist already reports it missing)."""
    return result("review", review) if f.docs(doc_type) else na(absent)


def load_all() -> list[Rule]:
    from . import applicant, employer, integrity, travel  # noqa: F401  (registers the rules)
    return RULES
