"""Run every rule on a case's facts, then the checklist and the case status."""
from __future__ import annotations

import logging
import traceback

from pipeline.model import ChecklistItem, CheckResult

from .checklist import build_checklist, case_status
from .facts import CaseFacts
from .rules import load_all

log = logging.getLogger(__name__)


def run_rules(f: CaseFacts) -> list[CheckResult]:
    out = []
    for r in load_all():
        try:
            res = r.check(f)
        except Exception as exc:  # a rule bug must not sink the case: it becomes a review item
            log.error("rule %s failed:\n%s", r.id, traceback.format_exc())
            res = CheckResult(id=r.id, outcome="review", message=f"rule could not run ({type(exc).__name__}: {exc})",
                              item=r.item)
        if res is not None:
            out.append(res)
    return sorted(out, key=lambda c: c.id)


def validate(f: CaseFacts, scheme: str = "ASMTP") -> tuple[list[ChecklistItem], list[CheckResult], str]:
    checks = run_rules(f)
    items = build_checklist(f, checks, scheme)
    return items, checks, case_status(items, checks)
