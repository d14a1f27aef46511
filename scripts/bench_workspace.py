"""The review workspace under a bounded load, on the loopback: latency of the queue and case
pages with N cases in the output folder, decisions per second on SQLite and on PostgreSQL,
and the time the rules take to run again after a decision. Prints Markdown for
docs/BENCHMARKS.md.

    python scripts/bench_workspace.py --processed OUT [--cases 200] [--requests 200] [--clients 4]

OUT is an output folder of `intake process` (e.g. `make demo`'s out/demo); its cases are
copied under new ids until there are N. The server runs as `intake serve` in its own process
(one uvicorn worker, as shipped); the load comes from `clients` threads of httpx."""
from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.pgserver import NoPostgres, free_port, throwaway_postgres  # noqa: E402
from tests.workspace_cases import wait_for_health  # noqa: E402

PASSWORD = "a long made-up passphrase"


def make_out(processed: Path, n: int, out: Path) -> None:
    cases = sorted(p.parent for p in processed.glob("*/report.json"))
    for i in range(n):
        src = cases[i % len(cases)]
        dst = out / f"{src.name}-{i:04d}"
        shutil.copytree(src, dst)
        report = json.loads((dst / "report.json").read_text(encoding="utf-8"))
        report["case_id"] = dst.name
        (dst / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        fp = json.loads((dst / "fingerprints.json").read_text(encoding="utf-8"))
        (dst / "fingerprints.json").write_text(json.dumps(fp | {"case_id": dst.name, "first_seen": f"2026-11-{1 + i % 28:02d}T00:00:00Z"}))


def start(out: Path, db: str | None, workers: int) -> tuple[subprocess.Popen, str]:
    intake = [str(ROOT / ".venv" / "bin" / "intake")]
    where = ["--db", db] if db else ["--out", str(out)]
    subprocess.run(intake + ["users", "add", "olive", "--role", "operator", *where, "--password-stdin"],
                   input=PASSWORD + "\n", text=True, check=True, capture_output=True)
    port = free_port()
    proc = subprocess.Popen(intake + ["serve", str(out), "--port", str(port), "--workers", str(workers),
                                      *(["--db", db] if db else [])],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    wait_for_health(url)
    return proc, url


def client(url: str) -> httpx.Client:
    c = httpx.Client(base_url=url, timeout=60)
    c.post("/login", data={"name": "olive", "password": PASSWORD})
    return c


def timed_gets(url: str, paths: list[str], clients: int) -> list[float]:
    times: list[float] = []
    lock = threading.Lock()

    def worker(part: list[str]) -> None:
        c = client(url)
        for p in part:
            t = time.perf_counter()
            r = c.get(p)
            dt = time.perf_counter() - t
            assert r.status_code == 200, (p, r.status_code)
            with lock:
                times.append(dt)
    threads = [threading.Thread(target=worker, args=(paths[k::clients],)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return times


def decisions_per_second(url: str, cases: list[str], n: int) -> tuple[float, list[float]]:
    """Accept-a-reading decisions one after another, each a POST that runs the rules again."""
    c = client(url)
    times = []
    started = time.perf_counter()
    for k in range(n):
        case = cases[k % len(cases)]
        page = c.get(f"/cases/{case}").text
        form = {"csrf": re.search(r'name="csrf" value="([^"]+)"', page).group(1),
                "version": re.search(r'name="version" value="(\d+)"', page).group(1), "kind": "accept",
                "target": re.search(r'data-field="(D[\d.]+\.\w+)"', page).group(1)}
        t = time.perf_counter()
        r = c.post(f"/cases/{case}/decide", data=form)
        times.append(time.perf_counter() - t)
        assert r.status_code == 303, r.text[:300]
    return n / (time.perf_counter() - started), times


def p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[18] if len(xs) >= 20 else max(xs)


def row(name: str, xs: list[float]) -> str:
    return f"| {name} | {len(xs)} | {statistics.median(xs) * 1000:.0f} | {p95(xs) * 1000:.0f} | {max(xs) * 1000:.0f} |"


def measure(out: Path, db: str | None, label: str, n_requests: int, clients: int, n_decisions: int, workers: int) -> list[str]:
    proc, url = start(out, db, workers)
    lines = []
    try:
        cases = sorted(p.parent.name for p in out.glob("*/report.json"))
        filters = ["/", "/?status=incomplete", "/?item=A1_travel_document", "/?check=salary.market_rate", "/?min_age=3"]
        timed_gets(url, ["/"] * 2 * workers, 2 * workers)  # the first queue page of a process reads every report once
        for n in sorted({1, clients}):
            queue = timed_gets(url, [filters[k % len(filters)] for k in range(n_requests)], n)
            case = timed_gets(url, [f"/cases/{cases[k * 7 % len(cases)]}" for k in range(n_requests)], n)
            where = f"{label}, {workers} server process(es), {n} client(s)"
            lines += [row(f"{where}: queue page", queue), row(f"{where}: case page", case)]
        if n_decisions:
            rate, posts = decisions_per_second(url, cases, n_decisions)
            lines += [row(f"{label}: decision POST (rules run again)", posts),
                      f"| {label}: decisions per second (one operator, page load + POST) | {n_decisions} | {rate:.1f}/s | | |"]
    finally:
        proc.terminate()
        proc.wait(10)
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--processed", type=Path, required=True)
    ap.add_argument("--cases", type=int, default=200)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--decisions", type=int, default=100)
    a = ap.parse_args()
    lines = ["| measure | n | median ms | p95 ms | max ms |", "|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        make_out(a.processed, a.cases, out)
        lines += measure(out, None, f"SQLite, {a.cases} cases", a.requests, a.clients, a.decisions, 1)
        lines += measure(out, None, f"SQLite, {a.cases} cases", a.requests, a.clients, 0, 2)
        try:
            with throwaway_postgres() as pg:
                import psycopg
                with psycopg.connect(pg + "/postgres", autocommit=True) as conn:
                    conn.execute("CREATE DATABASE bench")
                lines += measure(out, pg + "/bench", f"PostgreSQL, {a.cases} cases", a.requests, a.clients, a.decisions, 1)
        except NoPostgres as exc:
            lines.append(f"(PostgreSQL not measured: {exc})")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
