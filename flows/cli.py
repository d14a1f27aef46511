"""`intake`: process an inbox, re-verify a past case, make sample cases, evaluate."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
# The embedded server's first start on a new PREFECT_HOME builds its database: on a busy
# 2-core machine that passes Prefect's 20 s (make demo on a fresh clone timed out once).
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
# The embedded server registers Prefect's block types in its database at every start (a second
# of a core while the first pages are read); the flows use no blocks.
os.environ.setdefault("PREFECT_API_BLOCKS_REGISTER_ON_START", "false")

from pipeline.errors import IntakeFault  # noqa: E402

app = typer.Typer(add_completion=False, no_args_is_help=True, help="ASMTP document intake and verification.")
console = Console(stderr=True)


def _fail(exc: IntakeFault) -> None:
    console.print(f"[red]error:[/red] {exc}")
    raise typer.Exit(exc.exit_code)


def _table(summaries) -> Table:
    t = Table(title="ASMTP intake")
    for col in ("case", "status", "run", "docs", "pages", "missing", "needs review", "s"):
        t.add_column(col)
    colour = {"complete": "green", "needs_review": "yellow", "incomplete": "red", "skipped": "blue", "failed": "red"}
    for s in summaries:
        t.add_row(s.case_id, f"[{colour.get(s.status, 'white')}]{s.status}[/]", s.run, str(s.documents), str(s.pages),
                  ", ".join(s.missing), ", ".join(s.flagged) or s.note, f"{s.seconds:.1f}")
    return t


@app.command()
def process(inbox: Path = typer.Argument(..., exists=True, file_okay=False, help="folder of case folders"),
            out: Path = typer.Option(..., "--out", help="output folder (reports are written here)"),
            as_of: Optional[str] = typer.Option(None, "--as-of", help="reference date YYYY-MM-DD"),
            prefect: bool = typer.Option(True, "--prefect/--no-prefect", help="run as a Prefect flow"),
            workers: int = typer.Option(2, help="files of a case read at once"),
            force: bool = typer.Option(False, "--force", help="run every case, changed or not (quarantined ones too)"),
            dask: Optional[str] = typer.Option(None, "--dask", help="read cases on a Dask cluster: its scheduler's "
                                               "address (tcp://host:8786) or 'local' for a LocalCluster here"),
            dask_workers: int = typer.Option(2, "--dask-workers", help="worker processes of a --dask local cluster")):
    """Process the case folders of INBOX that changed since their last report; exit 0 when it ran,
    whatever the cases' status."""
    from pipeline.ocr import prune_cache, tessdata_versions, tesseract_version

    from .batch import run_batch, run_counts
    try:
        tesseract_version()
        tessdata_versions()
        if as_of:
            from datetime import date
            date.fromisoformat(as_of)
    except IntakeFault as exc:
        _fail(exc)
    except ValueError:
        console.print(f"[red]error:[/red] --as-of {as_of!r} is not a date YYYY-MM-DD")
        raise typer.Exit(2)
    if dask and not prefect:
        console.print("[red]error:[/red] --dask runs the cases as Prefect tasks: drop --no-prefect")
        raise typer.Exit(2)
    out.mkdir(parents=True, exist_ok=True)
    prune_cache()  # the retention period of OCR results (INTAKE_CACHE_DAYS), kept on every run
    console.print(f"{inbox}: reports go to {out}")
    t0 = time.time()
    if prefect:
        if not dask:
            from .batch import begin_reading
            try:  # the embedded server's start is otherwise time with a core idle
                begin_reading(inbox, out, as_of, force, workers)
            except Exception as exc:  # only a head start: the flow plans and reads the cases itself
                console.print(f"[yellow]note:[/yellow] cases not begun before the flow ({type(exc).__name__}: {exc})")
        from flows.intake import process_inbox
        summaries = process_inbox(str(inbox), str(out), as_of, workers, force, dask, dask_workers)
    else:
        def progress(n: int, total: int, s) -> None:
            console.print(f"[{n}/{total}] {s.case_id}: {s.status} ({s.documents} documents, {s.seconds:.1f}s) {s.note}")
        summaries = run_batch(inbox, out, as_of, force, workers=workers, progress=progress)
    from .run import stray_summaries
    stray = {s.case_id for s in stray_summaries(inbox)}
    console.print(_table([s for s in summaries if s.case_id not in stray]))
    if stray:
        console.print(f"{len(stray)} file(s) in {inbox} lie outside any case folder and were not read "
                      "(listed in the summary): put each in its case's folder")
    console.print(f"{len(summaries) - len(stray)} case(s) in {time.time() - t0:.1f}s ({run_counts(summaries)}); "
                  f"summary: {out / 'batch_summary.csv'}; "
                  f"open {out}/<case>/report.html to review")


@app.command()
def deploy(inbox: Path = typer.Argument(..., exists=True, file_okay=False, help="folder of case folders"),
           out: Path = typer.Argument(..., help="output folder"),
           cron: str = typer.Option("*/10 * * * *", "--cron", help="when to run, as a cron expression"),
           pool: str = typer.Option("asmtp-intake", "--pool", help="process work pool (created when missing)"),
           name: str = typer.Option("scheduled", "--name", help="deployment name"),
           as_of: Optional[str] = typer.Option(None, "--as-of", help="reference date YYYY-MM-DD (default: each run's date)"),
           workers: int = typer.Option(2, help="files of a case read at once"),
           dask: Optional[str] = typer.Option(None, "--dask", help="Dask scheduler address, or 'local'")):
    """Run INBOX on a schedule: a process-inbox deployment on the Prefect server PREFECT_API_URL
    names. Then start workers: prefect worker start --pool POOL."""
    from .deploy import create_deployment
    out.mkdir(parents=True, exist_ok=True)
    try:
        _, notes = create_deployment(inbox, out, cron, pool, name, {"as_of": as_of, "workers": workers, "dask": dask})
    except IntakeFault as exc:
        _fail(exc)
    for line in notes:
        console.print(line)


@app.command()
def reverify(case_out: Path = typer.Argument(..., help="OUT/<case-id> of a past run"),
             inbox_case: Optional[Path] = typer.Option(None, help="the case's original folder, if it moved"),
             db: Optional[str] = typer.Option(None, "--db", help="the workspace's database, if not OUT/workspace.db")):
    """Re-run a past case with its as_of and compare: exit 0 identical, 1 different. The
    decisions recorded in the review workspace are replayed on the re-run."""
    from .reverify import reverify as run
    from .workspace.store import DB_FILE, case_events, default_url, open_db
    events = []
    if db or (case_out.parent / DB_FILE).is_file():
        events = [e for e in case_events(open_db(db or default_url(case_out.parent)), case_out.name)
                  if e.kind not in ("view", "letter")]
    try:
        same, lines = run(case_out, inbox_case, events)
    except IntakeFault as exc:
        _fail(exc)
    for line in lines:
        print(line)
    print("identical" if same else "different")
    raise typer.Exit(0 if same else 1)


from .workspace.commands import audit_app, serve, users_app  # noqa: E402

app.command()(serve)
app.add_typer(users_app, name="users")
app.add_typer(audit_app, name="audit")

cache_app = typer.Typer(no_args_is_help=True, help="The OCR cache (private to this account; results hold personal data).")
app.add_typer(cache_app, name="cache")


@cache_app.command("prune")
def cache_prune(days: Optional[float] = typer.Option(None, "--days", help="keep entries used within this many days "
                                                    "(default INTAKE_CACHE_DAYS, else 30); 0 empties the cache")):
    """Remove OCR results not used within the retention period."""
    from pipeline.ocr import cache_dir, prune_cache
    removed, kept = prune_cache(days)
    console.print(f"{cache_dir()}: removed {removed} entries, kept {kept}")


@app.command()
def samples(out: Path = typer.Option(..., "--out"), cases: int = typer.Option(8, "--cases"),
            seed: int = typer.Option(1, "--seed"),
            families: str = typer.Option("all", "--families", help="layout families: all, classic or new (families.yaml)")):
    """Generate realistic sample cases with ground truth, each document in a layout family."""
    from sample_docs.generator.cases import generate
    if families not in ("all", "classic", "new"):
        raise typer.BadParameter("--families takes all, classic or new")
    generate(out, cases, seed, progress=lambda m: console.print(m), families=families)


@app.command(name="eval")
def evaluate(cases_dir: Path = typer.Argument(..., exists=True, file_okay=False),
             out: Optional[Path] = typer.Option(None, "--out")):
    """Run the pipeline on generated cases and score it against their ground truth."""
    from sample_docs.generator.evaluate import run_eval
    sys.exit(run_eval(cases_dir, out))


if __name__ == "__main__":
    app()
