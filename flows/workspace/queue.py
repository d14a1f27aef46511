"""The review queue: one row per case of the output folder, read from its report once per
change of the file (cached), with the status the decisions gave it."""
from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from .decisions import mask

NEEDS_REVIEW = ("needs_review", "incomplete")


@dataclass
class Row:
    case_id: str
    machine_status: str
    first_seen: str
    applicant: str
    travel_document: str  # masked
    hkid: str  # masked
    flagged_items: list[str] = field(default_factory=list)
    flagged_checks: list[str] = field(default_factory=list)
    status: str = ""  # after the decisions
    report_sha256: str = ""

    def age_days(self, now: datetime) -> int:
        try:
            seen = datetime.strptime(self.first_seen[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
        except ValueError:
            return 0
        return (now - seen).days


def _value(report: dict, doc_type: str, name: str) -> str:
    for d in report["documents"]:
        f = d["fields"].get(name) if d["type"] == doc_type else None
        if f and f.get("value"):
            return str(f["value"])
    return ""


def read_row(out_case: Path) -> Row:
    raw = (out_case / "report.json").read_bytes()
    report = json.loads(raw)
    seen = ""
    try:
        seen = json.loads((out_case / "fingerprints.json").read_text(encoding="utf-8")).get("first_seen", "")
    except (OSError, ValueError):
        pass
    name = " ".join(x for x in (_value(report, "travel_document", "surname"), _value(report, "travel_document", "given_names")) if x)
    return Row(case_id=report["case_id"], machine_status=report["status"], first_seen=seen,
               applicant=name or _value(report, "applicant_form", "surname"),
               travel_document=mask(_value(report, "travel_document", "document_number")),
               hkid=mask(_value(report, "hkid_copy", "hkid_number")),
               flagged_items=[i["item"] for i in report["checklist"] if i["status"] in ("needs_review", "missing", "unreadable")
                              and (i["required"] or i["status"] == "needs_review")],
               flagged_checks=[c["id"] for c in report["checks"] if c["outcome"] in ("fail", "review")],
               status=report["status"], report_sha256=hashlib.sha256(raw).hexdigest())


class CaseIndex:
    """Rows of every case in the output folder; a report is parsed again only when its file
    changed (size or modification time)."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self._rows: dict[str, tuple[tuple[int, int], Row]] = {}
        self._lock = threading.Lock()

    def rows(self) -> list[Row]:
        out = []
        for report in sorted(self.out_dir.glob("*/report.json")):
            try:
                st = report.stat()
                key = (st.st_mtime_ns, st.st_size)
                with self._lock:
                    cached = self._rows.get(report.parent.name)
                if cached is None or cached[0] != key:
                    cached = (key, read_row(report.parent))
                    with self._lock:
                        self._rows[report.parent.name] = cached
            except (OSError, ValueError, KeyError):
                continue  # a report being written or damaged: the batch reports it
            out.append(cached[1])
        return out


def queue(rows: list[Row], states: dict, status: str = "", item: str = "", check: str = "",
          min_age: int = 0, now: datetime | None = None) -> tuple[list[Row], dict[str, int]]:
    """Cases needing review, oldest first, filtered; and the count of every status."""
    now = now or datetime.now(timezone.utc)
    counts: dict[str, int] = {}
    picked = []
    for r in rows:
        s = states.get(r.case_id)
        # A copy: the cached row is shared by every request.
        r = replace(r, status=s.status if s is not None and s.status and s.report_sha256 == r.report_sha256 else r.machine_status)
        counts[r.status] = counts.get(r.status, 0) + 1
        if (status and r.status != status) or (not status and r.status not in NEEDS_REVIEW):
            continue
        if (item and item not in r.flagged_items) or (check and check not in r.flagged_checks):
            continue
        if min_age and r.age_days(now) < min_age:
            continue
        picked.append(r)
    return sorted(picked, key=lambda r: (r.first_seen, r.case_id)), counts
