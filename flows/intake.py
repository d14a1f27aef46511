"""Prefect flows, kept thin: one task per case, running the same `flows.run.process_case`
that `--no-prefect`, `intake reverify` and the tests run, so there is one orchestration.
A case's files are read on its own bounded thread pool. A task per file cost about 1.5-2 s a
case on 2 cores (the embedded server records each task's events on the cores OCR needs;
docs/BENCHMARKS.md); with a task per case the flow costs only the server's start."""
from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_progress_artifact, create_table_artifact, update_progress_artifact
from prefect.cache_policies import NONE

from flows.run import CaseSummary, process_case, stray_summaries, summary_rows, write_summary_csv
from pipeline.ingest import list_cases

WORKERS = 2  # files read at once within a case; tesseract runs in-process, one thread each


# Our OCR cache keys on page content; Prefect's own input-hash cache would add nothing.
@task(name="process-case", retries=0, cache_policy=NONE)
def process_case_task(case_dir: str, out_dir: str, as_of: str | None = None) -> CaseSummary:
    log = get_run_logger()
    return process_case(Path(case_dir), Path(out_dir), as_of, workers=WORKERS,
                        on_file=lambda name: log.info("read %s", name))


@flow(name="process-inbox")
def process_inbox(inbox: str, out_dir: str, as_of: str | None = None) -> list[CaseSummary]:
    """Every ready case folder of the inbox; cases still uploading are skipped for next time."""
    log = get_run_logger()
    cases = list_cases(Path(inbox))
    progress = create_progress_artifact(progress=0.0, description=f"{len(cases)} case(s) in {inbox}")
    summaries = []
    for n, case_dir in enumerate(cases, 1):
        s = process_case_task(str(case_dir), out_dir, as_of)
        log.info("case %s: %s (%s documents, %.1fs) %s", s.case_id, s.status, s.documents, s.seconds, s.note)
        summaries.append(s)
        update_progress_artifact(progress, progress=100.0 * n / max(1, len(cases)))
    summaries += stray_summaries(Path(inbox))
    write_summary_csv(Path(out_dir), summaries)
    create_table_artifact(key="asmtp-batch-summary", table=summary_rows(summaries),
                          description=f"ASMTP intake: {len(summaries)} case(s) from {inbox}")
    return summaries
