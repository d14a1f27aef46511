"""Output folders for the workspace tests: the clean sample case as processed, and cases
derived from it whose machine report read one thing differently (a low salary, an expired
passport). The derived reports are made the way the pipeline makes them: the rules run on
the changed readings, so each is a report the machine could have written."""
from __future__ import annotations

import json
import shutil
import threading
import time
from pathlib import Path

import httpx

from flows.report import report_json
from flows.workspace import decisions


def derive(out: Path, source: str, case_id: str, changes: dict[tuple[str, str], object], first_seen: str) -> Path:
    """OUT/<case_id>: a copy of OUT/<source> whose fields (doc type, name) read `changes`."""
    dst = out / case_id
    shutil.copytree(out / source, dst)
    report = decisions.load_report(dst)
    report.case_id = case_id
    for d in report.documents:
        for (doc_type, name), value in changes.items():
            if d.type == doc_type and name in d.fields:
                d.fields[name].value = value
    result = decisions.outcome(dst, report, [])
    report.checks, report.checklist, report.status = result.checks, result.checklist, result.status
    (dst / "report.json").write_text(report_json(report), encoding="utf-8")
    fp = json.loads((dst / "fingerprints.json").read_text(encoding="utf-8"))
    (dst / "fingerprints.json").write_text(json.dumps(fp | {"case_id": case_id, "first_seen": first_seen}), encoding="utf-8")
    return dst


def wait_for_health(url: str, seconds: float = 30) -> None:
    """Until the workspace server at `url` answers its health check."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if httpx.get(url + "/health").status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"the workspace server at {url} did not start within {seconds:.0f} s")


class LiveServer:
    """The workspace app on a loopback port, served by uvicorn in a thread."""

    def __init__(self, app, port: int):
        import uvicorn
        self.url = f"http://127.0.0.1:{port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        wait_for_health(self.url)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(10)
