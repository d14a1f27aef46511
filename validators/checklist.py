"""Checklist items and case status, exactly per SPEC §4, from the scheme file and the checks."""
from __future__ import annotations

from pipeline.model import ChecklistItem, CheckResult, Document

from .derived import company_age_months, has_degree, recruitment_exempt
from .facts import CaseFacts
from .scheme import scheme as load_scheme


def required(condition: str, f: CaseFacts, spec: dict) -> tuple[bool, str]:
    if condition == "always":
        return True, "required"
    if condition == "never":
        return False, "optional (if any)"
    if condition == "no_degree_found":
        return (not has_degree(f)), ("no degree-level qualification found" if not has_degree(f) else "a degree is present")
    if condition == "has_dependants":
        n = f.dependants
        return n > 0, f"{n} dependant(s) declared"
    if condition == "new_company":
        age = company_age_months(f)
        if age is None:
            return False, "company age unknown"
        new = age < spec["new_company_months"]
        return new, f"business commenced {age} months before as_of"
    if condition == "not_exempt":
        exempt, why = recruitment_exempt(f)
        return (not exempt), why
    raise ValueError(f"unknown checklist condition {condition!r}")


def _readable(doc: Document) -> bool:
    return doc.type != "unknown" and not any(e.code in ("no_text", "extraction_failed") for e in doc.errors) and \
        (bool(doc.fields) or doc.type in ("company_profile", "business_plan", "recruitment_evidence", "qualification_report",
                                          "work_experience_letter", "dependant_document"))


def build_checklist(f: CaseFacts, checks: list[CheckResult], scheme_name: str = "ASMTP") -> list[ChecklistItem]:
    spec = load_scheme(scheme_name)
    items = []
    for entry in spec["items"]:
        req, why = required(entry["required"], f, spec)
        docs = [d for d in f.documents if d.type in entry["types"]]
        ids = [d.id for d in docs]
        if not docs:
            status, reason = ("missing", f"no {' / '.join(entry['types'])} found ({why})") if req else ("not_required", why)
        elif not any(_readable(d) for d in docs):
            status, reason = "unreadable", "present but nothing could be read from it"
        else:
            flagged = [c for c in checks if c.item == entry["item"] and c.outcome in ("fail", "review")]
            if flagged:
                status, reason = "needs_review", "; ".join(f"{c.id}: {c.outcome}" for c in flagged)
            else:
                status, reason = "verified", "present, read, and every check on it passes"
        items.append(ChecklistItem(item=entry["item"], required=req, status=status, documents=ids, reason=reason))
    return items


def case_status(items: list[ChecklistItem], checks: list[CheckResult]) -> str:
    req = [i for i in items if i.required]
    if any(i.status in ("missing", "unreadable") for i in req):
        return "incomplete"
    if any(i.status == "needs_review" for i in req) or \
            any(c.outcome in ("fail", "review") and c.item is None for c in checks):
        return "needs_review"
    return "complete"
