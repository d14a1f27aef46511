"""The scheduled batch as it grows: cases per minute and peak memory at several batch sizes,
a run with nothing changed, Dask with one worker against two, and Prefect's cost per case.
Prints Markdown rows for docs/BENCHMARKS.md.

    python scripts/bench_batch.py --sources DRAW [DRAW ...] [--cold 10 50] [--warm 10 50 200] [--dask 10]

DRAW folders hold generated cases (`intake samples`). A batch of N takes N distinct cases
while there are enough, then copies of them under new ids; copies read from the OCR cache,
so the table says how many were distinct. Cold runs start from an empty OCR cache; warm runs
reuse the cache of the cold ones (orchestration, validation and reports, not OCR). Memory is
the whole process tree's resident set (Dask workers included), sampled every 0.2 s."""
from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
INTAKE = ROOT / ".venv" / "bin" / "intake"


def make_inbox(sources: list[Path], n: int, folder: Path, most: int) -> int:
    """An inbox of n cases, at most `most` of them distinct; returns how many are distinct."""
    cases = sorted(c for s in sources for c in s.iterdir() if c.is_dir() and c.name.startswith("case-"))[:most]
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for i in range(n):
        src = cases[i % len(cases)]
        name = src.name if i < len(cases) else f"{src.name}-copy{i // len(cases)}"
        shutil.copytree(src, folder / name)  # copy2 keeps mtimes: nothing looks half-uploaded
    return min(n, len(cases))


def run(inbox: Path, out: Path, cache: Path, *extra: str) -> tuple[float, float]:
    """Seconds and peak resident MiB (process tree) of one `intake process` run."""
    import os
    env = dict(os.environ, INTAKE_CACHE_DIR=str(cache), PREFECT_HOME=tempfile.mkdtemp(prefix="bench-prefect-"),
               PREFECT_SERVER_ANALYTICS_ENABLED="false", OMP_THREAD_LIMIT="1")
    t0 = time.time()
    proc = subprocess.Popen([str(INTAKE), "process", str(inbox), "--out", str(out), *extra], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = [0.0]

    def sample() -> None:
        p = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                total = p.memory_info().rss + sum(c.memory_info().rss for c in p.children(recursive=True))
                peak[0] = max(peak[0], total / 2**20)
            except psutil.Error:
                pass
            time.sleep(0.2)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    code = proc.wait()
    watcher.join()
    if code != 0:
        raise SystemExit(f"intake process {inbox} exited {code}")
    return time.time() - t0, peak[0]


def split(inbox: Path, out: Path, cache: Path) -> None:
    """Median seconds a case spends reading its files and having its report written (the part
    the flow does itself, one case after another), warm cache, in this process."""
    import os
    import statistics
    os.environ["INTAKE_CACHE_DIR"] = str(cache)
    import sys
    sys.path.insert(0, str(ROOT))
    from flows.run import finish_read, read_case
    reads, finishes = [], []
    for case in sorted(c for c in inbox.iterdir() if c.is_dir()):
        t0 = time.time()
        r = read_case(case, out)
        t1 = time.time()
        finish_read(r, out)
        reads.append(t1 - t0)
        finishes.append(time.time() - t1)
    print(f"\n{len(reads)} cases, warm cache: reading the files {statistics.median(reads):.2f} s a case (median), "
          f"writing the report {statistics.median(finishes):.2f} s a case (median, the flow's own share; "
          f"largest {max(finishes):.2f} s)", flush=True)


def row(label: str, n: int, distinct: int, seconds: float, mib: float) -> str:
    return f"| {label} | {n} ({distinct} distinct) | {seconds:.0f} s | {60 * n / seconds:.1f} | {mib:.0f} MiB |"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sources", nargs="+", type=Path, required=True)
    ap.add_argument("--cold", nargs="*", type=int, default=[10, 50])
    ap.add_argument("--warm", nargs="*", type=int, default=[10, 50, 200])
    ap.add_argument("--dask", type=int, default=10, help="cases for the Dask 1 against 2 workers runs (0: none)")
    ap.add_argument("--distinct", type=int, default=50, help="distinct cases at most; the rest are copies")
    ap.add_argument("--work", type=Path, default=Path("/tmp/intake-bench-batch"))
    ap.add_argument("--split", type=Path, help="only time reading against report writing on this inbox, warm cache "
                                               "from --work's earlier run")
    a = ap.parse_args()
    if a.split:
        return split(a.split, Path(tempfile.mkdtemp(prefix="bench-split-")), a.work / "cache")
    shutil.rmtree(a.work, ignore_errors=True)
    cache = a.work / "cache"
    print("| run | cases | time | cases/min | peak RSS (tree) |\n|---|---|---|---|---|", flush=True)
    for n in a.cold:
        inbox = a.work / f"inbox-{n}"
        distinct = make_inbox(a.sources, n, inbox, a.distinct)
        s, mib = run(inbox, a.work / f"out-cold-{n}", a.work / f"cache-cold-{n}")
        print(row("cold OCR cache, Prefect flow", n, distinct, s, mib), flush=True)
        shutil.copytree(a.work / f"cache-cold-{n}", cache, dirs_exist_ok=True)
    for n in a.warm:
        inbox = a.work / f"inbox-{n}"
        distinct = make_inbox(a.sources, n, inbox, a.distinct) if not inbox.exists() else min(n, len(list(inbox.iterdir())))
        out = a.work / f"out-warm-{n}"
        s, mib = run(inbox, out, cache)
        print(row("warm OCR cache, Prefect flow", n, distinct, s, mib), flush=True)
        s, mib = run(inbox, out, cache)
        print(row("nothing changed since (every case kept)", n, distinct, s, mib), flush=True)
        s, mib = run(inbox, out, cache, "--no-prefect")
        print(row("nothing changed, --no-prefect (no server to start)", n, distinct, s, mib), flush=True)
        if n == min(a.warm):
            s2, mib2 = run(inbox, out, cache, "--force", "--no-prefect")
            print(row("warm, --no-prefect --force", n, distinct, s2, mib2), flush=True)
            s3, mib3 = run(inbox, out, cache, "--force")
            print(row("warm, Prefect flow --force", n, distinct, s3, mib3), flush=True)
            print(f"\nPrefect's cost per case (warm, same cases): {(s3 - s2) / n:+.2f} s "
                  f"(whole run {s3:.1f} s against {s2:.1f} s, server start included)\n", flush=True)
    if a.dask:
        inbox = a.work / f"inbox-dask-{a.dask}"
        distinct = make_inbox(a.sources, a.dask, inbox, a.distinct)
        for workers in (1, 2):
            s, mib = run(inbox, a.work / f"out-dask-{workers}", a.work / f"cache-dask-{workers}", "--dask", "local",
                         "--dask-workers", str(workers), "--workers", "1")
            print(row(f"cold, Dask LocalCluster of {workers} worker(s), 1 file at a time each", a.dask, distinct, s, mib),
                  flush=True)
        same = all((a.work / "out-dask-1" / c.name / "report.json").read_bytes()
                   == (a.work / "out-dask-2" / c.name / "report.json").read_bytes() for c in inbox.iterdir())
        print(f"\nDask 1 and 2 workers: reports byte-identical: {same}", flush=True)


if __name__ == "__main__":
    main()
