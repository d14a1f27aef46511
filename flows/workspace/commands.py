"""The workspace's commands: `intake serve`, `intake users add`, `intake audit verify|export`."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

import typer
from jinja2 import Environment, FileSystemLoader, select_autoescape
from rich.console import Console

console = Console(stderr=True)
users_app = typer.Typer(no_args_is_help=True, help="People who use the review workspace.")
audit_app = typer.Typer(no_args_is_help=True, help="The record of human decisions.")
DB_HELP = "database URL (default: SQLite workspace.db in OUT; postgresql://user@host/db for PostgreSQL)"


def _engine(out: Path | None, db: str | None):
    from .store import default_url, open_db
    if db is None and out is None:
        console.print("[red]error:[/red] give the output folder (--out OUT) or the database (--db URL)")
        raise typer.Exit(2)
    if db is None and not out.is_dir():  # type: ignore[union-attr]
        console.print(f"[red]error:[/red] {out} is not an output folder")
        raise typer.Exit(2)
    try:
        return open_db(db or default_url(out))  # type: ignore[arg-type]
    except Exception as exc:  # a wrong URL or a server that is down: say so, no traceback
        console.print(f"[red]error:[/red] cannot open the workspace database: {type(exc).__name__}: {exc}")
        raise typer.Exit(3) from None


def serve(out: Path = typer.Argument(..., exists=True, file_okay=False, help="output folder of `intake process`"),
          db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
          host: str = typer.Option("127.0.0.1", "--host"), port: int = typer.Option(8000, "--port"),
          workers: int = typer.Option(min(4, os.cpu_count() or 1), "--workers",
                                      help="server processes (a page is worked out on one core); default: the cores, at most 4")):
    """The review workspace over OUT: a queue of cases to review, each case with its evidence,
    and a record of every decision. Add people first with `intake users add`."""
    from .app import serve as run
    _engine(out, db)  # a clear error, and the schema brought up to date, before any server process starts
    run(out, db, host, port, workers)


@users_app.command("add")
def users_add(name: str = typer.Argument(...), role: str = typer.Option(..., "--role", help="operator, supervisor, auditor or admin"),
              out: Optional[Path] = typer.Option(None, "--out", help="output folder the workspace serves"),
              db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
              password_stdin: bool = typer.Option(False, "--password-stdin", help="read the password from standard input")):
    """Add a person (or set a new role and password for one)."""
    from .auth import AuthError, add_user
    engine = _engine(out, db)
    password = sys.stdin.readline().rstrip("\n") if password_stdin else \
        typer.prompt("password", hide_input=True, confirmation_prompt=True)
    try:
        add_user(engine, name, role, password)
    except AuthError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    console.print(f"{name} may now log in as {role}")


@audit_app.command("verify")
def audit_verify(out: Optional[Path] = typer.Option(None, "--out"), db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Check the whole chain of decisions: exit 0 when every link holds, 1 naming the first broken one."""
    from .store import verify_chain
    checked, broken = verify_chain(_engine(out, db))
    if broken:
        print(f"BROKEN after {checked} good event(s): {broken}")
        raise typer.Exit(1)
    print(f"the chain holds: {checked} event(s), each hash covering the one before")


@audit_app.command("export")
def audit_export(case_id: str = typer.Argument(...), out: Path = typer.Option(..., "--out", help="output folder"),
                 db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
                 to: Optional[Path] = typer.Option(None, "--to", help="folder for the timeline (default OUT/<case>/audit)")):
    """Write a case's timeline of decisions as JSON and as a readable HTML page."""
    from .store import case_events, verify_chain
    engine = _engine(out, db)
    events = case_events(engine, case_id)
    checked, broken = verify_chain(engine)
    target = to or out / case_id / "audit"
    target.mkdir(parents=True, exist_ok=True)
    rows = [e.content() | {"hash": e.hash} for e in events]
    body = {"case_id": case_id, "events": rows, "chain": {"checked": checked, "broken": broken}}
    (target / "timeline.json").write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    env = Environment(loader=FileSystemLoader(Path(__file__).resolve().parent.parent / "templates" / "workspace"),
                      autoescape=select_autoescape(["html"]))
    html = env.get_template("timeline.html").render(s=None, case_id=case_id, events=events, broken=broken)
    (target / "timeline.html").write_text(html, encoding="utf-8")
    os.chmod(target / "timeline.json", 0o640)
    console.print(f"{len(events)} event(s) of {case_id}: {target / 'timeline.json'} and timeline.html"
                  + (f"; WARNING the chain is broken: {broken}" if broken else ""))
