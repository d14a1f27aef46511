"""A batch over an inbox, as the scheduled service runs it.

- Only what changed is run: a case whose run fingerprint (its files, case.yaml, as_of, the
  versions of code, rules, reference data and OCR, and the earlier cases it is compared with)
  equals its last finished run's keeps its report.
- Each case is leased while it runs (OUT/<case>/.lease), so two runs or two workers never do
  one case at once; a lease whose process is gone, or that was not renewed in time, is taken over.
- A case that failed QUARANTINE_AFTER runs in a row with the same inputs is set aside with its
  error until its inputs or the code change (or --force), instead of failing every run.
- Reading the files (the OCR) may fan out to other processes or machines (`read_all`); the
  reports are written here, one case after another in the order the cases reached the store,
  so each case is compared with the same earlier cases however the reading was spread, and
  the reports are byte-identical to a one-process run's.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import tempfile
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

from pipeline.ingest import list_cases, scan_case
from pipeline.model import Report

from .report import alive, atomic_write, make_dirs, output_mode
from .run import (
    ERROR_FILE,
    CaseRead,
    CaseSummary,
    finish_read,
    input_fingerprint,
    read_case,
    resolve_as_of,
    run_fingerprint,
    skip_reason,
    store_digest,
    stray_summaries,
    summary_of,
    write_summary_csv,
)

log = logging.getLogger(__name__)

LEASE_FILE = ".lease"
QUARANTINE_AFTER = 3  # failed runs in a row, with the same inputs


def lease_seconds() -> float:
    """How long a lease holds without renewal (INTAKE_LEASE_SECONDS); the holder renews it far
    more often, so only a holder that is gone lets it run out."""
    return float(os.environ.get("INTAKE_LEASE_SECONDS", "600"))


@dataclass
class Work:
    """A case this run reads and reports on."""
    case_dir: Path
    inputs: str  # its input fingerprint, taken before its files are read
    order: tuple[str, str]  # (first seen, case id): the order reports are written in
    failures: int = 0  # runs in a row that failed with these same inputs


ReadAll = Callable[[list[Work]], Iterable["CaseRead | CaseSummary"]]


def read_in_turn(out: Path, as_of: str | None, workers: int) -> ReadAll:
    """Read the cases in this process, in order, `workers` files at a time: the next case is
    begun while one is read, so that its files fill a worker the case's last file leaves idle."""
    def read_all(work: list[Work]) -> Iterator[CaseRead | CaseSummary]:
        with ThreadPoolExecutor(max_workers=CASES_AT_ONCE) as cases:
            pending = [cases.submit(read_case, w.case_dir, out, as_of, workers) for w in work[:CASES_AT_ONCE]]
            for i in range(len(work)):
                read = pending.pop(0).result()
                if i + CASES_AT_ONCE < len(work):
                    pending.append(cases.submit(read_case, work[i + CASES_AT_ONCE].case_dir, out, as_of, workers))
                yield read
    return read_all


CASES_AT_ONCE = 2  # cases in flight: one being read, the next filling idle workers

# Readings begun before a run's flow started, by (case folder, input fingerprint): each is read
# into a scratch folder of its own, so that nothing in the output store is touched without a lease.
_BEGUN: dict[tuple[str, str], tuple[Future, Path]] = {}
_BEGUN_LOCK = threading.Lock()


def begin_reading(inbox: Path, out: Path, as_of: str | None, force: bool, workers: int) -> int:
    """Begin reading the first cases a run will read, before the run has started: Prefect's
    embedded server takes 8-15 s to start on one core while the other waits (docs/BENCHMARKS.md).
    The run's task for such a case takes the reading (`take_begun`) if the case's inputs are
    still the same. Returns how many cases began."""
    work, _ = plan_batch(inbox, out, as_of, force)
    work = [w for w in work if not (out / w.case_dir.name / LEASE_FILE).exists()][:CASES_AT_ONCE]
    if not work:
        return 0
    pool = ThreadPoolExecutor(max_workers=len(work), thread_name_prefix="intake-begun")
    with _BEGUN_LOCK:
        for w in work:
            scratch = Path(tempfile.mkdtemp(prefix="intake-begun-"))
            future = pool.submit(read_case, w.case_dir, scratch, as_of, workers)
            _BEGUN[(str(w.case_dir), w.inputs)] = (future, scratch)
    pool.shutdown(wait=False)
    return len(work)


def take_begun(case_dir: Path, inputs: str, out: Path) -> CaseRead | None:
    """The reading of this case begun before the run, waited for, its page images moved into
    the store (the caller holds the case's lease). None when none was begun for these inputs or
    it did not read (a failure is met again by reading anew, which records it in the store)."""
    with _BEGUN_LOCK:
        begun = _BEGUN.pop((str(case_dir), inputs), None)
    if begun is None:
        return None
    future, scratch = begun
    try:
        read = future.result()
        if not isinstance(read, CaseRead):
            return None
        pages = scratch / case_dir.name / "pages"
        if pages.is_dir():
            make_dirs(out / case_dir.name / "pages", output_mode())
            for page in pages.iterdir():
                shutil.move(page, out / case_dir.name / "pages" / page.name)  # /tmp may be another disk
        return read
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def forget_begun() -> None:
    """Readings the run did not take (the case's lease went elsewhere meanwhile) are dropped."""
    with _BEGUN_LOCK:
        dropped = list(_BEGUN.values())
        _BEGUN.clear()
    for future, scratch in dropped:
        future.add_done_callback(lambda _, scratch=scratch: shutil.rmtree(scratch, ignore_errors=True))


def store_index(out: Path) -> dict[str, tuple[str, str]]:
    """(first seen, digest) of every case in the store with a finished report."""
    index = {}
    for fp in sorted(out.glob("*/fingerprints.json")):
        if not (fp.parent / "report.json").is_file():
            continue
        try:
            data = json.loads(fp.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # as flows.run.load_store: a damaged entry is not compared with
        index[fp.parent.name] = (str(data.get("first_seen", "")), store_digest(data))
    return index


def compared_with(index: dict[str, tuple[str, str]], case_id: str) -> list[dict]:
    """The earlier cases a report of `case_id` would be compared with (flows.run.load_store)."""
    own = index.get(case_id, ("~", ""))[0]  # a case not yet in the store arrives after all of them
    return [{"case_id": cid, "fingerprints": digest} for cid, (seen, digest) in sorted(index.items())
            if cid != case_id and (seen, cid) < (own, case_id)]


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def plan(case_dir: Path, out: Path, as_of: str | None, index: dict, force: bool) -> Work | CaseSummary:
    """Work for this run, or the summary of a case left as it is."""
    case_id = case_dir.name
    if case_id.startswith(".") or case_dir.is_symlink() or skip_reason(case_dir):
        summary = read_case(case_dir, out, as_of)  # says why it is not read, at no cost
        assert isinstance(summary, CaseSummary)
        summary.run = summary.status
        return summary
    case = scan_case(case_dir)
    try:
        as_of_value = resolve_as_of(as_of, case.settings)[0]
    except ValueError:
        as_of_value = ""  # case.yaml is checked when the case is read
    inputs = input_fingerprint(case, as_of_value)
    order = (index.get(case_id, ("~", ""))[0], case_id)
    error = _read_json(out / case_id / ERROR_FILE)
    failures = int(error.get("failures", 0)) if error.get("fingerprint") == inputs else 0
    if force:
        return Work(case_dir, inputs, order, failures)
    if failures >= QUARANTINE_AFTER:
        return CaseSummary(case_id=case_id, status="failed", run="quarantined",
                           note=f"quarantined after {error['failures']} failed runs with the same inputs: "
                                f"{error.get('code')}: {error.get('message')}; it is run again when its files, "
                                "case.yaml or the code change, or with --force")
    last = _read_json(out / case_id / "run.json")
    if last.get("fingerprint") == run_fingerprint(inputs, compared_with(index, case_id)):
        kept = _kept(out / case_id / "report.json", f"unchanged since its report of {last.get('started', '?')}: kept")
        if kept:
            return kept
    return Work(case_dir, inputs, order, failures)


def _kept(path: Path, note: str) -> CaseSummary | None:
    """The summary row of a report kept as it is; None when it cannot be read (run it again)."""
    try:
        report = Report.model_validate_json(path.read_bytes())
    except (OSError, ValueError):
        return None
    pages = len({where for d in report.documents for where in d.all_pages()})
    return summary_of(report, path, pages, run="unchanged", note=note)


def plan_batch(inbox: Path, out: Path, as_of: str | None, force: bool) -> tuple[list[Work], list[CaseSummary]]:
    index = store_index(out)
    cases = list_cases(inbox)
    work: list[Work] = []
    kept: list[CaseSummary] = []
    for case_dir in cases:
        p = plan(case_dir, out, as_of, index, force)
        (work if isinstance(p, Work) else kept).append(p)  # type: ignore[arg-type]
    # A kept case compared with one run again now is run again after it: its report names
    # that case's fingerprints. Earlier cases come first, so one pass in order is enough.
    rerun = {w.case_dir.name for w in work}
    by_id = {p.name: p for p in cases}
    for s in sorted(kept, key=lambda s: (index.get(s.case_id, ("~", ""))[0], s.case_id)):
        if s.run == "unchanged" and rerun & {c["case_id"] for c in compared_with(index, s.case_id)}:
            kept.remove(s)
            work.append(plan(by_id[s.case_id], out, as_of, index, force=True))  # type: ignore[arg-type]
            rerun.add(s.case_id)
    return sorted(work, key=lambda w: w.order), kept


class Leases:
    """The cases this process is running, each marked by a lease file it renews."""

    def __init__(self, out: Path):
        self.out, self.held = out, set[str]()
        self.me = {"host": socket.gethostname(), "pid": os.getpid()}
        self._stop = threading.Event()
        self._renewer = threading.Thread(target=self._renew, daemon=True, name="lease-renewer")

    def __enter__(self) -> Leases:
        self._renewer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        for case_id in list(self.held):
            self.release(case_id)

    def take(self, case_id: str) -> str | None:
        """None when the lease is ours, else who holds it."""
        path = self.out / case_id / LEASE_FILE
        make_dirs(path.parent, output_mode())
        body = json.dumps(self.me | {"taken": datetime.now(timezone.utc).isoformat(timespec="seconds")})
        for _ in range(2):
            try:
                fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, output_mode())
            except FileExistsError:
                stale, why = self._stale(path)
                if not stale:
                    return why
                log.warning("case %s: taking over a lease (%s)", case_id, why)
                path.unlink(missing_ok=True)
                continue
            with os.fdopen(fd, "w") as f:
                f.write(body)
            self.held.add(case_id)
            return None
        return "another worker took its lease at the same moment"

    def release(self, case_id: str) -> None:
        if case_id in self.held:
            self.held.discard(case_id)
            (self.out / case_id / LEASE_FILE).unlink(missing_ok=True)

    def _stale(self, path: Path) -> tuple[bool, str]:
        """Whether the lease may be taken over, and why (or who holds it)."""
        try:
            holder, age = json.loads(path.read_text(encoding="utf-8")), time.time() - path.stat().st_mtime
        except FileNotFoundError:
            return True, "released meanwhile"
        except (OSError, ValueError):
            holder, age = {}, lease_seconds() + 1  # an unreadable lease protects nothing
        same_host = holder.get("host") == self.me["host"]
        if same_host and isinstance(holder.get("pid"), int) and not alive(holder["pid"]):
            return True, f"its process {holder['pid']} on this machine is gone"
        if age > lease_seconds():
            return True, f"not renewed for {age:.0f}s"
        return False, (f"held by process {holder.get('pid')} on {holder.get('host')} since {holder.get('taken')}: "
                       "it is being processed; left to that run")

    def _renew(self) -> None:
        while not self._stop.wait(max(1.0, lease_seconds() / 5)):
            for case_id in list(self.held):
                try:
                    os.utime(self.out / case_id / LEASE_FILE)
                except OSError:
                    pass  # released meanwhile


def record_failure(out: Path, work: Work) -> None:
    """Count failed runs in a row with the same inputs in the case's error.json."""
    path = out / work.case_dir.name / ERROR_FILE
    error = _read_json(path)
    if not error:
        return
    error |= {"fingerprint": work.inputs, "failures": work.failures + 1}
    atomic_write(path, json.dumps(error, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def run_batch(inbox: Path, out: Path, as_of: str | None = None, force: bool = False,
              read_all: ReadAll | None = None, workers: int = 2,
              progress: Callable[[int, int, CaseSummary], None] | None = None) -> list[CaseSummary]:
    """Every case of the inbox: the ones that changed read and reported, the others kept; the
    batch summary written. Never raises for anything about one case."""
    out.mkdir(parents=True, exist_ok=True)
    work, summaries = plan_batch(inbox, out, as_of, force)
    read_all = read_all or read_in_turn(out, as_of, workers)
    with Leases(out) as leases:
        taken = []
        for w in work:
            why = leases.take(w.case_dir.name)
            if why:
                summaries.append(CaseSummary(case_id=w.case_dir.name, status="skipped", run="skipped", note=why))
            else:
                taken.append(w)
        for n, (w, read) in enumerate(zip(taken, read_all(taken)), 1):
            s = finish_read(read, out, inputs=w.inputs)
            s.run = s.run or {"failed": "failed", "skipped": "skipped"}.get(s.status, "processed")
            if s.status == "failed" and w.inputs:
                record_failure(out, w)
            leases.release(w.case_dir.name)
            summaries.append(s)
            if progress:
                progress(n, len(taken), s)
    summaries.sort(key=lambda s: s.case_id)
    summaries += stray_summaries(inbox)
    write_summary_csv(out, summaries)
    return summaries


RUNS = ("processed", "unchanged", "skipped", "failed", "quarantined")


def run_counts(summaries: list[CaseSummary]) -> str:
    """'3 processed, 197 unchanged': what a run did, for the console and the Prefect artifact."""
    counts = {k: sum(1 for s in summaries if s.run == k) for k in RUNS}
    return ", ".join(f"{v} {k}" for k, v in counts.items() if v)
