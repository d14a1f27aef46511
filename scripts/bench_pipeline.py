"""Pipeline speed against a plain tesseract pass, side by side on the same generated cases,
plus Prefect's overhead and peak memory. Prints a Markdown table for docs/BENCHMARKS.md.

    python scripts/bench_pipeline.py [--cases 20] [--seed 4242] [--work /tmp/intake-bench] [--runs 3] [--before DIR]

Each pass starts with an empty OCR cache. The plain pass runs the tesseract CLI once on every
page (PDF pages rendered at 200 dpi, as the pipeline renders them), two pages at a time like
the pipeline's two workers, with the languages a user would pick without looking
(eng+chi_sim+chi_tra) and OSD-based rotation (--psm 1).

The Prefect flow is timed twice: with a new Prefect home (its database created during the run, as
on a machine's first run) and with a home a previous run left (as a scheduled batch runs).

`--runs N` repeats every pass N times and prints each run and the medians (the machine is noisy).
`--before DIR` times another checkout of the code (a `git worktree` or an archive of an earlier
commit, run with this checkout's .venv) in the same runs, its passes alternating with this code's,
so the two are compared on the same machine at the same time."""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def page_images(cases: Path, out: Path) -> list[Path]:
    from pipeline.ingest import list_cases, scan_case
    from pipeline.pages import load_pages
    out.mkdir(parents=True, exist_ok=True)
    images = []
    for case in list_cases(cases):
        for item in scan_case(case).files:
            if item.error:
                continue
            try:
                pages = load_pages(item)
            except Exception:
                continue
            for p in pages:
                path = out / f"{len(images):05d}.png"
                p.image.save(path)
                images.append(path)
    return images


def tesseract_pass(images: list[Path], workers: int = 2) -> float:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")

    def one(path: Path):
        subprocess.run(["tesseract", str(path), "stdout", "-l", "eng+chi_sim+chi_tra", "--psm", "1"],
                       capture_output=True, env=env, check=False)

    t0 = time.time()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(one, images))
    return time.time() - t0


def run_intake(inbox: Path, out: Path, prefect: bool, cache: Path | None = None, home: str | None = None) -> float:
    """Seconds `intake process` took over `inbox`, as a user runs it, on an empty OCR cache
    (unless `cache` is given) and a Prefect home of its own (a new one unless `home` is given)."""
    return intake_run(ROOT, inbox, out, prefect, cache, home)[0]


def intake_run(code: Path, inbox: Path, out: Path, prefect: bool, cache: Path | None = None,
               home: str | None = None) -> tuple[float, int]:
    """`run_intake` of the checkout `code`: its seconds and its peak memory (KiB, the largest
    process: the pipeline's)."""
    env = dict(os.environ, INTAKE_CACHE_DIR=str(cache or tempfile.mkdtemp(prefix="bench-cache-")),
               PREFECT_HOME=home or tempfile.mkdtemp(prefix="bench-prefect-"), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    cmd = [str(ROOT / ".venv" / "bin" / "python"), "-m", "flows.cli", "process", str(inbox), "--out", str(out)]
    if not prefect:
        cmd.append("--no-prefect")
    with tempfile.TemporaryFile() as err:
        t0 = time.time()
        proc = subprocess.Popen(cmd, env=env, cwd=code, stdout=subprocess.DEVNULL, stderr=err)
        # wait4 gives this run's own peak; RUSAGE_CHILDREN would keep the largest run so far
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.time() - t0
        if os.waitstatus_to_exitcode(status):
            err.seek(0)
            raise SystemExit(f"intake process failed in {code}:\n{err.read().decode(errors='replace')[-2000:]}")
    return seconds, usage.ru_maxrss


def pipeline_pass(code: Path, cases: Path, out: Path, prefect: bool, kept_home: bool = False) -> tuple[float, int]:
    shutil.rmtree(out, ignore_errors=True)  # reports an earlier run left would have the cases skipped as unchanged
    home = None
    if kept_home:  # a run over an empty inbox leaves the home as any earlier run would
        home = tempfile.mkdtemp(prefix="bench-prefect-kept-")
        intake_run(code, Path(tempfile.mkdtemp(prefix="bench-empty-")), out.parent / "out-empty", True, home=home)
    return intake_run(code, cases, out, prefect, home=home)


def one_run(code: Path, cases: Path, work: Path, t_plain: float) -> dict:
    no_prefect, peak1 = pipeline_pass(code, cases, work / "out-plain", prefect=False)
    new_home, peak2 = pipeline_pass(code, cases, work / "out-flow", prefect=True)
    kept_home, peak3 = pipeline_pass(code, cases, work / "out-kept", prefect=True, kept_home=True)
    return {"plain": t_plain, "no_prefect": no_prefect, "new_home": new_home, "kept_home": kept_home,
            "peak_mib": max(peak1, peak2, peak3) / 1024}


def row(label: str, runs: list[dict]) -> str:
    m = {k: statistics.median([r[k] for r in runs]) for k in runs[0]}
    ratios = " / ".join(f"{m[k] / m['plain']:.2f}" for k in ("no_prefect", "new_home", "kept_home"))
    spread = " / ".join(f"{min(r[k] / r['plain'] for r in runs):.2f}-{max(r[k] / r['plain'] for r in runs):.2f}"
                        for k in ("no_prefect", "new_home", "kept_home"))
    peaks = f"{m['peak_mib']:.0f} MiB ({min(r['peak_mib'] for r in runs):.0f}-{max(r['peak_mib'] for r in runs):.0f})"
    return (f"| {label} | {len(runs)} | {m['plain']:.0f} s | {m['no_prefect']:.0f} s | {m['new_home']:.0f} s | "
            f"{m['kept_home']:.0f} s | {ratios} | {spread} | {peaks} |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=20)
    ap.add_argument("--seed", type=int, default=4242)
    ap.add_argument("--work", default="/tmp/intake-bench")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--before", type=Path, help="another checkout of the code, timed in the same runs")
    a = ap.parse_args()
    work = Path(a.work)
    shutil.rmtree(work, ignore_errors=True)
    cases = work / "cases"
    from sample_docs.generator.cases import generate
    generate(cases, a.cases, a.seed, progress=lambda m: None)
    images = page_images(cases, work / "pages")
    codes = {"this code": ROOT} | ({f"before ({a.before})": a.before} if a.before else {})
    runs: dict[str, list[dict]] = {label: [] for label in codes}
    for i in range(a.runs):
        t_plain = tesseract_pass(images)  # each run's own plain pass: the ratio is taken within a run
        for label, code in (codes.items() if i % 2 == 0 else reversed(codes.items())):
            runs[label].append(one_run(code, cases, work, t_plain))
            r = runs[label][-1]
            print(f"run {i + 1} {label}: plain {r['plain']:.0f} s, no Prefect {r['no_prefect']:.0f} s, Prefect new home "
                  f"{r['new_home']:.0f} s, kept home {r['kept_home']:.0f} s, peak {r['peak_mib']:.0f} MiB", flush=True)
    print(f"\n{a.cases} cases, {len(images)} pages; medians of {a.runs} run(s), the ratio to each run's plain tesseract pass")
    print("\n| code | runs | tesseract CLI, every page | intake --no-prefect | Prefect flow, new home | Prefect flow, kept home "
          "| ratio (no Prefect / new home / kept home) | ratio's range | peak RSS (range) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for label in codes:
        print(row(label, runs[label]))


if __name__ == "__main__":
    main()
