"""A case as the workspace shows it: the machine's report, untouched, with every human
decision laid over it, and the rules run again on the corrected facts (no OCR). Decisions
are store.Event rows; this module only reads them."""
from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from extractors.declarations import declarations
from extractors.value_types import PARSERS
from pipeline.model import CheckResult, Document, Report
from validators.checklist import build_checklist, case_status
from validators.facts import CaseFacts
from validators.validate import run_rules

from ..run import FACTS_FILE, load_store
from .store import Event

FIELD_KINDS = ("accept", "correct")
DOCUMENT_KINDS = ("retype", "reject")


@functools.lru_cache(maxsize=1)
def settings() -> dict:
    return yaml.safe_load((Path(__file__).parent / "workspace.yaml").read_text(encoding="utf-8"))


def read_report(out_case: Path) -> tuple[Report, str]:
    """The case's report and the sha256 of those very bytes (a decision records the report it
    was made on; two reads could see two reports if the case is being written again)."""
    raw = (out_case / "report.json").read_bytes()
    return Report.model_validate_json(raw), hashlib.sha256(raw).hexdigest()


def load_report(out_case: Path) -> Report:
    return read_report(out_case)[0]


# --- what a field's value is, and how an operator's correction is parsed -------------------

def field_type(doc_type: str, name: str, value: Any) -> str:
    for d in declarations().get(doc_type, []):
        if d.key == name:
            return "code" if d.pattern else d.type
    if isinstance(value, bool):
        return "yes_no"
    if "date" in name or name.endswith(("_of_birth", "_expiry", "_issue")):
        return "date"
    if name.endswith("_hkd"):
        return "money"
    if name.endswith("_months"):
        return "months"
    if isinstance(value, int | float):
        return "number"
    return "text"


class BadValue(ValueError):
    pass


def parse_value(kind: str, text: str) -> Any:
    """An operator's input as the field's type reads it, or BadValue saying what is expected."""
    text = text.strip()
    if not text:
        raise BadValue("a value is needed")
    if kind == "yes_no":
        if text.lower() in ("yes", "y", "true", "是"):
            return True
        if text.lower() in ("no", "n", "false", "否"):
            return False
        raise BadValue("answer yes or no")
    if kind == "number":
        try:
            return float(text) if "." in text else int(text)
        except ValueError:
            raise BadValue("a number is expected") from None
    if kind == "code":
        return re.sub(r"\s", "", text.upper())
    parser = PARSERS.get(kind)
    value = parser(text) if parser else text
    if value in (None, ""):
        said = "money" if kind == "monthly_money" else kind.replace("_", " ")  # 'HK$624,000 per annum' is read by the month
        raise BadValue(f"{text!r} is not a valid {said}" + (" (YYYY-MM-DD)" if kind == "date" else ""))
    return value


def mask(number: Any) -> str:
    """A document number for lists: its first three and last two characters (E12****78)."""
    s = re.sub(r"[^0-9A-Za-z]", "", str(number or ""))  # V266970(6) -> V26****06
    return s if len(s) <= 5 else f"{s[:3]}{'*' * 4}{s[-2:]}"


# --- the decisions laid over the report --------------------------------------------------

def field_evidence(doc: Document, name: str) -> dict:
    f = doc.fields[name]
    return {"document": {"sha256": doc.sha256, "pages": doc.pages}, "value": f.value, "page": f.page,
            "bbox": list(f.bbox) if f.bbox else None}


def document_evidence(doc: Document) -> dict:
    return {"document": {"sha256": doc.sha256, "pages": doc.pages}, "type": doc.type}


def _find(documents: list[Document], where: dict, name: str = "", doc_type: str | None = None) -> Document | None:
    """The document a decision was made on, by its file and pages: ids shift when a case is
    run again with a file added. A page may hold two documents (a passport copied over an identity
    card): then the one with the decided field, or of the decided type."""
    same = [d for d in documents if d.sha256 == where.get("sha256") and d.pages == where.get("pages")]
    return next((d for d in same if (name and name in d.fields) or d.type == doc_type), same[0] if same else None)


@dataclass
class Applied:
    documents: list[Document]
    rejected: dict[str, Event] = field(default_factory=dict)  # document id -> its rejection
    decided: dict[str, Event] = field(default_factory=dict)  # "D01.field" / "D01" -> last decision on it
    overrides: dict[str, Event] = field(default_factory=dict)  # check id -> override in force
    pending: dict[str, Event] = field(default_factory=dict)  # check id -> override awaiting approval
    requested: dict[str, Event] = field(default_factory=dict)  # checklist item -> request
    stale: list[tuple[Event, str]] = field(default_factory=list)  # decisions that need a new look


def _same(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def apply(report: Report, events: list[Event]) -> Applied:
    """Each decision is checked against the machine's reading it was made on (the report's
    own, never an earlier correction): one whose evidence changed is stale, not applied.
    Events that decide nothing (views, letters) pass by."""
    docs = list(report.documents)
    machine = {d.id: d for d in report.documents}
    out = Applied(documents=docs)

    def own(doc: Document) -> Document:
        """The document to change: copied once, so the report stays the machine's."""
        if doc is not machine.get(doc.id):
            return doc
        k = next(i for i, d in enumerate(docs) if d is doc)
        docs[k] = doc.model_copy(deep=True)
        return docs[k]

    four_eyes = set(settings()["four_eyes"])
    checks = {c.id: c for c in report.checks}
    for e in events:
        before = e.before_value
        if e.kind in FIELD_KINDS or e.kind in DOCUMENT_KINDS:
            name = e.target.split(".", 1)[1] if "." in e.target else ""
            doc = _find(docs, before.get("document", {}), name, before.get("type"))
            if doc is None:
                out.stale.append((e, "its document is not in this report"))
                continue
            if e.kind in FIELD_KINDS:
                f = doc.fields.get(name)
                if f is None or not _same(field_evidence(machine[doc.id], name), before):
                    out.stale.append((e, "the reading or its evidence changed since"))
                    continue
                doc = own(doc)
                f = doc.fields[name]
                f.value = e.after_value if e.kind == "correct" else machine[doc.id].fields[name].value
                f.readings = machine[doc.id].fields[name].readings + ([str(before["value"])] if e.kind == "correct" else [])
                f.confidence = 1.0
                out.decided[f"{doc.id}.{name}"] = e
            elif e.kind == "retype":
                doc = own(doc)
                doc.type, doc.type_confidence = e.after_value, 1.0
                out.decided[doc.id] = e
            else:
                out.rejected[doc.id] = e
                out.decided[doc.id] = e
        elif e.kind == "override":
            now = checks.get(e.target)
            if now is None or {"outcome": now.outcome, "message": now.message} != before:
                out.stale.append((e, "the machine's verdict changed since"))
            elif e.target in four_eyes:
                out.pending[e.target] = e
            else:
                out.overrides[e.target] = e
        elif e.kind == "approve":
            asked = out.pending.pop(e.target, None)
            if asked is not None and asked.seq == e.after_value.get("override") and asked.actor != e.actor:
                out.overrides[e.target] = asked
        elif e.kind == "request":
            out.requested[e.target] = e
        elif e.kind == "withdraw_request":
            out.requested.pop(e.target, None)
    return out


# --- the rules run again ------------------------------------------------------------------

def case_facts(out_case: Path, report: Report, documents: list[Document]) -> CaseFacts:
    saved: dict = {}
    if (out_case / FACTS_FILE).is_file():
        saved = json.loads((out_case / FACTS_FILE).read_text(encoding="utf-8"))
    pages: list = []
    if (out_case / "fingerprints.json").is_file():
        pages = json.loads((out_case / "fingerprints.json").read_text(encoding="utf-8")).get("pages", [])
    compared = [c["case_id"] for c in report.manifest.get("compared_cases", [])]
    others = load_store(out_case.parent, report.case_id, only=compared) if compared else []
    return CaseFacts(case_id=report.case_id, as_of=date.fromisoformat(report.as_of), documents=documents,
                     settings=saved.get("settings", {}), marks=saved.get("marks", []), files=saved.get("files", []),
                     pages=pages, other_cases=others)


@dataclass
class Outcome:
    status: str
    checks: list[CheckResult]
    checklist: list
    applied: Applied
    facts_saved: bool = True  # False for a report written before facts.json was: the rules saw less


def outcome(out_case: Path, report: Report, events: list[Event]) -> Outcome:
    """The case's checks, checklist and status with the decisions applied (rules only, no OCR)."""
    applied = apply(report, events)
    kept = [d for d in applied.documents if d.id not in applied.rejected]
    facts = case_facts(out_case, report, kept)
    checks = run_rules(facts)
    for c in checks:
        e = applied.overrides.get(c.id)
        if e is not None and c.outcome in ("fail", "review"):
            c.message = f"overridden by {e.actor}: {e.reason} (the machine said: {c.outcome}, {c.message})"
            c.outcome = "pass"
    checklist = build_checklist(facts, checks, report.scheme)
    return Outcome(status=case_status(checklist, checks), checks=checks, checklist=checklist, applied=applied,
                   facts_saved=(out_case / FACTS_FILE).is_file())
