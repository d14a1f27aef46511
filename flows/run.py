"""One case end to end without Prefect: scan, analyse every file on a bounded thread pool,
validate, write the report. The Prefect flows call the same functions."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import threading
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable, Literal

from pipeline.case_settings import CaseSettingsError
from pipeline.errors import CaseError, plain_message
from pipeline.fingerprint import page_numbers, text_shingles
from pipeline.ingest import CaseFolder, is_still_uploading, scan_case, sha256_file, stray_files
from pipeline.model import CaseStatus, Document, Report
from validators.facts import CaseFacts, dependants, marks_on
from validators.holders import assign_holders
from validators.scheme import names as scheme_names
from validators.settle import settle_han_names, settle_latin_names, settle_travel_numbers
from validators.validate import validate

from .case import FileAnalysis, analyse_file, page_image_name
from .continued import join_continued
from .report import atomic_write, manifest, remove_stale_temp_files, write_case

log = logging.getLogger(__name__)


@dataclass
class CaseSummary:
    case_id: str
    status: CaseStatus | Literal["skipped", "failed"]
    run: str = ""  # what this run did: processed, unchanged, skipped, failed or quarantined (flows.batch)
    as_of: str = ""
    documents: int = 0
    pages: int = 0
    missing: list[str] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0
    report: str = ""
    note: str = ""


def resolve_as_of(cli_as_of: str | None, settings: dict) -> tuple[str, str]:
    for value, source in ((cli_as_of, "command line"), (settings.get("as_of"), "case.yaml")):
        if value:
            return date.fromisoformat(str(value)).isoformat(), source
    return date.today().isoformat(), "processing date"


def _marks(analyses: list[FileAnalysis], documents: list[Document]) -> list[dict]:
    return marks_on([(a.name, p.number, p.text) for a in analyses for p in a.pages], documents)


def case_fingerprints(case_id: str, analyses: list[FileAnalysis]) -> dict:
    """What another case is compared with: every file's sha256 and every page's image hash
    and text shingles. Written beside the report as fingerprints.json."""
    docs = {where: (d.id, d.type) for a in analyses for d in a.documents for where in d.all_pages()}
    return {"case_id": case_id, "files": {a.name: a.sha256 for a in analyses if a.sha256},
            "pages": [{"file": a.name, "page": p.number, "document": docs.get((a.name, p.number), ("", ""))[0],
                       "type": docs.get((a.name, p.number), ("", ""))[1], "dhash": p.dhash, "shingles": text_shingles(p),
                       "numbers": page_numbers(p)}
                      for a in analyses for p in a.pages]}


def load_store(store: Path | None, case_id: str, only: list[str] | None = None, before: str | None = None) -> list[dict]:
    """Fingerprints of the other cases in the output store that arrived `before` this one
    (first seen earlier), or the `only` ones an auditor's re-run must compare with again.
    Comparing with earlier cases only keeps a report the same when the case is run again
    after others joined the store: the later upload is the one that repeats an earlier one."""
    if store is None or not store.is_dir():
        return []
    out = []
    for fp in sorted(store.glob("*/fingerprints.json")):
        cid = fp.parent.name
        if cid == case_id or (only is not None and cid not in only) or not (fp.parent / "report.json").is_file():
            continue  # a case killed before its report was written is not in the store
        try:
            other = json.loads(fp.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # a damaged store entry is not this case's problem
        if only is None and before is not None and (other.get("first_seen", ""), cid) >= (before, case_id):
            continue
        out.append(other)
    return out


def first_seen(out_case: Path) -> str:
    """When the case first reached the store; kept through every later run."""
    try:
        old = json.loads((out_case / "fingerprints.json").read_text(encoding="utf-8"))
        if isinstance(old.get("first_seen"), str):
            return old["first_seen"]
    except (OSError, ValueError):
        pass
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def case_facts(case: CaseFolder, analyses: list[FileAnalysis], as_of: str, fingerprints: dict | None = None,
               other_cases: list[dict] | None = None) -> CaseFacts:
    # Reconciled before the rules: whose travel document is whose, the Chinese name as the case
    # reads it. Both give new documents; the analyses keep what each file read.
    read = [d for a in analyses for d in a.documents]
    documents = settle_latin_names(settle_travel_numbers(settle_han_names(assign_holders(read, dependants(case.settings)))))
    fingerprints = fingerprints or case_fingerprints(case.case_id, analyses)
    return CaseFacts(case_id=case.case_id, as_of=date.fromisoformat(as_of), documents=documents,
                     settings=case.settings, marks=_marks(analyses, documents),
                     files=[{"file": a.name, "sha256": a.sha256, "pdf": a.pdf} for a in analyses],
                     pages=fingerprints["pages"], other_cases=other_cases or [])


def build_report(case: CaseFolder, facts: CaseFacts) -> Report:
    scheme = str(case.settings.get("scheme") or "ASMTP")
    checklist, checks, status = validate(facts, scheme)
    inputs = [{"file": f.name, "sha256": f.sha256, "size": f.size} for f in case.files]
    compared = [{"case_id": o["case_id"], "fingerprints": store_digest(o)}
                for o in sorted(facts.other_cases, key=lambda o: o["case_id"])]
    return Report(case_id=case.case_id, as_of=facts.as_of.isoformat(), scheme=scheme, status=status, documents=facts.documents,
                  checklist=checklist, checks=checks, manifest=manifest(inputs) | {"compared_cases": compared})


def store_digest(fingerprints: dict) -> str:
    """What another case's report records of this one: its content, not when it arrived, so a
    report is the same whichever run or worker first saw the cases."""
    content = {k: v for k, v in fingerprints.items() if k != "first_seen"}
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()[:16]


def input_fingerprint(case: CaseFolder, as_of: str) -> str:
    """All a case's report depends on but the other cases: its files (their bytes as they are
    on disk now) and settings, the reference date, and the versions of the code, rules,
    reference data and OCR."""
    parts = {"files": [[f.name, _file_digest(f.path)] for f in case.files], "settings": case.settings,
             "settings_error": case.settings_error, "as_of": as_of, "versions": manifest([])}
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:32]


def _file_digest(path: Path) -> str:
    try:
        return sha256_file(path)
    except OSError as exc:
        return f"unreadable: {exc.strerror or type(exc).__name__}"


def run_fingerprint(inputs: str, compared: list[dict]) -> str:
    """The case's own inputs and the other cases it was compared with: a case whose run
    fingerprint is unchanged would get the same report again."""
    body = json.dumps({"inputs": inputs, "compared": compared}, sort_keys=True)
    return hashlib.sha256(body.encode()).hexdigest()[:32]


def finish_case(case: CaseFolder, analyses: list[FileAnalysis], as_of: str, as_of_source: str,
                out_dir: Path, started: float, store: Path | None = None, compare_with: list[str] | None = None,
                inputs: str | None = None) -> CaseSummary:
    """`store` is the output folder whose other cases this one is compared with (out_dir by
    default); `compare_with` limits that to named cases, as an auditor's re-run does.
    `inputs` is the case's input fingerprint taken before its files were read, if it was."""
    out_case = out_dir / case.case_id
    fingerprints = case_fingerprints(case.case_id, analyses) | {"first_seen": first_seen(out_case)}
    others = load_store(out_dir if store is None else store, case.case_id, compare_with, fingerprints["first_seen"])
    facts = case_facts(case, analyses, as_of, fingerprints, others)
    report = build_report(case, facts)
    atomic_write(out_case / "fingerprints.json", json.dumps(fingerprints, sort_keys=True) + "\n")
    pages = {a.name: [{"number": p.number, "width": p.width, "height": p.height,
                       "image": f"pages/{page_image_name(a.sha256, p.number)}"} for p in a.pages] for a in analyses}
    # What the rules saw besides the documents, so the review workspace can run them again
    # on an operator's corrections without reading a page.
    atomic_write(out_case / FACTS_FILE, json.dumps({"settings": facts.settings, "marks": facts.marks, "files": facts.files,
                                                    "page_images": pages}, ensure_ascii=False, sort_keys=True, default=str) + "\n")
    seconds = round(time.time() - started, 2)
    # The case folder relative to its output folder: the auditor's re-run finds it, and no
    # absolute path or host name of the machine goes into the output.
    run_facts = {"source_dir": os.path.relpath(case.path.absolute(), out_case.absolute()), "as_of": as_of,
                 "as_of_source": as_of_source, "seconds": seconds,
                 "started": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(started)),
                 "fingerprint": run_fingerprint(inputs or input_fingerprint(case, as_of), report.manifest["compared_cases"])}
    write_case(out_case, report, pages, run_facts)
    (out_case / ERROR_FILE).unlink(missing_ok=True)
    return summary_of(report, out_case / "report.json", pages=sum(len(a.pages) for a in analyses), seconds=seconds)


def summary_of(report: Report, path: Path, pages: int, **more) -> CaseSummary:
    """The batch summary's row of a case's report."""
    return CaseSummary(case_id=report.case_id, status=report.status, as_of=report.as_of, documents=len(report.documents),
                       pages=pages,
                       missing=[i.item for i in report.checklist if i.required and i.status in ("missing", "unreadable")],
                       flagged=[i.item for i in report.checklist if i.status == "needs_review"],
                       errors=sum(len([e for e in d.errors if e.code != "warning"]) for d in report.documents),
                       report=str(path), **more)


def skip_reason(case_dir: Path) -> str | None:
    why = is_still_uploading(case_dir)
    return f"still uploading: {why}; it will be picked up on the next run" if why else None


@dataclass
class CaseRead:
    """The expensive half of a case (every file read), ready for its report."""
    case: CaseFolder
    analyses: list[FileAnalysis]
    as_of: str
    as_of_source: str
    started: float


# Errors that may pass if the case is tried again a moment later: a file replaced while it was
# read, a busy file system or database. Anything else fails the case at once.
TRANSIENT = (FileNotFoundError, BlockingIOError, InterruptedError, TimeoutError, ConnectionError)
ATTEMPTS = 3


def is_transient(exc: BaseException) -> bool:
    return isinstance(exc, TRANSIENT) or "database is locked" in str(exc)


def guarded(case_id: str, out_dir: Path, started: float, step: Callable[[], CaseSummary | CaseRead],
            pause: float = 1.0) -> CaseSummary | CaseRead:
    """Run one step of a case, never raising for anything about it: a case that cannot be
    processed comes back `failed` with its error (also in OUT/<case>/error.json), and the
    batch goes on. Transient errors are tried again, with a growing pause."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return step()
        except CaseError as exc:
            return failed_case(case_id, out_dir, exc.code, exc.message, started)
        except Exception as exc:
            if is_transient(exc) and attempt < ATTEMPTS:
                log.warning("case %s: %s; trying again (%d of %d)", case_id, plain_message(exc), attempt + 1, ATTEMPTS)
                time.sleep(pause * 2 ** (attempt - 1))
                continue
            log.error("case %s failed:\n%s", case_id, traceback.format_exc())  # a bug: the case fails, the batch goes on
            return failed_case(case_id, out_dir, "internal_error", f"{type(exc).__name__}: {plain_message(exc)}", started)
    raise AssertionError("unreachable")


def read_case(case_dir: Path, out_dir: Path, as_of: str | None = None, workers: int = 2,
              on_file: Callable[[str], None] | None = None) -> CaseSummary | CaseRead:
    """Every file of the case read, or why the case is skipped or failed (never raises)."""
    started = time.time()
    if case_dir.name.startswith("."):
        return CaseSummary(case_id=case_dir.name, status="skipped",
                           note="hidden folder (its name starts with '.'): not processed; rename it to have it processed")
    return guarded(case_dir.name, out_dir, started, lambda: _read_case(case_dir, out_dir, as_of, workers, on_file, started))


def finish_read(read: CaseSummary | CaseRead, out_dir: Path, store: Path | None = None,
                compare_with: list[str] | None = None, inputs: str | None = None) -> CaseSummary:
    """The report of a case whose files were read; a skipped or failed case passes through."""
    if isinstance(read, CaseSummary):
        return read
    r = read
    result = guarded(r.case.case_id, out_dir, r.started,
                     lambda: finish_case(r.case, r.analyses, r.as_of, r.as_of_source, out_dir, r.started, store,
                                         compare_with, inputs))
    assert isinstance(result, CaseSummary)
    return result


def process_case(case_dir: Path, out_dir: Path, as_of: str | None = None, workers: int = 2,
                 on_file: Callable[[str], None] | None = None, store: Path | None = None,
                 compare_with: list[str] | None = None) -> CaseSummary:
    """One case end to end, never raising for anything about it."""
    return finish_read(read_case(case_dir, out_dir, as_of, workers, on_file), out_dir, store, compare_with)


ERROR_FILE = "error.json"
FACTS_FILE = "facts.json"


def failed_case(case_id: str, out_dir: Path, code: str, message: str, started: float) -> CaseSummary:
    try:
        atomic_write(out_dir / case_id / ERROR_FILE,
                     json.dumps({"case_id": case_id, "code": code, "message": message}, ensure_ascii=False, indent=2) + "\n")
    except OSError:
        log.error("could not write the error of case %s", case_id)
    return CaseSummary(case_id=case_id, status="failed", note=f"{code}: {message}", seconds=round(time.time() - started, 2))


def _read_case(case_dir: Path, out_dir: Path, as_of: str | None, workers: int, on_file,
               started: float) -> CaseSummary | CaseRead:
    if case_dir.is_symlink():
        raise CaseError("link_outside_inbox", "the case folder is a symbolic link; it was not read. "
                                              "Put the case's files in a folder of the inbox itself.")
    why = skip_reason(case_dir)
    if why:
        return CaseSummary(case_id=case_dir.name, status="skipped", note=why)
    case = scan_case(case_dir)
    if case.settings_error:
        raise CaseError(CaseSettingsError.code, case.settings_error + "; fix case.yaml and the case is processed on the next run")
    scheme_name = str(case.settings.get("scheme", "ASMTP"))
    if scheme_name.lower() not in scheme_names():
        raise CaseError(CaseSettingsError.code, f"case.yaml: scheme {scheme_name!r} is not one this product checks "
                                             f"({', '.join(n.upper() for n in scheme_names())})")
    as_of_value, source = resolve_as_of(as_of, case.settings)
    page_dir = out_dir / case.case_id / "pages"

    def one(args):
        i, item = args
        a = analyse_file(item, i, page_dir, as_of_value)
        if on_file:
            on_file(item.name)
        return a

    remove_stale_temp_files(out_dir / case.case_id)
    analyses = list(file_pool(workers).map(one, enumerate(case.files)))
    join_continued(case.files, analyses)
    return CaseRead(case, analyses, as_of_value, source, started)


_FILE_POOLS: dict[int, ThreadPoolExecutor] = {}
_FILE_POOLS_LOCK = threading.Lock()


def file_pool(workers: int) -> ThreadPoolExecutor:
    """The process's `workers` file readers, shared by the cases read at once: while one case
    reads its last file, the next case's files take the idle worker, and the engines never run
    on more threads than `workers` (each thread keeps its own loaded models)."""
    workers = max(1, workers)
    with _FILE_POOLS_LOCK:
        if workers not in _FILE_POOLS:
            _FILE_POOLS[workers] = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="intake-file")
        return _FILE_POOLS[workers]


def stray_summaries(inbox: Path) -> list[CaseSummary]:
    return [CaseSummary(case_id=name, status="skipped",
                        note="a file in the inbox outside any case folder; put it in its case's folder to have it read")
            for name in stray_files(inbox)]


SUMMARY_FIELDS = ["case_id", "status", "run", "as_of", "documents", "pages", "missing", "flagged", "errors", "seconds", "note"]


def summary_rows(summaries: list[CaseSummary]) -> list[dict]:
    rows = []
    for s in summaries:
        d = asdict(s)
        rows.append({k: (", ".join(d[k]) if isinstance(d[k], list) else d[k]) for k in SUMMARY_FIELDS})
    return rows


def write_summary_csv(out_dir: Path, summaries: list[CaseSummary]) -> Path:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=SUMMARY_FIELDS)
    w.writeheader()
    w.writerows(summary_rows(summaries))
    path = out_dir / "batch_summary.csv"
    remove_stale_temp_files(out_dir)
    atomic_write(path, buf.getvalue())
    return path
