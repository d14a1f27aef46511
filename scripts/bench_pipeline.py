"""Pipeline speed against a plain tesseract pass, side by side on the same generated cases,
plus Prefect's overhead and peak memory. Prints a Markdown table for docs/BENCHMARKS.md.

    python scripts/bench_pipeline.py [--cases 20] [--seed 4242] [--work /tmp/intake-bench]

Each pass starts with an empty OCR cache. The plain pass runs the tesseract CLI once on every
page (PDF pages rendered at 200 dpi, as the pipeline renders them), two pages at a time like
the pipeline's two workers, with the languages a user would pick without looking
(eng+chi_sim+chi_tra) and OSD-based rotation (--psm 1).

The Prefect flow is timed twice: with a new Prefect home (its database created during the run, as
on a machine's first run) and with a home a previous run left (as a scheduled batch runs)."""
from __future__ import annotations

import argparse
import os
import resource
import shutil
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
    and a Prefect home of its own (a new one unless `home` is given)."""
    env = dict(os.environ, INTAKE_CACHE_DIR=str(cache or tempfile.mkdtemp(prefix="bench-cache-")),
               PREFECT_HOME=home or tempfile.mkdtemp(prefix="bench-prefect-"), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    cmd = [str(ROOT / ".venv" / "bin" / "intake"), "process", str(inbox), "--out", str(out)]
    if not prefect:
        cmd.append("--no-prefect")
    t0 = time.time()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    return time.time() - t0


def pipeline_pass(cases: Path, out: Path, prefect: bool, kept_home: bool = False) -> tuple[float, int]:
    home = None
    if kept_home:  # a run over an empty inbox leaves the home as any earlier run would
        home = tempfile.mkdtemp(prefix="bench-prefect-kept-")
        run_intake(Path(tempfile.mkdtemp(prefix="bench-empty-")), out.parent / "out-empty", True, home=home)
    seconds = run_intake(cases, out, prefect, home=home)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, peak_kib


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=20)
    ap.add_argument("--seed", type=int, default=4242)
    ap.add_argument("--work", default="/tmp/intake-bench")
    a = ap.parse_args()
    work = Path(a.work)
    shutil.rmtree(work, ignore_errors=True)
    cases = work / "cases"
    from sample_docs.generator.cases import generate
    generate(cases, a.cases, a.seed, progress=lambda m: None)
    images = page_images(cases, work / "pages")
    t_plain = tesseract_pass(images)
    t_plain_flow, peak1 = pipeline_pass(cases, work / "out-plain", prefect=False)
    t_flow, peak2 = pipeline_pass(cases, work / "out-flow", prefect=True)
    t_kept, peak3 = pipeline_pass(cases, work / "out-kept", prefect=True, kept_home=True)
    n = len(images)
    print("| cases | pages | tesseract CLI, every page | intake --no-prefect | intake (Prefect flow, new home) "
          "| intake (Prefect flow, kept home) | Prefect overhead (new / kept) | peak RSS |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| {a.cases} | {n} | {t_plain:.0f} s ({n / t_plain:.2f} pages/s) | {t_plain_flow:.0f} s ({n / t_plain_flow:.2f} pages/s) | "
          f"{t_flow:.0f} s ({n / t_flow:.2f} pages/s) | {t_kept:.0f} s ({n / t_kept:.2f} pages/s) | "
          f"{t_flow - t_plain_flow:+.0f} / {t_kept - t_plain_flow:+.0f} s | {max(peak1, peak2, peak3) / 1024:.0f} MiB |")
    print(f"\npipeline / plain tesseract time ratio: {t_plain_flow / t_plain:.2f} (no Prefect), "
          f"{t_flow / t_plain:.2f} (Prefect, new home), {t_kept / t_plain:.2f} (Prefect, kept home)")


if __name__ == "__main__":
    main()
