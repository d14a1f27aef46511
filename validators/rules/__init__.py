"""A rule is one small function with an id from SPEC §6: CaseFacts in, one CheckResult out.
`@rule(id, item)` registers it; `item` is the checklist item its outcome bears on."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from pipeline.model import CheckResult

from ..facts import CaseFacts


@dataclass(frozen=True)
class Rule:
    id: str
    item: str | None
    fn: Callable[[CaseFacts], CheckResult | None]


RULES: list[Rule] = []


def rule(rule_id: str, item: str | None):
    def register(fn):
        RULES.append(Rule(rule_id, item, fn))
        return fn
    return register


def result(rule_id: str, outcome: str, message: str, *evidence: dict) -> CheckResult:
    return CheckResult(id=rule_id, outcome=outcome, message=message, evidence=[e for e in evidence if e])


def na(rule_id: str, why: str) -> CheckResult:
    return result(rule_id, "not_applicable", why)


def load_all() -> list[Rule]:
    from . import applicant, employer, integrity, travel  # noqa: F401  (registers the rules)
    return RULES
