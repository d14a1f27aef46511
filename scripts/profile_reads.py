"""Where a batch's reading time goes: every OCR call timed and named by the function that asked
for it, over generated cases read one case after another on an empty OCR cache.

    python scripts/profile_reads.py [--cases 10] [--seed 4242] [--cases-dir DIR] [--workers 2]

Prints one row per asker (calls, seconds, share of the OCR time) and the time outside OCR, for
the "Pipeline speed" sections of docs/BENCHMARKS.md. With `--workers 2` (a batch's default) two
files of a case are read at once: the calls' seconds then add up to more than the wall time, and
what is left of workers x wall is time spent waiting or outside OCR. (`intake process` also begins
the next case while one is read; this script does not, so that a case's tail shows as waiting.)"""
from __future__ import annotations

import argparse
import collections
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# the modules that carry a call to an engine; the asker is the first frame outside them
CARRIERS = ("pipeline/engine.py", "pipeline/ocr.py", "pipeline/ppocr.py", "scripts/profile_reads.py")
TIMES: dict[str, list[float]] = collections.defaultdict(list)


def _asker() -> str:
    for frame in reversed(traceback.extract_stack()[:-2]):
        if not frame.filename.endswith(CARRIERS):
            return f"{Path(frame.filename).stem}.{frame.name}"
    return "?"


def _timed(kind: str, fn):
    def call(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            TIMES[f"{kind} <- {_asker()}"].append(time.perf_counter() - t0)
    return call


def instrument() -> None:
    from pipeline import engine, ppocr
    engine.words = _timed("tesseract words", engine.words)
    engine.text = _timed("tesseract text", engine.text)
    engine.osd = _timed("tesseract osd", engine.osd)
    ppocr._rows = _timed("ppocr", ppocr._rows)
    from extractors import forms, questions  # they hold ppocr_line by name
    forms.ppocr_line = _timed("ppocr line", forms.ppocr_line)
    questions.ppocr_line = _timed("ppocr line", questions.ppocr_line)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=10)
    ap.add_argument("--seed", type=int, default=4242)
    ap.add_argument("--cases-dir", help="read these case folders instead of generating")
    ap.add_argument("--workers", type=int, default=2, help="files of a case read at once, as `intake process --workers`")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="profile-reads-"))
    os.environ["INTAKE_CACHE_DIR"] = str(work / "cache")
    cases = Path(a.cases_dir) if a.cases_dir else work / "cases"
    if not a.cases_dir:
        from sample_docs.generator.cases import generate
        generate(cases, a.cases, a.seed, progress=lambda m: None)
    instrument()
    from flows.run import process_case
    from pipeline.ingest import list_cases
    t0 = time.perf_counter()
    for case in list_cases(cases):
        process_case(case, work / "out", workers=a.workers)
    total = time.perf_counter() - t0
    ocr = sum(sum(v) for v in TIMES.values())
    engine = os.environ.get("INTAKE_PAGE_ENGINE", "routed")
    print(f"{total:.0f} s wall with {a.workers} file workers ({a.workers * total:.0f} worker-seconds), "
          f"{ocr:.0f} s of them in OCR calls ({engine})\n")
    print("| call <- asker | calls | seconds | share of OCR |")
    print("|---|---|---|---|")
    for key, v in sorted(TIMES.items(), key=lambda kv: -sum(kv[1])):
        print(f"| {key} | {len(v)} | {sum(v):.1f} | {100 * sum(v) / ocr:.0f} % |")
    print(f"| not in an OCR call (pages, layout, readers, checks, report; waiting) | | {a.workers * total - ocr:.1f} | |")


if __name__ == "__main__":
    main()
