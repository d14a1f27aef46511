"""The batch as the scheduled service runs it (flows.batch): only what changed, a bad case.yaml
failing only its case and quarantined after three runs, leases, two runs at once, and cases
read on a Dask LocalCluster giving the reports of a one-process run. A worker killed mid-case
is tested through a real deployment (tests/test_scheduled.py)."""
import csv
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.batch import LEASE_FILE, QUARANTINE_AFTER, run_batch
from tests.conftest import CLEAN, ROOT, SAMPLES, part_of_case

OTHER = "case-2026-02"


def _inbox(tmp_path: Path, *cases: str) -> Path:
    """The sample cases' first files in an inbox: these tests are of the batch's bookkeeping, which
    a whole case would only make slower."""
    inbox = tmp_path / "inbox"
    for c in cases:
        part_of_case(c, inbox)
    return inbox


def _runs(summaries) -> dict[str, str]:
    return {s.case_id: s.run for s in summaries}


def _add_file(case: Path, source: str) -> None:
    new = case / f"extra-{source}"
    shutil.copy2(case / source, new)
    os.utime(new, (time.time() - 60, time.time() - 60))  # settled, as an upload a minute old


@pytest.fixture(scope="module")
def two_cases(tmp_path_factory):
    if not (SAMPLES / OTHER).is_dir():
        pytest.skip("sample_docs/inbox not generated")
    tmp = tmp_path_factory.mktemp("batch")
    inbox, out = _inbox(tmp, CLEAN, OTHER), tmp / "out"
    first = run_batch(inbox, out)
    return inbox, out, first


def test_a_second_run_keeps_every_unchanged_case(two_cases):
    inbox, out, first = two_cases
    assert _runs(first) == {CLEAN: "processed", OTHER: "processed"}
    written = {c: (out / c / "report.json").stat().st_mtime_ns for c in (CLEAN, OTHER)}
    second = run_batch(inbox, out)
    assert _runs(second) == {CLEAN: "unchanged", OTHER: "unchanged"}
    assert {c: (out / c / "report.json").stat().st_mtime_ns for c in (CLEAN, OTHER)} == written
    assert [s.status for s in second] == [s.status for s in first]
    rows = list(csv.DictReader((out / "batch_summary.csv").open()))
    assert [r["run"] for r in rows] == ["unchanged", "unchanged"]
    assert rows[1]["flagged"] == ", ".join(first[1].flagged)  # the kept report's findings still listed


def test_a_changed_case_is_run_again_and_so_is_a_later_case_compared_with_it(two_cases):
    inbox, out, _ = two_cases
    _add_file(inbox / OTHER, "IMG_4623.jpg")
    assert _runs(run_batch(inbox, out)) == {CLEAN: "unchanged", OTHER: "processed"}
    # CLEAN reached the store first, so OTHER's report names CLEAN's fingerprints: a change to
    # CLEAN runs OTHER again too.
    _add_file(inbox / CLEAN, sorted(p.name for p in (inbox / CLEAN).iterdir() if p.suffix == ".pdf")[0])
    assert _runs(run_batch(inbox, out)) == {CLEAN: "processed", OTHER: "processed"}
    assert _runs(run_batch(inbox, out)) == {CLEAN: "unchanged", OTHER: "unchanged"}


def test_a_bad_case_yaml_fails_its_case_only_and_is_quarantined_after_three_runs(two_cases, tmp_path):
    _, _, _ = two_cases
    inbox = _inbox(tmp_path, CLEAN)
    bad = inbox / "case-bad"
    shutil.copytree(inbox / CLEAN, bad)
    (bad / "case.yaml").write_text("as_of: '2026-02-30'\nscheme: GEP\n", encoding="utf-8")
    os.utime(bad / "case.yaml", (time.time() - 60, time.time() - 60))
    out = tmp_path / "out"
    for n in range(1, QUARANTINE_AFTER + 1):
        runs = _runs(run_batch(inbox, out))
        assert runs["case-bad"] == "failed" and runs[CLEAN] == ("processed" if n == 1 else "unchanged")
        error = json.loads((out / "case-bad" / "error.json").read_text())
        assert error["failures"] == n and "case.yaml" in error["message"]
    later = run_batch(inbox, out)
    assert _runs(later)["case-bad"] == "quarantined"
    assert "quarantined after 3 failed runs" in [s.note for s in later if s.case_id == "case-bad"][0]
    rows = {r["case_id"]: r for r in csv.DictReader((out / "batch_summary.csv").open())}
    assert rows["case-bad"]["run"] == "quarantined" and "case.yaml" in rows["case-bad"]["note"]
    (bad / "case.yaml").write_text("as_of: '2026-11-01'\nscheme: ASMTP\ndependants: 0\n", encoding="utf-8")
    os.utime(bad / "case.yaml", (time.time() - 60, time.time() - 60))
    fixed = run_batch(inbox, out)
    assert _runs(fixed)["case-bad"] == "processed" and not (out / "case-bad" / "error.json").exists()


def test_a_live_lease_is_left_alone_and_a_dead_or_expired_one_taken_over(two_cases, monkeypatch):
    inbox, out, _ = two_cases
    _add_file(inbox / CLEAN, sorted(p.name for p in (inbox / CLEAN).iterdir() if p.suffix == ".pdf")[-1])
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lease = out / CLEAN / LEASE_FILE
        lease.write_text(json.dumps({"host": os.uname().nodename, "pid": holder.pid, "taken": "now"}))
        held = run_batch(inbox, out)
        assert _runs(held)[CLEAN] == "skipped" and lease.exists()
        assert f"held by process {holder.pid}" in [s.note for s in held if s.case_id == CLEAN][0]
    finally:
        holder.kill()
        holder.wait()
    assert _runs(run_batch(inbox, out))[CLEAN] == "processed" and not lease.exists()
    # A lease of another machine is taken over only once it was not renewed in time.
    _add_file(inbox / CLEAN, "IMG_1571.jpg")
    lease.write_text(json.dumps({"host": "another-worker", "pid": 1, "taken": "earlier"}))
    assert _runs(run_batch(inbox, out))[CLEAN] == "skipped"
    monkeypatch.setenv("INTAKE_LEASE_SECONDS", "1")
    os.utime(lease, (time.time() - 5, time.time() - 5))
    assert _runs(run_batch(inbox, out))[CLEAN] == "processed"


def test_cases_read_two_at_a_time_on_the_shared_workers_give_the_reports_of_one_at_a_time(two_cases, tmp_path,
                                                                                         monkeypatch):
    import threading

    import flows.batch
    import flows.run
    inbox, _, _ = two_cases
    reading: set[Path] = set()
    most, together = [0], [False]
    lock = threading.Lock()
    analyse = flows.run.analyse_file

    def counted(item, *args):
        with lock:
            reading.add(item.path)
            most[0] = max(most[0], len(reading))
            together[0] |= len({p.parent.name for p in reading}) > 1
        try:
            return analyse(item, *args)
        finally:
            with lock:
                reading.discard(item.path)

    monkeypatch.setattr(flows.run, "analyse_file", counted)
    overlapped = tmp_path / "overlapped"
    run_batch(inbox, overlapped, workers=2)
    # the next case's files took the worker the first case's last file left idle, and the
    # engines never ran on more than the two workers' threads
    assert together[0] and most[0] == 2
    monkeypatch.setattr(flows.batch, "CASES_AT_ONCE", 1)
    alone = tmp_path / "one-at-a-time"
    run_batch(inbox, alone, workers=2)
    for case in (CLEAN, OTHER):
        assert (alone / case / "report.json").read_bytes() == (overlapped / case / "report.json").read_bytes()


def test_cases_read_on_a_dask_local_cluster_give_the_reports_of_one_process(prefect_harness, two_cases, tmp_path):
    from flows.intake import process_inbox
    inbox, _, _ = two_cases
    one = tmp_path / "one-process"
    run_batch(inbox, one)
    dask = tmp_path / "dask"
    summaries = process_inbox(str(inbox), str(dask), dask="local", dask_workers=2)
    assert _runs(summaries) == {CLEAN: "processed", OTHER: "processed"}
    for case in (CLEAN, OTHER):
        assert (dask / case / "report.json").read_bytes() == (one / case / "report.json").read_bytes()
        assert sorted(p.name for p in (dask / case / "pages").iterdir()) == sorted(p.name for p in (one / case / "pages").iterdir())


def test_a_transient_error_is_tried_again_and_a_bug_fails_only_its_case(tmp_path):
    from flows.run import CaseSummary, guarded
    calls = []

    def flaky():
        calls.append(1)
        if len(calls) < 3:
            raise FileNotFoundError(2, "No such file or directory", "scan.pdf")  # replaced while it was read
        return CaseSummary(case_id="c", status="complete")

    assert guarded("c", tmp_path, time.time(), flaky, pause=0.01).status == "complete" and len(calls) == 3

    def bug():
        calls.append(1)
        raise KeyError("holder")

    calls.clear()
    failed = guarded("c", tmp_path, time.time(), bug, pause=0.01)
    assert failed.status == "failed" and len(calls) == 1 and "internal_error: KeyError" in failed.note
    assert json.loads((tmp_path / "c" / "error.json").read_text())["code"] == "internal_error"


def test_two_runs_at_once_never_do_one_case_twice(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    for case in (CLEAN, OTHER):
        part_of_case(case, inbox)
    env = os.environ | {"INTAKE_CACHE_DIR": str(tmp_path / "cache")}  # a cold cache: the first run takes a while
    first = subprocess.Popen([sys.executable, "-m", "flows.cli", "process", str(inbox), "--out", str(out), "--no-prefect"],
                             cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 120
    while time.time() < deadline and not (out / CLEAN / LEASE_FILE).exists():
        time.sleep(0.1)
    second = run_batch(inbox, out)  # a second run, as a schedule falling due mid-run
    assert _runs(second) == {CLEAN: "skipped", OTHER: "skipped"}
    assert all("left to that run" in s.note for s in second)
    assert first.wait(timeout=400) == 0, first.stderr.read()[-2000:]
    rows = {r["case_id"]: r["run"] for r in csv.DictReader((out / "batch_summary.csv").open())}
    assert rows == {CLEAN: "processed", OTHER: "processed"}
