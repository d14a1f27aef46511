"""Prefect flows, kept thin: `flows.batch.run_batch` decides what runs (only what changed,
leases, quarantine) and writes the reports; one Prefect task per case reads its files, on the
process's file workers (flows.run.file_pool). A task per file cost about 1.5-2 s a case on 2 cores
(the embedded server records each task's events on the cores OCR needs; docs/BENCHMARKS.md);
with a task per case the flow costs only the server's start.

The reading tasks run on a task runner: by default a thread pool here, the next case begun while
one is read (their files share the process's file workers, flows.run.file_pool);
with `dask` they fan out to a Dask cluster (an address such as tcp://scheduler:8786, or
"local" for a LocalCluster of `dask_workers` processes on this machine)."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Iterator

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_progress_artifact, create_table_artifact, update_progress_artifact
from prefect.cache_policies import NONE
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows.batch import CASES_AT_ONCE, Work, forget_begun, run_batch, run_counts, take_begun
from flows.run import CaseRead, CaseSummary, failed_case, read_case, summary_rows


# Our OCR cache keys on page content; Prefect's own input-hash cache would add nothing.
@task(name="read-case", retries=0, cache_policy=NONE)
def read_case_task(case_dir: str, out_dir: str, as_of: str | None = None, workers: int = 2,
                   inputs: str = "") -> CaseRead | CaseSummary:
    log = get_run_logger()
    begun = take_begun(Path(case_dir), inputs, Path(out_dir))
    if begun is not None:
        log.info("read before the flow started (flows.batch.begin_reading)")
        return begun
    return read_case(Path(case_dir), Path(out_dir), as_of, workers, on_file=lambda name: log.info("read %s", name))


def task_runner(dask: str | None, dask_workers: int) -> TaskRunner:
    if not dask:
        # the next case begun while one is read; their files share the process's file workers
        return ThreadPoolTaskRunner(max_workers=CASES_AT_ONCE)
    from prefect_dask import DaskTaskRunner
    if dask == "local":
        # The workers report to this flow's Prefect server, embedded one included, rather than
        # each starting a server of its own.
        from prefect.client.orchestration import get_client
        with get_client(sync_client=True) as client:
            env = {"PREFECT_API_URL": str(client.api_url).rstrip("/")}
        return DaskTaskRunner(cluster_kwargs={"n_workers": dask_workers, "threads_per_worker": 1, "processes": True,
                                             "dashboard_address": None, "env": env})
    return DaskTaskRunner(address=dask)


@flow(name="process-inbox")
def process_inbox(inbox: str, out_dir: str, as_of: str | None = None, workers: int = 2, force: bool = False,
                  dask: str | None = None, dask_workers: int = 2) -> list[CaseSummary]:
    """Every ready case folder of the inbox that changed since its last report; cases still
    uploading are left for next time. `workers`: files of a case read at once."""
    log = get_run_logger()

    def read_all(work: list[Work]) -> Iterator[CaseRead | CaseSummary]:
        with task_runner(dask, dask_workers) as runner:
            futures = [runner.submit(read_case_task, {"case_dir": str(w.case_dir), "out_dir": out_dir,
                                                      "as_of": as_of, "workers": workers, "inputs": w.inputs})
                       for w in work]
            for i, (w, future) in enumerate(zip(work, futures)):
                try:
                    yield future.result()
                except Exception as exc:  # the worker was lost (killed, out of memory): this case fails, the batch goes on
                    yield failed_case(w.case_dir.name, Path(out_dir), "worker_lost",
                                      f"{type(exc).__name__}: {exc}; the case is run again on the next run", time.time())
                futures[i] = None  # type: ignore[call-overload]  # the case's pages leave memory once reported

    progress = create_progress_artifact(progress=0.0, description=f"cases of {inbox}")

    def on_case(n: int, total: int, s: CaseSummary) -> None:
        log.info("[%d/%d] case %s: %s (%s documents, %.1fs) %s", n, total, s.case_id, s.status, s.documents, s.seconds,
                 s.note)
        update_progress_artifact(progress, progress=100.0 * n / max(1, total))

    try:
        summaries = run_batch(Path(inbox), Path(out_dir), as_of, force, read_all, workers, on_case)
    finally:
        forget_begun()
    update_progress_artifact(progress, progress=100.0)
    create_table_artifact(key="asmtp-batch-summary", table=summary_rows(summaries),
                          description=f"ASMTP intake: {len(summaries)} case(s) from {inbox}: {run_counts(summaries)}")
    return summaries
