"""Prefect flows, kept thin: they schedule the plain stage functions of pipeline/ as tasks.
One task per file (never per page or field); files run on a bounded thread pool."""
from __future__ import annotations

import time
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.artifacts import create_progress_artifact, create_table_artifact, update_progress_artifact
from prefect.task_runners import ThreadPoolTaskRunner

from pipeline.case import FileAnalysis, analyse_file
from pipeline.ingest import CaseFolder, InputFile, list_cases, scan_case
from pipeline.run import CaseSummary, finish_case, resolve_as_of, skip_reason, summary_rows, write_summary_csv

WORKERS = 2


@task(name="analyse-file", retries=0, cache_policy=NONE)
def analyse_file_task(item: InputFile, index: int, page_dir: str) -> FileAnalysis:
    return analyse_file(item, index, Path(page_dir))


@task(name="finish-case", cache_policy=NONE)
def finish_case_task(case: CaseFolder, analyses: list[FileAnalysis], as_of: str, as_of_source: str,
                     out_dir: str, started: float) -> CaseSummary:
    return finish_case(case, analyses, as_of, as_of_source, Path(out_dir), started)


def _run_case(case_dir: Path, out_dir: Path, as_of: str | None) -> CaseSummary:
    started = time.time()
    why = skip_reason(case_dir)
    if why:
        return CaseSummary(case_id=case_dir.name, status="skipped", note=why)
    case = scan_case(case_dir)
    page_dir = str(out_dir / case.case_id / "pages")
    futures = [analyse_file_task.submit(item, i, page_dir) for i, item in enumerate(case.files)]
    analyses = [f.result() for f in futures]
    value, source = resolve_as_of(as_of, case.settings)
    return finish_case_task(case, analyses, value, source, str(out_dir), started)


@flow(name="process-case", task_runner=ThreadPoolTaskRunner(max_workers=WORKERS))
def process_case(case_dir: str, out_dir: str, as_of: str | None = None) -> CaseSummary:
    return _run_case(Path(case_dir), Path(out_dir), as_of)


@flow(name="process-inbox", task_runner=ThreadPoolTaskRunner(max_workers=WORKERS))
def process_inbox(inbox: str, out_dir: str, as_of: str | None = None) -> list[CaseSummary]:
    """Every ready case folder of the inbox; cases still uploading are skipped for next time."""
    log = get_run_logger()
    cases = list_cases(Path(inbox))
    progress = create_progress_artifact(progress=0.0, description=f"{len(cases)} case(s) in {inbox}")
    summaries = []
    for n, case_dir in enumerate(cases, 1):
        s = _run_case(case_dir, Path(out_dir), as_of)
        log.info("case %s: %s (%s documents, %.1fs) %s", s.case_id, s.status, s.documents, s.seconds, s.note)
        summaries.append(s)
        update_progress_artifact(progress, progress=100.0 * n / max(1, len(cases)))
    write_summary_csv(Path(out_dir), summaries)
    create_table_artifact(key="asmtp-batch-summary", table=summary_rows(summaries),
                          description=f"ASMTP intake: {len(summaries)} case(s) from {inbox}")
    return summaries
