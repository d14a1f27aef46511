"""The auditor's re-run: process a past case again from its original files with the as_of of
its report, and say what differs and why."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from pipeline.errors import BadArguments, ReportCorrupt
from pipeline.ingest import scan_case, sha256_file

from .report import code_version
from .run import process_case

REPORT_KEYS = ("case_id", "as_of", "status", "documents", "checklist", "checks", "manifest")


def load_past(out_case: Path) -> tuple[dict, dict]:
    """The past report and its run facts; a report that is not whole is ReportCorrupt (exit 4),
    never a traceback or the exit code of "different"."""
    try:
        report = json.loads((out_case / "report.json").read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise BadArguments(f"{out_case} has no report.json: give the case's output folder (OUT/<case-id>)") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise ReportCorrupt(f"{out_case.name}/report.json is not valid JSON ({exc}); it cannot be re-verified. "
                            "Run the case again with `intake process` to write a new report.") from exc
    missing = [k for k in REPORT_KEYS if not isinstance(report, dict) or k not in report]
    if missing or not isinstance(report.get("manifest"), dict) or "inputs" not in report["manifest"]:
        raise ReportCorrupt(f"{out_case.name}/report.json is incomplete (missing {', '.join(missing) or 'manifest.inputs'}); "
                            "it cannot be re-verified. Run the case again with `intake process`.")
    run: dict = {}
    if (out_case / "run.json").is_file():
        try:
            run = json.loads((out_case / "run.json").read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise ReportCorrupt(f"{out_case.name}/run.json is not valid JSON ({exc}); pass the case's original "
                                "folder with --inbox-case to re-verify it") from exc
        if not isinstance(run, dict):
            raise ReportCorrupt(f"{out_case.name}/run.json is not a mapping; pass --inbox-case to re-verify the case")
    return report, run


def _source(out_case: Path, run: dict, inbox_case: Path | None) -> Path | None:
    if inbox_case is not None:
        return inbox_case
    where = run.get("source_dir")
    if not isinstance(where, str) or not where:
        return None
    return out_case / where if not Path(where).is_absolute() else Path(where)  # relative since #31


def _fields(r: dict) -> dict[str, object]:
    return {f"{d['id']}.{k}": v["value"] for d in r["documents"] for k, v in d["fields"].items()} | \
        {f"{d['id']}.type": d["type"] for d in r["documents"]}


def diff_reports(old: dict, new: dict) -> list[str]:
    lines = []
    if old["status"] != new["status"]:
        lines.append(f"case status: {old['status']} -> {new['status']}")
    for k in ("code", "ocr", "reference_data"):
        if old["manifest"].get(k) != new["manifest"].get(k):
            lines.append(f"versions differ ({k}): {json.dumps(old['manifest'].get(k), sort_keys=True)} -> "
                         f"{json.dumps(new['manifest'].get(k), sort_keys=True)}")
    then = [c["case_id"] for c in old["manifest"].get("compared_cases", [])]
    now = [c["case_id"] for c in new["manifest"].get("compared_cases", [])]
    if then != now or old["manifest"].get("compared_cases") != new["manifest"].get("compared_cases"):
        lines.append(f"other cases compared for duplicates: {', '.join(then) or 'none'} -> {', '.join(now) or 'none'}"
                     + (" (their fingerprints changed)" if then == now else ""))
    a, b = _fields(old), _fields(new)
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            lines.append(f"field {key}: {a.get(key)!r} -> {b.get(key)!r}")
    ca = {c["id"]: c for c in old["checks"]}
    cb = {c["id"]: c for c in new["checks"]}
    for key in sorted(set(ca) | set(cb)):
        x, y = ca.get(key, {}), cb.get(key, {})
        if x.get("outcome") != y.get("outcome"):
            lines.append(f"check {key}: {x.get('outcome')} -> {y.get('outcome')} ({y.get('message', '')})")
    ia = {i["item"]: i["status"] for i in old["checklist"]}
    ib = {i["item"]: i["status"] for i in new["checklist"]}
    for key in sorted(set(ia) | set(ib)):
        if ia.get(key) != ib.get(key):
            lines.append(f"checklist {key}: {ia.get(key)} -> {ib.get(key)}")
    return lines


def replayed(out_case: Path, new_case: Path, events: list) -> list[str]:
    """The people's decisions laid over the past report and over the re-run: does the final
    outcome they reached still hold?"""
    from .workspace.decisions import load_report, outcome
    then = outcome(out_case, load_report(out_case), events)
    now = outcome(new_case, load_report(new_case), events)
    lines = [f"{len(events)} decision(s) replayed: final outcome {then.status} -> {now.status} "
             f"({'holds' if then.status == now.status else 'does NOT hold'})"]
    lines += [f"decision {e.seq} ({e.kind} {e.target} by {e.actor}) does not carry over: {why}" for e, why in now.applied.stale]
    return lines


def reverify(out_case: Path, inbox_case: Path | None = None, events: list | None = None) -> tuple[bool, list[str]]:
    """(identical, explanation lines). With `events` (the case's decisions in the workspace),
    also whether the outcome they reached holds on the re-run."""
    old, run = load_past(out_case)
    source = _source(out_case, run, inbox_case)
    if source is None or not source.is_dir():
        raise BadArguments(f"original files not found at {source}; pass --inbox-case with the case folder")
    source = source.resolve()
    notes = []
    now = {f.name: sha256_file(f.path) for f in scan_case(source).files if f.error is None}
    then = {i["file"]: i["sha256"] for i in old["manifest"]["inputs"]}
    for name in sorted(set(then) - set(now)):
        notes.append(f"input vanished: {name}")
    for name in sorted(set(now) - set(then)):
        notes.append(f"input added since: {name}")
    for name in sorted(set(now) & set(then)):
        if now[name] != then[name]:
            notes.append(f"input changed: {name} (sha256 {then[name][:12]}… -> {now[name][:12]}…)")
    if old["manifest"]["code"] != code_version():
        notes.append("this code differs from the code that wrote the report; results may differ for that reason")
    with tempfile.TemporaryDirectory() as tmp:
        # Compare with the same other cases as the first run did, from the same output store.
        compared = [c["case_id"] for c in old["manifest"].get("compared_cases", [])]
        summary = process_case(source, Path(tmp), as_of=old["as_of"], store=out_case.parent, compare_with=compared)
        if summary.status in ("skipped", "failed"):
            raise BadArguments(f"cannot re-run: {summary.note}")
        new_text = (Path(tmp) / source.name / "report.json").read_text(encoding="utf-8")
        if events:
            notes += replayed(out_case, Path(tmp) / source.name, events)
    old_text = (out_case / "report.json").read_text(encoding="utf-8")
    new = json.loads(new_text)
    new["case_id"] = old["case_id"]
    if new_text == old_text:
        return True, notes
    try:
        return False, notes + diff_reports(old, new)
    except (KeyError, TypeError, AttributeError) as exc:
        raise ReportCorrupt(f"{out_case.name}/report.json differs from the re-run and is malformed inside "
                            f"({type(exc).__name__}: {exc}), so the differences cannot be listed") from exc
